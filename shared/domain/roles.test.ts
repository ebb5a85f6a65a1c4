import { describe, expect, it } from 'vitest';
import { ROLES, can, type Action, type Role } from './roles.ts';

/** The sign-off and publishing rows of the role table, spelled out: who may do what. */
const TABLE: Record<'claim:mark-ready' | 'claim:approve' | 'article:publish' | 'claim:edit', Role[]> = {
  'claim:edit': ['admin', 'editor', 'reviewer'],
  'claim:mark-ready': ['admin', 'editor', 'reviewer'],
  'claim:approve': ['admin', 'editor'],
  'article:publish': ['admin', 'editor'],
};

describe('roles: sign-off and publishing', () => {
  it.each(Object.entries(TABLE))('%s is allowed to exactly %j', (action, allowed) => {
    for (const role of ROLES) expect([role, can(role, action as Action)]).toEqual([role, allowed.includes(role)]);
  });
});
