import { defineMessages } from '../i18n/messages.ts';

/** Words of the articles page and its list. */
export const articlesMessages = defineMessages({
  heading: { en: 'Articles', ar: 'المقالات' },
  loading: { en: 'Loading articles…', ar: 'جارٍ تحميل المقالات…' },
  none: { en: 'No articles yet.', ar: 'لا توجد مقالات بعد.' },
  rtl: { en: 'right to left', ar: 'من اليمين إلى اليسار' },
  ltr: { en: 'left to right', ar: 'من اليسار إلى اليمين' },
  revision: { en: 'Revision {n}', ar: 'النسخة {n}' },
  claims: {
    en: { one: '{count} claim', other: '{count} claims' },
    ar: { zero: 'لا ادعاءات بعد', one: 'ادعاء واحد', two: 'ادعاءان', few: '{count} ادعاءات', many: '{count} ادعاءً', other: '{count} ادعاء' },
  },
  noClaims: { en: 'No claims yet', ar: 'لا ادعاءات بعد' },
});

/** What each status means, in both languages (shared STATUS_INFO explains them in English only). */
export const statusMeanings = defineMessages({
  unreviewed: { en: 'Captured, no decision yet.', ar: 'سُجّل، ولم يُتّخذ قرار بعد.' },
  attributed: {
    en: 'The article attributes the claim to a named source, and that source did say it; its content is not independently confirmed.',
    ar: 'ينسبه المقال إلى مصدر مسمّى قاله فعلًا، لكن مضمونه غير مؤكَّد من جهة مستقلة.',
  },
  verified: { en: 'Confirmed by independent evidence.', ar: 'تؤكده أدلة مستقلة.' },
  disputed: { en: 'Contradicted by evidence, or contested by credible sources.', ar: 'تناقضه الأدلة، أو تطعن فيه مصادر موثوقة.' },
});
