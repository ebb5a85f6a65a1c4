/**
 * Every error the API can return, each with one fixed message. Clients get
 * these words and nothing else: no echoed input, no stack traces. Where a
 * payload is invalid, `field` names the first offending field (a schema key,
 * never user text).
 */
export const ERROR_MESSAGES = {
  invalid_payload: 'The request is malformed.',
  not_found: 'No such item.',
  range_out_of_bounds: 'The selected range is outside the article text or too long.',
  empty_range: 'The selected range holds no visible text.',
  conflict: 'Someone else changed this since you started; see their version.',
  storage_failed: 'The change could not be saved; nothing was kept.',
  shutting_down: 'The server is restarting; try again in a moment.',
  internal_error: 'The server could not process this request.',
  unauthenticated: 'Please sign in.',
  forbidden: 'Your role does not allow this.',
  rate_limited: 'Too many requests; slow down and try again shortly.',
  setup_done: 'The workspace is already set up.',
  invalid_credentials: 'Wrong email or password.',
  invite_invalid: 'This invitation link is not valid or was already used.',
  invite_expired: 'This invitation link has expired.',
  email_taken: 'An account with this email already exists.',
  last_admin: 'The workspace must keep at least one active admin.',
  payload_too_large: 'The request is too large.',
  limit_reached: 'This has reached the most it can hold; remove something first.',
  misdirected: 'This server does not answer for that address.',
  merge_self: 'A source cannot be merged into itself.',
  merge_cycle: 'That source is already merged into another one: merge into that one, or unmerge it first.',
  reset_invalid: 'This password-reset link is not valid or was already used.',
  reset_expired: 'This password-reset link has expired; ask an admin for a new one.',
  unknown_rating: "No such label in the workspace's rating scale.",
  nothing_to_publish: 'No claim of this article is approved for publication yet.',
  not_published: 'This article has no published report.',
  unpublished: 'This report was unpublished.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** For invalid_payload: the path of the first invalid field, e.g. "target.end". */
  field?: string;
}

export function apiError(code: ErrorCode, field?: string): ApiError {
  return field ? { code, message: ERROR_MESSAGES[code], field } : { code, message: ERROR_MESSAGES[code] };
}
