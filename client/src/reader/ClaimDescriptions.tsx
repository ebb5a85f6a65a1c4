import type { Claim } from '../../../shared/domain/schemas.ts';
import { STATUS_INFO } from '../../../shared/domain/status.ts';
import type { ParagraphSpan } from './paragraphs.ts';

import { useT } from '../i18n/useT.ts';
import { readerMessages } from './reader.messages.ts';

/** The id of the hidden description of the claims in the paragraph starting at `start`. */
export const claimsDescriptionId = (start: number) => `claims-in-${start}`;

/** The drawn claims that touch each paragraph, by paragraph start: a binary search per claim, not a scan of all pairs. */
export function claimsByParagraph(spans: readonly ParagraphSpan[], claims: readonly Claim[]): Map<number, Claim[]> {
  const out = new Map<number, Claim[]>();
  for (const c of claims) {
    const { start, end } = c.target.position;
    // The last paragraph starting at or before the claim's start.
    let lo = 0;
    let hi = spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (spans[mid]!.start <= start) lo = mid;
      else hi = mid - 1;
    }
    for (let i = lo; i < spans.length && spans[i]!.start < end; i++) {
      const p = spans[i]!;
      if (p.end <= start) continue;
      const list = out.get(p.start);
      if (list) list.push(c);
      else out.set(p.start, [c]);
    }
  }
  return out;
}

/**
 * Claims are painted with CSS highlights, which assistive technology cannot
 * see, and wrapping the words in elements would break Arabic shaping. So
 * each paragraph with claims points (aria-describedby) at a hidden list of
 * them: status, the exact words and the summary. `hidden` keeps the list out
 * of reading order while descriptions may still use it.
 */
export function ClaimDescriptions({ byParagraph, lang }: { byParagraph: Map<number, Claim[]>; lang: string }) {
  const t = useT(readerMessages);
  // The quoted words keep the article's language inside a sentence in the interface's.
  const describe = (c: Claim) => t.rich('claimOfStatus', { status: STATUS_INFO[c.status].label[t.locale], quote: <span lang={lang}>{c.target.quote.exact}</span> });
  return (
    <div hidden>
      {[...byParagraph].map(([start, claims]) => (
        <div key={start} id={claimsDescriptionId(start)}>
          {t('claimsInParagraph', { count: claims.length })}{' '}
          {claims.map((c) => (
            <span key={c.id}>
              {describe(c)}
              {c.summary ? `, ${c.summary}. ` : '. '}
            </span>
          ))}
        </div>
      ))}
    </div>
  );
}
