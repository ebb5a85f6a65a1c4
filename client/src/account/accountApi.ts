import type { Role } from '../../../shared/domain/roles.ts';
import type { PublicUser } from '../../../shared/domain/schemas.ts';
import type { NewAccountInput, UserPatch } from '../../../shared/protocol/account-payloads.ts';
import type { SetupInput } from '../../../shared/protocol/account-payloads.ts';
import { requestJson, type Result } from '../state/http.ts';

/** The account routes of the server. Every call resolves to a Result; none throws. */

export interface Invite {
  token: string;
  url: string;
  role: Role;
  expiresAt: string;
}

export const accountApi = {
  setupNeeded: () => requestJson<{ needed: boolean }>('GET', '/api/setup'),
  setup: (input: SetupInput) => requestJson<{ user: PublicUser }>('POST', '/api/setup', input),
  login: (input: { email: string; password: string }) => requestJson<{ user: PublicUser }>('POST', '/api/auth/login', input),
  logout: () => requestJson('POST', '/api/auth/logout'),
  me: () => requestJson<{ user: PublicUser }>('GET', '/api/auth/me'),
  invite: (token: string) => requestJson<{ role: Role; expiresAt: string }>('GET', `/api/invites/${encodeURIComponent(token)}`),
  acceptInvite: (token: string, input: NewAccountInput) =>
    requestJson<{ user: PublicUser }>('POST', `/api/invites/${encodeURIComponent(token)}/accept`, input),
  createInvite: (role: Role) => requestJson<Invite>('POST', '/api/invites', { role }),
  users: () => requestJson<{ users: PublicUser[] }>('GET', '/api/users'),
  resetStatus: (token: string) => requestJson<{ name: string; expiresAt: string }>('GET', `/api/resets/${encodeURIComponent(token)}`),
  resetPassword: (token: string, password: string) => requestJson<{ user: PublicUser }>('POST', `/api/resets/${encodeURIComponent(token)}`, { password }),
  patchUser: (id: string, patch: UserPatch) => requestJson<{ user: PublicUser }>('PATCH', `/api/users/${encodeURIComponent(id)}`, patch),
};

export type AccountApi = typeof accountApi;
export type { Result };
