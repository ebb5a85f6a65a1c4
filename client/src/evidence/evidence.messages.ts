import { defineMessages, type PluralMessage } from '../i18n/messages.ts';

/** "{what} can be at most {count} characters": Arabic counts need their own form of "character". */
function atMost(enWhat: string, arWhat: string, rest: { en: string; ar: string }): PluralMessage {
  return {
    en: { one: `${enWhat} can be at most {count} character${rest.en}`, other: `${enWhat} can be at most {count} characters${rest.en}` },
    ar: {
      zero: `لا يمكن أن يتجاوز ${arWhat} {count} حرف${rest.ar}`,
      one: `لا يمكن أن يتجاوز ${arWhat} حرفًا واحدًا${rest.ar}`,
      two: `لا يمكن أن يتجاوز ${arWhat} حرفين${rest.ar}`,
      few: `لا يمكن أن يتجاوز ${arWhat} {count} أحرف${rest.ar}`,
      many: `لا يمكن أن يتجاوز ${arWhat} {count} حرفًا${rest.ar}`,
      other: `لا يمكن أن يتجاوز ${arWhat} {count} حرف${rest.ar}`,
    },
  };
}
const noControl = { en: ', without control characters.', ar: '، دون محارف تحكّم.' };

/** Words of a claim's evidence: the list of sources, the form to add one and its checks. */
export const evidenceMessages = defineMessages({
  evidence: { en: 'Evidence', ar: 'الأدلة' },
  noSources: { en: 'No sources yet.', ar: 'لا مصادر بعد.' },
  addedBy: { en: 'Added by {name} · {time}', ar: 'أضافه {name} · {time}' },
  pending: { en: '· pending', ar: '· قيد الإرسال' },
  removeEvidence: { en: 'Remove evidence {name}', ar: 'إزالة الدليل {name}' },
  remove: { en: 'Remove', ar: 'إزالة' },
  url: { en: 'Evidence URL', ar: 'رابط الدليل' },
  title: { en: 'Evidence title', ar: 'عنوان الدليل' },
  titlePlaceholder: { en: 'What the source is', ar: 'ما هذا المصدر' },
  note: { en: 'Evidence note', ar: 'ملاحظات على الدليل' },
  notePlaceholder: { en: 'What it shows', ar: 'ما الذي يُثبته' },
  add: { en: 'Add evidence', ar: 'إضافة دليل' },
  urlMissing: { en: 'Enter the address of the source.', ar: 'أدخل عنوان المصدر.' },
  urlScheme: { en: 'Only http:// and https:// links can be added.', ar: 'لا تُضاف إلا روابط http://‎ وhttps://‎.' },
  urlInvalid: {
    en: { one: 'Enter a complete web address (at most {count} character).', other: 'Enter a complete web address (at most {count} characters).' },
    ar: {
      zero: 'أدخل عنوان ويب كاملًا (بحد أقصى {count} حرف).',
      one: 'أدخل عنوان ويب كاملًا (بحد أقصى حرف واحد).',
      two: 'أدخل عنوان ويب كاملًا (بحد أقصى حرفين).',
      few: 'أدخل عنوان ويب كاملًا (بحد أقصى {count} أحرف).',
      many: 'أدخل عنوان ويب كاملًا (بحد أقصى {count} حرفًا).',
      other: 'أدخل عنوان ويب كاملًا (بحد أقصى {count} حرف).',
    },
  },
  titleTooLong: atMost('The title', 'العنوان', noControl),
  noteTooLong: atMost('The note', 'نص الملاحظات', noControl),
});
