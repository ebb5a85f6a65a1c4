import { defineMessages } from '../i18n/messages.ts';

/** Words of the activity feed and a claim's history: what each entry says someone did, and the labels of the fields it changed. */
export const historyMessages = defineMessages({
  // What the person named first did ("Omar captured the claim"): the name comes first in both languages.
  created: { en: 'captured the claim', ar: 'سجّل الادعاء' },
  updated: { en: 'changed', ar: 'غيّر' },
  deleted: { en: 'deleted the claim', ar: 'حذف الادعاء' },
  restored: { en: 'restored the claim', ar: 'استعاد الادعاء' },
  evidence_added: { en: 'added evidence', ar: 'أضاف دليلًا' },
  evidence_removed: { en: 'removed evidence', ar: 'حذف دليلًا' },
  commented: { en: 'commented', ar: 'علّق' },
  reanchored: { en: 'moved the claim with the revised text', ar: 'نقل الادعاء مع النص المعدَّل' },
  orphaned: { en: 'revised the text; the claim’s words are gone (orphaned)', ar: 'عدّل النص؛ لم تعد كلمات الادعاء موجودة (ادعاء منفصل عن النص)' },

  fieldStatus: { en: 'Status', ar: 'الحالة' },
  fieldSummary: { en: 'Summary', ar: 'الملخص' },
  fieldSource: { en: 'Source', ar: 'المصدر' },
  fieldNote: { en: 'Note', ar: 'ملاحظة' },
  fieldAssignee: { en: 'Assignee', ar: 'مُسند إلى' },
  fieldQuote: { en: 'Quote', ar: 'النص المقتبس' },
  fieldEvidence: { en: 'Evidence', ar: 'الدليل' },
  fieldComment: { en: 'Comment', ar: 'التعليق' },
  fieldPosition: { en: 'Position', ar: 'الموضع' },

  nobody: { en: 'nobody', ar: 'لا أحد' },
  empty: { en: '(empty)', ar: '(فارغ)' },
  changedTo: { en: 'changed to', ar: 'أصبح' },

  activityFailed: { en: 'Activity could not be loaded just now; showing what is known.', ar: 'تعذّر تحميل النشاط الآن؛ نعرض ما هو معروف.' },
  noActivity: { en: 'No activity yet.', ar: 'لا نشاط بعد.' },
  showOlderActivity: { en: 'Show older activity', ar: 'عرض النشاط الأقدم' },
  restore: { en: 'Restore', ar: 'استعادة' },

  history: { en: 'History', ar: 'السجل' },
  historyFailed: { en: 'History could not be loaded just now; showing what is known.', ar: 'تعذّر تحميل السجل الآن؛ نعرض ما هو معروف.' },
  noChanges: { en: 'No recorded changes yet.', ar: 'لا تغييرات مسجّلة بعد.' },
  restoreMyText: { en: 'Restore my text', ar: 'استعادة نصّي' },
});
