import { useId } from 'react';
import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import { useT } from '../i18n/useT.ts';
import { ClaimEffectList } from './ClaimEffectList.tsx';
import { revisionMessages } from './revisions.messages.ts';
import { useRevisionPreview } from './useRevisionPreview.ts';

interface Props {
  article: Article;
  claims: readonly Claim[];
  draft: string;
  onSelectClaim?(id: string): void;
}

/**
 * What saving the draft will do to the claims, before it is saved: the
 * same mapping the server will run, on the claims as this person sees them.
 * Colleagues' changes arriving before the save can still change the outcome.
 */
export function RevisionPreview({ article, claims, draft, onSelectClaim }: Props) {
  const id = useId();
  const t = useT(revisionMessages);
  const { effects, pending } = useRevisionPreview(article, claims, draft);
  if (!effects) return null;
  return (
    <section className="revision-preview" aria-labelledby={`${id}-title`} aria-busy={pending} data-testid="revision-preview">
      <h3 id={`${id}-title`} className="revision-preview-title">
        {t('ifYouSave')}
      </h3>
      <ClaimEffectList article={article} effects={effects} tense="future" label={t('claimsThisRevisionChanges')} onSelectClaim={onSelectClaim} />
    </section>
  );
}
