import { useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import { StatusBadge } from '../claims/StatusBadge.tsx';
import { offsetsToRange } from '../reader/domOffsets.ts';
import { useT } from '../i18n/useT.ts';
import { layoutMessages } from './layout.messages.ts';

export interface ClaimSheetProps {
  claim: Claim;
  /** For the quote's language and direction. */
  article: Pick<Article, 'lang' | 'dir'> | null;
  onClose(): void;
  /** The claim's details (status, fields, evidence, discussion). */
  children: ReactNode;
}

/** Room kept between the claimed words and the bars around them. */
const GAP = 12;

/**
 * On a phone, the selected claim opens as a sheet over the lower part of the
 * article rather than in the list 2,500 px below it. It is not modal: the
 * words stay readable above it and another highlight can be tapped. Focus
 * moves into it, Escape or the close button closes it, and focus goes back
 * to where it was (or to the article, when that was a tap on the text).
 */
export function ClaimSheet({ claim, article, onClose, children }: ClaimSheetProps) {
  const sheetRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const t = useT(layoutMessages);

  useEffect(() => {
    const returnTo = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    sheetRef.current?.focus({ preventScroll: true });
    // Lets the page scroll its last words above the sheet (see phone.css).
    document.documentElement.classList.add('claim-sheet-open');
    return () => {
      document.documentElement.classList.remove('claim-sheet-open');
      const focusIsLost = !document.activeElement || document.activeElement === document.body || sheetRef.current?.contains(document.activeElement);
      if (!focusIsLost) return;
      const target = returnTo?.isConnected ? returnTo : document.querySelector<HTMLElement>('article.reader');
      if (target && !target.hasAttribute('tabindex') && !target.matches('a, button, input, textarea, select')) target.tabIndex = -1;
      target?.focus({ preventScroll: true });
    };
  }, []);

  // Keep the claimed words in view between the top bars and the sheet: when
  // the claim opens, and again when the sheet grows (its details load lazily).
  const { start, end } = claim.target.position;
  const orphaned = claim.orphaned;
  useLayoutEffect(() => {
    const sheet = sheetRef.current;
    if (!sheet || orphaned) return;
    const show = () => showAboveSheet(sheet, start, end);
    show();
    let height = sheet.offsetHeight;
    const observer = new ResizeObserver(() => {
      if (sheet.offsetHeight === height) return;
      height = sheet.offsetHeight;
      show();
    });
    observer.observe(sheet);
    return () => observer.disconnect();
  }, [orphaned, start, end]);

  // Escape in a text field belongs to the field (it discards a draft there).
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    if (e.target instanceof Element && e.target.closest('input, textarea, select')) return;
    e.preventDefault();
    onClose();
  };

  return (
    <div ref={sheetRef} className="claim-sheet" role="dialog" aria-labelledby={titleId} tabIndex={-1} onKeyDown={onKeyDown}>
      <div className="claim-sheet-head">
        <h2 id={titleId} className="claim-sheet-title">
          {t('title')}
        </h2>
        <StatusBadge status={claim.status} />
        <button type="button" className="ghost claim-sheet-close" title={t('closeHint')} onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <p className="claim-sheet-quote" dir={article?.dir ?? 'auto'} lang={article?.lang}>
        {claim.target.quote.exact}
      </p>
      <div className="claim-sheet-body">{children}</div>
    </div>
  );
}

/** Scrolls the page so words [start, end) of the article sit between the bars at the top and the sheet, if they do not. */
function showAboveSheet(sheet: HTMLElement, start: number, end: number): void {
  const body = document.querySelector<HTMLElement>('article .reader-body');
  const range = body && offsetsToRange(body, start, end);
  if (!range) return;
  const words = range.getBoundingClientRect();
  const bars = Math.max(0, ...[...document.querySelectorAll('.topbar, .reader-bar')].map((el) => el.getBoundingClientRect().bottom));
  const sheetTop = sheet.getBoundingClientRect().top;
  if (words.top >= bars + GAP && words.bottom <= sheetTop - GAP) return;
  const room = sheetTop - bars;
  // Centred in the room left when they fit; otherwise their start just under the bars.
  const above = words.height < room - 2 * GAP ? (room - words.height) / 2 : GAP;
  window.scrollBy({ top: words.top - bars - above, behavior: 'instant' });
}
