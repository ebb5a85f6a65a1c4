import { defineMessages } from '../i18n/messages.ts';

/** Words of the import panel (pasted text or a file becomes a new article). */
export const importMessages = defineMessages({
  title: { en: 'Import an article', ar: 'استيراد مقال' },
  text: { en: 'Article text', ar: 'نص المقال' },
  textPlaceholder: { en: 'Paste the article here: paragraphs separated by a blank line.', ar: 'الصق المقال هنا: فقرات يفصل بينها سطر فارغ.' },
  textHint: { en: 'Paragraphs are separated by blank lines. The words are kept exactly as given.', ar: 'يفصل بين الفقرات سطر فارغ. تُحفظ الكلمات كما وردت تمامًا.' },
  titleProposed: { en: 'The first line was taken as the title. Edit it above, or {keep}.', ar: 'أُخذ السطر الأول عنوانًا. عدّله أعلاه، أو {keep}.' },
  keepInText: { en: 'keep it in the text', ar: 'أبقِه في النص' },
  file: { en: 'Upload file', ar: 'رفع ملف' },
  fileHint: { en: '.txt, .md or .html. Only the text is kept: no markup, scripts or images.', ar: 'ملف \u2066.txt\u2069 أو \u2066.md\u2069 أو \u2066.html\u2069. يُحفظ النص وحده: بلا ترميز ولا نصوص برمجية ولا صور.' },
  reading: { en: 'Reading the file…', ar: 'جارٍ قراءة الملف…' },
  readText: { en: 'Read “{file}”: {paragraphs}.', ar: 'قُرئ «{file}»: {paragraphs}.' },
  readMarkup: { en: 'Read “{file}” as {format}, kept as text only: {paragraphs}.', ar: 'قُرئ «{file}» بصيغة {format}، وحُفظ نصًّا فقط: {paragraphs}.' },
  wrongFile: { en: 'Choose a .txt, .md or .html file.', ar: 'اختر ملف \u2066.txt\u2069 أو \u2066.md\u2069 أو \u2066.html\u2069.' },
  tooLarge: { en: 'This file is too large to import.', ar: 'هذا الملف أكبر من أن يُستورد.' },
  unreadable: { en: 'The file could not be read: {reason}', ar: 'تعذّرت قراءة الملف: {reason}' },
  unreadablePlain: { en: 'The file could not be read.', ar: 'تعذّرت قراءة الملف.' },
  noText: { en: 'No text was found in this file.', ar: 'لم يُعثر على نص في هذا الملف.' },
  titleField: { en: 'Title', ar: 'العنوان' },
  byline: { en: 'Byline', ar: 'الكاتب' },
  bylineHint: { en: 'Who wrote it (optional).', ar: 'من كتبه (اختياري).' },
  dateline: { en: 'Dateline', ar: 'المكان والتاريخ' },
  datelineHint: { en: 'Where and when, as the article gives it (optional).', ar: 'المكان والزمان كما يذكرهما المقال (اختياري).' },
  language: { en: 'Language', ar: 'اللغة' },
  languageHintEmpty: { en: 'A tag like “ar” or “en”; guessed once there is text.', ar: 'رمز مثل “ar” أو “en”، يُخمَّن حين يوجد نص.' },
  languageDetected: { en: 'Detected from the text: {language}.', ar: 'مُستنتَجة من النص: {language}.' },
  languageOverridden: { en: 'A tag like “ar” or “en”. Detected: {tag}.', ar: 'رمز مثل “ar” أو “en”. المُستنتَج: {tag}.' },
  direction: { en: 'Direction', ar: 'الاتجاه' },
  rtl: { en: 'Right to left', ar: 'من اليمين إلى اليسار' },
  ltr: { en: 'Left to right', ar: 'من اليسار إلى اليمين' },
  directionHintEmpty: { en: 'Guessed once there is text.', ar: 'يُخمَّن حين يوجد نص.' },
  directionDetected: { en: 'Detected from the text.', ar: 'مُستنتَج من النص.' },
  directionOverridden: { en: 'Detected: {direction}.', ar: 'المُستنتَج: {direction}.' },
  rtlLower: { en: 'right to left', ar: 'من اليمين إلى اليسار' },
  ltrLower: { en: 'left to right', ar: 'من اليسار إلى اليمين' },
  submit: { en: 'Import article', ar: 'استيراد المقال' },
  importing: { en: 'Importing…', ar: 'جارٍ الاستيراد…' },
  preview: { en: 'Preview', ar: 'معاينة' },
  previewEmpty: { en: 'Paste text or upload a file to see its paragraphs here.', ar: 'الصق نصًّا أو ارفع ملفًّا لترى فقراته هنا.' },
  paragraphs: {
    en: { one: '{count} paragraph', other: '{count} paragraphs' },
    ar: { zero: 'لا فقرات', one: 'فقرة واحدة', two: 'فقرتان', few: '{count} فقرات', many: '{count} فقرةً', other: '{count} فقرة' },
  },
});

/** The import form's own checks (the server's schema, worded for the person). */
export const importProblemMessages = defineMessages({
  titleRequired: { en: 'A title is required.', ar: 'العنوان مطلوب.' },
  bodyEmpty: { en: 'The article has no text.', ar: 'المقال بلا نص.' },
  controlChars: { en: 'Contains control characters.', ar: 'يحتوي على محارف تحكّم.' },
  tooLong: {
    en: { one: 'Longer than {count} character.', other: 'Longer than {count} characters.' },
    ar: { zero: 'أطول من المسموح.', one: 'أطول من حرف واحد.', two: 'أطول من حرفين.', few: 'أطول من {count} أحرف.', many: 'أطول من {count} حرفًا.', other: 'أطول من {count} حرف.' },
  },
  languageTag: { en: 'A language tag like "ar" or "en-GB".', ar: 'رمز لغة مثل "ar" أو "en-GB".' },
});
