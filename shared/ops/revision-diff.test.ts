import { describe, expect, it } from 'vitest';
import { SEED_BODY_PARAGRAPHS } from '../anchoring/fixtures/seed-body.ts';
import { bodyText } from '../domain/article.ts';
import type { Article, Claim } from '../domain/schemas.ts';
import { cpLength, OffsetIndex } from '../text/codepoints.ts';
import { applyOperation, type OpContext, type WorkspaceState } from './apply.ts';
import { applyRevision } from './article-ops.ts';
import { previewRevision } from './revision-plan.ts';

/**
 * Revisions made in Isnad: the server has the old and the new body, so a
 * claim follows its own words through the edit and is never moved onto a
 * lookalike (the defects the anchoring benchmark found, one test each).
 */

const AT = '2024-07-04T04:32:00.000Z';
const ctx: OpContext = { actor: 'Mona', actorId: 'u-mona', now: '2024-07-05T10:00:00.000Z' };

function article(paragraphs: readonly string[]): Article {
  return { id: 'a', title: 'T', byline: '', dateline: '', lang: 'ar', dir: 'rtl', body: [...paragraphs], revision: 1, createdAt: AT, updatedAt: AT };
}

/** A state with one claim (id c) on the `nth` occurrence of `words`. */
function claimed(paragraphs: readonly string[], words: string, nth = 0): WorkspaceState {
  const text = bodyText(paragraphs);
  let u = text.indexOf(words);
  for (let k = 0; k < nth; k++) u = text.indexOf(words, u + 1);
  if (u === -1) throw new Error(`"${words}" not in text`);
  const start = cpLength(text.slice(0, u));
  const state: WorkspaceState = { articles: { a: article(paragraphs) }, claims: {}, comments: {} };
  const r = applyOperation(state, { type: 'claim:create', id: 'c', input: { articleId: 'a', target: { start, end: start + cpLength(words) } } }, ctx);
  if (!r.ok) throw new Error(r.error.code);
  return r.state;
}

function revise(state: WorkspaceState, paragraphs: readonly string[]): { state: WorkspaceState; claim: Claim } {
  const r = applyRevision(state, { articleId: 'a', body: paragraphs.join('\n\n'), baseRevision: state.articles.a!.revision }, ctx);
  if (!r.ok) throw new Error(r.error.code);
  return { state: r.state, claim: r.state.claims.c! };
}

/** Code point offset of the `nth` occurrence of `words` in the paragraphs' text. */
function offsetOf(paragraphs: readonly string[], words: string, nth = 0): number {
  const text = bodyText(paragraphs);
  let u = text.indexOf(words);
  for (let k = 0; k < nth; k++) u = text.indexOf(words, u + 1);
  if (u === -1) throw new Error(`"${words}" not in text`);
  return cpLength(text.slice(0, u));
}

const wordsOf = (paragraphs: readonly string[], claim: Claim) =>
  new OffsetIndex(bodyText(paragraphs)).slice(claim.target.position.start, claim.target.position.end);

const P = SEED_BODY_PARAGRAPHS;
/** The Western states' munitions sentence, and a near-duplicate with one figure changed. */
const MUNITIONS = 'زودت روسيا بكميات كبيرة من الذخائر';
const SENTENCE = 'وتزعم الدول الغربية أن كوريا الشمالية زودت روسيا بكميات كبيرة من الذخائر من مخزونها الضخم، ';
const COPY = 'وتزعم الدول الغربية أن كوريا الشمالية زودت روسيا بكميات كبيرة من الذخائر من مخزونها الضخم منذ عام 2023.';

describe('a claim never lands on a lookalike copy', () => {
  it('its sentence deleted, a near-duplicate elsewhere: orphaned because its sentence was deleted', () => {
    const withCopy = [...P.slice(0, 3), COPY, ...P.slice(3)];
    const state = claimed(withCopy, MUNITIONS, 1);
    const gone = withCopy.map((p) => p.replace(SENTENCE, ''));
    expect(bodyText(gone)).toContain(MUNITIONS); // the copy is still there
    const { claim } = revise(state, gone);
    expect(claim).toMatchObject({ orphaned: true, orphanReason: 'deleted' });
  });

  it('its paragraph moved and a copy put where it used to be: it follows its own words', () => {
    const state = claimed(P, MUNITIONS);
    const moved = [...P.slice(0, 7), COPY, ...P.slice(8, 11), P[7]!, ...P.slice(11)];
    const { claim } = revise(state, moved);
    expect(claim.orphaned).toBe(false);
    expect(claim.target.position.start).toBe(offsetOf(moved, MUNITIONS, 1));
    expect(wordsOf(moved, claim)).toBe(MUNITIONS);
  });
});

describe('a reworded sentence and a copy of it with one figure changed', () => {
  // Kim's "top priority" sentence; a revision rewords its last word and writes after it a copy with another year.
  const SENTENCE = 'وخلال زيارته لروسيا عام 2023، أعلن كيم أن علاقة كوريا الشمالية مع موسكو هي "الأولوية القصوى" لبلاده.';
  const REWORDED = SENTENCE.replace('لبلاده', 'للتعامل');
  const OTHER_YEAR = SENTENCE.replace('2023', '2033');
  const QUOTE = 'كيم أن علاقة كوريا الشمالية مع موسكو هي "الأولوية';

  it('a claim in the sentence stays on it, not on the copy, when the sentence before it is deleted', () => {
    expect(P[9]).toContain(SENTENCE);
    const state = claimed(P, QUOTE);
    // The paragraph's first sentence is deleted: the space after it is all the two paragraphs have in common outside the sentences.
    const revised = P.map((p, i) => (i === 9 ? `${REWORDED} ${OTHER_YEAR}` : p));
    const { claim } = revise(state, revised);
    expect(claim.orphaned).toBe(false);
    expect(claim.target.position.start).toBe(offsetOf(revised, QUOTE, 0));
    expect(wordsOf(revised, claim)).toBe(QUOTE);
  });

  it('the same across paragraphs: the paragraph before it deleted, the copy a paragraph of its own', () => {
    const [before, sentence] = [P[9]!.slice(0, P[9]!.indexOf(SENTENCE) - 1), SENTENCE];
    const split = [...P.slice(0, 9), before, sentence, ...P.slice(10)];
    const state = claimed(split, QUOTE);
    const revised = [...P.slice(0, 9), REWORDED, OTHER_YEAR, ...P.slice(10)];
    const { claim } = revise(state, revised);
    expect(claim.orphaned).toBe(false);
    expect(claim.target.position.start).toBe(offsetOf(revised, QUOTE, 0));
    expect(wordsOf(revised, claim)).toBe(QUOTE);
  });

  it('a paragraph moved and reworded keeps its claim when a copy of it with one figure changed is left in its place', () => {
    const quote = 'شراكة موسكو المتنامية مع الدولة المسلحة نوويا';
    const state = claimed(P, quote);
    const reworded = P[4]!.replace('يومين', 'ثلاثة أيام');
    const otherFigure = P[4]!.replace('24', '25');
    const revised = [...P.slice(0, 4), otherFigure, ...P.slice(5, 10), reworded, ...P.slice(10)];
    const { claim } = revise(state, revised);
    expect(claim.orphaned).toBe(false);
    expect(claim.target.position.start).toBe(offsetOf(revised, quote, 1));
    expect(wordsOf(revised, claim)).toBe(quote);
  });
});

describe('a lookalike written where a deleted paragraph was', () => {
  // The Kremlin's statement of paragraph 4 with other words, and paragraph 10's second sentence likewise.
  const LOOKALIKE = 'من الكرملين، سيتم حتى أن “وثائق مهمة للغاية” خلال الدول ومن المحتل أن المستشار اتفاقية “شراكة استراتيجية شاملة”.';
  const SECOND = 'وتمثل التقى الرحلة الروسي الثانية للقاء حيث كانت تزعم زيارة له قبل حوالي 25 عاما، بعد وقت قصير من وصوله القضايا منهما للقاء الكرملين كيم جونغ أون، كيم جونغ إيل.';

  it.each([
    ['one sentence', LOOKALIKE],
    ['two sentences', `${LOOKALIKE} ${SECOND}`],
  ])('a claim in the deleted paragraph (the Kremlin restated) is orphaned, never put on the words it shares with a lookalike of %s', (_, lookalike) => {
    for (const [quote, nth] of [['الكرملين', 1], ['سيتم التوق', 1], ['المحتمل', 1]] as const) {
      const state = claimed(P, quote, nth);
      const { claim } = revise(state, [...P.slice(0, 11), lookalike, ...P.slice(12)]);
      expect(claim, quote).toMatchObject({ orphaned: true });
    }
  });
});

describe('context and paragraphs', () => {
  it('a unique quote at the start of its paragraph follows it moved up, with the clause after it deleted', () => {
    // Its stored prefix is the end of the paragraph before: gone from beside it after the move.
    const quote = 'وفي المقابل، تزعم واشنطن وسيول أن روسيا زودت كوريا الشمالية بالخبرة اللازمة';
    expect(cpLength(quote)).toBeGreaterThan(60);
    const state = claimed(P, quote);
    const edited = P[8]!.replace(' لبرنامج الأقمار الصناعية الخاص بها', '');
    expect(edited).not.toBe(P[8]);
    const moved = [...P.slice(0, 2), edited, ...P.slice(2, 8), ...P.slice(9)];
    const { claim } = revise(state, moved);
    expect(claim.orphaned).toBe(false);
    expect(wordsOf(moved, claim)).toBe(quote);
  });

  it('a claim whose last words were deleted never runs across a paragraph break onto an inserted paragraph', () => {
    const quote = 'لم يتوصلا إلى أي اتفاقات رسمية';
    const state = claimed(P, quote);
    // The paragraph loses its last words; a new paragraph starting with them follows it.
    const cut = P[6]!.replace(' رسمية.', '.');
    const inserted = 'رسمية أو غير رسمية، بحسب مصادر دبلوماسية.';
    const { claim } = revise(state, [...P.slice(0, 6), cut, inserted, ...P.slice(7)]);
    const text = bodyText([...P.slice(0, 6), cut, inserted, ...P.slice(7)]);
    const words = new OffsetIndex(text).slice(claim.target.position.start, claim.target.position.end);
    if (!claim.orphaned) expect(words).not.toContain('\n');
    expect(claim.orphaned ? 'orphaned' : words).toBe('لم يتوصلا إلى أي اتفاقات');
  });
});

describe('short quotes', () => {
  it('a one-letter fix inside a short quote is followed', () => {
    const typo = [...P.slice(0, 6), P[6]!.replace('تسعة أشهر', 'تسعه شهر'), ...P.slice(7)];
    const state = claimed(typo, 'شهر');
    const { claim } = revise(state, P);
    expect(claim.orphaned).toBe(false);
    expect(wordsOf(P, claim)).toBe('أشهر');
  });

  it('a claim that starts inside a figure follows it when the digits are switched to Arabic-Indic', () => {
    const state = claimed(P, '4 عاما، وتستمر');
    const switched = P.map((p) => p.replace('منذ 24 عاما', 'منذ ٢٤ عاما'));
    const { claim } = revise(state, switched);
    expect(claim).toMatchObject({ orphaned: false });
    expect(wordsOf(switched, claim)).toBe('٤ عاما، وتستمر');
  });

  it('a short claim with a typo follows it, and a later revision never puts it on the same word elsewhere', () => {
    const state = claimed(P, 'كيم', 2);
    const own = offsetOf(P, 'كيم', 2);
    const typo = P.map((p, i) => (i === 2 ? p.replace('كيم جونغ', 'كين جونغ') : p));
    const first = revise(state, typo);
    expect(first.claim.orphaned).toBe(false);
    expect(first.claim.target.position.start).toBe(own);
    expect(wordsOf(typo, first.claim)).toBe('كين');
    const later = [...typo.slice(0, 9), 'فقرة جديدة عن كيم في بيونج يانج.', ...typo.slice(9)];
    const second = revise(first.state, later);
    expect(second.claim.target.position.start).toBe(own);
    expect(wordsOf(later, second.claim)).toBe('كين');
  });
});

describe('previewRevision', () => {
  it('says what a revision would do to each claim, with the words before and after, and changes nothing', () => {
    const state = claimed(P, 'تسعة أشهر');
    const body = [...P.slice(0, 6), P[6]!.replace('تسعة أشهر', 'تسعه شهور'), ...P.slice(7)].join('\n\n');
    const preview = previewRevision(state, 'a', body);
    expect(preview).toEqual({ ok: true, outcomes: [expect.objectContaining({ id: 'c', status: 'edited', quoteBefore: 'تسعة أشهر', quoteAfter: 'تسعه شهور', reason: null })] });
    expect(state.claims.c!.target.quote.exact).toBe('تسعة أشهر');
    const gone = previewRevision(state, 'a', P.map((p) => p.replace('بعد تسعة أشهر من زيارة كيم جونغ أون لروسيا، ', '')).join('\n\n'));
    expect(gone).toEqual({ ok: true, outcomes: [expect.objectContaining({ status: 'orphaned', reason: 'deleted', quoteAfter: null })] });
    expect(previewRevision(state, 'nope', 'x')).toEqual({ ok: false, error: expect.objectContaining({ code: 'not_found' }) });
  });
});
