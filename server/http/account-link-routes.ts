import { Router, type Request } from 'express';
import { IdSchema } from '../../shared/domain/schemas.ts';
import { PasswordResetSchema } from '../../shared/protocol/account-payloads.ts';
import { presentUser, startSession } from '../accounts/account-commands.ts';
import { createResetLink, openInvitations, resetLinkStatus, revokeInvitation, useResetLink } from '../accounts/account-links.ts';
import { tokenKey } from '../accounts/tokens.ts';
import type { Logger } from '../logger.ts';
import type { WorkspaceStore } from '../store/store.ts';
import { sendError } from './errors.ts';
import { authOf, parseBody, requireAction } from './guards.ts';
import type { LoginThrottle } from './login-throttle.ts';
import { setSessionCookie } from './session-cookie.ts';

export interface AccountLinkRouteDeps {
  store: WorkspaceStore;
  logger: Logger;
  /** The login throttle: guessing reset links costs what guessing passwords costs. */
  throttle: LoginThrottle;
  publicUrl?: string | undefined;
  /** Ends the account's open connections (its sessions were just ended). */
  disconnectUser(userId: string): void;
  /** Tells admins' pages that the users or open invitations changed. */
  usersChanged(): void;
}

/** Open invitations (list, revoke) and admin-issued password-reset links (issue, read, use). */
export function accountLinkRoutes({ store, logger, throttle, publicUrl, disconnectUser, usersChanged }: AccountLinkRouteDeps): Router {
  const router = Router();
  const admin = requireAction('users:manage', logger);
  const base = (req: Request) => publicUrl ?? `${req.protocol}://${req.headers.host}`;

  router.get('/invites', admin, async (_req, res) => {
    res.json({ invites: await openInvitations(store) });
  });

  router.delete('/invites/:id', admin, async (req, res) => {
    const revoked = await revokeInvitation(store, req.params.id as string);
    if (!revoked.ok) return sendError(res, revoked.code);
    logger.info({ security: 'invite_revoked', by: authOf(res).user!.id }, 'invitation revoked');
    usersChanged();
    res.json({ ok: true });
  });

  router.post('/users/:id/reset-link', admin, async (req, res) => {
    const id = IdSchema.safeParse(req.params.id);
    if (!id.success) return sendError(res, 'not_found');
    const by = authOf(res).user!.id;
    const link = await createResetLink(store, id.data, by);
    if (!link.ok) return sendError(res, link.code);
    logger.info({ security: 'reset_link_created', by, userId: id.data }, 'password-reset link created');
    res.status(201).json({ url: `${base(req)}/#/reset/${link.token}`, expiresAt: link.expiresAt, user: presentUser(link.user) });
  });

  router.get('/resets/:token', async (req, res) => {
    const status = await resetLinkStatus(store, req.params.token as string);
    if (!status.ok) return sendError(res, status.code);
    res.json({ name: status.name, expiresAt: status.expiresAt });
  });

  router.post('/resets/:token', async (req, res) => {
    const input = parseBody(req, res, PasswordResetSchema);
    if (!input) return;
    const token = req.params.token as string;
    const address = req.ip ?? 'unknown';
    // Counted per link and per address, like a login per account and address.
    const wait = await throttle.attempt(`reset:${tokenKey(token)}`, address);
    if (wait > 0) {
      logger.warn({ security: 'reset_throttled', address }, 'password reset throttled');
      res.setHeader('Retry-After', String(wait));
      return sendError(res, 'rate_limited');
    }
    const done = await useResetLink(store, token, input.password);
    if (!done.ok) {
      logger.warn({ security: 'reset_failed', address, code: done.code }, 'password reset refused');
      return sendError(res, done.code);
    }
    await throttle.succeeded(`reset:${tokenKey(token)}`, address);
    logger.info({ security: 'password_reset', userId: done.user.id, address }, 'password reset; other sessions ended');
    disconnectUser(done.user.id);
    const session = await startSession(store, done.user.id);
    setSessionCookie(req, res, session);
    res.json({ user: presentUser(done.user) });
  });

  return router;
}
