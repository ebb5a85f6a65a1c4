import { useEffect, useState } from 'react';
import { DEFAULT_RATING_SCALE, type RatingScale } from '../../../shared/domain/ratings.ts';
import type { WorkspaceSettings } from '../../../shared/domain/settings.ts';
import { requestJson } from '../state/http.ts';

/**
 * The workspace's rating scale, read once per page from the settings route
 * (any signed-in role may read it). Until it arrives, or if it cannot be
 * read, the default scale stands in: the server checks every rating
 * against the real one anyway.
 */
let cached: Promise<RatingScale> | null = null;

function load(): Promise<RatingScale> {
  cached ??= requestJson<{ settings: WorkspaceSettings }>('GET', '/api/settings').then((r) => {
    if (r.ok) return r.settings.ratings;
    cached = null; // try again next time
    return DEFAULT_RATING_SCALE;
  });
  return cached;
}

/** Forget the cached scale (after an admin changed it). */
export function forgetRatingScale(): void {
  cached = null;
}

export function useRatingScale(): RatingScale {
  const [scale, setScale] = useState<RatingScale>(DEFAULT_RATING_SCALE);
  useEffect(() => {
    let live = true;
    void load().then((s) => live && setScale(s));
    return () => {
      live = false;
    };
  }, []);
  return scale;
}
