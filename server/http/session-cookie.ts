import type { Request, Response } from 'express';
import { parseCookie, stringifySetCookie } from 'cookie';
import { SESSION_TTL_MS } from '../accounts/account-commands.ts';

export const SESSION_COOKIE = 'isnad_session';

/** The session token from a Cookie header (HTTP requests and the socket.io handshake alike). */
export function sessionToken(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  return parseCookie(cookieHeader)[SESSION_COOKIE];
}

/** httpOnly so script cannot read it, SameSite=Lax against cross-site posts, Secure over HTTPS. */
export function setSessionCookie(req: Request, res: Response, token: string): void {
  res.append(
    'Set-Cookie',
    stringifySetCookie({
      name: SESSION_COOKIE,
      value: token,
      httpOnly: true,
      sameSite: 'lax',
      secure: req.secure,
      path: '/',
      maxAge: Math.floor(SESSION_TTL_MS / 1000),
    }),
  );
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.append(
    'Set-Cookie',
    stringifySetCookie({ name: SESSION_COOKIE, value: '', httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/', maxAge: 0 }),
  );
}
