import { defineMessages } from '../i18n/messages.ts';

/** Words of the publish panel (Reports tab → Public report). */
export const publishMessages = defineMessages({
  loading: { en: 'Loading…', ar: 'جارٍ التحميل…' },
  live: { en: 'Live: version {version}, {when} · ', ar: 'منشور: النسخة {version}، {when} · ' },
  openPublic: { en: 'open the public page', ar: 'فتح الصفحة العلنية' },
  unpublishedStatus: { en: 'Unpublished {when}: its address answers “withdrawn”.', ar: 'سُحب من النشر {when}: يجيب عنوانه «مسحوب».' },
  notPublished: { en: 'Not published yet.', ar: 'لم يُنشر بعد.' },
  noneApproved: { en: 'No claim is approved yet: approve claims to publish them.', ar: 'لا ادعاء مُعتمَد بعد: اعتمد ادعاءات لنشرها.' },
  willPublish: {
    en: { one: '{count} approved claim will be published.', other: '{count} approved claims will be published.' },
    ar: {
      zero: 'لن يُنشر أي ادعاء مُعتمَد.',
      one: 'سيُنشر ادعاء مُعتمَد واحد.',
      two: 'سيُنشر ادعاءان مُعتمَدان.',
      few: 'ستُنشر {count} ادعاءات مُعتمَدة.',
      many: 'سيُنشر {count} ادعاءً مُعتمَدًا.',
      other: 'سيُنشر {count} ادعاء مُعتمَد.',
    },
  },
  notIncluded: { en: 'Ready but not approved, so not included:', ar: 'جاهزة للاعتماد لكنها غير مُعتمَدة، فلن تُنشر:' },
  originalUrl: { en: 'Original article URL (optional)', ar: 'رابط المقال الأصلي (اختياري)' },
  publishing: { en: 'Publishing…', ar: 'جارٍ النشر…' },
  republish: { en: 'Republish', ar: 'إعادة النشر' },
  publish: { en: 'Publish', ar: 'نشر' },
  unpublishing: { en: 'Unpublishing…', ar: 'جارٍ السحب من النشر…' },
  unpublish: { en: 'Unpublish', ar: 'سحب من النشر' },
  published: { en: 'Published version {version}.', ar: 'نُشرت النسخة {version}.' },
  unpublished: { en: 'Unpublished.', ar: 'سُحب من النشر.' },
  confirmUnpublish: {
    en: 'Take the public page down? Its address will answer “withdrawn” until you publish again.',
    ar: 'سحب الصفحة العلنية؟ سيجيب عنوانها «مسحوب» حتى تنشر من جديد.',
  },
  factCheckPayload: { en: 'Fact Check Tools API payload', ar: 'بيانات واجهة Fact Check Tools' },
  versionsLabel: { en: 'Published versions', ar: 'النسخ المنشورة' },
  versionLine: { en: 'Version {version} · {when} · {by} · ', ar: 'النسخة {version} · {when} · {by} · ' },
  claims: {
    en: { one: '{count} claim', other: '{count} claims' },
    ar: { zero: 'لا ادعاءات', one: 'ادعاء واحد', two: 'ادعاءان', few: '{count} ادعاءات', many: '{count} ادعاءً', other: '{count} ادعاء' },
  },
  corrections: {
    en: { one: ' · {count} correction', other: ' · {count} corrections' },
    ar: { zero: ' · لا تصحيحات', one: ' · تصحيح واحد', two: ' · تصحيحان', few: ' · {count} تصحيحات', many: ' · {count} تصحيحًا', other: ' · {count} تصحيح' },
  },
  unpublishedAt: { en: ' · unpublished {when}', ar: ' · سُحب من النشر {when}' },
});
