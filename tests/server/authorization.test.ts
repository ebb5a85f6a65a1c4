import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../shared/domain/roles.ts';
import { DEFAULT_RATING_SCALE } from '../../shared/domain/ratings.ts';
import type { Claim } from '../../shared/domain/schemas.ts';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { sourceKey } from '../../shared/sources/source-key.ts';
import { emitRaw, startTestServer, tempDir, type TestClient, type TestServer } from '../helpers/test-server.ts';

/**
 * Every role against every socket event and REST route, in one table. Each
 * cell is what must happen; a forbidden attempt must also change nothing.
 */
type Outcome = 'ok' | 'forbidden';
const O: Outcome = 'ok';
const F: Outcome = 'forbidden';

interface Case {
  name: string;
  expect: Record<Role, Outcome>;
  run(as: { role: Role; socket: TestClient; cookie: string }, fixtures: Fixtures): Promise<'ok' | string>;
}
interface Fixtures {
  /** A claim by someone else (the editor fixture). */
  othersClaim(): Promise<Claim>;
  /** An account to change in the user-management routes. */
  userId: string;
  /** Keys of two new sources (a claim each, by the editor fixture). */
  twoSources(): Promise<[string, string]>;
  /** The key of a source the editor fixture merged into another. */
  mergedAlias(): Promise<string>;
}

const everyone = { admin: O, editor: O, reviewer: O, viewer: O };
const reviewers = { admin: O, editor: O, reviewer: O, viewer: F };
const editors = { admin: O, editor: O, reviewer: F, viewer: F };
const admins = { admin: O, editor: F, reviewer: F, viewer: F };

const code = (ack: unknown) => ((ack as { ok: boolean }).ok ? 'ok' : (ack as { error: { code: string } }).error.code);

let server: TestServer;
let cleanup: () => void;
let fixtureEditor: TestClient;
let patchTargetId: string;
const sockets = new Map<Role, { socket: TestClient; cookie: string }>();

const cases: Case[] = [
  { name: 'article:join', expect: everyone, run: async ({ socket }) => code(await emitRaw(socket, 'article:join', { articleId: SEED_ARTICLE_ID })) },
  { name: 'article:leave', expect: everyone, run: async ({ socket }) => code(await emitRaw(socket, 'article:leave', { articleId: SEED_ARTICLE_ID })) },
  {
    name: 'claim:create',
    expect: reviewers,
    run: async ({ socket }) => code(await emitRaw(socket, 'claim:create', { articleId: SEED_ARTICLE_ID, target: { start: 0, end: 5 } })),
  },
  {
    name: 'claim:update (anyone\'s claim)',
    expect: reviewers,
    run: async ({ socket }, f) => code(await emitRaw(socket, 'claim:update', { id: (await f.othersClaim()).id, changes: { status: 'verified' } })),
  },
  {
    name: 'claim:delete (own claim)',
    expect: reviewers,
    run: async ({ socket, role }, f) => {
      if (role === 'viewer') return code(await emitRaw(socket, 'claim:delete', { id: (await f.othersClaim()).id }));
      const mine = (await emitRaw(socket, 'claim:create', { articleId: SEED_ARTICLE_ID, target: { start: 10, end: 20 } })) as { claim: Claim };
      return code(await emitRaw(socket, 'claim:delete', { id: mine.claim.id }));
    },
  },
  { name: 'claim:delete (someone else\'s)', expect: editors, run: async ({ socket }, f) => code(await emitRaw(socket, 'claim:delete', { id: (await f.othersClaim()).id })) },
  {
    name: 'claim:restore (someone else\'s)',
    expect: editors,
    run: async ({ socket }, f) => {
      const claim = await f.othersClaim();
      await emitRaw(fixtureEditor, 'claim:delete', { id: claim.id });
      return code(await emitRaw(socket, 'claim:restore', { id: claim.id }));
    },
  },
  {
    name: 'evidence:add',
    expect: reviewers,
    run: async ({ socket }, f) => code(await emitRaw(socket, 'evidence:add', { claimId: (await f.othersClaim()).id, url: 'https://example.org/r' })),
  },
  {
    name: 'evidence:remove',
    expect: reviewers,
    run: async ({ socket }, f) => {
      const claim = await f.othersClaim();
      const added = (await emitRaw(fixtureEditor, 'evidence:add', { claimId: claim.id, url: 'https://example.org/r' })) as { claim: Claim };
      return code(await emitRaw(socket, 'evidence:remove', { claimId: claim.id, evidenceId: added.claim.evidence[0]!.id }));
    },
  },
  { name: 'comment:create', expect: reviewers, run: async ({ socket }, f) => code(await emitRaw(socket, 'comment:create', { claimId: (await f.othersClaim()).id, text: 'checked' })) },
  {
    name: 'presence:update',
    expect: everyone,
    run: async ({ socket }) => {
      await emitRaw(socket, 'article:join', { articleId: SEED_ARTICLE_ID });
      return code(await emitRaw(socket, 'presence:update', { articleId: SEED_ARTICLE_ID, claimId: null, selection: { start: 1, end: 3 } }));
    },
  },
  { name: 'GET /api/claims/:id/history', expect: everyone, run: async ({ cookie }, f) => http('GET', `/api/claims/${(await f.othersClaim()).id}/history`, cookie) },
  { name: 'GET /api/articles/:id/activity', expect: everyone, run: async ({ cookie }) => http('GET', `/api/articles/${SEED_ARTICLE_ID}/activity`, cookie) },
  { name: 'GET /api/people', expect: everyone, run: async ({ cookie }) => http('GET', '/api/people', cookie) },
  { name: 'GET /api/articles', expect: everyone, run: async ({ cookie }) => http('GET', '/api/articles', cookie) },
  { name: 'GET /api/articles/:id', expect: everyone, run: async ({ cookie }) => http('GET', `/api/articles/${SEED_ARTICLE_ID}`, cookie) },
  { name: 'GET /api/users', expect: admins, run: async ({ cookie }) => http('GET', '/api/users', cookie) },
  { name: 'PATCH /api/users/:id', expect: admins, run: async ({ cookie }, f) => http('PATCH', `/api/users/${f.userId}`, cookie, { name: 'Renamed' }) },
  { name: 'GET /api/settings', expect: everyone, run: async ({ cookie }) => http('GET', '/api/settings', cookie) },
  { name: 'PATCH /api/settings', expect: admins, run: async ({ cookie }) => http('PATCH', '/api/settings', cookie, { organizationName: 'Desk' }) },
  { name: 'POST /api/articles', expect: editors, run: async ({ cookie }) => http('POST', '/api/articles', cookie, { title: 'T', body: 'Body.' }) },
  { name: 'POST /api/articles/extract', expect: editors, run: async ({ cookie }) => http('POST', '/api/articles/extract', cookie, { format: 'txt', content: 'Body.' }) },
  { name: 'GET /api/articles/:id/search', expect: everyone, run: async ({ cookie }) => http('GET', `/api/articles/${SEED_ARTICLE_ID}/search?q=x`, cookie) },
  { name: 'GET /api/articles/:id/revisions', expect: everyone, run: async ({ cookie }) => http('GET', `/api/articles/${SEED_ARTICLE_ID}/revisions`, cookie) },
  {
    name: 'article:revise',
    expect: editors,
    run: async ({ socket }) => {
      const article = (await server.dump()).articles[SEED_ARTICLE_ID]!;
      return code(await emitRaw(socket, 'article:revise', { articleId: SEED_ARTICLE_ID, body: article.body.join('\n\n') + '\n\nملاحظة.', baseRevision: article.revision }));
    },
  },
  {
    name: 'claim:reattach',
    expect: reviewers,
    run: async ({ socket }, f) => code(await emitRaw(socket, 'claim:reattach', { id: (await f.othersClaim()).id, target: { start: 50, end: 60 } })),
  },
  { name: 'GET /api/articles/:id/export', expect: everyone, run: async ({ cookie }) => http('GET', `/api/articles/${SEED_ARTICLE_ID}/export?format=md`, cookie) },
  { name: 'GET /api/export', expect: everyone, run: async ({ cookie }) => http('GET', '/api/export?format=csv', cookie) },
  { name: 'GET /api/dashboard', expect: everyone, run: async ({ cookie }) => http('GET', '/api/dashboard', cookie) },
  { name: 'GET /api/dashboard/claims', expect: everyone, run: async ({ cookie }) => http('GET', '/api/dashboard/claims?kind=all', cookie) },
  { name: 'dashboard:watch', expect: everyone, run: async ({ socket }) => code(await emitRaw(socket, 'dashboard:watch', { watch: true })) },
  { name: 'GET /api/articles/:id/activity', expect: everyone, run: async ({ cookie }) => http('GET', `/api/articles/${SEED_ARTICLE_ID}/activity`, cookie) },
  {
    name: 'POST /api/articles/:id/import',
    expect: editors,
    run: async ({ cookie }) => {
      const doc = await (await fetch(`${server.url}/api/articles/${SEED_ARTICLE_ID}/export?format=json`, { headers: { cookie } })).json();
      return http('POST', `/api/articles/${SEED_ARTICLE_ID}/import`, cookie, doc);
    },
  },
  { name: 'GET /api/sources', expect: everyone, run: async ({ cookie }) => http('GET', '/api/sources', cookie) },
  { name: 'GET /api/sources/suggestions', expect: everyone, run: async ({ cookie }) => http('GET', '/api/sources/suggestions', cookie) },
  {
    name: 'POST /api/sources/merge',
    expect: editors,
    run: async ({ cookie }, f) => {
      const [into, from] = await f.twoSources();
      return http('POST', '/api/sources/merge', cookie, { into, from: [from] });
    },
  },
  { name: 'DELETE /api/sources/merge/:key', expect: editors, run: async ({ cookie }, f) => http('DELETE', `/api/sources/merge/${encodeURIComponent(await f.mergedAlias())}`, cookie) },
  {
    name: 'POST /api/articles/:id/publish',
    expect: editors,
    run: async ({ cookie }) => {
      await approvedClaim();
      return http('POST', `/api/articles/${SEED_ARTICLE_ID}/publish`, cookie, {});
    },
  },
  { name: 'GET /api/articles/:id/export?format=factcheck-api', expect: everyone, run: async ({ cookie }) => http('GET', `/api/articles/${SEED_ARTICLE_ID}/export?format=factcheck-api`, cookie) },
  { name: 'GET /api/articles/:id/publications', expect: everyone, run: async ({ cookie }) => http('GET', `/api/articles/${SEED_ARTICLE_ID}/publications`, cookie) },
  { name: 'DELETE /api/articles/:id/publish', expect: editors, run: async ({ cookie }) => http('DELETE', `/api/articles/${SEED_ARTICLE_ID}/publish`, cookie) },
  { name: 'POST /api/invites', expect: admins, run: async ({ cookie }) => http('POST', '/api/invites', cookie, { role: 'viewer' }) },
  // Sign-off (claim:update's review): marking ready is for reviewers, approving and sending back for editors.
  {
    name: 'claim:update review → ready (mark ready)',
    expect: reviewers,
    run: async ({ socket }, f) => code(await emitRaw(socket, 'claim:update', { id: (await f.othersClaim()).id, changes: { review: 'ready' } })),
  },
  {
    name: 'claim:update review → approved (approve)',
    expect: editors,
    run: async ({ socket }, f) => code(await emitRaw(socket, 'claim:update', { id: (await f.othersClaim()).id, changes: { review: 'approved' } })),
  },
  {
    name: 'claim:update review ready → none with a comment (send back)',
    expect: editors,
    run: async ({ socket }, f) => {
      const { id } = await f.othersClaim();
      await emitRaw(fixtureEditor, 'claim:update', { id, changes: { review: 'ready' } });
      return code(await emitRaw(socket, 'claim:update', { id, changes: { review: 'none', reviewComment: 'needs a second source' } }));
    },
  },
  {
    name: 'PATCH /api/settings (rating scale)',
    expect: admins,
    run: async ({ cookie }) => http('PATCH', '/api/settings', cookie, { ratings: DEFAULT_RATING_SCALE }),
  },
];

/** A claim the fixture editor takes through sign-off, so there is something to publish. */
async function approvedClaim(): Promise<void> {
  const ack = (await emitRaw(fixtureEditor, 'claim:create', { articleId: SEED_ARTICLE_ID, target: { start: 70, end: 90 }, status: 'disputed' })) as { claim: Claim };
  for (const review of ['ready', 'approved'] as const) {
    const done = await emitRaw(fixtureEditor, 'claim:update', { id: ack.claim.id, changes: { review } });
    if (code(done) !== 'ok') throw new Error(`could not set review ${review}: ${code(done)}`);
  }
}

async function http(method: string, path: string, cookie: string | undefined, body?: unknown): Promise<string> {
  const res = await fetch(server.url + path, {
    method,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.ok) return 'ok';
  return (await res.json()).error.code;
}

beforeAll(async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  server = await startTestServer(join(t.dir, 'db.json'));
  fixtureEditor = await server.connect('Fixture Editor', 'editor');
  patchTargetId = (await server.login('Patch Target', 'viewer')).user.id;
  for (const role of ROLES) {
    const { cookie } = await server.login(`${role} person`, role);
    sockets.set(role, { socket: await server.connect(`${role} person`, role), cookie });
  }
});
afterAll(async () => {
  await server.stop();
  cleanup();
});

const fixtures: Fixtures = {
  async othersClaim() {
    const ack = (await emitRaw(fixtureEditor, 'claim:create', { articleId: SEED_ARTICLE_ID, target: { start: 30, end: 40 } })) as { claim: Claim };
    return ack.claim;
  },
  get userId() {
    return patchTargetId;
  },
  async twoSources() {
    const n = ++sourcesMade;
    const keys: string[] = [];
    for (const name of [`Agency ${n} North`, `Agency ${n} South`]) {
      const ack = (await emitRaw(fixtureEditor, 'claim:create', { articleId: SEED_ARTICLE_ID, target: { start: 30, end: 40 }, attributedTo: name })) as { claim: Claim };
      keys.push(sourceKey(ack.claim.attributedTo));
    }
    return keys as [string, string];
  },
  async mergedAlias() {
    const [into, from] = await fixtures.twoSources();
    const { cookie } = await server.login('Fixture Editor', 'editor');
    if ((await http('POST', '/api/sources/merge', cookie, { into, from: [from] })) !== 'ok') throw new Error('fixture merge failed');
    return from;
  },
};
let sourcesMade = 0;

describe('who may do what', () => {
  const rows = cases.flatMap((c) => ROLES.map((role) => [c.name, role, c.expect[role], c] as const));
  it.each(rows)('%s as %s → %s', async (_name, role, expected, c) => {
    const as = { role, ...sockets.get(role)! };
    const claimsBefore = expected === 'forbidden' ? JSON.stringify((await server.dump()).claims) : '';
    const result = await c.run(as, fixtures);
    expect(result).toBe(expected);
    if (expected === 'forbidden' && c.name.startsWith('claim:')) {
      // The fixture claim made for this attempt is the only difference allowed.
      const before = JSON.parse(claimsBefore) as Record<string, Claim>;
      for (const [id, claim] of Object.entries(before)) expect((await server.dump()).claims[id]).toEqual(claim);
    }
  });

  it.each(cases.filter((c) => c.name.startsWith('GET') || c.name.startsWith('P')).map((c) => [c.name, c] as const))(
    '%s without a session → unauthenticated',
    async (_name, c) => {
      expect(await c.run({ role: 'viewer', socket: sockets.get('viewer')!.socket, cookie: '' }, fixtures)).toBe('unauthenticated');
    },
  );
});
