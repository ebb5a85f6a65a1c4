import { defineMessages } from '../i18n/messages.ts';

/** Words of the suggested claims: the panel's list and the actions beside a suggestion in the text. */
export const suggestionMessages = defineMessages({
  looking: { en: 'Looking for claims…', ar: 'جارٍ البحث عن ادعاءات…' },
  failed: { en: 'Suggestions could not be loaded.', ar: 'تعذّر تحميل الاقتراحات.' },
  count: {
    en: { one: '{count} suggested claim', other: '{count} suggested claims' },
    ar: {
      zero: 'لا ادعاءات مقترحة',
      one: 'ادعاء مقترح واحد',
      two: 'ادعاءان مقترحان',
      few: '{count} ادعاءات مقترحة',
      many: '{count} ادعاءً مقترحًا',
      other: '{count} ادعاء مقترح',
    },
  },
  notDismissed: { en: 'The suggestion could not be dismissed: {message}', ar: 'تعذّر تجاهل الاقتراح: {message}' },
  accept: { en: 'Accept', ar: 'قبول' },
  dismiss: { en: 'Dismiss', ar: 'تجاهل' },
  acceptQuote: { en: 'Accept: {quote}', ar: 'قبول: {quote}' },
  dismissQuote: { en: 'Dismiss: {quote}', ar: 'تجاهل: {quote}' },
  suggested: { en: 'Suggested claim', ar: 'ادعاء مقترح' },
  attributedTo: { en: 'Suggested claim, attributed to', ar: 'ادعاء مقترح، منسوب إلى' },
  checkable: { en: 'Suggested claim: a checkable statement', ar: 'ادعاء مقترح: عبارة قابلة للتحقق' },
  acceptAll: {
    en: { one: 'Accept all {count} from {source}', other: 'Accept all {count} from {source}' },
    ar: {
      zero: 'قبول كل ما نُسب إلى {source}',
      one: 'قبول الادعاء المنسوب إلى {source}',
      two: 'قبول الادعاءين المنسوبين إلى {source}',
      few: 'قبول الادعاءات الـ{count} المنسوبة إلى {source}',
      many: 'قبول الادعاءات الـ{count} المنسوبة إلى {source}',
      other: 'قبول الادعاءات الـ{count} المنسوبة إلى {source}',
    },
  },
  cannotAct: { en: 'Reviewers and editors can capture it.', ar: 'يستطيع المراجعون والمحررون تسجيله.' },
});
