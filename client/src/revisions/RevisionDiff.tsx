import { useEffect, useId, useMemo, useState } from 'react';
import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import { useT } from '../i18n/useT.ts';
import { ClaimEffectList } from './ClaimEffectList.tsx';
import { MappingChannel, SUPERSEDED } from './mappingChannel.ts';
import type { MappingRequest } from './mappingJob.ts';
import type { ClaimEffects } from './revisionPreview.ts';
import { revisionHistoryMessages } from './revisionHistory.messages.ts';
import type { RevisionRecord } from './useRevisionPages.ts';
import { diffBodies, foldUnchanged, hasChanges, type DiffParagraph, type DiffPiece } from './wordDiff.ts';

interface Props {
  /** The article as it is now: its claims are placed in this text. */
  article: Article;
  claims: readonly Claim[];
  older: RevisionRecord;
  newer: RevisionRecord;
  onSelectClaim?(id: string): void;
}

/** Plain words stay plain text: wrappers inside them would break Arabic letter joining. */
function Piece({ piece }: { piece: DiffPiece }) {
  if (piece.kind === 'added') return <ins>{piece.text}</ins>;
  if (piece.kind === 'removed') return <del>{piece.text}</del>;
  return <>{piece.text}</>;
}

const Paragraph = ({ pieces }: { pieces: DiffParagraph }) => (
  <p>
    {pieces.map((piece, k) => (
      <Piece key={k} piece={piece} />
    ))}
  </p>
);

/**
 * The words one revision changed from another, in the article's direction
 * and language (added words underlined, removed ones struck through, not
 * told by colour alone), and what those changes did to today's claims.
 */
export function RevisionDiff({ article, claims, older, newer, onSelectClaim }: Props) {
  const id = useId();
  const t = useT(revisionHistoryMessages);
  const paragraphs = useMemo(() => diffBodies(older.body, newer.body, article.lang), [older.body, newer.body, article.lang]);
  const blocks = useMemo(() => foldUnchanged(paragraphs), [paragraphs]);
  // The same mapping a revision runs, in a worker: on a long article it can take seconds.
  const request = useMemo<MappingRequest>(() => ({ kind: 'between', article, claims, older: older.body, newer: newer.body }), [article, claims, older.body, newer.body]);
  const channel = useMemo(() => new MappingChannel(), []);
  useEffect(() => () => channel.close(), [channel]);
  const [mapped, setMapped] = useState<{ request: MappingRequest; effects: ClaimEffects | null } | null>(null);
  useEffect(() => {
    let live = true;
    void channel.run(request).then((effects) => {
      if (live && effects !== SUPERSEDED) setMapped({ request, effects });
    });
    return () => {
      live = false;
    };
  }, [channel, request]);
  const effects = mapped?.request === request ? mapped.effects : undefined;
  return (
    <section className="revision-diff" aria-labelledby={`${id}-title`} data-testid="revision-diff">
      <h3 id={`${id}-title`} className="revision-diff-title">
        {t('changesFromTo', { older: older.revision, newer: newer.revision })}
      </h3>
      {hasChanges(paragraphs) ? (
        <>
          <p className="hint">{t('diffLegend')}</p>
          <div className="diff-body" dir={article.dir} lang={article.lang}>
            {blocks.map((block, i) =>
              block.kind === 'paragraph' ? (
                <Paragraph key={i} pieces={block.paragraph} />
              ) : (
                <details key={i} className="diff-unchanged">
                  {/* The interface's words, isolated from the article's direction around them. */}
                  <summary lang={t.locale} dir={t.locale === 'ar' ? 'rtl' : 'ltr'}>
                    <bdi>{t('unchangedParagraphs', { count: block.paragraphs.length })}</bdi>
                  </summary>
                  {block.paragraphs.map((pieces, k) => (
                    <Paragraph key={k} pieces={pieces} />
                  ))}
                </details>
              ),
            )}
          </div>
        </>
      ) : (
        <p className="hint">{t('sameText')}</p>
      )}
      {effects === undefined && <p className="hint">{t('findingEffects')}</p>}
      {effects && (
        <div className="revision-diff-claims">
          <h4 className="revision-diff-subtitle">{t('claims')}</h4>
          <ClaimEffectList article={article} effects={effects} tense="past" label={t('claimsTheseChangesAffected')} onSelectClaim={onSelectClaim} />
          <p className="hint">{t('todaysClaims')}</p>
        </div>
      )}
    </section>
  );
}
