import type { ApiError } from '../../../shared/protocol/errors.ts';
import { errorMessages } from './errors.messages.ts';
import { localeState } from './locale.ts';
import { defineMessages } from './messages.ts';

/**
 * Errors are worded for the person where they arrive (the HTTP helper and
 * the realtime connection), so every component that shows `error.message`
 * shows it in the interface language without knowing about languages. The
 * code, which decisions are made on, is never changed.
 */
export function localizeError<E extends ApiError>(error: E): E {
  const words = errorMessages[error.code];
  return words ? { ...error, message: words[localeState().locale] } : error;
}

/** Failures that happen before a server could answer, so have no server code of their own. */
export const transportMessages = defineMessages({
  unreachable: { en: 'Could not reach the server. Check the connection and try again.', ar: 'تعذّر الوصول إلى الخادم. تحقّق من الاتصال وحاول مجددًا.' },
  offline: { en: 'Offline: not connected to the server.', ar: 'غير متصل: لا اتصال بالخادم.' },
  timedOut: { en: 'The server did not answer in time.', ar: 'لم يُجب الخادم في الوقت المحدد.' },
});

/** A transport failure as an ApiError in the interface language (code internal_error, as before). */
export function transportError(kind: keyof typeof transportMessages): ApiError {
  return { code: 'internal_error', message: transportMessages[kind][localeState().locale] };
}
