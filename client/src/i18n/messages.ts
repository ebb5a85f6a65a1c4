/**
 * The interface-language layer's message catalogue format: each module of
 * the interface keeps its words beside it in a `*.messages.ts` file, every
 * entry in both languages side by side, so a key cannot exist in one
 * language only (the type says so, and client/src/i18n/catalog.test.ts
 * checks placeholders and plural forms). Co-located rather than one big
 * dictionary so a page loaded on demand brings its own words, and the
 * reader's first load carries only the words it shows
 * (tests/bench/client-size.ts holds its budget).
 *
 * Placeholders are `{name}`; a number passed for one is written with the
 * reader's locale and the workspace's digits. Plural entries give every
 * form their language has (Intl.PluralRules: English one/other, Arabic
 * zero/one/two/few/many/other) and are chosen by `count`.
 */
export const LOCALES = ['en', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

export interface PluralEn {
  one: string;
  other: string;
}
export interface PluralAr {
  zero: string;
  one: string;
  two: string;
  few: string;
  many: string;
  other: string;
}
export type TextMessage = { en: string; ar: string };
export type PluralMessage = { en: PluralEn; ar: PluralAr };
export type Message = TextMessage | PluralMessage;
export type Catalogue = Record<string, Message>;

/** Identity at run time; at compile time it keeps the literal keys and checks both languages are there. */
export function defineMessages<const C extends Catalogue>(catalogue: C): C {
  return catalogue;
}

export type Vars = Record<string, string | number>;

/** Arguments a key takes: plural messages need a count. */
export type ArgsOf<M extends Message> = M extends PluralMessage ? [vars: Vars & { count: number }] : [vars?: Vars];

/** How a number inside a message is written (the locale's digits). */
export type NumberWriter = (n: number) => string;

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralRule(locale: Locale): Intl.PluralRules {
  let rule = pluralRules.get(locale);
  if (!rule) pluralRules.set(locale, (rule = new Intl.PluralRules(locale)));
  return rule;
}

/** The form of a message for a locale (plural messages by `count`). */
export function pickForm(message: Message, locale: Locale, count: number | undefined): string {
  const form = message[locale];
  if (typeof form === 'string') return form;
  const category = pluralRule(locale).select(count ?? 0) as keyof PluralAr;
  return (form as Partial<PluralAr>)[category] ?? form.other;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Placeholders a message form uses, for the catalogue test. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fill(text: string, vars: Vars | undefined, writeNumber: NumberWriter): string {
  if (!vars) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? writeNumber(value) : value;
  });
}

/** One message in one language, with its placeholders filled. */
export function translate(message: Message, locale: Locale, vars: Vars | undefined, writeNumber: NumberWriter): string {
  const count = typeof vars?.count === 'number' ? vars.count : undefined;
  return fill(pickForm(message, locale, count), vars, writeNumber);
}

/** Splits a form at its placeholders, for messages whose slots hold elements (rich text). */
export function splitPlaceholders(text: string): Array<{ text: string } | { slot: string }> {
  const parts: Array<{ text: string } | { slot: string }> = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ slot: m[1] ?? '' });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
