import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../../shared/protocol/errors.ts';
import { errorMessages } from './errors.messages.ts';
import { placeholdersOf, type Catalogue, type Message } from './messages.ts';

/**
 * Every catalogue of the interface (each `*.messages.ts` beside the
 * components that use it) in both languages: no key missing or empty in
 * either, the same placeholders in every form (a translation that drops
 * `{name}` would show a sentence without its subject), every plural form
 * each language needs, and Arabic words in the Arabic column (a pasted
 * English string is a missing translation, not a translation).
 */
const modules = import.meta.glob<Record<string, unknown>>('../**/*.messages.ts', { eager: true });

const ARABIC_LETTER = /[\u0621-\u064A]/;
const EN_FORMS = ['one', 'other'];
const AR_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];

function catalogues(): Array<[string, Catalogue]> {
  const found: Array<[string, Catalogue]> = [];
  for (const [file, exports] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(exports)) {
      if (value && typeof value === 'object' && Object.values(value).every(isMessageLike)) found.push([`${file}#${name}`, value as Catalogue]);
    }
  }
  return found;
}

function isMessageLike(v: unknown): boolean {
  return !!v && typeof v === 'object' && 'en' in v && 'ar' in v;
}

/** Every problem of one entry, as readable lines. */
export function problemsOf(where: string, message: Message): string[] {
  const problems: string[] = [];
  const forms = (lang: 'en' | 'ar'): Array<[string, unknown]> => {
    const form = message[lang];
    return typeof form === 'string' ? [['', form]] : Object.entries(form ?? {});
  };
  if (typeof message.en !== typeof message.ar) problems.push(`${where}: one language is plural, the other is not`);
  if (typeof message.en === 'object') {
    const missingEn = EN_FORMS.filter((f) => !(f in (message.en as object)));
    const missingAr = AR_FORMS.filter((f) => !(f in (message.ar as object)));
    if (missingEn.length) problems.push(`${where}: English plural lacks ${missingEn.join(', ')}`);
    if (missingAr.length) problems.push(`${where}: Arabic plural lacks ${missingAr.join(', ')}`);
  }
  const reference = placeholdersOf(String(forms('en')[0]?.[1] ?? '')).join(',');
  for (const lang of ['en', 'ar'] as const) {
    for (const [form, text] of forms(lang)) {
      const label = `${where} [${lang}${form ? `.${form}` : ''}]`;
      if (typeof text !== 'string' || text.trim() === '') {
        problems.push(`${label}: missing or empty`);
        continue;
      }
      // Plural forms may leave out {count} ("one claim", "ادعاء واحد"), never another placeholder.
      const own = placeholdersOf(text).filter((p) => !(form && p === 'count'));
      const expected = reference.split(',').filter((p) => p && !(form && p === 'count'));
      if (own.join(',') !== expected.join(',')) problems.push(`${label}: placeholders {${own.join('}, {')}} differ from English {${expected.join('}, {')}}`);
      if (lang === 'ar' && !ARABIC_LETTER.test(text)) problems.push(`${label}: no Arabic in the Arabic text: ${JSON.stringify(text)}`);
    }
  }
  return problems;
}

describe('the interface catalogues', () => {
  it('are found (the glob reaches the components’ catalogues)', () => {
    expect(catalogues().length).toBeGreaterThanOrEqual(3);
  });

  it('have every key in both languages, with the same placeholders and every plural form', () => {
    const problems = catalogues().flatMap(([file, catalogue]) => Object.entries(catalogue).flatMap(([key, m]) => problemsOf(`${file}:${key}`, m)));
    expect(problems).toEqual([]);
  });

  it('word every error code the server can send, in both languages', () => {
    expect(Object.keys(errorMessages).sort()).toEqual(Object.keys(ERROR_MESSAGES).sort());
    const problems = Object.entries(errorMessages).flatMap(([code, m]) => problemsOf(`error ${code}`, m));
    expect(problems).toEqual([]);
  });

  it('catch what they are meant to catch', () => {
    expect(problemsOf('x', { en: 'Saved by {name}', ar: 'حفظه' })).toHaveLength(1);
    expect(problemsOf('x', { en: 'Save', ar: 'Save' })).toHaveLength(1);
    expect(problemsOf('x', { en: 'Save', ar: '' })).toHaveLength(1);
    expect(problemsOf('x', { en: { one: '{count} claim', other: '{count} claims' }, ar: { one: 'ادعاء', other: '{count} ادعاء' } } as never)).toHaveLength(1);
    expect(problemsOf('x', { en: 'Saved by {name}', ar: 'حفظه {name}' })).toEqual([]);
  });
});
