import { defineMessages } from '../i18n/messages.ts';

/** Words of the workspace bar's live parts: presence, the connection state, the article picker and the mentions badge. */
export const statusMessages = defineMessages({
  people: { en: 'People in this article', ar: 'الحاضرون في هذا المقال' },
  you: { en: ' (you)', ar: ' (أنت)' },
  devices: {
    en: { one: ' · on {count} device', other: ' · on {count} devices' },
    ar: { zero: ' · على لا أجهزة', one: ' · على جهاز واحد', two: ' · على جهازين', few: ' · على {count} أجهزة', many: ' · على {count} جهازًا', other: ' · على {count} جهاز' },
  },
  article: { en: 'Article', ar: 'المقال' },
  mentionsTitle: {
    en: { one: '{count} comment mentions you: open them one by one', other: '{count} comments mention you: open them one by one' },
    ar: {
      zero: 'لا تعليقات فيها إشارة إليك',
      one: 'تعليق واحد فيه إشارة إليك: افتحها واحدًا تلو الآخر',
      two: 'تعليقان فيهما إشارة إليك: افتحها واحدًا تلو الآخر',
      few: '{count} تعليقات فيها إشارة إليك: افتحها واحدًا تلو الآخر',
      many: '{count} تعليقًا فيها إشارة إليك: افتحها واحدًا تلو الآخر',
      other: '{count} تعليق فيها إشارة إليك: افتحها واحدًا تلو الآخر',
    },
  },
  mentions: {
    en: { one: 'mention', other: 'mentions' },
    ar: { zero: 'إشارة', one: 'إشارة', two: 'إشارتان', few: 'إشارات', many: 'إشارة', other: 'إشارة' },
  },
  live: { en: 'Live', ar: 'متصل' },
  connecting: { en: 'Connecting…', ar: 'جارٍ الاتصال…' },
  offline: { en: 'Offline — reconnecting', ar: 'غير متصل — جارٍ إعادة الاتصال' },
  disconnected: { en: 'Disconnected: {error}', ar: 'انقطع الاتصال: {error}' },
  changes: {
    en: { one: '{count} change', other: '{count} changes' },
    ar: { zero: 'لا تغييرات', one: 'تغيير واحد', two: 'تغييران', few: '{count} تغييرات', many: '{count} تغييرًا', other: '{count} تغيير' },
  },
  liveSending: { en: 'Live · sending {changes}', ar: 'متصل · جارٍ إرسال {changes}' },
  connectingPending: { en: 'Connecting · {changes} pending', ar: 'جارٍ الاتصال · {changes} بانتظار الإرسال' },
  offlinePending: { en: 'Offline · {changes} pending', ar: 'غير متصل · {changes} بانتظار الإرسال' },
  keptHere: {
    en: '{text}. They are kept on this device and sent in order when the connection is back.',
    ar: '{text}. تُحفظ على هذا الجهاز وتُرسل بالترتيب عند عودة الاتصال.',
  },
});
