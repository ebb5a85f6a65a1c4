import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings.ts';
import { startTestServer, tempDir, type TestServer } from '../helpers/test-server.ts';

/** What a new user ran into on a fresh workspace, at the API, on both stores. */

let server: TestServer;
let cleanup: () => void;
beforeEach(async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  server = await startTestServer(join(t.dir, 'db.json'), { loginThrottle: { perAccount: 3, perAddress: 6, windowSeconds: 60 } });
});
afterEach(async () => {
  await server.stop();
  cleanup();
});

const post = (path: string, body: unknown, cookie?: string) =>
  fetch(server.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
const admin = { name: 'منى الحداد', email: 'mona@newsroom.test', password: 'a long admin passphrase' };

describe('setup asks for the public address', () => {
  it('stores the address given with the first admin, durably', async () => {
    const res = await post('/api/setup', { ...admin, reportBaseUrl: 'https://factcheck.example.org' });
    expect(res.status).toBe(201);
    expect((await server.durableDump()).settings.reportBaseUrl).toBe('https://factcheck.example.org');
  });

  it('refuses an address that is not http(s), naming the field, and creates nobody', async () => {
    const res = await post('/api/setup', { ...admin, reportBaseUrl: 'javascript:alert(1)' });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: 'invalid_payload', field: 'reportBaseUrl' });
    const dump = await server.dump();
    expect(dump.users).toEqual({});
    expect(dump.settings).toEqual(DEFAULT_SETTINGS);
  });
});

const send = (method: string, path: string, cookie: string, body?: unknown) =>
  fetch(server.url + path, { method, headers: { 'content-type': 'application/json', cookie }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

describe('open invitations', () => {
  it('lists the open ones to admins only; a revoked link stops working and leaves the list', async () => {
    const { cookie } = await server.login('Mona', 'admin');
    const editorLink = await (await send('POST', '/api/invites', cookie, { role: 'editor' })).json();
    const viewerLink = await (await send('POST', '/api/invites', cookie, { role: 'viewer' })).json();
    const listed = (await (await send('GET', '/api/invites', cookie)).json()).invites as { id: string; role: string }[];
    expect(listed.map((i) => i.role).sort()).toEqual(['editor', 'viewer']);
    expect(JSON.stringify(listed)).not.toContain(editorLink.token);
    expect((await server.fetch('/api/invites', { as: 'Omar', role: 'editor' })).status).toBe(403);

    const editorId = listed.find((i) => i.role === 'editor')!.id;
    expect((await send('DELETE', `/api/invites/${editorId}`, (await server.login('Omar', 'editor')).cookie)).status).toBe(403);
    expect((await send('DELETE', `/api/invites/${editorId}`, cookie)).status).toBe(200);
    expect((await fetch(`${server.url}/api/invites/${editorLink.token}`)).status).toBe(404);
    const accept = await post(`/api/invites/${editorLink.token}/accept`, { name: 'Late', email: 'late@newsroom.test', password: 'a long enough password' });
    expect(accept.status).toBe(404);
    expect((await (await send('GET', '/api/invites', cookie)).json()).invites.map((i: { role: string }) => i.role)).toEqual(['viewer']);
    expect((await send('DELETE', `/api/invites/${editorId}`, cookie)).status).toBe(404);
    // The other link still works.
    expect((await post(`/api/invites/${viewerLink.token}/accept`, { name: 'Sam', email: 'sam@newsroom.test', password: 'a long enough password' })).status).toBe(201);
    expect((await (await send('GET', '/api/invites', cookie)).json()).invites).toEqual([]);
  });
});

describe('password-reset links', () => {
  it('only an admin issues one; it sets a new password once, ends the other sessions, and signs the person in', async () => {
    const { cookie: adminCookie } = await server.login('Mona', 'admin');
    const omar = await server.login('Omar', 'reviewer');
    expect((await send('POST', `/api/users/${omar.user.id}/reset-link`, omar.cookie)).status).toBe(403);
    const res = await send('POST', `/api/users/${omar.user.id}/reset-link`, adminCookie);
    expect(res.status).toBe(201);
    const link = await res.json();
    const token = /#\/reset\/([\w-]+)$/.exec(link.url)![1]!;
    expect(Date.parse(link.expiresAt) - Date.now()).toBeGreaterThan(23 * 3600_000);
    expect(Date.parse(link.expiresAt) - Date.now()).toBeLessThanOrEqual(24 * 3600_000);
    // Stored hashed, like invitations; never usable as an invitation.
    expect(JSON.stringify(await server.dump())).not.toContain(token);
    expect((await fetch(`${server.url}/api/invites/${token}`)).status).toBe(404);
    expect((await (await fetch(`${server.url}/api/invites`, { headers: { cookie: adminCookie } })).json()).invites).toEqual([]);

    expect(await (await fetch(`${server.url}/api/resets/${token}`)).json()).toMatchObject({ name: 'Omar' });
    expect((await post(`/api/resets/${token}`, { password: 'short' })).status).toBe(400);
    const used = await post(`/api/resets/${token}`, { password: 'a brand new passphrase' });
    expect(used.status).toBe(200);
    const fresh = used.headers.getSetCookie()[0]!.split(';')[0]!;
    expect((await fetch(`${server.url}/api/auth/me`, { headers: { cookie: omar.cookie } })).status).toBe(401);
    expect((await (await fetch(`${server.url}/api/auth/me`, { headers: { cookie: fresh } })).json()).user.name).toBe('Omar');
    expect((await post('/api/auth/login', { email: omar.user.email, password: 'a brand new passphrase' })).status).toBe(200);

    const again = await post(`/api/resets/${token}`, { password: 'another new passphrase' });
    expect([again.status, (await again.json()).error.code]).toEqual([404, 'reset_invalid']);
    expect((await server.durableDump()).users[omar.user.id]!.passwordHash).toBe((await server.dump()).users[omar.user.id]!.passwordHash);
  });

  it('is refused for an unknown account, and guessing links is throttled like logins', async () => {
    const { cookie } = await server.login('Mona', 'admin');
    expect((await send('POST', '/api/users/00000000-0000-4000-8000-000000000000/reset-link', cookie)).status).toBe(404);
    const answers: number[] = [];
    for (let i = 0; i < 8; i++) answers.push((await post(`/api/resets/guess${i}`, { password: 'a long enough password' })).status);
    expect(answers.slice(0, 3)).toEqual([404, 404, 404]);
    expect(answers.at(-1)).toBe(429);
  });
});

describe('new accounts appear live', () => {
  it('tells admins, and only admins, when an account is created or changed', async () => {
    const { cookie } = await server.login('Mona', 'admin');
    const adminSocket = await server.connect('Mona', 'admin');
    const reviewerSocket = await server.connect('Omar', 'reviewer');
    let reviewerHeard = 0;
    reviewerSocket.on('users:changed', () => reviewerHeard++);
    const heard = () => new Promise<void>((resolve) => adminSocket.once('users:changed', () => resolve()));

    const invited = heard();
    const link = await (await send('POST', '/api/invites', cookie, { role: 'editor' })).json();
    await invited;
    const joined = heard();
    expect((await post(`/api/invites/${link.token}/accept`, { name: 'ليلى', email: 'layla@newsroom.test', password: 'a long enough password' })).status).toBe(201);
    await joined;
    expect(reviewerHeard).toBe(0);
  });
});
