import type { Locale } from './messages.ts';
import type { Digits, LocaleState } from './locale.ts';

/**
 * Numbers and dates for the interface language, through Intl. Arabic gets
 * the workspace's digits (`ar-u-nu-arab` or `-latn`) and the Gregorian
 * calendar (the default for plain `ar` varies by engine). Formatters are
 * cached: building one is far slower than using it, and lists format
 * hundreds of dates.
 */
export function intlLocale(locale: Locale, digits: Digits): string {
  return locale === 'ar' ? `ar-u-ca-gregory-nu-${digits}` : 'en-GB';
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.ListFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

export interface Formatter {
  locale: Locale;
  /** The BCP 47 tag given to Intl (also for `lang` attributes of formatted values). */
  tag: string;
  number(n: number): string;
  percent(fraction: number): string;
  /** "30 Nov 2026, 14:05" */
  dateTime(iso: string): string;
  /** "30 Nov 2026" */
  date(iso: string): string;
  /** "5 minutes ago" / "in 2 days" */
  relative(iso: string, now?: number): string;
  /** "A, B and C" */
  list(items: string[]): string;
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

export function formatterFor({ locale, digits }: LocaleState): Formatter {
  const tag = intlLocale(locale, digits);
  const dateOf = (iso: string, options: Intl.DateTimeFormatOptions, key: string, fallback: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? fallback : cached(`${tag}|${key}`, () => new Intl.DateTimeFormat(tag, options)).format(d);
  };
  return {
    locale,
    tag,
    number: (n) => cached(`${tag}|n`, () => new Intl.NumberFormat(tag)).format(n),
    percent: (f) => cached(`${tag}|%`, () => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 })).format(f),
    // Spelled-out months: Arabic's medium date style is all digits ("٣٠/١١/٢٠٢٦"), easy to misread across conventions.
    dateTime: (iso) => dateOf(iso, { ...DAY, hour: '2-digit', minute: '2-digit' }, 'dt', iso),
    date: (iso) => dateOf(iso, DAY, 'd', iso),
    relative: (iso, now = Date.now()) => {
      const delta = new Date(iso).getTime() - now;
      if (Number.isNaN(delta)) return iso;
      const rtf = cached(`${tag}|rel`, () => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }));
      for (const [unit, ms] of UNITS) if (Math.abs(delta) >= ms) return rtf.format(Math.round(delta / ms), unit);
      return rtf.format(0, 'minute');
    },
    list: (items) => cached(`${tag}|list`, () => new Intl.ListFormat(tag, { type: 'conjunction' })).format(items),
  };
}
