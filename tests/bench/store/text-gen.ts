import { ArticleBuilder, prng, render } from '../bench-article.ts';
import type { ClaimStatus } from '../../../shared/domain/status.ts';

/**
 * Realistic workspace content for the store benchmarks, from a seeded PRNG
 * so every run stores the same bytes: Arabic articles built from the seed
 * article's sentences (bench-article.ts), English ones from newsroom
 * sentence patterns, and claims the way fact-checkers write them: a quote
 * of 20–200 characters on word boundaries, a summary, a source, a note of a
 * sentence or two, a later status decision, and evidence on some.
 */

export type Lang = 'ar' | 'en';

export interface ClaimSpec {
  start: number;
  end: number;
  summary: string;
  attributedTo: string;
  note: string;
  /** The decision taken later, as a second change (so history has more than the creation); on a third of claims it adds a sentence to the note. */
  decision: { status: ClaimStatus; note?: string };
  evidence: { url: string; title: string; note: string } | null;
}

const pickFrom = (rand: () => number) => <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const EN_WHO = ['The Kremlin', 'Yuri Ushakov', 'The Pentagon', 'KCNA', 'Western officials', "South Korea's defence ministry", 'A UN panel of experts', 'Japanese intelligence', 'The State Department', 'Analysts in Seoul'];
const EN_VERB = ['said on Tuesday that', 'claimed that', 'told reporters that', 'insisted that', 'denied reports that', 'warned that', 'confirmed that', 'estimated that'];
const EN_WHAT = [
  'the two leaders would sign a comprehensive strategic partnership treaty',
  'North Korea has shipped millions of artillery shells to Russia since 2023',
  'the visit was the first in 24 years',
  'the agreement includes a mutual defence clause',
  'sanctions have failed to slow arms transfers across the border',
  'about 11,000 soldiers were sent to the Kursk region',
  'the talks lasted more than nine hours',
  'no military technology changed hands during the visit',
  'trade between the two countries grew ninefold last year',
  'the treaty replaces the 1961 agreement',
  'the satellite launch relied on Russian assistance',
  'rail traffic at the Tumangang crossing tripled in six months',
];
const EN_TAIL = ['', ', according to officials familiar with the talks', ' in a statement released late on Wednesday', ', citing satellite imagery', ' at a briefing in Moscow', ', without offering evidence'];

/** One English news sentence. */
function englishSentence(pick: <T>(xs: readonly T[]) => T): string {
  return `${pick(EN_WHO)} ${pick(EN_VERB)} ${pick(EN_WHAT)}${pick(EN_TAIL)}.`;
}

export interface GeneratedArticle {
  title: string;
  lang: Lang;
  paragraphs: string[];
}

/** An article of at least `minChars` characters: Arabic from the seed article's sentences, or English. */
export function generateArticle(lang: Lang, seed: number, minChars: number): GeneratedArticle {
  if (lang === 'ar') {
    const b = new ArticleBuilder(seed);
    const paragraphs = b.article(minChars).map((p) => render([p]).text);
    return { title: `تقرير ${seed}: بوتين في بيونغ يانغ`, lang, paragraphs };
  }
  const rand = prng(seed);
  const pick = pickFrom(rand);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < minChars) {
    const p = Array.from({ length: 2 + Math.floor(rand() * 4) }, () => englishSentence(pick)).join(' ');
    paragraphs.push(p);
    length += p.length + 2;
  }
  return { title: `Report ${seed}: Putin in Pyongyang`, lang, paragraphs };
}

const AR_WHO = ['الكرملين', 'يوري أوشاكوف', 'وزارة الخارجية الروسية', 'وكالة الأنباء المركزية الكورية', 'البنتاغون', 'الدول الغربية', 'مسؤولون أمريكيون', 'وزارة الدفاع الكورية الجنوبية', 'فريق خبراء الأمم المتحدة'];
const AR_SUMMARY = [
  'يقول إن الزعيمين سيوقعان معاهدة شراكة استراتيجية شاملة',
  'يؤكد أن الزيارة هي الأولى منذ 24 عامًا',
  'يتهم بيونغ يانغ بتزويد موسكو بقذائف مدفعية',
  'ينفي نقل أي تكنولوجيا عسكرية خلال الزيارة',
  'يقدّر أن التبادل التجاري تضاعف خلال العام الماضي',
  'يقول إن المعاهدة تتضمن بندًا للدفاع المشترك',
  'يحذّر من أن العقوبات لم توقف نقل الأسلحة',
];
const AR_NOTE = [
  'راجعنا النص الكامل للمؤتمر الصحفي، والرقم يطابق بيان الوزارة الصادر في 14 يونيو.',
  'لم نجد مصدرًا مستقلًا يؤكد الرقم؛ طلبنا تعليقًا من المتحدث الرسمي ولم يصلنا رد بعد.',
  'الاقتباس منسوب بدقة، لكن السياق الأصلي يشير إلى تقديرات أولية فقط. يحتاج إلى مراجعة ثانية.',
  'صور الأقمار الصناعية المنشورة تؤيد جزءًا من الادعاء ولا تثبت الكميات المذكورة.',
];
const EN_NOTE = [
  'Checked against the transcript of the press conference; the figure matches the ministry statement of 14 June.',
  'No independent source confirms the number yet. We asked the spokesperson for comment and are waiting for a reply.',
  'The quote is accurately attributed, but the original context presents it as a preliminary estimate. Needs a second review.',
  'Published satellite imagery supports part of the claim but not the quantities given.',
];
const DECISION_NOTE_EN = ['Second reviewer agrees; closing.', 'Upgraded after the ministry published the full text of the agreement.', 'Contradicted by the UN panel report of March; see evidence.'];
const DECISION_NOTE_AR = ['المراجع الثاني يوافق؛ أُغلق.', 'عُدّل بعد نشر الوزارة النص الكامل للاتفاقية.', 'يتعارض مع تقرير فريق الأمم المتحدة الصادر في مارس؛ انظر الأدلة.'];
const DECISIONS: ClaimStatus[] = ['attributed', 'verified', 'disputed', 'attributed'];

/** Summaries as reviewers write them, for the update load (`count` variants). */
export function summaryPool(lang: Lang, seed: number, count: number): string[] {
  const pick = pickFrom(prng(seed));
  return Array.from({ length: count }, (_, i) =>
    lang === 'ar' ? `${pick(AR_WHO)} ${pick(AR_SUMMARY)} (${i + 1})` : `${pick(EN_WHO)} ${pick(EN_VERB).replace(/ that$/, '')}: ${pick(EN_WHAT)} (${i + 1})`,
  );
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === undefined;

/**
 * `count` claims on the article's text (paragraphs joined by a blank line,
 * positions in code points): quotes of 20–200 characters that start and end
 * on word boundaries within one paragraph. Claims may overlap, as they do
 * when several people work on one article.
 */
export function claimSpecs(paragraphs: string[], count: number, lang: Lang, seed: number): ClaimSpec[] {
  const rand = prng(seed);
  const pick = pickFrom(rand);
  const cps = Array.from(paragraphs.join('\n\n'));
  const wordStarts: number[] = [];
  for (let i = 0; i < cps.length; i++) if (!isSpace(cps[i]) && isSpace(cps[i - 1])) wordStarts.push(i);
  const specs: ClaimSpec[] = [];
  while (specs.length < count) {
    const start = pick(wordStarts);
    let end = Math.min(cps.length, start + 20 + Math.floor(rand() * 181));
    // Back to the end of a word, never across a paragraph break.
    const br = cps.indexOf('\n', start);
    if (br >= 0 && br < end) end = br;
    while (end > start && !isSpace(cps[end])) end--;
    if (end - start < 20) continue;
    const summary = lang === 'ar' ? `${pick(AR_WHO)} ${pick(AR_SUMMARY)}` : `${pick(EN_WHO)} ${pick(EN_VERB).replace(/ that$/, '')}: ${pick(EN_WHAT)}`;
    const n = specs.length;
    const note = lang === 'ar' ? pick(AR_NOTE) : pick(EN_NOTE);
    specs.push({
      start,
      end,
      summary,
      attributedTo: lang === 'ar' ? pick(AR_WHO) : pick(EN_WHO),
      note,
      decision: n % 3 === 0 ? { status: pick(DECISIONS), note: `${note} ${pick(lang === 'ar' ? DECISION_NOTE_AR : DECISION_NOTE_EN)}` } : { status: pick(DECISIONS) },
      evidence:
        n % 4 === 0
          ? { url: `https://www.example-news.org/2024/06/${seed}/${n}-report`, title: lang === 'ar' ? 'بيان وزارة الخارجية' : 'Foreign ministry statement', note: lang === 'ar' ? 'النص الرسمي' : 'Official text' }
          : null,
    });
  }
  return specs;
}
