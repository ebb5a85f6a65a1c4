import { can, canDeleteClaim, ROLE_INFO, type Role } from '../../../shared/domain/roles.ts';
import type { Claim } from '../../../shared/domain/schemas.ts';

/**
 * What the signed-in person may do in the reader, from the shared role
 * table. The server enforces the same table; the UI uses it only to avoid
 * offering what would be refused.
 */
export interface Permissions {
  capture: boolean;
  edit: boolean;
  deleteClaim(claim: Pick<Claim, 'createdById'>): boolean;
  /** Add and remove a claim's sources (reviewers and up). */
  addEvidence: boolean;
  comment: boolean;
  manageUsers: boolean;
  /** Import new articles (editors and admins). */
  importArticle: boolean;
  /** Revise an article's text (editors and admins). */
  reviseArticle: boolean;
  /** Sign-off: mark a claim ready (reviewers and up); approve or send back (editors and admins). */
  markReady: boolean;
  approve: boolean;
  /** Publish, republish and unpublish an article's public report (editors and admins). */
  publish: boolean;
}

export function permissionsFor(user: { id: string; role: Role }): Permissions {
  return {
    capture: can(user.role, 'claim:create'),
    edit: can(user.role, 'claim:edit'),
    deleteClaim: (claim) => canDeleteClaim(user.role, user.id, claim.createdById),
    addEvidence: can(user.role, 'evidence:add'),
    comment: can(user.role, 'comment:create'),
    manageUsers: can(user.role, 'users:manage'),
    importArticle: can(user.role, 'article:import'),
    reviseArticle: can(user.role, 'article:revise'),
    markReady: can(user.role, 'claim:mark-ready'),
    approve: can(user.role, 'claim:approve'),
    publish: can(user.role, 'article:publish'),
  };
}

/** "Editor · محرر" */
export function roleLabel(role: Role): { en: string; ar: string } {
  return ROLE_INFO[role].label;
}
