import { vi } from 'vitest';

/**
 * Answers the client's REST reads without a server: empty history,
 * activity and people unless a test gives its own. Components that load
 * on mount (history, activity) would otherwise reach for a real network.
 */
export function stubFetch(answers: Record<string, unknown> = {}) {
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    const path = url.replace(/^https?:\/\/[^/]+/, '');
    const key = Object.keys(answers).find((k) => path.startsWith(k));
    if (key) return new Response(JSON.stringify(answers[key]), { status: 200 });
    if (/\/api\/claims\/[^/]+\/history/.test(path)) return new Response(JSON.stringify({ history: [] }));
    if (/\/api\/articles\/[^/]+\/activity/.test(path)) return new Response(JSON.stringify({ activity: [] }));
    if (path.startsWith('/api/people')) return new Response(JSON.stringify({ people: [] }));
    return new Response(JSON.stringify({ error: { code: 'not_found', message: 'No such item.' } }), { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}
