import { afterEach, describe, expect, it, vi } from 'vitest';
import { ERROR_MESSAGES } from '../../../shared/protocol/errors.ts';
import { requestJson } from './http.ts';

afterEach(() => vi.unstubAllGlobals());

const stub = (impl: (url: string, init: RequestInit) => Promise<Response>) => {
  const fetch = vi.fn(impl);
  vi.stubGlobal('fetch', fetch);
  return fetch;
};
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('requestJson', () => {
  it('sends JSON with its content type and returns the body with ok', async () => {
    const fetch = stub(async () => json(201, { user: { id: 'u1' } }));
    const r = await requestJson<{ user: { id: string } }>('POST', '/api/setup', { name: 'L' });
    expect(r).toEqual({ ok: true, user: { id: 'u1' } });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/setup');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['content-type']).toBe('application/json');
    expect(init.body).toBe('{"name":"L"}');
  });

  it('returns the server error with its code, status and field', async () => {
    stub(async () => json(409, { ok: false, error: { code: 'last_admin', message: ERROR_MESSAGES.last_admin } }));
    expect(await requestJson('PATCH', '/api/users/u1', { role: 'viewer' })).toEqual({
      ok: false,
      status: 409,
      error: { code: 'last_admin', message: ERROR_MESSAGES.last_admin },
    });
  });

  it('never shows an unknown error body; falls back to the fixed message for the status', async () => {
    stub(async () => new Response('<h1>Too Many Requests from 1.2.3.4</h1>', { status: 429 }));
    const r = await requestJson('POST', '/api/auth/login', {});
    expect(r).toEqual({ ok: false, status: 429, error: { code: 'rate_limited', message: ERROR_MESSAGES.rate_limited } });
  });

  it('reports a network failure without throwing', async () => {
    stub(async () => {
      throw new TypeError('Failed to fetch');
    });
    const r = await requestJson('GET', '/api/setup');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.status).toBe(0);
  });
});
