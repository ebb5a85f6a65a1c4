import { useEffect, useSyncExternalStore } from 'react';
import { publishingApi, type PublishingApi } from './publishing.ts';

const NONE: ReadonlySet<string> = new Set();

/**
 * Which claims of each article are in its live publication, as the client
 * last heard from `GET /api/articles/:id/publications`. One small store
 * shared by the Reports tab (which refreshes it after every publish and
 * unpublish) and the claims panel (which counts and filters "Published"),
 * so both ask the same endpoint and never disagree.
 */
class LivePublications {
  private readonly ids = new Map<string, ReadonlySet<string>>();
  private readonly listeners = new Set<() => void>();

  get(articleId: string): ReadonlySet<string> {
    return this.ids.get(articleId) ?? NONE;
  }

  set(articleId: string, claimIds: readonly string[]): void {
    this.ids.set(articleId, new Set(claimIds));
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Asks the server again; a failed request leaves what was known. */
  async refresh(articleId: string, api: PublishingApi = publishingApi): Promise<void> {
    const answer = await api.state(articleId);
    if (answer.ok) this.set(articleId, answer.liveClaimIds);
  }
}

export const livePublications = new LivePublications();

/** The article's live claim ids, fetched when the article is opened. */
export function useLiveClaimIds(articleId: string | undefined, api: PublishingApi = publishingApi): ReadonlySet<string> {
  useEffect(() => {
    if (articleId !== undefined) void livePublications.refresh(articleId, api);
  }, [articleId, api]);
  return useSyncExternalStore(livePublications.subscribe, () => (articleId === undefined ? NONE : livePublications.get(articleId)));
}
