import { defineMessages } from '../i18n/messages.ts';

/** Words of the frame around every page: the top bar, its menu, skip links and the account menu. */
export const chromeMessages = defineMessages({
  brand: { en: 'Isnad', ar: 'إسناد' },
  tagline: { en: 'Check the claims in a news story, together.', ar: 'تحقّقوا معًا من الادعاءات في الخبر.' },
  menu: { en: 'Menu', ar: 'القائمة' },
  articles: { en: 'Articles', ar: 'المقالات' },
  dashboard: { en: 'Dashboard', ar: 'لوحة المتابعة' },
  sources: { en: 'Sources', ar: 'المصادر' },
  users: { en: 'Users', ar: 'المستخدمون' },
  backToArticle: { en: 'Back to the article', ar: 'العودة إلى المقال' },
  backToArticles: { en: 'Back to the articles', ar: 'العودة إلى المقالات' },
  signOut: { en: 'Sign out', ar: 'تسجيل الخروج' },
  skipLinks: { en: 'Skip links', ar: 'روابط التخطي' },
  skipToArticle: { en: 'Skip to article', ar: 'انتقل إلى المقال' },
  skipToClaims: { en: 'Skip to claims', ar: 'انتقل إلى الادعاءات' },
  loading: { en: 'Loading…', ar: 'جارٍ التحميل…' },
});
