import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, tempDir, type TestServer } from '../helpers/test-server.ts';

/**
 * A person's interface language is stored with their account, so it
 * follows them to their other devices and survives a restart; nobody can
 * set anyone else's, and the workspace's digit style is a setting only
 * admins change.
 */
let server: TestServer;
let cleanup: () => void;
beforeEach(async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  server = await startTestServer(join(t.dir, 'db.json'));
});
afterEach(async () => {
  await server.stop();
  cleanup();
});

const patchMe = (as: string, body: unknown) =>
  server.fetch('/api/auth/me', { method: 'PATCH', as, role: 'viewer', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('PATCH /api/auth/me', () => {
  it('stores the interface language with the account, for any role, durably', async () => {
    const res = await patchMe('Samir Viewer', { locale: 'ar' });
    expect(res.status).toBe(200);
    expect((await res.json()).user).toMatchObject({ name: 'Samir Viewer', locale: 'ar' });
    const me = await server.fetch('/api/auth/me', { as: 'Samir Viewer' });
    expect((await me.json()).user.locale).toBe('ar');
    const stored = Object.values((await server.durableDump()).users).find((u) => u.name === 'Samir Viewer');
    expect(stored?.locale).toBe('ar');
  });

  it('refuses an unknown language or any other field, and changes nothing', async () => {
    await patchMe('Samir Viewer', { locale: 'en' });
    for (const body of [{ locale: 'fr' }, { locale: 'ar', role: 'admin' }, {}, { name: 'Someone Else' }]) {
      const res = await patchMe('Samir Viewer', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await res.json()).error.code).toBe('invalid_payload');
    }
    const stored = Object.values((await server.dump()).users).find((u) => u.name === 'Samir Viewer');
    expect(stored).toMatchObject({ locale: 'en', role: 'viewer' });
  });

  it('needs a session', async () => {
    const res = await server.fetch('/api/auth/me', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ locale: 'ar' }) });
    expect(res.status).toBe(401);
  });
});

describe('the digit style setting', () => {
  const patchSettings = (as: string, role: 'admin' | 'editor', body: unknown) =>
    server.fetch('/api/settings', { method: 'PATCH', as, role, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('defaults to Latin digits, and an admin can choose Arabic-Indic ones', async () => {
    const before = await (await server.fetch('/api/settings', { as: 'Rana Admin', role: 'admin' })).json();
    expect(before.settings.digits).toBe('latn');
    expect((await patchSettings('Rana Admin', 'admin', { digits: 'arab' })).status).toBe(200);
    const after = await (await server.fetch('/api/settings', { as: 'Samir Viewer', role: 'viewer' })).json();
    expect(after.settings.digits).toBe('arab');
    expect(after.settings.organizationName).toBe(before.settings.organizationName);
  });

  it('refuses another style, and an editor', async () => {
    expect((await patchSettings('Rana Admin', 'admin', { digits: 'roman' })).status).toBe(400);
    expect((await patchSettings('Omar Editor', 'editor', { digits: 'arab' })).status).toBe(403);
    const now = await (await server.fetch('/api/settings', { as: 'Rana Admin', role: 'admin' })).json();
    expect(now.settings.digits).toBe('latn');
  });
});
