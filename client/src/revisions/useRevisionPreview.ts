import { useEffect, useMemo, useState } from 'react';
import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import { ArticleReviseSchema } from '../../../shared/protocol/payloads.ts';
import { MappingChannel, SUPERSEDED } from './mappingChannel.ts';
import type { ClaimEffects } from './revisionPreview.ts';
import { sameText } from './revisionText.ts';

/** Long enough to skip the keystrokes of a word, short enough to follow a pause. */
export const PREVIEW_DELAY_MS = 300;

export interface RevisionPreviewState {
  effects: ClaimEffects | null;
  /** The draft changed since `effects` were computed; a new dry run is due. */
  pending: boolean;
}

/**
 * The dry run of the draft, run once the person pauses typing, in a worker
 * (see MappingChannel): on a long article the mapping costs from tens of
 * milliseconds to seconds. An unchanged draft (or one that could not be
 * saved) has no preview at all; until the next run the last one stays.
 */
export function useRevisionPreview(article: Article, claims: readonly Claim[], draft: string): RevisionPreviewState {
  const [shown, setShown] = useState<{ effects: ClaimEffects | null; draft: string | null }>({ effects: null, draft: null });
  const channel = useMemo(() => new MappingChannel(), []);
  useEffect(() => () => channel.close(), [channel]);
  const unchanged = sameText(article, draft);

  useEffect(() => {
    if (unchanged) return channel.close();
    let live = true;
    const timer = setTimeout(() => {
      if (!ArticleReviseSchema.safeParse({ articleId: article.id, body: draft, baseRevision: article.revision }).success) {
        channel.close();
        return setShown({ effects: null, draft });
      }
      void channel.run({ kind: 'preview', article, claims, body: draft }).then((effects) => {
        if (live && effects !== SUPERSEDED) setShown({ effects, draft });
      });
    }, PREVIEW_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [article, claims, draft, unchanged, channel]);

  if (unchanged) return { effects: null, pending: false };
  return { effects: shown.effects, pending: shown.draft !== draft };
}
