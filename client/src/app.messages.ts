import { defineMessages } from './i18n/messages.ts';

/** Words of the page switch (App.tsx): opening, failing to open, and the admins-only page. */
export const appMessages = defineMessages({
  opening: { en: 'Opening the workspace…', ar: 'جارٍ فتح مساحة العمل…' },
  couldNotOpen: { en: 'The workspace could not be opened', ar: 'تعذّر فتح مساحة العمل' },
  tryAgain: { en: 'Try again', ar: 'حاول مجددًا' },
  sessionEnded: { en: 'Your session has ended. Please sign in again.', ar: 'انتهت جلستك. يُرجى تسجيل الدخول مجددًا.' },
  backToArticles: { en: 'Back to the articles', ar: 'العودة إلى المقالات' },
  adminsOnly: { en: 'Only admins can manage users.', ar: 'إدارة المستخدمين للمشرفين فقط.' },
});
