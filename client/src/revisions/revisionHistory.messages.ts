import { defineMessages } from '../i18n/messages.ts';

/** Words of the history of the text, the comparison of two revisions, the notice of a new revision and the re-attach bar. */
export const revisionHistoryMessages = defineMessages({
  // The history panel
  revisionHistory: { en: 'Revision history', ar: 'سجل النسخ' },
  historyOfText: { en: 'History of the text', ar: 'سجل النص' },
  closeHistory: { en: 'Close history', ar: 'إغلاق السجل' },
  loading: { en: 'Loading…', ar: 'جارٍ التحميل…' },
  revision: { en: 'Revision {revision}', ar: 'النسخة {revision}' },
  current: { en: 'current', ar: 'الحالية' },
  compareWith: { en: 'Compare with revision {revision}', ar: 'مقارنة بالنسخة {revision}' },
  text: { en: 'Text', ar: 'النص' },
  showOlderRevisions: { en: 'Show older revisions', ar: 'عرض النسخ الأقدم' },
  originalText: { en: 'original text', ar: 'النص الأصلي' },

  // Choosing two revisions to compare
  revisionBy: { en: 'Revision {revision} ({name})', ar: 'النسخة {revision} ({name})' },
  compare: { en: 'Compare', ar: 'مقارنة' },
  olderRevision: { en: 'Older revision', ar: 'النسخة الأقدم' },
  with: { en: 'with', ar: 'مع' },
  newerRevision: { en: 'Newer revision', ar: 'النسخة الأحدث' },
  hideChanges: { en: 'Hide changes', ar: 'إخفاء التغييرات' },
  showChanges: { en: 'Show changes', ar: 'عرض التغييرات' },

  // The comparison
  changesFromTo: { en: 'Changes from revision {older} to revision {newer}', ar: 'التغييرات من النسخة {older} إلى النسخة {newer}' },
  diffLegend: { en: 'Added words are underlined; removed words are struck through.', ar: 'تحت الكلمات المضافة خط، وعلى المحذوفة خط.' },
  unchangedParagraphs: {
    en: { one: '{count} unchanged paragraph', other: '{count} unchanged paragraphs' },
    ar: { zero: 'لا فقرات بلا تغيير', one: 'فقرة واحدة بلا تغيير', two: 'فقرتان بلا تغيير', few: '{count} فقرات بلا تغيير', many: '{count} فقرةً بلا تغيير', other: '{count} فقرة بلا تغيير' },
  },
  sameText: { en: 'The two revisions have the same text.', ar: 'للنسختين النص نفسه.' },
  findingEffects: { en: 'Finding what the changes did to the claims…', ar: 'جارٍ تحديد أثر التغييرات في الادعاءات…' },
  claims: { en: 'Claims', ar: 'الادعاءات' },
  claimsTheseChangesAffected: { en: 'Claims these changes affected', ar: 'الادعاءات التي تأثرت بهذه التغييرات' },
  todaysClaims: {
    en: 'Today’s claims, found in each revision by the same mapping that re-anchors them when a revision is saved.',
    ar: 'ادعاءات اليوم، وقد عُثر عليها في كل نسخة بالمطابقة نفسها التي تعيد ربطها بالنص عند حفظ نسخة.',
  },

  // Re-attaching an orphaned claim
  reattachClaim: { en: 'Re-attach claim', ar: 'إعادة ربط الادعاء' },
  reattachTitle: {
    en: 'Re-attach an orphaned claim: select the words in the article that it is about now.',
    ar: 'إعادة ربط ادعاء منفصل عن النص: حدّد في المقال الكلمات التي يتناولها الآن.',
  },
  originalWords: { en: 'Original words', ar: 'الكلمات الأصلية' },
  selected: { en: 'Selected', ar: 'التحديد' },
  nothingYet: { en: 'nothing yet', ar: 'لا شيء بعد' },
  attachToSelection: { en: 'Attach to selection', ar: 'ربط بالتحديد' },
  cancel: { en: 'Cancel', ar: 'إلغاء' },
});
