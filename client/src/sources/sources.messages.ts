import { defineMessages } from '../i18n/messages.ts';

/** Words of the sources page: the table of sources, merging spellings, lookalike suggestions and one source's claims. */
export const sourcesMessages = defineMessages({
  sources: { en: 'Sources', ar: 'المصادر' },
  updatesLive: { en: 'Updates live', ar: 'تحديث مباشر' },
  notLive: { en: 'Not live: showing the last list loaded', ar: 'غير متصل: تظهر آخر قائمة حُمّلت' },
  loading: { en: 'Loading…', ar: 'جارٍ التحميل…' },
  noSources: { en: 'No claim names a source yet.', ar: 'لا يذكر أي ادعاء مصدرًا بعد.' },
  possiblyOne: { en: 'Possibly one source', ar: 'ربما مصدر واحد' },
  suggestionNote: {
    en: 'Spellings this alike are often one source, but not always: nothing is merged until an editor merges it.',
    ar: 'الكتابات المتشابهة إلى هذا الحد كثيرًا ما تكون لمصدر واحد، لا دائمًا: لا يُدمج شيء حتى يدمجه محرر.',
  },
  selectBoth: { en: 'Select both', ar: 'تحديد الاثنين' },
  // Table
  source: { en: 'Source', ar: 'المصدر' },
  claims: { en: 'Claims', ar: 'الادعاءات' },
  select: { en: 'Select', ar: 'تحديد' },
  selectName: { en: 'Select {name}', ar: 'تحديد {name}' },
  spelled: { en: 'Spelled:', ar: 'يُكتب:' },
  mergedIn: { en: 'Merged in', ar: 'ما دُمج فيه' },
  mergedInKey: { en: 'merged in: {key}', ar: 'دُمج فيه: {key}' },
  mergedBy: { en: 'by {name}', ar: 'دمجه {name}' },
  unmerge: { en: 'Unmerge', ar: 'فصل' },
  // Merge bar
  mergeSources: { en: 'Merge sources', ar: 'دمج المصادر' },
  mergeHeading: {
    en: { one: 'Merge {count} sources into one', other: 'Merge {count} sources into one' },
    ar: {
      zero: 'دمج {count} مصدر في مصدر واحد',
      one: 'دمج مصدر واحد',
      two: 'دمج مصدرين في مصدر واحد',
      few: 'دمج {count} مصادر في مصدر واحد',
      many: 'دمج {count} مصدرًا في مصدر واحد',
      other: 'دمج {count} مصدر في مصدر واحد',
    },
  },
  keepAs: { en: 'Keep as the source', ar: 'المصدر الذي يبقى' },
  shownAs: { en: 'Shown as', ar: 'يظهر باسم' },
  merge: { en: 'Merge', ar: 'دمج' },
  cancel: { en: 'Cancel', ar: 'إلغاء' },
  // One source's claims
  claimsOfSource: { en: 'Claims of this source', ar: 'ادعاءات هذا المصدر' },
  claimsOf: { en: 'Claims of {name}', ar: 'ادعاءات {name}' },
  writtenIn: { en: 'written {spelling}, in {article}', ar: 'بصيغة {spelling}، في {article}' },
  moreClaims: { en: 'More claims', ar: 'مزيد من الادعاءات' },
});
