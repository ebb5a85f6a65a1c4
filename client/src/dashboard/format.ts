import { LIST_QUOTE_LENGTH } from '../../../shared/dashboard/figures.ts';

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** "4 Jul 2024, 10:00" in the reader's time zone. */
export function formatWhen(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : DATE.format(t);
}

/** Quotes in lists are cut (in code points, so no emoji or letter is split) as the figures cut them. */
export function cutQuote(text: string, max = LIST_QUOTE_LENGTH): string {
  const cps = Array.from(text);
  return cps.length <= max ? text : `${cps.slice(0, max - 1).join('')}…`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
