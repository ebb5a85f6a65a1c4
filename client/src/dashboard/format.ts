import { LIST_QUOTE_LENGTH } from '../../../shared/dashboard/figures.ts';
import type { Locale } from '../i18n/messages.ts';

/** Quotes in lists are cut (in code points, so no emoji or letter is split) as the figures cut them. */
export function cutQuote(text: string, max = LIST_QUOTE_LENGTH): string {
  const cps = Array.from(text);
  return cps.length <= max ? text : `${cps.slice(0, max - 1).join('')}…`;
}

/** Between items of a run-on list ("Unreviewed 2, Attributed 1"): Arabic writes its own comma. Punctuation, not words, so not in a catalogue. */
export const listSeparator = (locale: Locale) => (locale === 'ar' ? '، ' : ', ');

/** "12%" of a whole in the interface language and digits; nothing of nothing is 0%. */
export const shareOf = (percent: (fraction: number) => string, n: number, total: number) => percent(total ? n / total : 0);
