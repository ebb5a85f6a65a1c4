import type { WorkspaceSettings } from '../../../shared/domain/settings.ts';
import { requestJson } from './http.ts';

/**
 * The workspace's settings as the reader needs them (the rating scale for
 * a claim's select, the digit style for numbers), read once per page and
 * shared, so the parts that need them do not each ask the server. Null
 * when they could not be read (offline, refused): callers keep their
 * defaults, and the next call asks again.
 */
let cached: Promise<WorkspaceSettings | null> | null = null;

export function workspaceSettings(): Promise<WorkspaceSettings | null> {
  cached ??= requestJson<{ settings: WorkspaceSettings }>('GET', '/api/settings').then((r) => {
    if (r.ok) return r.settings;
    cached = null;
    return null;
  });
  return cached;
}

/** After an admin changed them: the next reader asks again. */
export function forgetWorkspaceSettings(): void {
  cached = null;
}
