import type { Article, Claim } from '../domain/schemas.ts';
import type { ApiError } from './errors.ts';
import type { ArticleJoinInput, ClaimCreateInput, ClaimIdInput, ClaimUpdateInput } from './payloads.ts';

/**
 * The one socket event map, used by the server (`Server<ClientToServerEvents,
 * ServerToClientEvents>`) and the client (`Socket<ServerToClientEvents,
 * ClientToServerEvents>`). Event names are `resource:verb`.
 */

export const PROTOCOL_VERSION = 1;

export type { ApiError, ErrorCode } from './errors.ts';

/** Every mutation is acked with one of these; the client checks `ok`. */
export type Ack<T extends object = object> =
  | ({ ok: true } & T)
  | { ok: false; error: ApiError; current?: Claim };

export type AckCallback<T extends object = object> = (result: Ack<T>) => void;

/** A person in an article right now. Volatile: never stored. */
export interface PresenceUser {
  /** One entry per connection, so the same name in two tabs shows twice. */
  id: string;
  name: string;
  color: string;
}

export interface JoinResult {
  article: Article;
  claims: Claim[];
  users: PresenceUser[];
}

export interface ClientToServerEvents {
  'article:join': (payload: ArticleJoinInput, ack: AckCallback<JoinResult>) => void;
  'article:leave': (payload: ArticleJoinInput, ack: AckCallback) => void;
  'claim:create': (payload: ClaimCreateInput, ack: AckCallback<{ claim: Claim }>) => void;
  'claim:update': (payload: ClaimUpdateInput, ack: AckCallback<{ claim: Claim }>) => void;
  'claim:delete': (payload: ClaimIdInput, ack: AckCallback) => void;
  /** Undo of a delete: the same claim, with its id and history, comes back. */
  'claim:restore': (payload: ClaimIdInput, ack: AckCallback<{ claim: Claim }>) => void;
}

export interface ServerToClientEvents {
  'claim:created': (event: { articleId: string; claim: Claim }) => void;
  'claim:updated': (event: { articleId: string; claim: Claim }) => void;
  'claim:deleted': (event: { articleId: string; id: string }) => void;
  'claim:restored': (event: { articleId: string; claim: Claim }) => void;
  presence: (event: { articleId: string; users: PresenceUser[] }) => void;
}

/** Per-status claim counts, as listed by `GET /api/articles`. */
export type StatusCounts = Record<Claim['status'], number>;
