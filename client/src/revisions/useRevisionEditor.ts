import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Article } from '../../../shared/domain/schemas.ts';
import type { OutboxEntry } from '../sync/outboxEntry.ts';
import type { ActionResult, RevisionOutcome } from '../state/useWorkspace.ts';
import { bodyForEditing } from './revisionText.ts';
import { useFocusOpenerOnClose } from './useReturnFocus.ts';

export type EditorStatus =
  | { kind: 'editing' }
  /** Queued and sent; waiting for the server's answer. */
  | { kind: 'saving'; opId: string }
  /** Accepted; waiting for the new text (and its re-anchored claims) to arrive. */
  | { kind: 'saved'; revision: number }
  /** Someone revised the article first; nothing was saved. */
  | { kind: 'conflict'; theirs: Article }
  | { kind: 'failed'; message: string };

export interface EditorState {
  draft: string;
  /** The revision the draft was made on: a newer one on the server makes saving a conflict. */
  baseRevision: number;
  status: EditorStatus;
  /** The person's own text, kept to copy from after they loaded a colleague's version. */
  mine: string | null;
}

export interface RevisionEditor {
  state: EditorState | null;
  open(): void;
  close(): void;
  setDraft(text: string): void;
  save(): void;
  /** Starts again from the article as it is now, keeping the person's text aside. */
  loadTheirs(): void;
  /** The control that opens the editor: the focus returns to it when the editor closes. */
  opener: RefObject<HTMLButtonElement | null>;
}

interface Inputs {
  article: Article | null;
  outcome: RevisionOutcome | null;
  /** A revision of this person's still in the outbox (after a reload, say). */
  pendingRevision: OutboxEntry | undefined;
  revise(body: string, baseRevision: number): ActionResult<{ opId: string }>;
}

function fromPending(entry: OutboxEntry | undefined): EditorState | null {
  if (entry?.op.event !== 'article:revise') return null;
  const { body, baseRevision } = entry.op.payload;
  return { draft: body, baseRevision, status: { kind: 'saving', opId: entry.opId }, mine: null };
}

/**
 * The edit view's state. A revision goes through the outbox like every
 * change; the editor stays open until the server has answered and the new
 * text has arrived, so what closes it is the reader showing the revision.
 * A refused revision (even one queued offline after the editor was closed)
 * opens the editor again with the person's text: it is never lost.
 */
export function useRevisionEditor({ article, outcome, pendingRevision, revise }: Inputs): RevisionEditor {
  const [state, setState] = useState<EditorState | null>(() => fromPending(pendingRevision));
  const handled = useRef<string | null>(null);
  const articleRef = useRef(article);
  articleRef.current = article;

  useEffect(() => {
    if (!outcome || handled.current === outcome.opId) return;
    handled.current = outcome.opId;
    const { ack } = outcome;
    if (ack.ok) {
      const revision = ack.article?.revision ?? outcome.baseRevision + 1;
      setState((s) => (s?.status.kind === 'saving' && s.status.opId === outcome.opId ? { ...s, status: { kind: 'saved', revision } } : s));
      return;
    }
    const kept = { draft: outcome.body, baseRevision: outcome.baseRevision, mine: null };
    const theirs = ack.article ?? articleRef.current;
    if (ack.error.code === 'conflict' && theirs) setState({ ...kept, status: { kind: 'conflict', theirs } });
    else setState({ ...kept, status: { kind: 'failed', message: ack.error.message } });
  }, [outcome]);

  // Saved: close once the reader can show the new revision.
  useEffect(() => {
    if (state?.status.kind === 'saved' && article && article.revision >= state.status.revision) setState(null);
  }, [state, article]);

  const open = useCallback(() => {
    const a = articleRef.current;
    if (a) setState({ draft: bodyForEditing(a), baseRevision: a.revision, status: { kind: 'editing' }, mine: null });
  }, []);
  const close = useCallback(() => setState(null), []);
  const setDraft = useCallback((draft: string) => {
    setState((s) => {
      if (!s || s.status.kind === 'saving' || s.status.kind === 'saved') return s;
      // Typing after a refusal starts a new attempt; a conflict stays until they load the other version.
      return { ...s, draft, status: s.status.kind === 'failed' ? { kind: 'editing' } : s.status };
    });
  }, []);
  const save = useCallback(() => {
    if (!state || (state.status.kind !== 'editing' && state.status.kind !== 'failed')) return;
    const r = revise(state.draft, state.baseRevision);
    setState({ ...state, status: r.ok ? { kind: 'saving', opId: r.opId } : { kind: 'failed', message: r.error.message } });
  }, [state, revise]);
  const loadTheirs = useCallback(() => {
    setState((s) => {
      const current = articleRef.current;
      const known = s?.status.kind === 'conflict' ? s.status.theirs : null;
      const theirs = current && (!known || current.revision >= known.revision) ? current : known;
      if (!s || !theirs) return s;
      return { draft: bodyForEditing(theirs), baseRevision: theirs.revision, status: { kind: 'editing' }, mine: s.draft };
    });
  }, []);

  const opener = useRef<HTMLButtonElement>(null);
  useFocusOpenerOnClose(state !== null, opener);

  return { state, open, close, setDraft, save, loadTheirs, opener };
}
