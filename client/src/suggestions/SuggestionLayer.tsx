import { useCallback, useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import { draftClaim, suggestionKey, type DraftClaim } from '../../../shared/suggest/draft-claim.ts';
import type { Suggestion } from '../../../shared/suggest/types.ts';
import { visibleSuggestions } from '../../../shared/suggest/visible.ts';
import { caretFromPoint, caretToOffset, offsetsToRange } from '../reader/domOffsets.ts';
import { claimsAt } from '../reader/paragraphs.ts';
import { SuggestionActions } from './SuggestionActions.tsx';
import { clearSuggestions, paintSuggestions } from './suggestionHighlights.ts';
import { useSuggestions } from './useSuggestions.ts';
import { useT } from '../i18n/useT.ts';
import { suggestionMessages } from './suggestions.messages.ts';

export interface SuggestionLayerProps {
  article: Article;
  /** The claims drawn in the reader: a click on their words opens them, not a suggestion. */
  drawn: readonly Claim[];
  containerRef: RefObject<HTMLElement | null>;
  /** False for people who may not create claims: they see suggestions but get no buttons. */
  canAct: boolean;
  onAccept(drafts: DraftClaim[]): void;
  /** Hides it for everyone in the article; resolves with the server's refusal, if any. */
  onDismiss(s: Suggestion): Promise<{ ok: true } | { ok: false; error: { message: string } }>;
}

/**
 * Suggested claims over the article: dotted underlines in the text (a click
 * on one opens its actions where no claim is) and the same list in a panel
 * of buttons, so keyboard and screen-reader users can act on each. Loaded
 * only once someone shows suggestions.
 */
export function SuggestionLayer({ article, drawn, containerRef, canAct, onAccept, onDismiss }: SuggestionLayerProps) {
  const t = useT(suggestionMessages);
  const claimSpans = useMemo(() => drawn.map((c) => suggestionKey(c.target.position)).join(','), [drawn]);
  const dismissed = article.dismissed;
  const { list, loading, failed } = useSuggestions(article.id, article.revision, claimSpans, dismissed?.length ?? 0);
  // Dismissals being sent, hidden at once (and shown again if refused).
  const [hiding, setHiding] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  // A suggestion just accepted or dismissed (here or by a colleague) goes at once, before the server's next answer says so.
  const visible = useMemo(
    () => visibleSuggestions(list, drawn, { dismissed }).filter((s) => !hiding.has(suggestionKey(s))),
    [list, drawn, dismissed, hiding],
  );
  const [active, setActive] = useState<{ key: string; x: number; y: number } | null>(null);
  const close = useCallback(() => setActive(null), []);
  const activeSuggestion = active ? (visible.find((s) => suggestionKey(s) === active.key) ?? null) : null;

  useLayoutEffect(() => {
    if (containerRef.current) paintSuggestions(containerRef.current, visible, activeSuggestion);
  }, [containerRef, visible, activeSuggestion, article]);
  useEffect(() => clearSuggestions, []);

  // A click on suggested words, where no claim is, opens that suggestion's actions.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const onClick = (e: MouseEvent) => {
      const sel = document.getSelection();
      if (sel && !sel.isCollapsed) return;
      const caret = caretFromPoint(document, e.clientX, e.clientY);
      const offset = caret && caretToOffset(container, caret.node, caret.offset);
      if (offset === null || offset === undefined || claimsAt(drawn, offset).length > 0) return;
      const hit = visible.find((s) => s.start <= offset && offset < s.end);
      if (hit) setActive({ key: suggestionKey(hit), x: e.pageX, y: e.pageY });
    };
    container.addEventListener('click', onClick);
    return () => container.removeEventListener('click', onClick);
  }, [containerRef, drawn, visible]);

  const accept = (s: Suggestion) => {
    setActive(null);
    onAccept([draftClaim(s)]);
  };
  const acceptAll = (source: string) => {
    setActive(null);
    onAccept(visible.filter((s) => s.source === source).map(draftClaim));
  };
  const dismiss = async (s: Suggestion) => {
    setActive(null);
    setProblem(null);
    const key = suggestionKey(s);
    setHiding((h) => new Set(h).add(key));
    const result = await onDismiss(s);
    if (!result.ok) setProblem(t('notDismissed', { message: result.error.message }));
    setHiding((h) => {
      const next = new Set(h);
      next.delete(key);
      return next;
    });
  };
  const sameSource = (s: Suggestion) => (s.source ? visible.filter((o) => o.source === s.source).length : 0);
  const show = (s: Suggestion) => {
    const range = containerRef.current && offsetsToRange(containerRef.current, s.start, s.end);
    const rect = range?.getBoundingClientRect();
    if (rect) window.scrollTo({ top: window.scrollY + rect.top - window.innerHeight * 0.3 });
    setActive({ key: suggestionKey(s), x: (rect?.left ?? 0) + window.scrollX + (rect?.width ?? 0) / 2, y: (rect?.bottom ?? 0) + window.scrollY });
  };

  return (
    <section className="suggestions-panel" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">
        {loading ? t('looking') : failed ? t('failed') : t('count', { count: visible.length })}
      </h2>
      {problem && (
        <p className="suggestion-hint" role="alert">
          {problem}
        </p>
      )}
      {visible.length > 0 && (
        <ol className="suggestion-list">
          {visible.map((s) => (
            <li key={suggestionKey(s)} data-suggestion={suggestionKey(s)}>
              <button type="button" className="suggestion-quote" dir={article.dir} lang={article.lang} onClick={() => show(s)}>
                {s.source && <strong className="suggestion-source">{s.source}</strong>} {s.quote}
              </button>
              {canAct && (
                <button type="button" className="primary" onClick={() => accept(s)} aria-label={t('acceptQuote', { quote: s.quote })}>
                  {t('accept')}
                </button>
              )}
              {canAct && (
                <button type="button" onClick={() => void dismiss(s)} aria-label={t('dismissQuote', { quote: s.quote })}>
                  {t('dismiss')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {activeSuggestion && (
        <SuggestionActions
          suggestion={activeSuggestion}
          at={active!}
          dir={article.dir}
          lang={article.lang}
          canAct={canAct}
          sameSource={sameSource(activeSuggestion)}
          onAccept={() => accept(activeSuggestion)}
          onAcceptAll={() => acceptAll(activeSuggestion.source)}
          onDismiss={() => void dismiss(activeSuggestion)}
          onClose={close}
        />
      )}
    </section>
  );
}
