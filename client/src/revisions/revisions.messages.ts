import { defineMessages } from '../i18n/messages.ts';

/**
 * Words of the revision editor, its preview, the history of the text, the
 * comparison of two revisions, the notice of a new revision and the
 * re-attach bar. Counts of claims come as plurals: Arabic needs all six
 * forms ("ادعاءان", "3 ادعاءات", "11 ادعاءً").
 */
export const revisionMessages = defineMessages({
  // The editor
  editingTitle: { en: 'Editing the article', ar: 'تعديل نص المقال' },
  editingRevision: { en: '· editing revision {revision}', ar: '· تعديل النسخة {revision}' },
  someoneElse: { en: 'Someone else', ar: 'شخص آخر' },
  staleConflict: {
    en: '{name} saved revision {revision} while you were editing. Saving your text now would be refused.',
    ar: 'حفظ {name} النسخة {revision} أثناء تعديلك. سيُرفض حفظ نصك الآن.',
  },
  loadTheirs: { en: 'Load their version', ar: 'تحميل نسختهم' },
  refusedConflict: {
    en: 'Not saved: {name} saved revision {revision} of this article while you were editing. Load their version and make your changes again; your text stays beside it to copy from.',
    ar: 'لم يُحفظ: حفظ {name} النسخة {revision} من هذا المقال أثناء تعديلك. حمّل نسختهم وأعد تغييراتك؛ يبقى نصك بجانبها لتنسخ منه.',
  },
  notSaved: { en: 'Not saved: {message}', ar: 'لم يُحفظ: {message}' },
  bodyLabel: { en: 'Article body', ar: 'نص المقال' },
  bodyHint: {
    en: 'Paragraphs are separated by a blank line. Claims follow their words; a claim whose words are gone is listed as orphaned, never moved onto other words.',
    ar: 'يُفصل بين الفقرات بسطر فارغ. تتبع الادعاءات كلماتها؛ والادعاء الذي اختفت كلماته يُدرج ادعاءً منفصلًا عن النص، ولا يُنقل أبدًا إلى كلمات أخرى.',
  },
  earlierTextSummary: { en: 'Your earlier text (not saved)', ar: 'نصك السابق (غير محفوظ)' },
  earlierText: { en: 'Your earlier text', ar: 'نصك السابق' },
  saving: { en: 'Saving…', ar: 'جارٍ الحفظ…' },
  savingOffline: {
    en: 'Offline: your revision is kept on this device and will be sent when the connection is back.',
    ar: 'غير متصل: نسختك محفوظة على هذا الجهاز وستُرسل عند عودة الاتصال.',
  },
  savedLoading: { en: 'Saved. Loading the new revision…', ar: 'تم الحفظ. جارٍ تحميل النسخة الجديدة…' },
  noChangesYet: { en: 'No changes yet.', ar: 'لا تغييرات بعد.' },
  close: { en: 'Close', ar: 'إغلاق' },
  cancel: { en: 'Cancel', ar: 'إلغاء' },
  saveRevision: { en: 'Save revision', ar: 'حفظ النسخة' },

  // The preview and the comparison: what the text's changes do to the claims
  ifYouSave: { en: 'If you save this text', ar: 'إذا حفظت هذا النص' },
  claimsThisRevisionChanges: { en: 'Claims this revision changes', ar: 'الادعاءات التي تغيّرها هذه النسخة' },
  noClaimsToFollow: { en: 'No claims on this text to follow.', ar: 'لا ادعاءات على هذا النص لتتبّعها.' },
  everyClaimStays: { en: 'Every claim stays on its words.', ar: 'يبقى كل ادعاء على كلماته.' },
  everyClaimStayed: { en: 'Every claim stayed on its words.', ar: 'بقي كل ادعاء على كلماته.' },
  becomes: { en: 'becomes', ar: 'يصبح' },
  // One claim's fate, beside its words
  willMove: { en: 'will move', ar: 'سيُنقل' },
  willReword: { en: 'will change words', ar: 'ستتغير كلماته' },
  willOrphan: { en: 'will be orphaned', ar: 'سينفصل عن النص' },
  willPlace: { en: 'will be placed again', ar: 'سيُعاد وضعه' },
  moved: { en: 'moved', ar: 'نُقل' },
  reworded: { en: 'changed words', ar: 'تغيرت كلماته' },
  orphaned: { en: 'orphaned', ar: 'انفصل عن النص' },
  placed: { en: 'placed again', ar: 'أُعيد وضعه' },
  // How many claims each fate befalls ("2 will move · 1 will be orphaned")
  countWillMove: {
    en: { one: '{count} will move', other: '{count} will move' },
    ar: { zero: 'لن يُنقل أي ادعاء', one: 'سيُنقل ادعاء واحد', two: 'سيُنقل ادعاءان', few: 'ستُنقل {count} ادعاءات', many: 'سيُنقل {count} ادعاءً', other: 'سيُنقل {count} ادعاء' },
  },
  countWillReword: {
    en: { one: '{count} will change words', other: '{count} will change words' },
    ar: {
      zero: 'لن تتغير كلمات أي ادعاء',
      one: 'ستتغير كلمات ادعاء واحد',
      two: 'ستتغير كلمات ادعاءين',
      few: 'ستتغير كلمات {count} ادعاءات',
      many: 'ستتغير كلمات {count} ادعاءً',
      other: 'ستتغير كلمات {count} ادعاء',
    },
  },
  countWillOrphan: {
    en: { one: '{count} will be orphaned', other: '{count} will be orphaned' },
    ar: {
      zero: 'لن ينفصل أي ادعاء عن النص',
      one: 'سينفصل ادعاء واحد عن النص',
      two: 'سينفصل ادعاءان عن النص',
      few: 'ستنفصل {count} ادعاءات عن النص',
      many: 'سينفصل {count} ادعاءً عن النص',
      other: 'سينفصل {count} ادعاء عن النص',
    },
  },
  countWillPlace: {
    en: { one: '{count} will be placed again', other: '{count} will be placed again' },
    ar: { zero: 'لن يُعاد وضع أي ادعاء', one: 'سيُعاد وضع ادعاء واحد', two: 'سيُعاد وضع ادعاءين', few: 'سيُعاد وضع {count} ادعاءات', many: 'سيُعاد وضع {count} ادعاءً', other: 'سيُعاد وضع {count} ادعاء' },
  },
  countMoved: {
    en: { one: '{count} moved', other: '{count} moved' },
    ar: { zero: 'لم يُنقل أي ادعاء', one: 'نُقل ادعاء واحد', two: 'نُقل ادعاءان', few: 'نُقلت {count} ادعاءات', many: 'نُقل {count} ادعاءً', other: 'نُقل {count} ادعاء' },
  },
  countReworded: {
    en: { one: '{count} changed words', other: '{count} changed words' },
    ar: {
      zero: 'لم تتغير كلمات أي ادعاء',
      one: 'تغيرت كلمات ادعاء واحد',
      two: 'تغيرت كلمات ادعاءين',
      few: 'تغيرت كلمات {count} ادعاءات',
      many: 'تغيرت كلمات {count} ادعاءً',
      other: 'تغيرت كلمات {count} ادعاء',
    },
  },
  countOrphaned: {
    en: { one: '{count} orphaned', other: '{count} orphaned' },
    ar: {
      zero: 'لم ينفصل أي ادعاء عن النص',
      one: 'انفصل ادعاء واحد عن النص',
      two: 'انفصل ادعاءان عن النص',
      few: 'انفصلت {count} ادعاءات عن النص',
      many: 'انفصل {count} ادعاءً عن النص',
      other: 'انفصل {count} ادعاء عن النص',
    },
  },
  countPlaced: {
    en: { one: '{count} placed again', other: '{count} placed again' },
    ar: { zero: 'لم يُعد وضع أي ادعاء', one: 'أُعيد وضع ادعاء واحد', two: 'أُعيد وضع ادعاءين', few: 'أُعيد وضع {count} ادعاءات', many: 'أُعيد وضع {count} ادعاءً', other: 'أُعيد وضع {count} ادعاء' },
  },
});
