import type { Translator } from '../i18n/useT.ts';
import type { scaleProblemMessages } from './settings.messages.ts';

type Key = keyof typeof scaleProblemMessages;

/** The schema's sentences (shared/domain/ratings.ts), each to its catalogue entry. */
const KNOWN: Record<string, Key> = {
  'a label id is 1-40 lowercase letters, digits, "-" or "_"': 'labelId',
  'a label needs a name in Arabic and in English': 'labelName',
  'the scale needs at least one label': 'oneLabel',
  'bestRating must be greater than worstRating': 'bestAboveWorst',
  'every ratingValue must lie between worstRating and bestRating': 'valuesInRange',
  'label ids must be unique': 'uniqueIds',
  'each status must map to a label of the scale (or to none)': 'statusMapping',
};

/**
 * A refusal of the rating scale schema in the interface language. The
 * schema words them in English for the API; one not listed here (zod's
 * own, for a number out of range) is shown as it came rather than hidden.
 */
export function scaleProblem(message: string, t: Translator<typeof scaleProblemMessages>): string {
  const key = KNOWN[message];
  if (!key) return message;
  return key === 'labelId' ? t('labelId', { min: 1, max: 40 }) : t(key);
}
