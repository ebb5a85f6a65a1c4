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
  server = await startTestServer(join(t.dir, 'db.json'));
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
