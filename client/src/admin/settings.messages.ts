import { defineMessages } from '../i18n/messages.ts';

/** Words of the workspace settings form and its rating scale editor. */
export const settingsMessages = defineMessages({
  title: { en: 'Workspace settings', ar: 'إعدادات مساحة العمل' },
  hint: {
    en: 'Reports name the organisation as the author of published reviews and link back to the address below.',
    ar: 'تذكر التقارير الجهة بوصفها صاحبة المراجعات المنشورة، وتحيل إلى العنوان أدناه.',
  },
  loading: { en: 'Loading…', ar: 'جارٍ التحميل…' },
  organisation: { en: 'Organisation name', ar: 'اسم الجهة' },
  reportUrl: { en: 'Report base URL', ar: 'عنوان التقارير الأساسي' },
  save: { en: 'Save settings', ar: 'حفظ الإعدادات' },
  saved: { en: 'Saved. New reports use these settings.', ar: 'تم الحفظ. تستخدم التقارير الجديدة هذه الإعدادات.' },
  scaleProblems: { en: 'The rating scale has problems: see the marked fields.', ar: 'في سلّم التقييم مشكلات: راجع الحقول المعلَّمة.' },
  urlInvalid: { en: 'The report address must be an http or https URL.', ar: 'يجب أن يبدأ عنوان التقارير بـ http أو https.' },
  organisationMissing: { en: 'The organisation needs a name.', ar: 'يجب إدخال اسم الجهة.' },
  serverRefused: { en: 'The server did not accept this.', ar: 'لم يقبل الخادم هذه القيمة.' },
  digits: { en: 'Digits in Arabic', ar: 'الأرقام في العربية' },
  digitsHint: {
    en: 'How numbers and dates are written in the Arabic interface and in Arabic reports.',
    ar: 'طريقة كتابة الأرقام والتواريخ في الواجهة العربية وفي التقارير العربية.',
  },
  digitsLatn: { en: 'Latin digits ({example})', ar: 'أرقام لاتينية ({example})' },
  digitsArab: { en: 'Arabic-Indic digits ({example})', ar: 'أرقام هندية ({example})' },
});

/** Words of the public rating scale editor. */
export const scaleMessages = defineMessages({
  legend: { en: 'Public rating scale', ar: 'سلّم التقييم العلني' },
  hint: {
    en: 'The verdicts published pages and ClaimReview markup give, in both languages. Whole numbers; the worst rating is at least {one}.',
    ar: 'الأحكام التي تعرضها الصفحات المنشورة وترميز ClaimReview، باللغتين. أعداد صحيحة، وأدنى تقييم لا يقل عن {one}.',
  },
  worst: { en: 'Worst rating', ar: 'أدنى تقييم' },
  best: { en: 'Best rating', ar: 'أعلى تقييم' },
  id: { en: 'Id', ar: 'المعرّف' },
  englishName: { en: 'English name', ar: 'الاسم بالإنجليزية' },
  arabicName: { en: 'Arabic name', ar: 'الاسم بالعربية' },
  ratingValue: { en: 'Rating value', ar: 'قيمة التقييم' },
  remove: { en: 'Remove', ar: 'حذف' },
  labelId: { en: 'Label {n} id', ar: 'معرّف التصنيف {n}' },
  labelEnglish: { en: 'Label {n} English name', ar: 'اسم التصنيف {n} بالإنجليزية' },
  labelArabic: { en: 'Label {n} Arabic name', ar: 'اسم التصنيف {n} بالعربية' },
  labelValue: { en: 'Label {n} rating value', ar: 'قيمة تقييم التصنيف {n}' },
  removeLabel: { en: 'Remove label {name}', ar: 'حذف التصنيف {name}' },
  add: { en: 'Add label', ar: 'إضافة تصنيف' },
  reset: { en: 'Reset to the default scale', ar: 'استعادة السلّم الافتراضي' },
  mapping: { en: 'Label each status publishes as', ar: 'التصنيف الذي تُنشر به كل حالة' },
  noRating: { en: 'No public rating', ar: 'بلا تقييم علني' },
});

/**
 * The rating scale schema's refusals (shared/domain/ratings.ts), in both
 * languages. The English is the schema's own sentence, as the form has
 * always shown it.
 */
export const scaleProblemMessages = defineMessages({
  labelId: { en: 'a label id is {min}-{max} lowercase letters, digits, "-" or "_"', ar: 'معرّف التصنيف من {min} إلى {max} حرفًا لاتينيًا صغيرًا أو رقمًا أو "-" أو "_"' },
  labelName: { en: 'a label needs a name in Arabic and in English', ar: 'يحتاج التصنيف إلى اسم بالعربية والإنجليزية' },
  oneLabel: { en: 'the scale needs at least one label', ar: 'يحتاج السلّم إلى تصنيف واحد على الأقل' },
  bestAboveWorst: { en: 'bestRating must be greater than worstRating', ar: 'يجب أن يكون أعلى تقييم أكبر من أدنى تقييم' },
  valuesInRange: { en: 'every ratingValue must lie between worstRating and bestRating', ar: 'يجب أن تقع كل قيمة تقييم بين أدنى تقييم وأعلاه' },
  uniqueIds: { en: 'label ids must be unique', ar: 'يجب ألا يتكرر معرّف تصنيف' },
  statusMapping: { en: 'each status must map to a label of the scale (or to none)', ar: 'يجب أن تُربط كل حالة بتصنيف من السلّم (أو بلا تصنيف)' },
});
