import { Router, type Request, type Response } from 'express';
import { InviteCreateSchema, LoginSchema, NewAccountSchema, UserPatchSchema } from '../../shared/protocol/account-payloads.ts';
import { SetupSchema } from '../../shared/protocol/account-payloads.ts';
import { SettingsPatchSchema } from '../../shared/domain/settings.ts';
import { IdSchema } from '../../shared/domain/schemas.ts';
import { PreferencesPatchSchema } from '../../shared/domain/interface-language.ts';
import {
  acceptInvite,
  checkCredentials,
  createInvite,
  endSession,
  inviteStatus,
  patchUser,
  presentUser,
  setPreferences,
  setupFirstAdmin,
  setupNeeded,
  startSession,
} from '../accounts/account-commands.ts';
import type { StoredUser } from '../store/records.ts';
import type { WorkspaceStore } from '../store/store.ts';
import type { Logger } from '../logger.ts';
import { sendError } from './errors.ts';
import { authOf, parseBody, requireAction } from './guards.ts';
import type { LoginThrottle } from './login-throttle.ts';
import { clearSessionCookie, setSessionCookie } from './session-cookie.ts';

export interface AccountRouteDeps {
  store: WorkspaceStore;
  logger: Logger;
  throttle: LoginThrottle;
  /** Where invitation links point (PUBLIC_URL); unset, the address the admin used. */
  publicUrl?: string | undefined;
  /** Called when a user's sessions must end now (deactivated, role changed, logged out). */
  disconnectUser(userId: string): void;
  disconnectSession(token: string): void;
  /** Tells admins' pages that the users or open invitations changed (new accounts appear live). */
  usersChanged?(): void;
}

/** Setup, login, invitations and user management: validate, authorize, one command, present. */
export function accountRoutes({ store, logger, throttle, publicUrl, disconnectUser, disconnectSession, usersChanged = () => {} }: AccountRouteDeps): Router {
  const router = Router();
  const admin = requireAction('users:manage', logger);

  const signIn = async (req: Request, res: Response, user: StoredUser, status: number) => {
    const token = await startSession(store, user.id);
    setSessionCookie(req, res, token);
    res.status(status).json({ user: presentUser(user) });
  };

  router.get('/setup', async (_req, res) => {
    res.json({ needed: await setupNeeded(store) });
  });

  router.post('/setup', async (req, res) => {
    const parsed = parseBody(req, res, SetupSchema);
    if (!parsed) return;
    const { reportBaseUrl, ...input } = parsed;
    const created = await setupFirstAdmin(store, input, reportBaseUrl);
    if (!created.ok) return sendError(res, created.code);
    logger.info({ security: 'setup', userId: created.user.id }, 'first admin created');
    await signIn(req, res, created.user, 201);
  });

  router.post('/auth/login', async (req, res) => {
    const input = parseBody(req, res, LoginSchema);
    if (!input) return;
    const address = req.ip ?? 'unknown';
    const wait = await throttle.attempt(input.email, address);
    if (wait > 0) {
      logger.warn({ security: 'login_throttled', email: input.email, address }, 'login throttled');
      res.setHeader('Retry-After', String(wait));
      return sendError(res, 'rate_limited');
    }
    const user = await checkCredentials(store, input.email, input.password);
    if (!user) {
      logger.warn({ security: 'login_failed', email: input.email, address }, 'login failed');
      return sendError(res, 'invalid_credentials');
    }
    await throttle.succeeded(input.email, address);
    logger.info({ security: 'login', userId: user.id, address }, 'signed in');
    await signIn(req, res, user, 200);
  });

  router.post('/auth/logout', async (req, res) => {
    const { token, user } = authOf(res);
    if (token) {
      await endSession(store, token);
      disconnectSession(token);
    }
    if (user) logger.info({ security: 'logout', userId: user.id }, 'signed out');
    clearSessionCookie(req, res);
    res.json({ ok: true });
  });

  router.get('/auth/me', (_req, res) => {
    const { user } = authOf(res);
    if (!user) return sendError(res, 'unauthenticated');
    res.json({ user: presentUser(user) });
  });

  // The signed-in person's own preferences: any role, only themselves.
  router.patch('/auth/me', async (req, res) => {
    const { user } = authOf(res);
    if (!user) return sendError(res, 'unauthenticated');
    const patch = parseBody(req, res, PreferencesPatchSchema);
    if (!patch) return;
    const saved = await setPreferences(store, user.id, patch);
    if (!saved.ok) return sendError(res, saved.code);
    res.json({ user: presentUser(saved.user) });
  });

  router.post('/invites', admin, async (req, res) => {
    const input = parseBody(req, res, InviteCreateSchema);
    if (!input) return;
    const adminUser = authOf(res).user!;
    const invite = await createInvite(store, input.role, adminUser.id);
    logger.info({ security: 'invite_created', by: adminUser.id, role: input.role }, 'invitation created');
    usersChanged();
    const url = `${publicUrl ?? `${req.protocol}://${req.headers.host}`}/#/invite/${invite.token}`;
    res.status(201).json({ ...invite, url });
  });

  router.get('/invites/:token', async (req, res) => {
    const status = await inviteStatus(store, req.params.token);
    if (!status.ok) return sendError(res, status.code);
    res.json({ role: status.role, expiresAt: status.expiresAt });
  });

  router.post('/invites/:token/accept', async (req, res) => {
    const input = parseBody(req, res, NewAccountSchema);
    if (!input) return;
    const created = await acceptInvite(store, req.params.token, input);
    if (!created.ok) return sendError(res, created.code);
    logger.info({ security: 'invite_accepted', userId: created.user.id, role: created.user.role }, 'invitation accepted');
    usersChanged();
    await signIn(req, res, created.user, 201);
  });

  router.get('/settings', requireAction('article:read', logger), async (_req, res) => {
    res.json({ settings: await store.settings() });
  });

  router.patch('/settings', requireAction('settings:manage', logger), async (req, res) => {
    const patch = parseBody(req, res, SettingsPatchSchema);
    if (!patch) return;
    const settings = await store.transact(async (tx) => {
      const next = { ...(await tx.settings()), ...patch };
      tx.putSettings(next);
      return next;
    });
    logger.info({ security: 'settings_changed', by: authOf(res).user!.id, ...patch }, 'workspace settings changed');
    res.json({ settings });
  });

  router.get('/users', admin, async (_req, res) => {
    res.json({ users: (await store.users()).map(presentUser) });
  });

  router.patch('/users/:id', admin, async (req, res) => {
    const id = IdSchema.safeParse(req.params.id);
    if (!id.success) return sendError(res, 'not_found');
    const patch = parseBody(req, res, UserPatchSchema);
    if (!patch) return;
    const result = await patchUser(store, id.data, patch);
    if (!result.ok) return sendError(res, result.code);
    logger.info({ security: 'user_changed', by: authOf(res).user!.id, userId: id.data, ...patch }, 'user changed');
    // Open connections carry the old role or account: make them reconnect.
    disconnectUser(id.data);
    usersChanged();
    res.json({ user: presentUser(result.user) });
  });

  return router;
}
