import type { PublicUser } from '../../../shared/domain/schemas.ts';
import type { WorkspaceSettings } from '../../../shared/domain/settings.ts';
import { requestJson } from '../state/http.ts';
import { setDigits, setLocale } from './locale.ts';

/**
 * On sign-in: the language saved with the account wins over this browser's
 * (it follows the person between devices), and the workspace's digit
 * style is read once. Without a saved choice the browser's stays.
 */
export function applyAccountLanguage(user: PublicUser): void {
  if (user.locale) setLocale(user.locale);
  void loadWorkspaceDigits();
}

let loading: Promise<void> | null = null;
function loadWorkspaceDigits(): Promise<void> {
  loading ??= requestJson<{ settings: WorkspaceSettings }>('GET', '/api/settings').then((r) => {
    if (r.ok && r.settings.digits) setDigits(r.settings.digits);
    else loading = null; // offline or refused: Latin digits until the next sign-in
  });
  return loading;
}

/** After an admin changed the workspace's digit style. */
export function workspaceDigitsChanged(settings: Pick<WorkspaceSettings, 'digits'>): void {
  setDigits(settings.digits);
}
