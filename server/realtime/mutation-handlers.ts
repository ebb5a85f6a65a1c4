import { canDeleteClaim } from '../../shared/domain/roles.ts';
import {
  ClaimCreateSchema,
  ArticleReviseSchema,
  ClaimIdSchema,
  ClaimReattachSchema,
  ClaimUpdateSchema,
  CommentCreateSchema,
  EvidenceAddSchema,
  EvidenceRemoveSchema,
  SuggestionDismissSchema,
} from '../../shared/protocol/payloads.ts';
import { apiError } from '../../shared/protocol/errors.ts';
import type { Ack } from '../../shared/protocol/events.ts';
import { mentionsIn } from '../../shared/text/mentions.ts';
import type { OperationRequest, OperationRunner } from '../commands/operation-runner.ts';
import type { Logger } from '../logger.ts';
import type { WorkspaceStore } from '../store/store.ts';
import type { DashboardFeed } from './dashboard-feed.ts';
import { onEvent, type InboundGuards } from './inbound.ts';
import { articleRoom, type IsnadSocket } from './socket-types.ts';
import { emitChange } from './emit-change.ts';

interface Deps {
  store: WorkspaceStore;
  runner: OperationRunner;
  logger: Logger;
  guards: InboundGuards;
  feed: DashboardFeed;
}

/** Claim, evidence, comment and suggestion mutations: each runs as one operation, then is acked and broadcast. */
export function registerMutationHandlers(socket: IsnadSocket, { store, runner, logger, guards, feed }: Deps): void {
  const run = async (request: OperationRequest, opId: string | undefined): Promise<Ack<object>> => {
    const { user } = socket.data;
    const { ack, broadcast } = await runner.run(request, { actor: user.name, actorId: user.id, now: new Date().toISOString(), role: user.role }, opId);
    if (broadcast) {
      emitChange(socket.to(articleRoom(broadcast.articleId)), broadcast);
      feed.changed(broadcast.articleId);
    }
    return ack;
  };

  /** An assignee must be an active account. */
  const badAssignee = async (assigneeId: string | null | undefined, field: string): Promise<Ack | null> => {
    if (assigneeId === undefined || assigneeId === null) return null;
    const user = await store.user(assigneeId);
    return user?.active ? null : { ok: false, error: apiError('invalid_payload', field) };
  };

  /** Reviewers delete (and undelete) only their own claims; editors any. */
  const mayDelete = async (id: string): Promise<Ack | null> => {
    const claim = await store.claim(id);
    if (!claim) return { ok: false, error: apiError('not_found') };
    const { user } = socket.data;
    if (canDeleteClaim(user.role, user.id, claim.createdById)) return null;
    logger.warn({ security: 'forbidden', userId: user.id, role: user.role, claimId: id }, "delete of another person's claim refused");
    return { ok: false, error: apiError('forbidden') };
  };

  onEvent(socket, 'claim:create', ClaimCreateSchema, async ({ opId, ...input }) =>
    (await badAssignee(input.assigneeId, 'assigneeId')) ?? run({ type: 'claim:create', input }, opId), guards);

  onEvent(socket, 'claim:update', ClaimUpdateSchema, async ({ opId, ...input }) => {
    const refused = await badAssignee(input.changes.assigneeId, 'changes.assigneeId');
    if (refused) return refused;
    // A claim sent back with a comment: its @mentions, as in any comment.
    const { reviewComment } = input.changes;
    const mentions = reviewComment === undefined ? undefined : mentionsIn(reviewComment, await store.users());
    return run(mentions ? { type: 'claim:update', input, mentions } : { type: 'claim:update', input }, opId);
  }, guards);

  onEvent(socket, 'claim:delete', ClaimIdSchema, async ({ opId, ...input }) =>
    (await mayDelete(input.id)) ?? run({ type: 'claim:delete', input }, opId), guards);

  onEvent(socket, 'claim:restore', ClaimIdSchema, async ({ opId, ...input }) =>
    (await mayDelete(input.id)) ?? run({ type: 'claim:restore', input }, opId), guards);

  onEvent(socket, 'evidence:add', EvidenceAddSchema, async ({ opId, ...input }) => run({ type: 'evidence:add', input }, opId), guards);

  onEvent(socket, 'evidence:remove', EvidenceRemoveSchema, async ({ opId, ...input }) =>
    run({ type: 'evidence:remove', input }, opId), guards);

  onEvent(socket, 'claim:reattach', ClaimReattachSchema, async ({ opId, ...input }) => run({ type: 'claim:reattach', input }, opId), guards);

  onEvent(socket, 'article:revise', ArticleReviseSchema, async ({ opId, ...input }) => {
    const { user } = socket.data;
    const { ack, broadcast } = await runner.revise({ ...input }, { actor: user.name, actorId: user.id, now: new Date().toISOString() }, opId);
    if (broadcast) {
      emitChange(socket.to(articleRoom(broadcast.articleId)), broadcast);
      feed.changed(broadcast.articleId);
      logger.info({ userId: user.id, articleId: broadcast.articleId }, 'article revised');
    }
    return ack;
  }, guards);

  onEvent(socket, 'suggestion:dismiss', SuggestionDismissSchema, async ({ opId, ...input }) => {
    const { user } = socket.data;
    const { ack, broadcast } = await runner.dismiss(input, { actor: user.name, actorId: user.id, now: new Date().toISOString() }, opId);
    if (broadcast) emitChange(socket.to(articleRoom(broadcast.articleId)), broadcast);
    return ack;
  }, guards);

  onEvent(socket, 'comment:create', CommentCreateSchema, async ({ opId, ...input }) => {
    const mentions = mentionsIn(input.text, await store.users());
    return run({ type: 'comment:create', input, mentions }, opId);
  }, guards);
}
