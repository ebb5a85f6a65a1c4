import type { Role } from '../../../shared/domain/roles.ts';
import type { PublicUser } from '../../../shared/domain/schemas.ts';
import { requestJson, type Result } from '../state/http.ts';

/** An invitation not yet used, revoked or expired; `id` names it for revoking (it is not the link). */
export interface OpenInvite {
  id: string;
  role: Role;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
}

export interface ResetLink {
  url: string;
  expiresAt: string;
  user: PublicUser;
}

/** Open invitations and password-reset links (admins); tests hand in their own. */
export interface AccountLinksApi {
  invites(): Promise<Result<{ invites: OpenInvite[] }>>;
  revokeInvite(id: string): Promise<Result<{ ok: true }>>;
  resetLink(userId: string): Promise<Result<ResetLink>>;
}

export const restAccountLinksApi: AccountLinksApi = {
  invites: () => requestJson('GET', '/api/invites'),
  revokeInvite: (id) => requestJson('DELETE', `/api/invites/${encodeURIComponent(id)}`),
  resetLink: (userId) => requestJson('POST', `/api/users/${encodeURIComponent(userId)}/reset-link`),
};
