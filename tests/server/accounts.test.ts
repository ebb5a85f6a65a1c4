import { join } from 'node:path';
import { io } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { tokenKey } from '../../server/accounts/tokens.ts';
import { emailOf, startTestServer, tempDir, TEST_PASSWORD, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
let cleanup: () => void;
beforeEach(async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  server = await startTestServer(join(t.dir, 'db.json'), {
    loginThrottle: { perAccount: 3, perAddress: 6, windowSeconds: 60 },
  });
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
const cookieOf = (res: Response) => res.headers.getSetCookie()[0]!.split(';')[0]!;
const admin = { name: 'Mona Editor-in-Chief', email: 'mona@newsroom.test', password: 'a long admin passphrase' };

describe('first start', () => {
  it('five setups sent at the same moment make one admin', async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, (_, i) => post('/api/setup', { ...admin, email: `first${i}@newsroom.test` })));
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(Object.values((await server.dump()).users)).toHaveLength(1);
  });

  it('needs setup while there are no users; setup creates the first admin and signs them in', async () => {
    expect(await (await fetch(`${server.url}/api/setup`)).json()).toEqual({ needed: true });
    const res = await post('/api/setup', admin);
    expect(res.status).toBe(201);
    expect((await res.json()).user).toMatchObject({ name: admin.name, email: admin.email, role: 'admin', active: true });
    const setCookie = res.headers.getSetCookie()[0]!;
    expect(setCookie).toMatch(/^isnad_session=[\w-]{40,};/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i); // plain http on loopback

    const me = await fetch(`${server.url}/api/auth/me`, { headers: { cookie: cookieOf(res) } });
    expect((await me.json()).user.email).toBe(admin.email);
    expect(await (await fetch(`${server.url}/api/setup`)).json()).toEqual({ needed: false });
    // Never the password hash, anywhere.
    expect(JSON.stringify(await (await fetch(`${server.url}/api/auth/me`, { headers: { cookie: cookieOf(res) } })).json())).not.toMatch(/scrypt/);
  });

  it('is refused once any user exists, and creates nothing', async () => {
    await server.login('Existing Editor', 'editor');
    const before = Object.keys((await server.dump()).users).length;
    const res = await post('/api/setup', admin);
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe('setup_done');
    expect(Object.keys((await server.dump()).users)).toHaveLength(before);
  });

  it('refuses a weak password or a bad email with the field named', async () => {
    const weak = await post('/api/setup', { ...admin, password: 'short' });
    expect(weak.status).toBe(400);
    expect((await weak.json()).error).toMatchObject({ code: 'invalid_payload', field: 'password' });
    const bad = await post('/api/setup', { ...admin, email: 'not-an-email' });
    expect((await bad.json()).error).toMatchObject({ code: 'invalid_payload', field: 'email' });
    expect((await server.dump()).users).toEqual({});
  });
});

describe('login and logout', () => {
  it('signs in with the right password only; the session works for REST and the socket; logout ends both', async () => {
    await server.login('Omar', 'reviewer');
    expect((await post('/api/auth/login', { email: emailOf('Omar'), password: 'wrong password!' })).status).toBe(401);
    expect((await post('/api/auth/login', { email: 'nobody@newsroom.test', password: TEST_PASSWORD })).status).toBe(401);
    const res = await post('/api/auth/login', { email: emailOf('OMAR').toUpperCase(), password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    const cookie = cookieOf(res);
    expect((await fetch(`${server.url}/api/articles`, { headers: { cookie } })).status).toBe(200);

    const socket = io(server.url, { extraHeaders: { cookie }, transports: ['websocket'], forceNew: true, reconnection: false });
    await new Promise((r) => socket.once('connect', () => r(null)));
    const closed = new Promise((r) => socket.once('disconnect', r));
    expect((await post('/api/auth/logout', {}, cookie)).status).toBe(200);
    await closed; // signing out closes that login's live connections
    expect((await fetch(`${server.url}/api/auth/me`, { headers: { cookie } })).status).toBe(401);
    expect(Object.hasOwn((await server.dump()).sessions, tokenKey(cookie.split('=')[1]!))).toBe(false);
  });

  it('throttles failed logins per account and per address', async () => {
    await server.login('Omar');
    for (let i = 0; i < 3; i++) {
      expect((await post('/api/auth/login', { email: emailOf('Omar'), password: 'guess number ' + i })).status).toBe(401);
    }
    // The account is now locked even for the right password...
    const locked = await post('/api/auth/login', { email: emailOf('Omar'), password: TEST_PASSWORD });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await locked.json()).error.code).toBe('rate_limited');
    // ...while another account from this address still has tries left, until the address limit.
    await server.login('Sara');
    for (let i = 0; i < 3; i++) await post('/api/auth/login', { email: emailOf('Sara') + 'x', password: 'guess ' + i });
    expect((await post('/api/auth/login', { email: emailOf('Sara'), password: TEST_PASSWORD })).status).toBe(429);
  });

  it('counts each attempt before checking the password: forty guesses at once get no more than the limit checked', async () => {
    await server.login('Omar');
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => post('/api/auth/login', { email: emailOf('Omar'), password: 'parallel guess ' + i })));
    const checked = answers.filter((r) => r.status === 401).length;
    expect(checked).toBeLessThanOrEqual(3);
    expect(answers.filter((r) => r.status === 429).length).toBe(40 - checked);
  });

  it('a guesser at one address does not lock the owner out at another', async () => {
    const t = tempDir();
    const proxied = await startTestServer(join(t.dir, 'db.json'), { trustProxy: 'loopback', loginThrottle: { perAccount: 3, perAddress: 6, windowSeconds: 60 } });
    try {
      await proxied.login('Omar');
      const from = (address: string, password: string) =>
        fetch(`${proxied.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
          body: JSON.stringify({ email: emailOf('Omar'), password }),
        });
      for (let i = 0; i < 5; i++) await from('203.0.113.9', 'guess ' + i);
      expect((await from('203.0.113.9', TEST_PASSWORD)).status).toBe(429);
      expect((await from('198.51.100.7', TEST_PASSWORD)).status).toBe(200);
    } finally {
      await proxied.stop();
      t.cleanup();
    }
  });

  it('a deactivated account cannot sign in, and its sessions stop working', async () => {
    const { cookie, user } = await server.login('Rana', 'reviewer');
    const adminCookie = (await server.login('Mona', 'admin')).cookie;
    const patch = await fetch(`${server.url}/api/users/${user.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie: adminCookie },
      body: JSON.stringify({ active: false }),
    });
    expect(patch.status).toBe(200);
    expect((await fetch(`${server.url}/api/articles`, { headers: { cookie } })).status).toBe(401);
    expect((await post('/api/auth/login', { email: emailOf('Rana'), password: TEST_PASSWORD })).status).toBe(401);
  });
});

describe('invitations', () => {
  it('an admin invites with a role; the link works once and signs the new colleague in', async () => {
    const adminCookie = (await server.login('Mona', 'admin')).cookie;
    const res = await post('/api/invites', { role: 'editor' }, adminCookie);
    expect(res.status).toBe(201);
    const invite = await res.json();
    expect(invite.url).toBe(`${server.url}/#/invite/${invite.token}`);
    expect(await (await fetch(`${server.url}/api/invites/${invite.token}`)).json()).toMatchObject({ role: 'editor' });

    const joined = await post(`/api/invites/${invite.token}/accept`, { name: 'Karim', email: 'karim@newsroom.test', password: TEST_PASSWORD });
    expect(joined.status).toBe(201);
    expect((await joined.json()).user).toMatchObject({ name: 'Karim', role: 'editor' });
    expect((await fetch(`${server.url}/api/auth/me`, { headers: { cookie: cookieOf(joined) } })).status).toBe(200);

    const again = await post(`/api/invites/${invite.token}/accept`, { name: 'Mallory', email: 'mallory@evil.test', password: TEST_PASSWORD });
    expect(again.status).toBe(404);
    expect((await again.json()).error.code).toBe('invite_invalid');
    expect(Object.values((await server.dump()).users).map((u) => u.name)).not.toContain('Mallory');
  });

  it('ten people accepting one invitation at the same moment make one account; the others are told it is used', async () => {
    const adminCookie = (await server.login('Mona', 'admin')).cookie;
    const { token } = await (await post('/api/invites', { role: 'admin' }, adminCookie)).json();
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => post(`/api/invites/${token}/accept`, { name: `Racer ${i}`, email: `racer${i}@newsroom.test`, password: TEST_PASSWORD })),
    );
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...Array(9).fill(404)]);
    for (const r of answers.filter((a) => a.status === 404)) expect((await r.json()).error.code).toBe('invite_invalid');
    const racers = Object.values((await server.dump()).users).filter((u) => u.name.startsWith('Racer '));
    expect(racers).toHaveLength(1);
    expect(racers[0]!.role).toBe('admin');
  });

  it('an expired invitation is refused and creates nobody', async () => {
    const adminCookie = (await server.login('Mona', 'admin')).cookie;
    const { token } = await (await post('/api/invites', { role: 'reviewer' }, adminCookie)).json();
    // Age the invitation in the store, as if eight days had passed.
    await server.store.transact(async (tx) => {
      const key = tokenKey(token);
      tx.putInvite(key, { ...(await tx.invite(key))!, expiresAt: new Date(Date.now() - 1000).toISOString() });
    });
    expect((await fetch(`${server.url}/api/invites/${token}`)).status).toBe(410);
    const res = await post(`/api/invites/${token}/accept`, { name: 'Late', email: 'late@newsroom.test', password: TEST_PASSWORD });
    expect(res.status).toBe(410);
    expect((await res.json()).error.code).toBe('invite_expired');
    expect(Object.values((await server.dump()).users).map((u) => u.name)).not.toContain('Late');
  });

  it('an invitation cannot take an email that already has an account', async () => {
    const adminCookie = (await server.login('Mona', 'admin')).cookie;
    const { token } = await (await post('/api/invites', { role: 'viewer' }, adminCookie)).json();
    const res = await post(`/api/invites/${token}/accept`, { name: 'Mona 2', email: emailOf('Mona'), password: TEST_PASSWORD });
    expect(res.status).toBe(409);
    expect((await fetch(`${server.url}/api/invites/${token}`)).status).toBe(200); // still usable
  });
});

describe('user management', () => {
  it('keeps at least one active admin', async () => {
    const { cookie, user } = await server.login('Mona', 'admin');
    for (const patch of [{ role: 'editor' }, { active: false }]) {
      const res = await fetch(`${server.url}/api/users/${user.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify(patch),
      });
      expect(res.status).toBe(409);
      expect((await res.json()).error.code).toBe('last_admin');
    }
    expect((await server.dump()).users[user.id]).toMatchObject({ role: 'admin', active: true });
  });

  it('two admins demoting each other at the same moment leave one admin, never none', async () => {
    const mona = await server.login('Mona', 'admin');
    const ali = await server.login('Ali', 'admin');
    const demote = (cookie: string, id: string) =>
      fetch(`${server.url}/api/users/${id}`, { method: 'PATCH', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ role: 'editor' }) });
    const answers = await Promise.all([demote(mona.cookie, ali.user.id), demote(ali.cookie, mona.user.id)]);
    // The other is refused: as the last admin's demotion (409), or because its sender is no admin any more (403).
    const [first, second] = answers.map((r) => r.status).sort();
    expect(first).toBe(200);
    expect([403, 409]).toContain(second);
    const admins = Object.values((await server.dump()).users).filter((u) => u.role === 'admin' && u.active);
    expect(admins).toHaveLength(1);
  });

  it('a role change takes effect at once: open connections are closed and come back with the new role', async () => {
    const reviewer = await server.connect('Omar', 'reviewer');
    const adminCookie = (await server.login('Mona', 'admin')).cookie;
    const omarId = (await server.dump()).users[Object.keys((await server.dump()).users)[0]!]!.id;
    const dropped = new Promise((r) => reviewer.once('disconnect', r));
    const res = await fetch(`${server.url}/api/users/${omarId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie: adminCookie },
      body: JSON.stringify({ role: 'viewer' }),
    });
    expect((await res.json()).user.role).toBe('viewer');
    await dropped;
    const again = await server.connect('Omar');
    await again.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
    const ack = await again.emitWithAck('claim:create', { articleId: SEED_ARTICLE_ID, target: { start: 0, end: 5 } });
    expect(ack).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
