import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';
import type { Action } from '../../shared/domain/roles.ts';
import { can } from '../../shared/domain/roles.ts';
import { firstInvalidField } from '../../shared/protocol/payloads.ts';
import { hasPoisonedKeys } from '../../shared/protocol/poisoned-keys.ts';
import { sessionUser } from '../accounts/account-commands.ts';
import type { StoredUser } from '../store/records.ts';
import type { WorkspaceReader } from '../store/store.ts';
import type { Logger } from '../logger.ts';
import { sendError } from './errors.ts';
import { sessionToken } from './session-cookie.ts';

/** What `authenticate` leaves for the handlers. */
export interface AuthLocals {
  user: StoredUser | null;
  token: string | undefined;
}

export const authOf = (res: Response): AuthLocals => res.locals as AuthLocals;

/** Looks up the session cookie's user (or none) for every /api request. */
export function authenticate(store: WorkspaceReader) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = sessionToken(req.headers.cookie);
    Object.assign(res.locals, { token, user: await sessionUser(store, token) } satisfies AuthLocals);
    next();
  };
}

/** 401 without a session; 403 (logged) when the role may not do `action`. */
export function requireAction(action: Action, logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const { user } = authOf(res);
    if (!user) return sendError(res, 'unauthenticated');
    if (!can(user.role, action)) {
      logger.warn({ security: 'forbidden', userId: user.id, role: user.role, action, path: req.path }, 'forbidden request');
      return sendError(res, 'forbidden');
    }
    next();
  };
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether a request's Host is one this server answers for: the public
 * address when one is set, and loopback names (the machine itself, tests,
 * a proxy on it). A page on evil.example whose name an attacker points at
 * 127.0.0.1 (DNS rebinding) sends Host: evil.example, and is refused before
 * it can, say, create the first admin of a fresh workspace.
 */
export function hostAllowed(host: string | undefined, publicHost: string | undefined): boolean {
  if (!host) return false;
  const name = host.toLowerCase();
  if (publicHost && name === publicHost) return true;
  const hostname = name.startsWith('[') ? name.slice(0, name.indexOf(']') + 1) : name.split(':')[0]!;
  return LOOPBACK_NAMES.has(hostname) || hostname.endsWith('.localhost');
}

/**
 * Whether a browser request comes from a page that is not ours. Browsers
 * send Origin on cross-site POSTs and on every WebSocket handshake; `null`
 * (a sandboxed frame, a file, some redirects) is nobody we know. Scripts
 * and servers send none and are judged by their session alone.
 */
export function foreignOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return false;
  try {
    return origin === 'null' || new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * State-changing requests must come from our own pages. (SameSite=Lax
 * cookies already keep most cross-site ones out, but not those from another
 * port of the same host: same site, so the cookie goes along.)
 */
export function sameOrigin(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'GET' || req.method === 'HEAD') return next();
    const origin = req.headers.origin;
    if (foreignOrigin(origin, req.headers.host)) {
      logger.warn({ security: 'cross_origin', origin, path: req.path }, 'cross-origin request refused');
      return sendError(res, 'forbidden');
    }
    next();
  };
}

/** Parses the JSON body with `schema`; answers 400 (with the field) itself when it does not fit. */
export function parseBody<S extends z.core.$ZodType>(req: Request, res: Response, schema: S): z.infer<S> | undefined {
  if (hasPoisonedKeys(req.body)) {
    sendError(res, 'invalid_payload');
    return undefined;
  }
  const parsed = z.safeParse(schema, req.body);
  if (!parsed.success) {
    sendError(res, 'invalid_payload', firstInvalidField(parsed.error));
    return undefined;
  }
  return parsed.data;
}
