import type { Article, Claim, Comment, HistoryEntry } from '../domain/schemas.ts';
import type { RatingScale } from '../domain/ratings.ts';
import type { Role } from '../domain/roles.ts';
import type { ApiError } from '../protocol/errors.ts';
import type {
  ClaimCreateInput,
  ClaimIdInput,
  ClaimReattachInput,
  ClaimUpdateInput,
  CommentCreateInput,
  EvidenceAddInput,
  EvidenceRemoveInput,
} from '../protocol/payloads.ts';

/** What the apply function works on: the server's whole workspace, or the one article a client has open. */
export interface WorkspaceState {
  articles: Readonly<Record<string, Article>>;
  claims: Readonly<Record<string, Claim>>;
  comments: Readonly<Record<string, Comment>>;
}

/** Ids of new things are chosen by whoever creates the operation (the server). */
export type Operation =
  | { type: 'claim:create'; id: string; input: ClaimCreateInput }
  /** `commentId`: the id of the comment a `reviewComment` becomes (chosen by the server, like other new ids). */
  | { type: 'claim:update'; input: ClaimUpdateInput; commentId?: string; mentions?: string[] }
  | { type: 'claim:delete'; input: ClaimIdInput }
  | { type: 'claim:restore'; input: ClaimIdInput }
  | { type: 'claim:reattach'; input: ClaimReattachInput }
  | { type: 'evidence:add'; id: string; input: EvidenceAddInput }
  | { type: 'evidence:remove'; input: EvidenceRemoveInput }
  /** `mentions`: account ids the text @mentions, resolved by the server against its users. */
  | { type: 'comment:create'; id: string; input: CommentCreateInput; mentions: string[] };

export interface OpContext {
  /** Display name of the person making the change, as history shows it. */
  actor: string;
  /** Their account id; null only for changes made before accounts existed. */
  actorId: string | null;
  /** ISO timestamp of the change. */
  now: string;
  /** Their role: sign-off changes are refused without one that allows them (the server always gives it). */
  role?: Role;
  /** The workspace's rating scale: a claim's `rating` must name one of its labels (the server gives it when a rating is set). */
  ratings?: RatingScale;
}

/** Generic in the state so a caller's extra fields (the server's users, say) pass through. */
export type ApplyResult<S extends WorkspaceState = WorkspaceState> =
  | {
      ok: true;
      state: S;
      /** The claim the operation touched (for a comment: the claim discussed), as it is now. */
      claim: Claim;
      comment?: Comment;
      /** False when the operation asked for what already was; nothing to store or broadcast. */
      changed: boolean;
      /** The accountable record of the change; null when nothing changed. */
      history: HistoryEntry | null;
    }
  | { ok: false; error: ApiError; current?: Claim };
