import { useEffect, useState } from 'react';
import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import { ArticleReviseSchema } from '../../../shared/protocol/payloads.ts';
import { previewRevision, type ClaimEffects } from './revisionPreview.ts';
import { sameText } from './revisionText.ts';

/** Long enough to skip the keystrokes of a word, short enough to follow a pause. */
export const PREVIEW_DELAY_MS = 300;

export interface RevisionPreviewState {
  effects: ClaimEffects | null;
  /** The draft changed since `effects` were computed; a new dry run is due. */
  pending: boolean;
}

/**
 * The dry run of the draft, run once the person pauses typing: on a long
 * article with many claims the mapping costs tens of milliseconds, too much
 * for every keystroke. An unchanged draft (or one that could not be saved)
 * has no preview at all; until the next run the last one stays on screen.
 */
export function useRevisionPreview(article: Article, claims: readonly Claim[], draft: string): RevisionPreviewState {
  const [shown, setShown] = useState<{ effects: ClaimEffects | null; draft: string | null }>({ effects: null, draft: null });
  const unchanged = sameText(article, draft);

  useEffect(() => {
    if (unchanged) return;
    const timer = setTimeout(() => {
      const savable = ArticleReviseSchema.safeParse({ articleId: article.id, body: draft, baseRevision: article.revision }).success;
      setShown({ effects: savable ? previewRevision(article, claims, draft) : null, draft });
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [article, claims, draft, unchanged]);

  if (unchanged) return { effects: null, pending: false };
  return { effects: shown.effects, pending: shown.draft !== draft };
}
