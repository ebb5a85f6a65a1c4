import { defineMessages } from '../i18n/messages.ts';

/** Words of the phone layout's claim sheet. */
export const layoutMessages = defineMessages({
  title: { en: 'Claim', ar: 'الادعاء' },
  close: { en: 'Close', ar: 'إغلاق' },
  closeHint: { en: 'Close (Escape)', ar: 'إغلاق (Escape)' },
});
