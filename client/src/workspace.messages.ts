import { defineMessages } from './i18n/messages.ts';

/** Words of the workspace page itself (Workspace.tsx): its notices, the reader's tools and the sign-out warning. */
export const workspaceMessages = defineMessages({
  dismiss: { en: 'Dismiss', ar: 'إغلاق' },
  revision: { en: 'Revision {revision}', ar: 'النسخة {revision}' },
  history: { en: 'History', ar: 'السجل' },
  editArticle: { en: 'Edit article', ar: 'تعديل النص' },
  offlineLoading: { en: 'Offline: the article will load when the connection is back.', ar: 'غير متصل: سيُحمَّل المقال عند عودة الاتصال.' },
  loadingArticle: { en: 'Loading article…', ar: 'جارٍ تحميل المقال…' },
  unsentSignOut: {
    en: {
      one: '{count} change is not sent yet. They stay on this device and are sent the next time you sign in here. Sign out anyway?',
      other: '{count} changes are not sent yet. They stay on this device and are sent the next time you sign in here. Sign out anyway?',
    },
    ar: {
      zero: 'لا تغييرات غير مُرسلة. تسجيل الخروج؟',
      one: 'تغيير واحد لم يُرسل بعد. يبقى على هذا الجهاز ويُرسل عند تسجيل الدخول هنا مرة أخرى. تسجيل الخروج رغم ذلك؟',
      two: 'تغييران لم يُرسلا بعد. يبقيان على هذا الجهاز ويُرسلان عند تسجيل الدخول هنا مرة أخرى. تسجيل الخروج رغم ذلك؟',
      few: '{count} تغييرات لم تُرسل بعد. تبقى على هذا الجهاز وتُرسل عند تسجيل الدخول هنا مرة أخرى. تسجيل الخروج رغم ذلك؟',
      many: '{count} تغييرًا لم يُرسل بعد. تبقى على هذا الجهاز وتُرسل عند تسجيل الدخول هنا مرة أخرى. تسجيل الخروج رغم ذلك؟',
      other: '{count} تغيير لم يُرسل بعد. تبقى على هذا الجهاز وتُرسل عند تسجيل الدخول هنا مرة أخرى. تسجيل الخروج رغم ذلك؟',
    },
  },
});
