import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import type { ClaimStatus } from '../../../shared/domain/status.ts';
import { articleIndex } from '../../../shared/ops/apply.ts';
import type { PresenceUser } from '../../../shared/protocol/events.ts';
import { isAnchored } from '../claims/anchoring.ts';
import { clearPresence, paintPresence } from '../presence/presenceHighlights.ts';
import { useLiveSelection } from '../presence/useLiveSelection.ts';
import { ArticleFind, PageLoading, ReattachBar, SuggestionLayer } from '../lazyPages.tsx';
import type { DraftClaim } from '../../../shared/suggest/draft-claim.ts';
import type { ReattachRequest } from '../revisions/ReattachBar.tsx';
import { CaptureToolbar } from './CaptureToolbar.tsx';
import { ClaimChooser } from './ClaimChooser.tsx';
import { caretFromPoint, caretToOffset, offsetsToRange } from './domOffsets.ts';
import { clearHighlights, flashRange, paintClaims } from './highlights.ts';
import { claimsAt, paragraphSpans } from './paragraphs.ts';
import { useTextSelection } from './useTextSelection.ts';
import { usePendingSelectionKeys } from './usePendingSelectionKeys.ts';
import { ClaimDescriptions, claimsByParagraph, claimsDescriptionId } from './ClaimDescriptions.tsx';
import { useKeyboardSelection } from './useKeyboardSelection.ts';
import { STATUS_INFO } from '../../../shared/domain/status.ts';
import { useT } from '../i18n/useT.ts';
import { readerMessages } from './reader.messages.ts';


export interface ArticleReaderProps {
  article: Article;
  /** Live claims of the article. */
  claims: readonly Claim[];
  selectedId: string | null;
  /** Scroll to and flash this claim; a new nonce repeats it for the same claim. */
  reveal: { id: string; nonce: number } | null;
  /** False for people who may not create claims: selecting text offers no capture toolbar. */
  canCapture: boolean;
  onCapture(start: number, end: number, status?: ClaimStatus): Promise<boolean> | boolean;
  onSelectClaim(id: string): void;
  /** Colleagues here now: their live selections are painted in their colours. */
  others?: readonly PresenceUser[];
  /** The user's own selection as it changes (for presence); null when there is none. */
  onSelectionChange?(span: { start: number; end: number } | null): void;
  /** Buttons at the start of the reader's bar (revision, history, edit). */
  tools?: ReactNode;
  /** Shown between the bar and the article (the revision history). */
  panel?: ReactNode;
  /** While set, a selection offers "Attach to selection" for an orphan instead of capture. */
  reattach?: ReattachRequest | null;
  /** Suggested claims: whether they are shown, the toggle, and what accepting does. */
  suggestions?: SuggestionControls;
}

export interface SuggestionControls {
  shown: boolean;
  onToggle(): void;
  canAct: boolean;
  onAccept(drafts: DraftClaim[]): void;
  onDismiss(s: { start: number; end: number; quote: string }): Promise<{ ok: true } | { ok: false; error: { message: string } }>;
}

/**
 * The article as a reader sees it. Each paragraph is one text node inside
 * <p data-start>, and claims are painted with CSS highlights, never by
 * wrapping text, so Arabic letters stay joined and offsets stay simple.
 */
export function ArticleReader(props: ArticleReaderProps) {
  const t = useT(readerMessages);
  const { article, claims, selectedId, reveal, canCapture, onCapture, onSelectClaim, others, onSelectionChange, tools, panel, reattach, suggestions } = props;
  const bodyRef = useRef<HTMLDivElement>(null);
  const headlineRef = useRef<HTMLHeadingElement>(null);
  const spans = useMemo(() => paragraphSpans(article.body), [article]);
  const text = useMemo(() => articleIndex(article), [article]);
  // Orphans (their words are gone from this revision) are listed, never drawn at a guessed place.
  const drawn = useMemo(() => claims.filter((c) => !c.orphaned && isAnchored(article, c)), [article, claims]);
  const { pending, clear } = useTextSelection(bodyRef, text);
  const [busy, setBusy] = useState(false);
  const [chooser, setChooser] = useState<{ ids: string[]; x: number; y: number } | null>(null);
  const closeChooser = useCallback(() => setChooser(null), []);
  const byParagraph = useMemo(() => claimsByParagraph(spans, drawn), [spans, drawn]);
  // Keyboard users: Enter asks for the toolbar, which may appear a moment later (the selection settles first).
  const [toolbarWanted, setToolbarWanted] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const lastCaretClaims = useRef('');
  const caretOffset = () => {
    const sel = document.getSelection();
    return bodyRef.current && sel?.focusNode ? caretToOffset(bodyRef.current, sel.focusNode, sel.focusOffset) : null;
  };
  const keys = useKeyboardSelection(bodyRef, {
    onCaptureKey: () => canCapture && !reattach && setToolbarWanted(true),
    onOpenKey: () => {
      const offset = caretOffset();
      const hits = offset === null ? [] : claimsAt(drawn, offset);
      if (hits.length === 1) onSelectClaim(hits[0]!.id);
      else if (hits.length > 1) {
        const r = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
        setChooser({ ids: hits.map((c) => c.id), x: r.left + window.scrollX, y: r.bottom + window.scrollY });
      }
    },
    onCaretMove: () => {
      const offset = caretOffset();
      const hits = offset === null ? [] : claimsAt(drawn, offset);
      const key = hits.map((c) => c.id).join();
      if (key === lastCaretClaims.current) return;
      lastCaretClaims.current = key;
      setAnnouncement(
        hits.length
          ? t('inClaims', { list: hits.map((c) => t('inClaim', { status: STATUS_INFO[c.status].label[t.locale], quote: c.target.quote.exact })).join(t.locale === 'ar' ? '؛ ' : '; ') })
          : t('noClaim'),
      );
    },
  });
  useEffect(() => {
    if (!pending) setToolbarWanted(false);
  }, [pending]);
  /** Back to the article after the toolbar, keeping the caret where the words were. */
  const returnToBody = (collapse: boolean) => {
    if (!document.activeElement?.closest('[role=toolbar]')) return;
    if (collapse) document.getSelection()?.collapseToEnd();
    bodyRef.current?.focus({ preventScroll: true });
  };
  const [findOpen, setFindOpen] = useState(false);
  const [findFocus, setFindFocus] = useState(0);
  const [findQuery, setFindQuery] = useState('');
  const findButton = useRef<HTMLButtonElement>(null);
  const openFind = useCallback(() => {
    setFindOpen(true);
    setFindFocus((n) => n + 1);
  }, []);
  const closeFind = useCallback(() => {
    setFindOpen(false);
    findButton.current?.focus();
  }, []);

  // Ctrl/Cmd+F finds in the article (with the same loose Arabic matching as
  // the server) rather than the browser's exact find. `code` too, so it
  // works with an Arabic keyboard layout, where the key gives "ب".
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      if (e.key.toLowerCase() !== 'f' && e.code !== 'KeyF') return;
      e.preventDefault();
      openFind();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openFind]);

  useLayoutEffect(() => {
    if (bodyRef.current) paintClaims(bodyRef.current, drawn, selectedId);
  }, [drawn, selectedId]);
  useEffect(() => clearHighlights, []);
  useLayoutEffect(() => {
    if (bodyRef.current) paintPresence(bodyRef.current, others ?? []);
  }, [others, article]);
  useEffect(() => clearPresence, []);
  useLiveSelection(bodyRef, onSelectionChange);

  useEffect(() => {
    const claim = reveal && drawn.find((c) => c.id === reveal.id);
    if (!claim || !bodyRef.current) return;
    const range = offsetsToRange(bodyRef.current, claim.target.position.start, claim.target.position.end);
    if (!range) return;
    const rect = range.getBoundingClientRect();
    if (rect.top < 80 || rect.bottom > window.innerHeight - 40) {
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      window.scrollTo({ top: window.scrollY + rect.top - window.innerHeight * 0.3, behavior: reduce ? 'auto' : 'smooth' });
    }
    return flashRange(range);
    // Deliberately keyed on `reveal` alone: only a new reveal request should
    // scroll and flash, not every edit to the claims.
  }, [reveal]);

  const capture = async (status?: ClaimStatus) => {
    if (!pending) return;
    setBusy(true);
    const ok = await onCapture(pending.start, pending.end, status);
    setBusy(false);
    if (ok) {
      // A keyboard user stays in the article, at the end of what was captured.
      if (document.activeElement?.closest('[role=toolbar]')) returnToBody(true);
      else document.getSelection()?.removeAllRanges();
      clear();
    }
  };

  // While new words are selected, keys 1-4 capture them with that status and
  // never reach the open claim's editor (which may be scrolled out of view).
  const capturing = Boolean(pending && canCapture && !reattach);
  usePendingSelectionKeys(capturing, (status) => void capture(status));

  /** A click on highlighted text selects its claim (or offers a choice where claims overlap). */
  const onClick = (e: MouseEvent) => {
    const sel = document.getSelection();
    if (sel && !sel.isCollapsed) return;
    const caret = caretFromPoint(document, e.clientX, e.clientY);
    if (!caret || !bodyRef.current) return;
    const offset = caretToOffset(bodyRef.current, caret.node, caret.offset);
    if (offset === null) return;
    const hits = claimsAt(drawn, offset);
    if (hits.length === 1) onSelectClaim(hits[0]!.id);
    else if (hits.length > 1) setChooser({ ids: hits.map((c) => c.id), x: e.pageX, y: e.pageY });
  };

  const afterAttach = () => {
    document.getSelection()?.removeAllRanges();
    clear();
  };

  return (
    <div className="reader-frame">
      <div className="reader-bar">
        <div className="reader-bar-row">
          <div className="reader-tools">{tools}</div>
          {suggestions && (
            <button type="button" className="suggestions-toggle" aria-pressed={suggestions.shown} onClick={suggestions.onToggle} title={t('suggestionsHint')}>
              {t('suggestions')}
            </button>
          )}
          <button
            ref={findButton}
            type="button"
            className="find-toggle"
            aria-expanded={findOpen}
            title={t('findHint')}
            onClick={() => (findOpen ? closeFind() : openFind())}
          >
            {t('find')}
          </button>
        </div>
        {/* The text is normalized for matching only while the find box is open. */}
        {findOpen && (
          <PageLoading>
            <ArticleFind text={text.text} headline={article.title} headlineRef={headlineRef} initialQuery={findQuery} onQueryChange={setFindQuery} containerRef={bodyRef} focusKey={findFocus} onClose={closeFind} />
          </PageLoading>
        )}
        {reattach && (
          <PageLoading>
            <ReattachBar request={reattach} selection={pending} text={text} dir={article.dir} lang={article.lang} onAttached={afterAttach} />
          </PageLoading>
        )}
      </div>
      {panel}
      {suggestions?.shown && !reattach && (
        <PageLoading>
          <SuggestionLayer article={article} drawn={drawn} containerRef={bodyRef} canAct={suggestions.canAct} onAccept={suggestions.onAccept} onDismiss={suggestions.onDismiss} />
        </PageLoading>
      )}
      <article className="reader" dir={article.dir} lang={article.lang}>
        <header className="reader-head">
          <p className="dateline">{article.dateline}</p>
          <h1 ref={headlineRef}>{article.title}</h1>
          {article.byline && <p className="byline">{article.byline}</p>}
        </header>
        {/* Focusable so keyboard users can move a caret and select (useKeyboardSelection); not editable. */}
        <div
          className="reader-body"
          id="article-text"
          ref={bodyRef}
          onClick={onClick}
          tabIndex={0}
          role="document"
          aria-label={t('bodyLabel')}
          aria-describedby="article-keys-help"
          onFocus={keys.onFocus}
          onBlur={keys.onBlur}
          onKeyDown={keys.onKeyDown}
        >
          {spans.map((p) => (
            <p key={p.start} data-start={p.start} aria-describedby={byParagraph.has(p.start) ? claimsDescriptionId(p.start) : undefined}>
              {p.text}
            </p>
          ))}
        </div>
        <p id="article-keys-help" hidden>
          {t('keysHelp')}
        </p>
        <ClaimDescriptions byParagraph={byParagraph} lang={article.lang} />
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
        {pending && canCapture && !reattach && (
          <CaptureToolbar
            anchor={pending.box}
            busy={busy}
            autoFocus={toolbarWanted}
            onCapture={(s) => void capture(s)}
            onDismiss={() => {
              returnToBody(false);
              clear();
            }}
          />
        )}
        {chooser && (
          <ClaimChooser
            claims={drawn.filter((c) => chooser.ids.includes(c.id))}
            at={chooser}
            dir={article.dir}
            lang={article.lang}
            onChoose={(id) => {
              setChooser(null);
              onSelectClaim(id);
            }}
            onDismiss={closeChooser}
          />
        )}
      </article>
    </div>
  );
}
