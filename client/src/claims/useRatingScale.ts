import { useEffect, useState } from 'react';
import { DEFAULT_RATING_SCALE, type RatingScale } from '../../../shared/domain/ratings.ts';
import { forgetWorkspaceSettings, workspaceSettings } from '../state/workspaceSettings.ts';

/**
 * The workspace's rating scale, from the settings read once per page
 * (client/src/state/workspaceSettings.ts; any signed-in role may read them).
 * Until they arrive, or if they cannot be read, the default scale stands
 * in: the server checks every rating against the real one anyway.
 */
const load = (): Promise<RatingScale> => workspaceSettings().then((s) => s?.ratings ?? DEFAULT_RATING_SCALE);

/** Forget the cached scale (after an admin changed it). */
export function forgetRatingScale(): void {
  forgetWorkspaceSettings();
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
