import { vi } from 'vitest';

/** A fixed body, or one made from the request's URL (a Response is sent as it is, for errors). */
export type StubAnswer = unknown | ((url: URL) => unknown);

/**
 * Answers the client's REST reads without a server: empty history,
 * activity and people unless a test gives its own. Components that load
 * on mount (history, activity) would otherwise reach for a real network.
 * Answers are keyed by the start of the path (query included); the longest
 * key that matches wins, so `/api/dashboard/claims` is not taken for
 * `/api/dashboard`.
 */
export function stubFetch(answers: Record<string, StubAnswer> = {}) {
  const fetch = vi.fn(async (input: RequestInfo | URL, _init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const path = url.pathname + url.search;
    const key = Object.keys(answers)
      .filter((k) => path.startsWith(k))
      .sort((a, b) => b.length - a.length)[0];
    if (key !== undefined) {
      const answer = answers[key];
      const body = typeof answer === 'function' ? (answer as (url: URL) => unknown)(url) : answer;
      return body instanceof Response ? body : new Response(JSON.stringify(body), { status: 200 });
    }
    if (/\/api\/claims\/[^/]+\/history/.test(path)) return new Response(JSON.stringify({ history: [] }));
    if (/\/api\/articles\/[^/]+\/activity/.test(path)) return new Response(JSON.stringify({ activity: [], next: null }));
    if (path.startsWith('/api/people')) return new Response(JSON.stringify({ people: [] }));
    return new Response(JSON.stringify({ error: { code: 'not_found', message: 'No such item.' } }), { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}
