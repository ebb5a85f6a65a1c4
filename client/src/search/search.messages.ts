import { defineMessages } from '../i18n/messages.ts';

/** Words of the find bar above the article. */
export const searchMessages = defineMessages({
  region: { en: 'Search this article', ar: 'البحث في هذا المقال' },
  find: { en: 'Find in article', ar: 'بحث في المقال' },
  previous: { en: 'Previous match', ar: 'النتيجة السابقة' },
  previousHint: { en: 'Previous match (Shift+Enter)', ar: 'النتيجة السابقة (Shift+Enter)' },
  next: { en: 'Next match', ar: 'النتيجة التالية' },
  nextHint: { en: 'Next match (Enter)', ar: 'النتيجة التالية (Enter)' },
  close: { en: 'Close find', ar: 'إغلاق البحث' },
  closeHint: { en: 'Close (Escape)', ar: 'إغلاق (Escape)' },
  noMatches: { en: 'No matches', ar: 'لا نتائج' },
  /** "3 of 12": the hit shown and how many there are (chosen by the total). */
  position: {
    en: { one: '{current} of {count}', other: '{current} of {count}' },
    ar: {
      zero: '{current} من {count}',
      one: '{current} من نتيجة واحدة',
      two: '{current} من نتيجتين',
      few: '{current} من {count} نتائج',
      many: '{current} من {count} نتيجة',
      other: '{current} من {count} نتيجة',
    },
  },
  /** When the search stopped counting: "1 of 500+". */
  positionOfMany: { en: '{current} of {limit}+', ar: '{current} من {limit}+ نتيجة' },
});
