import { createHash, randomBytes } from 'node:crypto';

/** A random secret for a session cookie or an invitation link (256 bits). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as their SHA-256, so db.json never holds a usable one. */
export function tokenKey(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
