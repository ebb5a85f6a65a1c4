import { defineMessages } from '../i18n/messages.ts';

/**
 * Words the publication state needs outside the publish panel (the live
 * publication store is on the reader's first load; the panel's catalogue
 * loads with the Reports tab).
 */
export const publishingMessages = defineMessages({
  /** "5 July 2024, 12:00 UTC": publication times are said in UTC, the time on the public page. */
  when: { en: '{date}, {time} UTC', ar: '{date}، {time} بالتوقيت العالمي' },
  malformed: {
    en: 'The server’s answer about this report could not be read. Reload the page to try again.',
    ar: 'تعذّرت قراءة ردّ الخادم عن هذا التقرير. أعد تحميل الصفحة للمحاولة مجددًا.',
  },
});
