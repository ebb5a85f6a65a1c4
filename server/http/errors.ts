import type { Response } from 'express';
import { apiError, type ErrorCode } from '../../shared/protocol/errors.ts';

const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_payload: 400,
  not_found: 404,
  range_out_of_bounds: 422,
  empty_range: 422,
  conflict: 409,
  storage_failed: 503,
  shutting_down: 503,
  internal_error: 500,
  unauthenticated: 401,
  forbidden: 403,
  rate_limited: 429,
  setup_done: 409,
  invalid_credentials: 401,
  invite_invalid: 404,
  invite_expired: 410,
  reset_invalid: 404,
  reset_expired: 410,
  email_taken: 409,
  last_admin: 409,
  payload_too_large: 413,
  limit_reached: 422,
  misdirected: 421,
  merge_self: 422,
  merge_cycle: 409,
  unknown_rating: 422,
  nothing_to_publish: 422,
  not_published: 404,
  unpublished: 410,
};

/** Every HTTP error goes out through here: a fixed message per code, the right status. */
export function sendError(res: Response, code: ErrorCode, field?: string): void {
  res.status(HTTP_STATUS[code]).json({ ok: false, error: apiError(code, field) });
}
