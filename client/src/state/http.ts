import { ERROR_MESSAGES, type ApiError } from '../../../shared/protocol/errors.ts';
import { localizeError, transportError } from '../i18n/errors.ts';

/**
 * JSON over fetch, answered as a result rather than thrown: `{ ok: true,
 * ...body }` or `{ ok: false, error }` with the server's fixed error (code,
 * message, field). The session cookie is httpOnly; the browser sends it on
 * same-origin requests without help.
 */
export type Result<T extends object = object> = ({ ok: true } & T) | { ok: false; status: number; error: ApiError };

function isApiError(value: unknown): value is ApiError {
  if (!value || typeof value !== 'object') return false;
  const e = value as { code?: unknown; message?: unknown };
  return typeof e.code === 'string' && e.code in ERROR_MESSAGES && typeof e.message === 'string';
}

export async function requestJson<T extends object>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<Result<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      signal,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    return { ok: false, status: 0, error: transportError('unreachable') };
  }
  let json: unknown = null;
  try {
    json = await res.json();
  } catch (e) {
    // Aborted while the body was read: there is no answer, not an empty one.
    if (signal?.aborted) throw e;
    // Not JSON (a proxy's error page, say): fall through to the status.
  }
  if (res.ok) return { ...(json as T), ok: true };
  const error = (json as { error?: unknown } | null)?.error;
  if (isApiError(error)) return { ok: false, status: res.status, error: localizeError(error) };
  // Only the fixed messages are shown; an unknown body is never echoed.
  const code = res.status === 401 ? 'unauthenticated' : res.status === 403 ? 'forbidden' : res.status === 429 ? 'rate_limited' : 'internal_error';
  return { ok: false, status: res.status, error: localizeError({ code, message: ERROR_MESSAGES[code] }) };
}
