import { useCallback, useMemo, useRef, useState } from 'react';
import type { Comment } from '../../../shared/domain/schemas.ts';
import type { ClaimStatus } from '../../../shared/domain/status.ts';
import { applyOperation, claimsInReadingOrder } from '../../../shared/ops/apply.ts';
import type { ApiError } from '../../../shared/protocol/errors.ts';
import { ArticleReviseSchema, type ClaimChanges } from '../../../shared/protocol/payloads.ts';
import { mentionsIn, type Mentionable } from '../../../shared/text/mentions.ts';
import type { Realtime } from '../realtime/connection.ts';
import { UNAUTHENTICATED } from '../realtime/unauthenticated.ts';
import type { MutationAck, WireOp } from '../realtime/wire.ts';
import { newId, newTempId, type OutboxEntry } from '../sync/outboxEntry.ts';
import { operationFor, overlayPending, type Person } from '../sync/pendingOverlay.ts';
import { useArticleSync } from './useArticleSync.ts';
import { useOutbox } from './useOutbox.ts';

/** The local answer to a change: queued (or nothing to do), or refused at once with the reason. */
export type ActionResult<T extends object = object> = ({ ok: true } & T) | { ok: false; error: ApiError };

/**
 * What the UI can do. Every change is applied at once on screen and queued
 * with its own opId; the server's verdict arrives later (a refusal as a
 * notice, a conflict beside the field).
 */
export interface ClaimActions {
  /** `fields` fills in what a suggestion already knows (its drafted summary and source). */
  createClaim(start: number, end: number, status?: ClaimStatus, fields?: { summary?: string; attributedTo?: string }): ActionResult<{ claimId: string }>;
  updateClaim(id: string, changes: ClaimChanges, baseVersion?: number): ActionResult;
  deleteClaim(id: string): ActionResult;
  restoreClaim(id: string): ActionResult;
  addEvidence(claimId: string, input: { url: string; title?: string; note?: string }): ActionResult;
  removeEvidence(claimId: string, evidenceId: string): ActionResult;
  addComment(claimId: string, text: string): ActionResult;
  resolveConflict(opId: string, choice: 'mine' | 'theirs'): void;
  /** Puts a claim (an orphan, usually) on the words at [start, end). */
  reattachClaim(id: string, start: number, end: number): ActionResult;
  /**
   * Editors: a new text (paragraphs separated by blank lines) made on
   * `baseRevision`. Not shown until the server has re-anchored the claims;
   * its answer arrives as `revisionOutcome` with this opId.
   */
  reviseArticle(body: string, baseRevision: number): ActionResult<{ opId: string }>;
  /** Hides a suggested claim for everyone; not queued offline (see Realtime.dismissSuggestion). */
  dismissSuggestion(s: { start: number; end: number; quote: string }): Promise<ActionResult>;
}

/** The server's answer to one of this person's revisions. */
export interface RevisionOutcome {
  opId: string;
  /** What was sent, so a refused text is never lost. */
  body: string;
  baseRevision: number;
  ack: MutationAck;
}

/**
 * One article as this person sees it: the server's numbered state (kept in
 * step by useArticleSync) with their queued changes (useOutbox) laid over.
 */
export function useWorkspace(realtime: Realtime | null, articleId: string, me: Person, people: readonly Mentionable[] = []) {
  /** Refusals and errors, oldest first; several can arrive in one replay and none may be lost. */
  const [notices, setNotices] = useState<string[]>([]);
  const [sessionLost, setSessionLost] = useState(false);
  const [revisionOutcome, setRevisionOutcome] = useState<RevisionOutcome | null>(null);
  const callbacks = useMemo(
    () => ({
      onNotice: (message: string) => setNotices((n) => (n.includes(message) ? n : [...n, message].slice(-MAX_NOTICES))),
      onSessionLost: () => setSessionLost(true),
    }),
    [],
  );
  const sync = useArticleSync(realtime, articleId, me.id, callbacks);
  const { data } = sync;
  const { catchUp } = sync;
  const outboxCallbacks = useMemo(
    () => ({
      ...callbacks,
      onStale: catchUp,
      onRevision: (entry: OutboxEntry, ack: MutationAck) => {
        if (entry.op.event !== 'article:revise') return;
        const { body, baseRevision } = entry.op.payload;
        setRevisionOutcome({ opId: entry.opId, body, baseRevision, ack });
      },
    }),
    [callbacks, catchUp],
  );
  const box = useOutbox(realtime, articleId, me, sync.caughtUp, data.seq, sync.dispatch, outboxCallbacks);

  const provisional = useMemo(() => box.provisional.filter((p) => data.seq === null || p.seq > data.seq), [box.provisional, data.seq]);
  // Keyed on what it reads: `data` as a whole also changes with every presence update.
  const { article, claims: confirmedClaims, comments: confirmedComments } = data;
  const shown = useMemo(
    () => overlayPending({ article, claims: confirmedClaims, comments: confirmedComments }, provisional, box.entries, me),
    [article, confirmedClaims, confirmedComments, provisional, box.entries, me],
  );
  const shownRef = useRef({ shown, article: data.article });
  shownRef.current = { shown, article: data.article };
  const peopleRef = useRef(people);
  peopleRef.current = people;
  const { outbox } = box;

  /** Checks a change against what is shown, then queues it; refused at once if it cannot apply. */
  const queue = useCallback(
    (op: WireOp, claimId: string, opts: { tempId?: string; mentions?: string[]; baseVersion?: number } = {}): ActionResult => {
      const { shown: s, article } = shownRef.current;
      if (!article) return { ok: false, error: { code: 'not_found', message: 'The article is not loaded yet.' } };
      const id = opts.tempId ?? 'probe';
      const operation = operationFor(op, id, opts.mentions ?? []);
      if (!operation) return { ok: false, error: { code: 'invalid_payload', message: 'This change cannot be queued here.' } };
      const result = applyOperation({ articles: { [article.id]: article }, claims: s.claims, comments: s.comments }, operation, {
        actor: me.name,
        actorId: me.id,
        now: new Date().toISOString(),
        ...(me.role ? { role: me.role } : {}),
      });
      if (!result.ok) return { ok: false, error: result.error };
      if (!result.changed) return { ok: true };
      // Shown versions are the server's (see pendingOverlay.ts): an edit is based on the one the person saw.
      const before = Object.hasOwn(s.claims, claimId) ? s.claims[claimId] : undefined;
      const moved = before && result.claim.id === claimId && result.claim.version > before.version;
      outbox.enqueue({
        op,
        claimId,
        tempId: opts.tempId,
        mentions: opts.mentions,
        base: moved ? { seen: opts.baseVersion ?? before.version } : undefined,
      });
      return { ok: true };
    },
    [outbox, me],
  );

  const actions = useMemo<ClaimActions>(
    () => ({
      createClaim(start, end, status, fields = {}) {
        const tempId = newTempId();
        const payload = { articleId, target: { start, end }, ...(status ? { status } : {}), ...fields };
        const r = queue({ event: 'claim:create', payload }, tempId, { tempId });
        return r.ok ? { ok: true, claimId: tempId } : r;
      },
      updateClaim(id, changes, baseVersion) {
        const payload = baseVersion === undefined ? { id, changes } : { id, changes, baseVersion };
        return queue({ event: 'claim:update', payload }, id, { baseVersion });
      },
      deleteClaim: (id) => queue({ event: 'claim:delete', payload: { id } }, id),
      restoreClaim: (id) => queue({ event: 'claim:restore', payload: { id } }, id),
      addEvidence(claimId, input) {
        const payload = { claimId, url: input.url, ...(input.title ? { title: input.title } : {}), ...(input.note ? { note: input.note } : {}) };
        return queue({ event: 'evidence:add', payload }, claimId, { tempId: newTempId() });
      },
      removeEvidence: (claimId, evidenceId) => queue({ event: 'evidence:remove', payload: { claimId, evidenceId } }, claimId),
      addComment(claimId, text) {
        const mentions = mentionsIn(text, peopleRef.current);
        return queue({ event: 'comment:create', payload: { claimId, text } }, claimId, { tempId: newTempId(), mentions });
      },
      resolveConflict(opId, choice) {
        const conflict = outbox.conflicts.find((c) => c.entry.opId === opId);
        if (!conflict) return;
        outbox.dismissConflict(opId);
        const { op } = conflict.entry;
        // "Keep mine" is a new change, made knowingly on top of theirs.
        if (choice === 'mine' && op.event === 'claim:update') {
          queue({ event: 'claim:update', payload: { id: op.payload.id, changes: op.payload.changes, baseVersion: conflict.current.version } }, op.payload.id, {
            baseVersion: conflict.current.version,
          });
        }
      },
      reattachClaim: (id, start, end) => queue({ event: 'claim:reattach', payload: { id, target: { start, end } } }, id),
      reviseArticle(body, baseRevision) {
        // The server's own checks (no text, too long, control characters), before anything is queued.
        const parsed = ArticleReviseSchema.safeParse({ articleId, body, baseRevision });
        if (!parsed.success) {
          return { ok: false, error: { code: 'invalid_payload', message: parsed.error.issues[0]?.message ?? 'The text cannot be saved.', field: 'body' } };
        }
        const entry = outbox.enqueue({ op: { event: 'article:revise', payload: parsed.data }, claimId: articleId });
        return { ok: true, opId: entry.opId };
      },
      async dismissSuggestion({ start, end, quote }) {
        if (!realtime) return { ok: false, error: { code: 'internal_error', message: 'Offline: not connected to the server.' } };
        const ack = await realtime.dismissSuggestion({ opId: newId(), articleId, start, end, quote });
        if (!ack.ok) return ack;
        // Our own change, applied as the broadcast the others get (in seq order with everything else).
        sync.dispatch({ type: 'change', change: { event: 'suggestion:dismissed', payload: { articleId, seq: ack.seq, key: ack.key, history: null } } });
        return { ok: true };
      },
    }),
    [articleId, queue, outbox, realtime, sync.dispatch],
  );

  const claims = useMemo(() => claimsInReadingOrder(Object.values(shown.claims), articleId), [shown.claims, articleId]);
  const comments = useMemo(
    () => Object.values(shown.comments).filter((c) => c.articleId === articleId).sort(byTime),
    [shown.comments, articleId],
  );

  return {
    article: data.article,
    claims,
    /** Every claim known, deleted ones too (activity names them). */
    allClaims: shown.claims,
    comments,
    users: data.users,
    seq: data.seq,
    liveHistory: data.liveHistory,
    connection: sync.connection,
    connectionError: sync.connectionError,
    joins: sync.joins,
    caughtUp: sync.caughtUp,
    pending: { count: box.entries.length, claims: shown.pendingClaims, comments: shown.pendingComments, evidence: shown.pendingEvidence },
    /** This person's revision of the text waiting for the server, if any (it survives a reload). */
    pendingRevision: box.entries.find((e) => e.op.event === 'article:revise'),
    /** The server's latest answer to one of this person's revisions. */
    revisionOutcome,
    /** The latest revision heard (anyone's), for the summary notice. */
    lastRevision: data.lastRevision,
    conflicts: box.conflicts,
    aliases: box.aliases,
    acks: box.acks,
    unauthenticated: sessionLost || sync.connectionError === UNAUTHENTICATED,
    notices,
    /** The latest notice (tests and simple callers). */
    notice: notices.at(-1) ?? null,
    dismissNotice: (message: string) => setNotices((n) => n.filter((m) => m !== message)),
    actions,
  };
}

const MAX_NOTICES = 5;
const byTime = (a: Comment, b: Comment) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

export type Workspace = ReturnType<typeof useWorkspace>;
