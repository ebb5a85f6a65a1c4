import { STATUS_INFO, type ClaimStatus } from '../domain/status.ts';
import type { DigitStyle } from '../domain/interface-language.ts';

/**
 * The words of the Markdown and HTML reports in each language they come in.
 * A report is written wholly in one language (labels, status words,
 * meanings, dates); only what people typed keeps its own language, isolated.
 */
export const REPORT_LANGUAGES = ['ar', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

export function isReportLanguage(value: unknown): value is ReportLanguage {
  return typeof value === 'string' && (REPORT_LANGUAGES as readonly string[]).includes(value);
}

/** The report language for an article's language tag: Arabic for Arabic, English for anything else. */
export function reportLanguageOf(articleLang: string): ReportLanguage {
  return articleLang.toLowerCase().split('-')[0] === 'ar' ? 'ar' : 'en';
}

export const REPORT_DIR: Record<ReportLanguage, 'rtl' | 'ltr'> = { ar: 'rtl', en: 'ltr' };

export interface ReportLabels {
  factCheckReport: string;
  articles: (n: number) => string;
  article: string;
  byline: string;
  dateline: string;
  language: string;
  rightToLeft: string;
  leftToRight: string;
  revision: string;
  lastChanged: string;
  link: string;
  checkedBy: string;
  exported: string;
  claimsByStatus: string;
  status: string;
  meaning: string;
  claims: string;
  total: string;
  reviewed: (reviewed: number, total: number, percent: number | null) => string;
  orphanedCount: (n: number) => string;
  claimsInReadingOrder: string;
  noClaimsPlaced: string;
  orphanedClaims: string;
  orphanedExplained: (revision: number) => string;
  summary: string;
  source: string;
  position: string;
  codePoints: (start: number, end: number) => string;
  notFound: (start: number, end: number) => string;
  evidence: string;
  noEvidence: string;
  addedBy: string;
  assignedTo: string;
  removedAccount: string;
  lastDecision: string;
  noDecision: string;
  capturedAs: string;
  capturedBy: string;
  notes: string;
  none: string;
  notGiven: string;
  /** Beside a merged source's name: the spelling this claim has. */
  asWritten: string;
  publicRating: string;
  /** Where the rating sits on the workspace's scale. */
  onScale: (value: number, worst: number, best: number) => string;
  signOff: string;
  approvedBy: string;
  readyForEditor: string;
  notMarkedReady: string;
  explanationPublic: string;
  statusLegend: string;
  positionsNote: string;
  /** The list separator between a name and a date ("Mona, 5 July"). */
  comma: string;
  /** From one status to the next, pointing the way the line reads (arrows are not mirrored). */
  arrow: string;
  meanings: Record<ClaimStatus, string>;
}

const EN: ReportLabels = {
  factCheckReport: 'Fact-check report',
  articles: (n) => `${n} article${n === 1 ? '' : 's'}`,
  article: 'Article',
  byline: 'Byline',
  dateline: 'Dateline',
  language: 'Language',
  rightToLeft: 'right to left',
  leftToRight: 'left to right',
  revision: 'Revision',
  lastChanged: 'last changed',
  link: 'Link',
  checkedBy: 'Checked by',
  exported: 'Exported',
  claimsByStatus: 'Claims by status',
  status: 'Status',
  meaning: 'Meaning',
  claims: 'Claims',
  total: 'Total',
  reviewed: (r, t, p) => `Reviewed: ${r} of ${t}${p === null ? '' : ` (${p}%)`}.`,
  orphanedCount: (n) => `Orphaned: ${n}.`,
  claimsInReadingOrder: 'Claims in reading order',
  noClaimsPlaced: 'No claims are placed in the text.',
  orphanedClaims: 'Orphaned claims',
  orphanedExplained: (rev) =>
    `After a revision of the article (now revision ${rev}) the words of these claims could not be found again with confidence. They keep all their data but are not placed in the text.`,
  summary: 'Summary',
  source: 'Source',
  position: 'Position',
  codePoints: (s, e) => `code points ${s}–${e}`,
  notFound: (s, e) => `not found in the current text (last known: code points ${s}–${e})`,
  evidence: 'Evidence',
  noEvidence: 'none recorded',
  addedBy: 'added by',
  assignedTo: 'Assigned to',
  removedAccount: '(a removed account)',
  lastDecision: 'Last decision',
  noDecision: 'none yet',
  capturedAs: 'captured as',
  capturedBy: 'Captured by',
  notes: 'Notes',
  none: '(none)',
  notGiven: '(not given)',
  asWritten: 'as written:',
  publicRating: 'Public rating',
  onScale: (v, worst, best) => `${v} on a scale of ${worst} (worst) to ${best} (best)`,
  signOff: 'Sign-off',
  approvedBy: 'Approved by',
  readyForEditor: 'Ready for an editor',
  notMarkedReady: 'Not yet marked ready',
  explanationPublic: 'Explanation (public)',
  statusLegend: 'Status legend',
  positionsNote: 'Positions count Unicode code points over the article body, its paragraphs joined by a blank line.',
  comma: ', ',
  arrow: '→',
  meanings: {
    unreviewed: STATUS_INFO.unreviewed.meaning,
    attributed: STATUS_INFO.attributed.meaning,
    verified: STATUS_INFO.verified.meaning,
    disputed: STATUS_INFO.disputed.meaning,
  },
};

const AR: ReportLabels = {
  factCheckReport: 'تقرير التحقق',
  articles: (n) => (n === 1 ? 'مقال واحد' : n === 2 ? 'مقالان' : `${n} ${n >= 3 && n <= 10 ? 'مقالات' : 'مقالًا'}`),
  article: 'المقال',
  byline: 'الكاتب',
  dateline: 'التاريخ',
  language: 'اللغة',
  rightToLeft: 'من اليمين إلى اليسار',
  leftToRight: 'من اليسار إلى اليمين',
  revision: 'النسخة',
  lastChanged: 'آخر تعديل',
  link: 'الرابط',
  checkedBy: 'جهة التحقق',
  exported: 'تاريخ التصدير',
  claimsByStatus: 'الادعاءات حسب الحالة',
  status: 'الحالة',
  meaning: 'المعنى',
  claims: 'الادعاءات',
  total: 'المجموع',
  reviewed: (r, t, p) => `رُوجع: ${r} من ${t}${p === null ? '' : ` (${p}%)`}.`,
  orphanedCount: (n) => `منفصلة عن النص: ${n}.`,
  claimsInReadingOrder: 'الادعاءات بترتيب القراءة',
  noClaimsPlaced: 'لا ادعاءات مثبّتة في النص.',
  orphanedClaims: 'ادعاءات منفصلة عن النص',
  orphanedExplained: (rev) =>
    `بعد تعديل المقال (النسخة الحالية ${rev}) تعذّر العثور على كلمات هذه الادعاءات بثقة. تبقى بياناتها كاملة لكنها غير مثبّتة في النص.`,
  summary: 'الملخص',
  source: 'المصدر',
  position: 'الموضع',
  codePoints: (s, e) => `المحارف ${s}–${e}`,
  notFound: (s, e) => `غير موجود في النص الحالي (آخر موضع معروف: المحارف ${s}–${e})`,
  evidence: 'الأدلة',
  noEvidence: 'لا أدلة مسجّلة',
  addedBy: 'أضافه',
  assignedTo: 'مُسند إلى',
  removedAccount: '(حساب محذوف)',
  lastDecision: 'آخر قرار',
  noDecision: 'لا قرار بعد',
  capturedAs: 'سُجّل بحالة',
  capturedBy: 'سجّله',
  notes: 'ملاحظات',
  none: '(لا يوجد)',
  notGiven: '(غير محدد)',
  asWritten: 'كما كُتب:',
  publicRating: 'التقييم المنشور',
  onScale: (v, worst, best) => `${v} على مقياس من ${worst} (الأسوأ) إلى ${best} (الأفضل)`,
  signOff: 'الاعتماد',
  approvedBy: 'اعتمده',
  readyForEditor: 'جاهز لمراجعة المحرر',
  notMarkedReady: 'لم يُعلَّم جاهزا بعد',
  explanationPublic: 'الشرح (منشور)',
  statusLegend: 'دليل الحالات',
  positionsNote: 'تُعدّ المواضع بمحارف يونيكود في نص المقال، وفقراته مفصولة بسطر فارغ.',
  comma: '، ',
  arrow: '←',
  meanings: {
    unreviewed: 'سُجّل، ولم يُتّخذ فيه قرار بعد.',
    attributed: 'ينسب المقال الادعاء إلى مصدر مسمّى، وقد قاله ذلك المصدر فعلًا؛ لكن مضمونه لم يُؤكَّد بشكل مستقل.',
    verified: 'أكّدته أدلة مستقلة.',
    disputed: 'تنقضه الأدلة، أو تطعن فيه مصادر موثوقة.',
  },
};

export const REPORT_LABELS: Record<ReportLanguage, ReportLabels> = { ar: AR, en: EN };

/** A status in the report's language, from the one status table. */
export function statusWord(status: ClaimStatus, lang: ReportLanguage): string {
  return STATUS_INFO[status].label[lang];
}

/**
 * The locale report dates are written in. Arabic reports write the digits
 * the workspace chose (settings.digits, see reportDigits below); English
 * reports always Latin ones.
 */
const DATE_LOCALES: Record<ReportLanguage, string> = { ar: 'ar', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "29 November 2026 at 22:24 UTC", "29 نوفمبر 2026 في 22:24 UTC": always UTC, so every reader of one report sees the same time. */
export function reportTime(iso: string, lang: ReportLanguage, digits: DigitStyle = 'latn'): string {
  const numberingSystem = reportDigits(lang, digits);
  let format = formatters.get(`${lang}|${numberingSystem}`);
  if (!format) {
    format = new Intl.DateTimeFormat(DATE_LOCALES[lang], {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
      numberingSystem,
    });
    formatters.set(`${lang}|${numberingSystem}`, format);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

/** "Arabic", "العربية": the article's language named in the report's; the tag itself when unknown. */
export function languageName(tag: string, lang: ReportLanguage): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The digits a report writes: the workspace's choice in an Arabic report, Latin in an English one. */
export function reportDigits(lang: ReportLanguage, digits: DigitStyle | undefined): DigitStyle {
  return lang === 'ar' && digits === 'arab' ? 'arab' : 'latn';
}

const ARABIC_INDIC_ZERO = 0x0660;

/** A number in the report's digits ("12", "١٢"). */
export function reportNumber(n: number, digits: DigitStyle): string {
  return withDigits(String(n), digits);
}

/** ASCII digits (and the percent sign) of the report's own words in the chosen digits; never applied to what people typed. */
function withDigits(text: string, digits: DigitStyle): string {
  if (digits === 'latn') return text;
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(ARABIC_INDIC_ZERO + d.charCodeAt(0) - 48)).replace(/%/g, '\u066A');
}

const labelsByDigits = new Map<string, ReportLabels>();

/**
 * A language's labels whose counted phrases ("Reviewed: 3 of 12 (25%).")
 * write the given digits. Only the functions carry numbers, and they take
 * nothing but numbers, so converting their output cannot touch user text.
 */
export function reportLabels(lang: ReportLanguage, digits: DigitStyle): ReportLabels {
  const style = reportDigits(lang, digits);
  const base = REPORT_LABELS[lang];
  if (style === 'latn') return base;
  const key = `${lang}|${style}`;
  let labels = labelsByDigits.get(key);
  if (!labels) {
    const entries = Object.entries(base).map(([name, value]) => [
      name,
      typeof value === 'function' ? (...args: number[]) => withDigits((value as (...a: number[]) => string)(...args), style) : value,
    ]);
    labelsByDigits.set(key, (labels = Object.fromEntries(entries) as ReportLabels));
  }
  return labels;
}
