import type { Article, Claim, Comment, HistoryEntry } from '../../../shared/domain/schemas.ts';
import type { RevisionSummary } from '../../../shared/ops/article-ops.ts';
import type { ChangeEventName, ChangePayloads, JoinResult, PresenceUser } from '../../../shared/protocol/events.ts';
import type { WireOp } from '../realtime/wire.ts';
import { applyOperation } from '../../../shared/ops/apply.ts';
import { applyPresenceChange, type PresenceChange } from '../../../shared/domain/presence.ts';
import { withDismissal } from '../../../shared/suggest/dismissed.ts';

/**
 * The client's copy of the server's state of one article: exactly what the
 * server had after change number `seq`. Pure, so the rules for catching up
 * (missed events, snapshots, gaps) can be tested without a socket. The
 * user's own unacked changes are not in here; they are laid over it for
 * display (see sync/pendingOverlay.ts).
 */

export interface WorkspaceData {
  article: Article | null;
  /** Every claim we know of by id, including deleted ones (for undo). */
  claims: Readonly<Record<string, Claim>>;
  comments: Readonly<Record<string, Comment>>;
  users: PresenceUser[];
  /** The last change applied; null until a join (or the cache) gives a numbered state. */
  seq: number | null;
  /** A change numbered past seq+1 was seen: one is missing (late or lost); re-join with sinceSeq if it does not come. */
  gapAt: number | null;
  /**
   * Changes (broadcasts and our own acks) that came before the one they
   * follow, by seq: applied in order as soon as the missing one arrives.
   * Across nodes, and through an adapter that publishes on several
   * connections, broadcasts can overtake each other; holding them keeps
   * every client applying one order without a catch-up per overtake.
   */
  early: Readonly<Record<number, EarlyChange>>;
  /** History entries heard live (broadcasts and catch-ups), oldest first. */
  liveHistory: HistoryEntry[];
  /** The latest revision of the text heard as a change (anyone's, ours included): for the summary notice. */
  lastRevision: RevisionNote | null;
}

/** Who revised the text, to which revision, and what became of the claims. */
export interface RevisionNote {
  revision: number;
  by: string;
  at: string;
  result: RevisionSummary;
}

export type Change = { [E in ChangeEventName]: { event: E; payload: ChangePayloads[E] } }[ChangeEventName];
export type OkAck = { seq: number; claim?: Claim; comment?: Comment; article?: Article; claims?: Claim[]; result?: RevisionSummary };
/** Who made a change and when, as a deleted claim records it. */
export type Actor = { name: string; id: string | null; at: string };
export type EarlyChange = { kind: 'change'; change: Change } | { kind: 'ack'; op: WireOp; ack: OkAck; by: Actor };

export type WorkspaceAction =
  /** REST's first paint: shown until the join answers; carries no seq. */
  | { type: 'preview'; article: Article; claims: Claim[] }
  /** This browser's saved copy (state as of `seq`), for offline reloads and catch-up joins. */
  | { type: 'restored'; article: Article; claims: Claim[]; comments: Comment[]; seq: number }
  | { type: 'joined'; result: JoinResult }
  | { type: 'change'; change: Change }
  /** The server acked one of our own changes (it does not broadcast those back to us). */
  | { type: 'acked'; op: WireOp; ack: OkAck; by: Actor }
  | { type: 'presence'; users: PresenceUser[] }
  | { type: 'presence-changed'; change: PresenceChange }
  /** The server's word of the article's latest seq (`article:seq`): behind it, we missed something. */
  | { type: 'heard-seq'; seq: number }
  | { type: 'reset' };

export const emptyWorkspace: WorkspaceData = {
  article: null,
  claims: {},
  comments: {},
  users: [],
  seq: null,
  gapAt: null,
  early: {},
  liveHistory: [],
  lastRevision: null,
};

const HISTORY_CAP = 500;

function byId<T extends { id: string }>(items: readonly T[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const item of items) out[item.id] = item;
  return out;
}

const own = <T>(record: Readonly<Record<string, T>>, id: string): T | undefined => (Object.hasOwn(record, id) ? record[id] : undefined);

function upsertClaim(state: WorkspaceData, claim: Claim): WorkspaceData {
  const existing = own(state.claims, claim.id);
  if (existing && existing.version > claim.version) return state;
  return { ...state, claims: { ...state.claims, [claim.id]: claim } };
}

function withComment(state: WorkspaceData, comment: Comment): WorkspaceData {
  return { ...state, comments: { ...state.comments, [comment.id]: comment } };
}

/** The server's own delete, through the shared apply function, so versions follow on exactly. */
function markDeleted(state: WorkspaceData, id: string, by: Actor): WorkspaceData {
  const r = applyOperation(
    { articles: {}, claims: state.claims, comments: state.comments },
    { type: 'claim:delete', input: { id } },
    { actor: by.name, actorId: by.id, now: by.at },
  );
  return r.ok ? { ...state, claims: r.state.claims } : state;
}

function withHistory(state: WorkspaceData, entries: HistoryEntry | HistoryEntry[] | null | undefined): WorkspaceData {
  const known = new Set(state.liveHistory.map((h) => h.id));
  const fresh = (Array.isArray(entries) ? entries : entries ? [entries] : []).filter((h) => !known.has(h.id));
  if (fresh.length === 0) return state;
  return { ...state, liveHistory: [...state.liveHistory, ...fresh].slice(-HISTORY_CAP) };
}

/** Applies one numbered change; the caller has checked that it is the next one. */
function applyChange(state: WorkspaceData, change: Change): WorkspaceData {
  let next = withHistory(state, change.payload.history);
  switch (change.event) {
    case 'claim:updated':
      next = upsertClaim(next, change.payload.claim);
      if (change.payload.comment) next = withComment(next, change.payload.comment);
      break;
    case 'claim:created':
    case 'claim:restored':
      next = upsertClaim(next, change.payload.claim);
      break;
    case 'claim:deleted': {
      const h = change.payload.history;
      next = markDeleted(next, change.payload.id, { name: h.by, id: h.byId, at: h.at });
      break;
    }
    case 'comment:created':
      next = { ...next, comments: { ...next.comments, [change.payload.comment.id]: change.payload.comment } };
      break;
    case 'article:revised': {
      // A new text: the claims it moved or orphaned come with it.
      const { article, result, by } = change.payload;
      next = { ...next, article, lastRevision: { revision: article.revision, by, at: article.updatedAt, result } };
      for (const claim of change.payload.claims) next = upsertClaim(next, claim);
      break;
    }
    case 'suggestion:dismissed':
      if (next.article) next = { ...next, article: withDismissal(next.article, change.payload.key) };
      break;
    case 'article:published':
      // Only numbered here; the Reports tab hears it through realtime/publicationNotices.ts.
      break;
  }
  return { ...next, seq: change.payload.seq };
}

/** More early changes than this and the catch-up is the cheaper way back. */
const EARLY_CAP = 500;

function noteGap(state: WorkspaceData, seq: number, early?: EarlyChange): WorkspaceData {
  const keep = early && Object.keys(state.early).length < EARLY_CAP;
  return { ...state, gapAt: Math.max(state.gapAt ?? 0, seq), early: keep ? { ...state.early, [seq]: early } : state.early };
}

/** Applies the held changes that now follow on, forgets those already covered, and closes the gap once reached. */
function settle(state: WorkspaceData): WorkspaceData {
  let next = state;
  for (;;) {
    const seq = next.seq;
    if (seq === null) return next;
    const held = Object.hasOwn(next.early, seq + 1) ? next.early[seq + 1]! : undefined;
    if (!held) break;
    const rest = { ...next.early };
    delete rest[seq + 1];
    if (held.kind === 'change') next = applyChange({ ...next, early: rest }, held.change);
    else {
      const apply = changeFromAck(next, held.op, held.ack, held.by);
      // An ack that cannot stand for its change (see changeFromAck): only a catch-up can fill it.
      if (!apply) return { ...next, early: rest };
      next = { ...apply({ ...next, early: rest }), seq: seq + 1 };
    }
  }
  const seq = next.seq;
  if (seq === null) return next;
  const stale = Object.keys(next.early).some((k) => Number(k) <= seq);
  if (stale) next = { ...next, early: Object.fromEntries(Object.entries(next.early).filter(([k]) => Number(k) > seq)) };
  if (next.gapAt !== null && seq >= next.gapAt) next = { ...next, gapAt: null, early: {} };
  return next;
}

/**
 * After a join: held changes that now follow on are applied, and a gap is
 * kept only as far as something backs it. A gap up to the server's seq is
 * real (it has those changes). Past it, only changes we hold prove anything:
 * a hint of a later seq (`article:seq` can name a change still being written,
 * and one that is then refused never comes) must not keep us re-joining.
 */
function afterJoin(state: WorkspaceData, serverSeq: number): WorkspaceData {
  const next = settle(state);
  if (next.gapAt === null || next.gapAt <= serverSeq) return next;
  const held = Object.keys(next.early).map(Number);
  return { ...next, gapAt: held.length ? Math.max(...held) : null };
}

/**
 * The change our own ack stands for, if it provably is the change numbered
 * seq+1. An ack can also answer an op that changed nothing (it then carries
 * the server's current seq and claim): applying that as change seq+1 would
 * skip a colleague's change, so an ack counts only when the claim moved by
 * exactly one version from ours, or when it made something new.
 */
function changeFromAck(state: WorkspaceData, op: WireOp, ack: OkAck, by: Actor): ((s: WorkspaceData) => WorkspaceData) | null {
  const { claim, comment } = ack;
  switch (op.event) {
    case 'claim:create':
      return claim && !own(state.claims, claim.id) ? (s) => upsertClaim(s, claim) : null;
    case 'comment:create':
      return comment && !own(state.comments, comment.id) ? (s) => ({ ...s, comments: { ...s.comments, [comment.id]: comment } }) : null;
    case 'claim:delete': {
      const existing = own(state.claims, op.payload.id);
      if (!existing || existing.deleted) return null;
      return (s) => markDeleted(s, op.payload.id, by);
    }
    case 'article:revise': {
      // Our own revision is the next change when it is the next revision;
      // the ack carries the claims it moved or orphaned, as the broadcast does.
      const { article, claims, result } = ack;
      if (!article || !claims || !result || !state.article || article.revision !== state.article.revision + 1) return null;
      return (s) => {
        let next: WorkspaceData = { ...s, article, lastRevision: { revision: article.revision, by: by.name, at: article.updatedAt, result } };
        for (const claim of claims) next = upsertClaim(next, claim);
        return next;
      };
    }
    default: {
      const existing = claim && own(state.claims, claim.id);
      if (!claim || !existing || existing.version + 1 !== claim.version) return null;
      // A claim sent back with a comment: the comment came in the same change.
      return comment ? (s) => withComment(upsertClaim(s, claim), comment) : (s) => upsertClaim(s, claim);
    }
  }
}

export function workspaceReducer(state: WorkspaceData, action: WorkspaceAction): WorkspaceData {
  switch (action.type) {
    case 'preview':
      return state.seq === null ? { ...state, article: action.article, claims: byId(action.claims) } : state;
    case 'restored':
      return { ...state, article: action.article, claims: byId(action.claims), comments: byId(action.comments), seq: action.seq, gapAt: null, early: {} };
    case 'joined': {
      const r = action.result;
      const base = { ...state, article: r.article, users: r.users };
      if (r.snapshot) {
        // The whole truth as of r.seq: replaces whatever we had.
        return afterJoin({ ...base, claims: byId(r.claims), comments: byId(r.comments), seq: r.seq }, r.seq);
      }
      let next: WorkspaceData = base;
      for (const missed of r.missed) {
        if (next.seq === null || missed.seq <= next.seq) continue;
        if (missed.seq !== next.seq + 1) return afterJoin(noteGap(next, r.seq), r.seq);
        next = applyChange(next, missed);
      }
      if (next.seq === null || next.seq < r.seq) return afterJoin(noteGap(next, r.seq), r.seq);
      return afterJoin(next, r.seq);
    }
    case 'change': {
      const { seq } = action.change.payload;
      if (state.seq === null || seq <= state.seq) return state;
      if (seq !== state.seq + 1) return noteGap(state, seq, { kind: 'change', change: action.change });
      return settle(applyChange(state, action.change));
    }
    case 'acked': {
      const { seq } = action.ack;
      if (state.seq === null || seq <= state.seq) return state;
      if (seq !== state.seq + 1) return noteGap(state, seq, { kind: 'ack', op: action.op, ack: action.ack, by: action.by });
      const apply = changeFromAck(state, action.op, action.ack, action.by);
      if (!apply) return noteGap(state, seq);
      return settle({ ...apply(state), seq });
    }
    case 'presence':
      return { ...state, users: action.users };
    case 'presence-changed':
      return { ...state, users: applyPresenceChange(state.users, action.change) };
    case 'heard-seq':
      return state.seq === null || action.seq <= state.seq ? state : noteGap(state, action.seq);
    case 'reset':
      return emptyWorkspace;
  }
}
