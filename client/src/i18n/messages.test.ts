import { describe, expect, it } from 'vitest';
import { formatterFor } from './format.ts';
import { defineMessages, translate } from './messages.ts';
import { translator } from './useT.ts';
import { isValidElement, type ReactElement } from 'react';

const m = defineMessages({
  claims: {
    en: { one: '{count} claim', other: '{count} claims' },
    ar: { zero: 'لا ادعاءات', one: 'ادعاء واحد', two: 'ادعاءان', few: '{count} ادعاءات', many: '{count} ادعاءً', other: '{count} ادعاء' },
  },
  by: { en: 'Approved by {name}', ar: 'اعتمده {name}' },
});
const latn = (n: number) => String(n);

describe('translate', () => {
  it('chooses the Arabic plural form by the count, as Arabic grammar needs', () => {
    const ar = (count: number) => translate(m.claims, 'ar', { count }, latn);
    expect([0, 1, 2, 3, 10, 11, 99, 100].map(ar)).toEqual(['لا ادعاءات', 'ادعاء واحد', 'ادعاءان', '3 ادعاءات', '10 ادعاءات', '11 ادعاءً', '99 ادعاءً', '100 ادعاء']);
    expect([1, 2].map((count) => translate(m.claims, 'en', { count }, latn))).toEqual(['1 claim', '2 claims']);
  });

  it("writes numbers with the workspace's digits in Arabic, and Latin digits in English", () => {
    const arab = formatterFor({ locale: 'ar', digits: 'arab' });
    expect(translate(m.claims, 'ar', { count: 12 }, arab.number)).toBe('١٢ ادعاءً');
    const latin = formatterFor({ locale: 'ar', digits: 'latn' });
    expect(translate(m.claims, 'ar', { count: 12 }, latin.number)).toBe('12 ادعاءً');
    expect(formatterFor({ locale: 'en', digits: 'arab' }).number(1234)).toBe('1,234');
  });

  it('leaves an unfilled placeholder visible rather than dropping words', () => {
    expect(translate(m.by, 'en', {}, latn)).toBe('Approved by {name}');
  });
});

describe('translator', () => {
  it('puts elements into slots (user text stays in its own isolating element)', () => {
    const t = translator(m, { locale: 'ar', digits: 'latn' });
    const node = t.rich('by', { name: 'X' }) as ReactElement<{ children: unknown[] }>;
    expect(isValidElement(node)).toBe(true);
    expect(t('by', { name: 'منى' })).toBe('اعتمده منى');
  });

  it('formats dates for the locale, with the Gregorian calendar in Arabic', () => {
    const ar = formatterFor({ locale: 'ar', digits: 'arab' });
    const text = ar.date('2026-11-30T12:00:00Z');
    expect(text).toMatch(/٢٠٢٦/);
    expect(text).toMatch(/نوفمبر/);
    expect(formatterFor({ locale: 'en', digits: 'latn' }).date('2026-11-30T12:00:00Z')).toBe('30 Nov 2026');
  });
});
