import { defineMessages } from '../i18n/messages.ts';

/** Words of the Reports tab: its sections, the downloads, the report language chooser and the local-address warning. */
export const reportsMessages = defineMessages({
  publicReport: { en: 'Public report', ar: 'التقرير العلني' },
  download: { en: 'Download', ar: 'تنزيل' },
  importClaims: { en: 'Import claims', ar: 'استيراد ادعاءات' },
  importNote: {
    en: 'From a “JSON data” or “W3C annotations” export of this article (or of a copy of it elsewhere). Each claim is placed on its words again; claims already here are skipped, and those whose words are gone come in orphaned.',
    ar: 'من تصدير «بيانات JSON» أو «تعليقات W3C التوضيحية» لهذا المقال (أو لنسخة منه في مكان آخر). يوضع كل ادعاء على كلماته من جديد؛ ويُتخطّى ما هو موجود هنا، وما اختفت كلماته يصل ادعاءً منفصلًا عن النص.',
  },
  downloadWorkspace: { en: 'Download the workspace', ar: 'تنزيل مساحة العمل' },
  downloadArticle: { en: 'Download this article', ar: 'تنزيل هذا المقال' },
  reportLanguage: { en: 'Report language', ar: 'لغة التقرير' },
  articleLanguage: { en: 'The article’s language', ar: 'لغة المقال' },
  mdLabel: { en: 'Markdown report', ar: 'تقرير Markdown' },
  mdHint: { en: 'The report as Markdown, for a CMS or a repository.', ar: 'التقرير بصيغة Markdown، لنظام إدارة محتوى أو مستودع.' },
  htmlLabel: { en: 'Printable report', ar: 'تقرير للطباعة' },
  htmlHint: { en: 'Opens in a new tab: print it, or "Save as PDF".', ar: 'يُفتح في علامة تبويب جديدة: اطبعه أو احفظه بصيغة PDF.' },
  csvLabel: { en: 'CSV', ar: 'جدول CSV' },
  csvHint: { en: 'One row per claim, for a spreadsheet.', ar: 'صف لكل ادعاء، لجدول بيانات.' },
  jsonLabel: { en: 'JSON data', ar: 'بيانات JSON' },
  jsonHint: { en: 'All the data; can be imported again.', ar: 'كل البيانات؛ يمكن استيرادها مجددًا.' },
  claimreviewLabel: { en: 'ClaimReview', ar: 'بيانات ClaimReview' },
  claimreviewHint: {
    en: 'schema.org ClaimReview (JSON-LD) for search engines and fact-check aggregators.',
    ar: 'ClaimReview من schema.org ‏(JSON-LD) لمحركات البحث ومجمّعات التحقق من الأخبار.',
  },
  w3cLabel: { en: 'W3C annotations', ar: 'تعليقات W3C التوضيحية' },
  w3cHint: { en: 'W3C Web Annotations (JSON-LD); can be imported again.', ar: 'تعليقات الويب التوضيحية من W3C ‏(JSON-LD)؛ يمكن استيرادها مجددًا.' },
  localWarning: {
    en: "Reports and their links name {address}, which works only on the server's own computer: readers of a report cannot follow them.",
    ar: 'تذكر التقارير وروابطها العنوان {address}، ولا يعمل إلا على حاسوب الخادم نفسه: لا يستطيع قرّاء التقرير فتح روابطه.',
  },
  localFix: { en: 'An admin can give the public address in Users → Settings.', ar: 'يستطيع المسؤول تحديد العنوان العلني في المستخدمون ← الإعدادات.' },
  localFixLink: { en: 'Set the public address', ar: 'تحديد العنوان العلني' },
});
