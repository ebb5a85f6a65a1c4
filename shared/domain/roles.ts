/**
 * Roles and what each may do. The server checks every route and event with
 * `can`; the client uses the same table to hide what a role cannot do, so the
 * two never disagree.
 */
export const ROLES = ['admin', 'editor', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_INFO: Record<Role, { label: { en: string; ar: string }; description: string }> = {
  admin: { label: { en: 'Admin', ar: 'مسؤول' }, description: 'Manages users and workspace settings; can do everything an editor can.' },
  editor: { label: { en: 'Editor', ar: 'محرر' }, description: 'Imports and revises articles; deletes any claim.' },
  reviewer: { label: { en: 'Reviewer', ar: 'مراجع' }, description: 'Creates and edits claims, comments, adds evidence.' },
  viewer: { label: { en: 'Viewer', ar: 'قارئ' }, description: 'Reads and exports.' },
};

export const ACTIONS = [
  'article:read',
  'article:export',
  'article:import',
  'article:revise',
  /** Reserved for editors; no route deletes an article yet (see README). */
  'article:delete',
  'claim:create',
  'claim:edit',
  'claim:delete-own',
  'claim:delete-any',
  'comment:create',
  'evidence:add',
  'users:manage',
  'settings:manage',
  /** Merging spellings of a source into one, and undoing it. */
  'sources:merge',
  /** Sign-off: a reviewer marks a claim ready, an editor approves it or sends it back. */
  'claim:mark-ready',
  'claim:approve',
  'article:publish',
] as const;
export type Action = (typeof ACTIONS)[number];

const VIEWER: readonly Action[] = ['article:read', 'article:export'];
const REVIEWER: readonly Action[] = [...VIEWER, 'claim:create', 'claim:edit', 'claim:delete-own', 'comment:create', 'evidence:add', 'claim:mark-ready'];
const EDITOR: readonly Action[] = [...REVIEWER, 'article:import', 'article:revise', 'article:delete', 'claim:delete-any', 'sources:merge', 'claim:approve', 'article:publish'];
const ADMIN: readonly Action[] = [...EDITOR, 'users:manage', 'settings:manage'];

const ALLOWED: Record<Role, ReadonlySet<Action>> = {
  viewer: new Set(VIEWER),
  reviewer: new Set(REVIEWER),
  editor: new Set(EDITOR),
  admin: new Set(ADMIN),
};

export function can(role: Role, action: Action): boolean {
  return ALLOWED[role].has(action);
}

/** Whether `role` may delete a claim created by `creatorId` when it is `userId`. */
export function canDeleteClaim(role: Role, userId: string, creatorId: string | null): boolean {
  if (can(role, 'claim:delete-any')) return true;
  return can(role, 'claim:delete-own') && creatorId !== null && creatorId === userId;
}
