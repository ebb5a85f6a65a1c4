import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { io } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { createApplication } from '../../server/app.ts';
import { seedWorkspace, SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { JsonWorkspaceStore } from '../../server/store/json-store.ts';
import { ERROR_MESSAGES } from '../../shared/protocol/errors.ts';
import { MAX_REQUEST_BYTES } from '../../shared/limits.ts';
import { emitRaw, PresenceView, tempDir } from '../helpers/test-server.ts';
import { testScope } from '../helpers/test-scope.ts';

const scope = testScope();
const serverWith = scope.server;

const FIXED_MESSAGES = new Set<string>(Object.values(ERROR_MESSAGES));

describe('HTTP hardening', () => {
  it('sends a strict Content-Security-Policy and the usual safety headers', async () => {
    const server = await serverWith();
    const res = await fetch(`${server.url}/api/health`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('tells browsers and proxies to keep no copy of any API answer, errors included', async () => {
    const server = await serverWith();
    const { cookie } = await server.login('Omar');
    for (const [path, headers] of [
      ['/api/health', {}],
      ['/api/articles', { cookie }],
      ['/api/auth/me', { cookie }],
      ['/api/articles', {}],
      ['/api/no-such-route', { cookie }],
    ] as const) {
      const res = await fetch(`${server.url}${path}`, { headers });
      expect(res.headers.get('cache-control'), path).toBe('no-store');
    }
  });

  it('refuses oversized bodies, malformed JSON, prototype keys and cross-site posts with fixed messages', async () => {
    const server = await serverWith();
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/api/setup`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const valid = { name: 'Mona', email: 'mona@newsroom.test', password: 'a long admin passphrase' };

    const huge = await post(JSON.stringify({ ...valid, name: 'x'.repeat(MAX_REQUEST_BYTES + 10) }));
    expect(huge.status).toBe(413);
    const broken = await post('{"name": "Mona", ');
    expect(broken.status).toBe(400);
    const poisoned = await post(`{"name":"Mona","email":"mona@newsroom.test","password":"a long admin passphrase","__proto__":{"role":"admin"}}`);
    expect(poisoned.status).toBe(400);
    const crossSite = await post(JSON.stringify(valid), { origin: 'http://evil.example' });
    expect(crossSite.status).toBe(403);
    const sameHostOtherPort = await post(JSON.stringify(valid), { origin: 'http://127.0.0.1:1' });
    expect(sameHostOtherPort.status).toBe(403);
    const nullOrigin = await post(JSON.stringify(valid), { origin: 'null' });
    expect(nullOrigin.status).toBe(403);

    for (const res of [huge, broken, poisoned, crossSite, sameHostOtherPort, nullOrigin]) {
      const body = await res.json();
      expect(FIXED_MESSAGES.has(body.error.message)).toBe(true);
      expect(JSON.stringify(body)).not.toMatch(/at .+\.(ts|js):\d+/);
    }
    expect((await server.dump()).users).toEqual({});
    // The same request from our own origin goes through.
    expect((await post(JSON.stringify(valid), { origin: server.url })).status).toBe(201);
  });
});

/** An HTTP request with a Host header of our choosing (fetch will not send one that differs from the URL). */
function requestAs(url: string, host: string, method = 'GET', body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers: { host, ...(body ? { 'content-type': 'application/json' } : {}) } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('Host names (DNS rebinding)', () => {
  const admin = JSON.stringify({ name: 'Mona', email: 'mona@newsroom.test', password: 'a long admin passphrase' });

  it('answers loopback names only when no public address is set: a rebinding page cannot create the first admin', async () => {
    const server = await serverWith();
    const { port } = new URL(server.url);
    const refused = await requestAs(`${server.url}/api/setup`, `evil.example:${port}`, 'POST', admin);
    expect(refused.status).toBe(421);
    expect(JSON.parse(refused.body)).toMatchObject({ error: { code: 'misdirected' } });
    expect((await requestAs(`${server.url}/`, `evil.example:${port}`)).status).toBe(421);
    expect((await requestAs(`${server.url}/socket.io/?EIO=4&transport=polling`, `evil.example:${port}`)).status).toBe(403);
    expect((await server.dump()).users).toEqual({});
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `app.localhost:${port}`]) {
      expect((await requestAs(`${server.url}/api/setup`, host)).status, host).toBe(200);
    }
  });

  it('with PUBLIC_URL, answers that name too, and invitation links use it', async () => {
    const server = await serverWith({ publicUrl: 'https://factcheck.example.org' });
    expect((await requestAs(`${server.url}/api/setup`, 'factcheck.example.org')).status).toBe(200);
    expect((await requestAs(`${server.url}/api/setup`, 'other.example.org')).status).toBe(421);
    const { cookie } = await server.login('Mona', 'admin');
    const invite = await (await fetch(`${server.url}/api/invites`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ role: 'reviewer' }) })).json();
    expect(invite.url).toBe(`https://factcheck.example.org/#/invite/${invite.token}`);
  });
});

describe('socket hardening', () => {
  it('refuses a handshake from another origin, even one carrying a live session cookie (cross-site WebSocket hijacking)', async () => {
    const server = await serverWith();
    const { cookie } = await server.login('Omar');
    const handshake = (origin: string) =>
      new Promise<string>((resolve) => {
        const socket = io(server.url, { extraHeaders: { cookie, origin }, transports: ['websocket'], forceNew: true, reconnection: false });
        socket.once('connect', () => {
          socket.close();
          resolve('connected');
        });
        socket.once('connect_error', (error) => {
          socket.close();
          resolve(error.message);
        });
      });
    // Another port of the same host is the same site: the Lax cookie goes along, the Origin gives it away.
    expect(await handshake('http://127.0.0.1:1')).toBe('forbidden');
    expect(await handshake('https://evil.example')).toBe('forbidden');
    expect(await handshake('null')).toBe('forbidden');
    expect(await handshake(server.url)).toBe('connected');
  });

  it('rate-limits mutations per connection', async () => {
    const server = await serverWith({ mutationRate: { points: 5, seconds: 60 } });
    const socket = await server.connect('Omar');
    const codes: string[] = [];
    for (let i = 0; i < 7; i++) {
      const ack = (await emitRaw(socket, 'claim:create', { articleId: SEED_ARTICLE_ID, target: { start: i, end: i + 5 } })) as {
        ok: boolean;
        error?: { code: string };
      };
      codes.push(ack.ok ? 'ok' : ack.error!.code);
    }
    expect(codes).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'rate_limited', 'rate_limited']);
    expect(Object.keys((await server.dump()).claims)).toHaveLength(5);
    // Reading is not a mutation and is not limited.
    expect(((await emitRaw(socket, 'article:join', { articleId: SEED_ARTICLE_ID })) as { ok: boolean }).ok).toBe(true);
  });

  it('drops a connection that sends a packet beyond the size limit, and keeps serving others', async () => {
    const server = await serverWith();
    const big = await server.connect('Omar');
    const closed = new Promise((r) => big.once('disconnect', r));
    const raw = big as unknown as { emit(event: string, payload: unknown): void };
    raw.emit('claim:create', { articleId: SEED_ARTICLE_ID, target: { start: 0, end: 5 }, note: 'x'.repeat(MAX_REQUEST_BYTES + 100) });
    await closed;
    const other = await server.connect('Sara');
    expect(((await emitRaw(other, 'article:join', { articleId: SEED_ARTICLE_ID })) as { ok: boolean }).ok).toBe(true);
    expect((await server.dump()).claims).toEqual({});
  });

  it('refuses binary attachments on every event, cheaply, and keeps nothing', async () => {
    const server = await serverWith();
    const socket = await server.connect('Omar');
    await socket.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
    const blob = Buffer.alloc(900_000, 1);
    for (const [event, payload] of [
      ['presence:update', { articleId: SEED_ARTICLE_ID, claimId: null, selection: null, extra: blob }],
      ['claim:create', { articleId: SEED_ARTICLE_ID, target: { start: 0, end: 5 }, note: blob }],
      ['article:join', { articleId: blob }],
    ] as const) {
      expect(await emitRaw(socket, event, payload)).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    }
    expect((await server.dump()).claims).toEqual({});
  });

  it('refuses presence updates beyond 20 a second from one connection, yet the last state still lands', async () => {
    const server = await serverWith();
    const socket = await server.connect('Omar');
    await socket.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
    const watcher = await server.connect('Mona');
    const view = new PresenceView(watcher, SEED_ARTICLE_ID).since(await watcher.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID }));
    const omar = () => view.users.find((u) => u.name === 'Omar')?.selection ?? null;
    const acks = (await Promise.all(
      Array.from({ length: 60 }, (_, i) => emitRaw(socket, 'presence:update', { articleId: SEED_ARTICLE_ID, claimId: null, selection: { start: i, end: i + 1 } })),
    )) as Array<{ ok: boolean; error?: { code: string } }>;
    const codes = acks.map((a) => (a.ok ? 'ok' : a.error!.code));
    expect(codes.filter((c) => c === 'ok').length).toBeLessThanOrEqual(20);
    expect(codes.filter((c) => c === 'rate_limited').length).toBeGreaterThanOrEqual(40);
    // Where the cursor ended is kept and applied once the second is up.
    await expect.poll(omar, { timeout: 3000 }).toEqual({ start: 59, end: 60 });
    // A colleague on another connection is not held back by it.
    const other = await server.connect('Sara');
    await other.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
    expect(await emitRaw(other, 'presence:update', { articleId: SEED_ARTICLE_ID, claimId: null, selection: null })).toMatchObject({ ok: true });
  });

  it('strips unknown fields: a client cannot set who created a claim or smuggle data in', async () => {
    const server = await serverWith();
    const socket = await server.connect('Omar');
    const ack = (await emitRaw(socket, 'claim:create', {
      articleId: SEED_ARTICLE_ID,
      target: { start: 0, end: 5 },
      createdBy: 'The Editor-in-Chief',
      createdById: 'someone-else',
      version: 99,
      smuggled: { html: '<script>alert(1)</script>' },
    })) as { claim: Record<string, unknown> };
    expect(ack.claim.createdBy).toBe('Omar');
    expect(ack.claim.version).toBe(1);
    expect(ack.claim).not.toHaveProperty('smuggled');
    expect(JSON.stringify((await server.dump()))).not.toContain('smuggled');
  });
});

describe('security events are logged', () => {
  it('writes structured lines for failed logins, refused sockets and forbidden events', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const t = tempDir();
    const store = await JsonWorkspaceStore.open(join(t.dir, 'db.json'), seedWorkspace);
    const app = createApplication({ store, logger: pino({ level: 'info' }, sink) });
    const { port } = await app.listen(0, '127.0.0.1');
    scope.defer(t.cleanup);
    scope.defer(() => app.close());
    const url = `http://127.0.0.1:${port}`;

    await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@newsroom.test', password: 'guessing' }),
    });
    const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
    await new Promise((r) => socket.once('connect_error', r));
    socket.close();

    const events = lines.map((l) => l.security).filter(Boolean);
    expect(events).toContain('login_failed');
    expect(events).toContain('socket_unauthenticated');
    const failed = lines.find((l) => l.security === 'login_failed')!;
    expect(failed).toMatchObject({ level: 40, email: 'nobody@newsroom.test' });
    expect(JSON.stringify(failed)).not.toContain('guessing'); // never the password
  });
});
