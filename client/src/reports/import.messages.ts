import { defineMessages } from '../i18n/messages.ts';

/** Words of "Import claims": the button, its progress, and what came of the file (built in importClaims.ts). */
export const importMessages = defineMessages({
  button: { en: 'Import claims', ar: 'استيراد ادعاءات' },
  hint: { en: 'An Isnad JSON data or W3C annotations export', ar: 'تصدير بيانات JSON من إسناد أو تعليقات W3C التوضيحية' },
  importing: { en: 'Importing {name}…', ar: 'جارٍ استيراد {name}…' },
  notJson: {
    en: 'That file is not a JSON export. Choose an Isnad "JSON data" (.json) or "W3C annotations" (.jsonld) file.',
    ar: 'هذا الملف ليس تصدير JSON. اختر ملف «بيانات JSON» ‏(.json) أو «تعليقات W3C التوضيحية» ‏(.jsonld) من إسناد.',
  },
  tooLarge: { en: 'That file is too large to import (more than {mb} MB).', ar: 'هذا الملف أكبر من أن يُستورد (أكثر من {mb} ميغابايت).' },
  unreadable: { en: 'The file could not be read.', ar: 'تعذّرت قراءة الملف.' },
  claims: {
    en: { one: '{count} claim', other: '{count} claims' },
    ar: { zero: 'لا ادعاءات', one: 'ادعاء واحد', two: 'ادعاءان', few: '{count} ادعاءات', many: '{count} ادعاءً', other: '{count} ادعاء' },
  },
  restoredOnly: { en: 'Restored {claims} deleted since the export', ar: 'استُعيد {claims} حُذف منذ التصدير' },
  restoredOnlyNotes: { en: 'Restored {claims} deleted since the export ({notes})', ar: 'استُعيد {claims} حُذف منذ التصدير ({notes})' },
  imported: { en: 'Imported {claims}', ar: 'استُورد {claims}' },
  importedNotes: { en: 'Imported {claims} ({notes})', ar: 'استُورد {claims} ({notes})' },
  restoredNote: { en: '{count} restored', ar: 'المستعاد: {count}' },
  presentNote: { en: '{count} already present', ar: 'الموجود مسبقًا: {count}' },
  orphanedNote: { en: '{count} orphaned', ar: 'المنفصل عن النص: {count}' },
  invalid: {
    en: 'The file is not an Isnad JSON or W3C annotations export this article can take{at}.',
    ar: 'الملف ليس تصدير JSON من إسناد أو تعليقات W3C توضيحية يقبلها هذا المقال{at}.',
  },
  invalidAt: { en: ' (at {field})', ar: ' (عند {field})' },
  forbidden: { en: 'Only editors and admins can import claims.', ar: 'لا يستورد الادعاءات إلا المحررون والمسؤولون.' },
  notFound: { en: 'This article no longer exists.', ar: 'هذا المقال لم يعد موجودًا.' },
  limit: {
    en: 'The article would hold more than {max} claims; nothing was imported.',
    ar: 'سيتجاوز المقال {max} ادعاء؛ لم يُستورد شيء.',
  },
  failed: { en: 'The import failed: {message}', ar: 'فشل الاستيراد: {message}' },
});
