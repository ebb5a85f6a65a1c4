import type { Article, Claim, Comment, HistoryEntry } from '../domain/schemas.ts';
import type { RevisionSummary } from '../ops/article-ops.ts';
import type { ApiError } from './errors.ts';
import type { PresenceChange } from '../domain/presence.ts';
import type { MentionsSeenMark } from '../domain/mentions-seen.ts';
import type {
  ArticleJoinInput,
  ArticleLeaveInput,
  ArticleReviseInput,
  ClaimReattachInput,
  ClaimCreateInput,
  ClaimIdInput,
  ClaimUpdateInput,
  CommentCreateInput,
  DashboardWatchInput,
  EvidenceAddInput,
  EvidenceRemoveInput,
  PresenceUpdateInput,
  SuggestionDismissInput,
} from './payloads.ts';

/**
 * The one socket event map, used by the server (`Server<ClientToServerEvents,
 * ServerToClientEvents>`) and the client (`Socket<ServerToClientEvents,
 * ClientToServerEvents>`). Event names are `resource:verb`.
 */

/** 2: sequence numbers, opIds, comments, evidence, presence detail, revisions. */
export const PROTOCOL_VERSION = 2;

export type { ApiError, ErrorCode } from './errors.ts';

/** Every mutation is acked with one of these; the client checks `ok`. */
export type Ack<T extends object = object> =
  | ({ ok: true } & T)
  /** On a conflict: `current` is the claim as it is now, `article` the article (for a stale revision). */
  | { ok: false; error: ApiError; current?: Claim; article?: Article };

export type AckCallback<T extends object = object> = (result: Ack<T>) => void;

/** A person in an article right now. Volatile: never stored. */
export interface PresenceUser {
  /** One entry per connection, so the same person in two tabs shows twice. */
  id: string;
  userId: string;
  name: string;
  color: string;
  /** Index into the shared presence palette, for painting their selection. */
  colorIndex: number;
  /** The claim they have open. */
  claimId: string | null;
  /** Their live text selection, in code points over the body. */
  selection: { start: number; end: number } | null;
}

/**
 * The join answer. With `sinceSeq` and a change log that still reaches back
 * that far, `missed` holds exactly the broadcasts the client did not get, in
 * order; otherwise it is a full snapshot. Either way the client ends in the
 * server's state as of `seq`.
 */
export type JoinResult = { article: Article; users: PresenceUser[]; seq: number } & (
  | { snapshot: true; claims: Claim[]; comments: Comment[] }
  | { snapshot: false; missed: MissedEvent[] }
);

/** Broadcast payloads; every change carries the article's sequence number and its history entry. */
export interface ChangePayloads {
  'claim:created': { articleId: string; seq: number; claim: Claim; history: HistoryEntry };
  /** `comment`: the comment a claim was sent back with, made in the same change. */
  'claim:updated': { articleId: string; seq: number; claim: Claim; history: HistoryEntry; comment?: Comment };
  'claim:deleted': { articleId: string; seq: number; id: string; history: HistoryEntry };
  'claim:restored': { articleId: string; seq: number; claim: Claim; history: HistoryEntry };
  'comment:created': { articleId: string; seq: number; comment: Comment; history: HistoryEntry };
  /** A new revision: the article, every claim it moved or orphaned, and the summary. */
  'article:revised': {
    articleId: string;
    seq: number;
    article: Article;
    claims: Claim[];
    result: RevisionSummary;
    history: HistoryEntry[];
    by: string;
  };
  /** A suggested claim dismissed for everyone: its key (shared/suggest/dismissal.ts). No claim changed, so no history entry. */
  'suggestion:dismissed': { articleId: string; seq: number; key: string; history: null };
  /**
   * An editor published (a new version) or unpublished the article's report:
   * its public address and whether it is live. Numbered like any change so a
   * client that was away hears it in its catch-up. No claim changed, so no history entry.
   */
  'article:published': { articleId: string; seq: number; version: number; url: string; live: boolean; history: null };
}
export type ChangeEventName = keyof ChangePayloads;
/** A numbered change as it goes to the others in its article: the event and its payload, typed together. */
export type ChangeBroadcast = { [E in ChangeEventName]: { articleId: string; event: E; payload: ChangePayloads[E] } }[ChangeEventName];
export type MissedEvent = { [E in ChangeEventName]: { seq: number; event: E; payload: ChangePayloads[E] } }[ChangeEventName];

/** Mutation acks carry the change's history entry; null when the op changed nothing. */
type Change<T> = T & { seq: number; history: HistoryEntry | null };

export interface ClientToServerEvents {
  'article:join': (payload: ArticleJoinInput, ack: AckCallback<JoinResult>) => void;
  'article:leave': (payload: ArticleLeaveInput, ack: AckCallback) => void;
  'claim:create': (payload: ClaimCreateInput, ack: AckCallback<Change<{ claim: Claim }>>) => void;
  'claim:update': (payload: ClaimUpdateInput, ack: AckCallback<Change<{ claim: Claim; comment?: Comment }>>) => void;
  'claim:delete': (payload: ClaimIdInput, ack: AckCallback<Change<object>>) => void;
  /** Undo of a delete: the same claim, with its id and history, comes back. */
  'claim:restore': (payload: ClaimIdInput, ack: AckCallback<Change<{ claim: Claim }>>) => void;
  'evidence:add': (payload: EvidenceAddInput, ack: AckCallback<Change<{ claim: Claim }>>) => void;
  'evidence:remove': (payload: EvidenceRemoveInput, ack: AckCallback<Change<{ claim: Claim }>>) => void;
  'comment:create': (payload: CommentCreateInput, ack: AckCallback<Change<{ comment: Comment }>>) => void;
  /** Editors: a new body for the article; every claim is re-anchored. */
  'article:revise': (
    payload: ArticleReviseInput,
    /** `claims`: those the revision moved or orphaned, as in the broadcast. */
    ack: AckCallback<{ article: Article; claims: Claim[]; result: RevisionSummary; seq: number; history: HistoryEntry[] }>,
  ) => void;
  /** Puts a claim (usually an orphan) on newly selected words. */
  'claim:reattach': (payload: ClaimReattachInput, ack: AckCallback<Change<{ claim: Claim }>>) => void;
  /** Hides a suggested claim for everyone in the article, for good (or until its words change). */
  'suggestion:dismiss': (payload: SuggestionDismissInput, ack: AckCallback<Change<{ key: string }>>) => void;
  /** Volatile and unacked: throttle to about 10 a second. */
  'presence:update': (payload: PresenceUpdateInput) => void;
  /** The dashboard: hear `dashboard:changed` when any article's claims change (or stop hearing it). */
  'dashboard:watch': (payload: DashboardWatchInput, ack: AckCallback) => void;
  /** The signed-in person has seen this comment mentioning them (on any device): stored with their account. */
  'mentions:seen': (payload: { articleId: string; commentId: string }, ack: AckCallback<{ mark: MentionsSeenMark }>) => void;
  /** What they have seen of their mentions in this article. */
  'mentions:get': (payload: { articleId: string }, ack: AckCallback<{ mark: MentionsSeenMark }>) => void;
}

export interface ServerToClientEvents {
  'claim:created': (event: ChangePayloads['claim:created']) => void;
  'claim:updated': (event: ChangePayloads['claim:updated']) => void;
  'claim:deleted': (event: ChangePayloads['claim:deleted']) => void;
  'claim:restored': (event: ChangePayloads['claim:restored']) => void;
  'comment:created': (event: ChangePayloads['comment:created']) => void;
  'article:revised': (event: ChangePayloads['article:revised']) => void;
  'suggestion:dismissed': (event: ChangePayloads['suggestion:dismissed']) => void;
  'article:published': (event: ChangePayloads['article:published']) => void;
  /** To every signed-in connection: a new article exists (for article lists and the dashboard). */
  'article:created': (event: { article: Article }) => void;
  /** Who joined, changed or left in an article since the last one (the join answer has the whole list). */
  'presence:changed': (event: PresenceChange) => void;
  /**
   * Every few seconds, to the connections in an article: its latest seq. A
   * client behind it missed a broadcast (lost between nodes) and catches up.
   */
  'article:seq': (event: { articleId: string; seq: number }) => void;
  /**
   * To dashboards (`dashboard:watch`): these articles changed since the last
   * notice; at most one notice a second. The figures themselves come from
   * `GET /api/dashboard`, so a watcher never downloads the workspace.
   */
  'dashboard:changed': (event: { articleIds: string[] }) => void;
  /** To admins only: accounts or open invitations changed; the Users page fetches them again (the list itself never goes out on the socket). */
  'users:changed': (event: Record<string, never>) => void;
  /** To the person's own connections: they saw mentions on one device, so the others' badges follow. */
  'mentions:seen': (event: { articleId: string; mark: MentionsSeenMark }) => void;
}

/** Per-status claim counts, as listed by `GET /api/articles`. */
export type StatusCounts = Record<Claim['status'], number>;
