import type { CorrectedField, Correction } from './corrections.ts';

/**
 * The public page's own words, in the article's language: an Arabic report
 * reads entirely in Arabic, right to left; every other language gets
 * English. Kept apart from the page builder so both tables are read side
 * by side and a missing word is a type error.
 */
export interface PageLabels {
  factCheck: string;
  publishedBy: string;
  published: string;
  updated: string;
  originalArticle: string;
  byline: string;
  claims: (n: number) => string;
  inContext: string;
  source: string;
  sourceUnknown: string;
  verdict: string;
  noRating: string;
  explanation: string;
  evidence: string;
  approved: string;
  corrections: string;
  updatedOn: (date: string) => string;
  correction: (c: Correction) => string;
  unpublishedTitle: string;
  unpublishedText: string;
  notFoundTitle: string;
  notFoundText: string;
}

const quoteEn = (s: string) => `“${s}”`;
const quoteAr = (s: string) => `«${s}»`;

const FIELDS_EN: Record<CorrectedField, string> = {
  rating: 'the verdict',
  explanation: 'the explanation',
  claimReviewed: 'the wording of the claim',
  source: 'who made the claim',
  quote: 'the quoted words',
  evidence: 'the evidence',
};
const FIELDS_AR: Record<CorrectedField, string> = {
  rating: 'الحكم',
  explanation: 'الشرح',
  claimReviewed: 'صياغة الادعاء',
  source: 'صاحب الادعاء',
  quote: 'النص المقتبس',
  evidence: 'الأدلة',
};

function listEn(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export const LABELS: Record<'en' | 'ar', PageLabels> = {
  en: {
    factCheck: 'Fact-check',
    publishedBy: 'Published by',
    published: 'Published',
    updated: 'Updated',
    originalArticle: 'Original article',
    byline: 'By',
    claims: (n) => (n === 1 ? '1 claim checked' : `${n} claims checked`),
    inContext: 'In context',
    source: 'Claim made by',
    sourceUnknown: 'not named',
    verdict: 'Verdict',
    noRating: 'No rating',
    explanation: 'Why',
    evidence: 'Evidence',
    approved: 'Approved',
    corrections: 'Corrections and updates',
    updatedOn: (date) => `Updated ${date}`,
    correction: (c) => {
      if (c.kind === 'added') return `Added the claim ${quoteEn(c.claimReviewed)}${c.ratingTo ? `, rated ${quoteEn(c.ratingTo)}` : ''}.`;
      if (c.kind === 'removed') return `Withdrew the claim ${quoteEn(c.claimReviewed)}.`;
      const verdict = c.fields.includes('rating') ? ` The verdict changed from ${quoteEn(c.ratingFrom ?? 'No rating')} to ${quoteEn(c.ratingTo ?? 'No rating')}.` : '';
      const rest = c.fields.filter((f) => f !== 'rating').map((f) => FIELDS_EN[f]);
      return `${quoteEn(c.claimReviewed)}:${verdict}${rest.length ? ` Corrected ${listEn(rest)}.` : ''}`;
    },
    unpublishedTitle: 'This fact-check was withdrawn',
    unpublishedText: 'The publisher has taken this fact-check down. It is no longer available.',
    notFoundTitle: 'Not found',
    notFoundText: 'There is no published fact-check at this address.',
  },
  ar: {
    factCheck: 'تدقيق المعلومات',
    publishedBy: 'نشره',
    published: 'نُشر',
    updated: 'حُدّث',
    originalArticle: 'المقال الأصلي',
    byline: 'بقلم',
    claims: (n) => (n === 1 ? 'ادعاء واحد خضع للتدقيق' : n === 2 ? 'ادعاءان خضعا للتدقيق' : `${n} ادعاءات خضعت للتدقيق`),
    inContext: 'في سياقه',
    source: 'صاحب الادعاء',
    sourceUnknown: 'غير مذكور',
    verdict: 'الحكم',
    noRating: 'بلا تقييم',
    explanation: 'لماذا',
    evidence: 'الأدلة',
    approved: 'اعتُمد',
    corrections: 'التصحيحات والتحديثات',
    updatedOn: (date) => `حُدّث في ${date}`,
    correction: (c) => {
      if (c.kind === 'added') return `أُضيف الادعاء ${quoteAr(c.claimReviewed)}${c.ratingTo ? ` بحكم ${quoteAr(c.ratingTo)}` : ''}.`;
      if (c.kind === 'removed') return `سُحب الادعاء ${quoteAr(c.claimReviewed)}.`;
      const verdict = c.fields.includes('rating') ? ` تغيّر الحكم من ${quoteAr(c.ratingFrom ?? 'بلا تقييم')} إلى ${quoteAr(c.ratingTo ?? 'بلا تقييم')}.` : '';
      const rest = c.fields.filter((f) => f !== 'rating').map((f) => FIELDS_AR[f]);
      return `${quoteAr(c.claimReviewed)}:${verdict}${rest.length ? ` صُحّح ${rest.join(' و')}.` : ''}`;
    },
    unpublishedTitle: 'سُحب هذا التدقيق',
    unpublishedText: 'سحب الناشر هذا التدقيق ولم يعد متاحًا.',
    notFoundTitle: 'غير موجود',
    notFoundText: 'لا يوجد تدقيق منشور على هذا العنوان.',
  },
};
