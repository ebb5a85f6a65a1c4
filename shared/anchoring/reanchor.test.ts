import { describe, it, expect } from 'vitest';
import { AnchorBudget, reanchor, reanchorAll, reanchorBestFuzzy, reanchorExactOnly, MIN_SCORE, REVISION_ANCHOR_BUDGET, type ReanchorResult } from './reanchor.ts';
import { describeSpan, type ClaimTarget } from './selectors.ts';
import { cpLength, OffsetIndex } from '../text/codepoints.ts';
import { SEED_BODY, SEED_BODY_PARAGRAPHS } from './fixtures/seed-body.ts';

/** A claim on the `nth` occurrence of `words` in `text`, described as the client does. */
function claimOn(text: string, words: string, nth = 0): ClaimTarget {
  let u = text.indexOf(words);
  for (let k = 0; k < nth && u !== -1; k++) u = text.indexOf(words, u + 1);
  if (u === -1) throw new Error(`"${words}" (#${nth}) not in text`);
  const start = cpLength(text.slice(0, u));
  return describeSpan(new OffsetIndex(text), start, start + cpLength(words));
}

/** Code point span of the `nth` occurrence of `words` in `text`. */
function spanOf(text: string, words: string, nth = 0) {
  let u = text.indexOf(words);
  for (let k = 0; k < nth && u !== -1; k++) u = text.indexOf(words, u + 1);
  if (u === -1) throw new Error(`"${words}" (#${nth}) not in text`);
  const start = cpLength(text.slice(0, u));
  return { start, end: start + cpLength(words) };
}

const replaceOnce = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`"${from}" not in text`);
  return text.replace(from, to);
};

/** The claim is on exactly `words` (the `nth` occurrence) of the new text. */
function expectOn(result: ReanchorResult, text: string, words: string, nth = 0) {
  expect(result.status).not.toBe('orphaned');
  expect(result.position).toEqual(spanOf(text, words, nth));
  expect(new OffsetIndex(text).slice(result.position!.start, result.position!.end)).toBe(words);
}

const MUNITIONS = 'زودت روسيا بكميات كبيرة من الذخائر';
const MISSILES = 'واتهم البنتاجون موسكو باستخدام الصواريخ الباليستية الكورية الشمالية في أوكرانيا';
const KREMLIN = 'سيتم التوقيع على “وثائق مهمة للغاية” خلال الزيارة';
const KREMLIN_SENTENCE = ' وبحسب الكرملين، سيتم التوقيع على “وثائق مهمة للغاية” خلال الزيارة، ومن المحتمل أن تشمل اتفاقية “شراكة استراتيجية شاملة”.';
const NEW_PARAGRAPH = 'تحديث: أضيفت هذه الفقرة بعد نشر المقال لتوضيح السياق.';

describe('reanchor: the seed article, corrected', () => {
  it('keeps a claim whose text did not change on its stored position', () => {
    const target = claimOn(SEED_BODY, MUNITIONS);
    expect(reanchor(target, SEED_BODY)).toEqual({ status: 'unchanged', position: spanOf(SEED_BODY, MUNITIONS), method: 'position', score: 1 });
  });

  it('follows a claim when a paragraph is inserted before it', () => {
    const text = [NEW_PARAGRAPH, ...SEED_BODY_PARAGRAPHS].join('\n\n');
    const result = reanchor(claimOn(SEED_BODY, MISSILES), text);
    expectOn(result, text, MISSILES);
    expect(result).toMatchObject({ status: 'moved', method: 'exact' });
  });

  it('follows a claim when a paragraph before it is deleted', () => {
    const text = SEED_BODY_PARAGRAPHS.slice(2).join('\n\n');
    expectOn(reanchor(claimOn(SEED_BODY, MISSILES), text), text, MISSILES);
  });

  it('follows a typo fix inside the quote to the corrected words (fuzzy); exact matching alone loses it', () => {
    const typo = MISSILES.replace('البنتاجون', 'البنتاجن').replace('الباليستية', 'البالستية');
    const before = replaceOnce(SEED_BODY, MISSILES, typo);
    const target = claimOn(before, typo);
    const result = reanchor(target, SEED_BODY);
    expectOn(result, SEED_BODY, MISSILES);
    expect(result).toMatchObject({ status: 'moved', method: 'fuzzy' });
    expect(result.score).toBeGreaterThan(MIN_SCORE);
    expect(reanchorExactOnly(target, SEED_BODY).status).toBe('orphaned');
  });

  it('stays exact when a typo is fixed next to the quote, in its context', () => {
    const before = replaceOnce(SEED_BODY, 'أن كوريا الشمالية ' + MUNITIONS, 'أن كوريا الشمالة ' + MUNITIONS);
    expectOn(reanchor(claimOn(before, MUNITIONS), SEED_BODY), SEED_BODY, MUNITIONS);
  });

  it('keeps a claim on the third of three "وثائق مهمة" when text is inserted and an earlier one is edited', () => {
    const target = claimOn(SEED_BODY, 'وثائق مهمة', 2);
    const text = [NEW_PARAGRAPH, ...SEED_BODY_PARAGRAPHS].join('\n\n').replace('“وثائق مهمة للغاية”', '“وثائق مهمة جدا”');
    expectOn(reanchor(target, text), text, 'وثائق مهمة', 2);
  });

  it('keeps a claim on a later occurrence when an earlier occurrence is deleted (moves with the text)', () => {
    const target = claimOn(SEED_BODY, 'وثائق مهمة', 1);
    const text = replaceOnce(SEED_BODY, KREMLIN_SENTENCE, '');
    expectOn(reanchor(target, text), text, 'وثائق مهمة', 0);
  });

  it('matches through added diacritics: عاما becomes عامًا', () => {
    const target = claimOn(SEED_BODY, 'هي الأولى منذ 24 عاما');
    const text = replaceOnce(SEED_BODY, 'منذ 24 عاما', 'منذ 24 عامًا');
    const result = reanchor(target, text);
    expectOn(result, text, 'هي الأولى منذ 24 عامًا');
    expect(result.method).toBe('exact');
  });

  it('matches through removed diacritics: عامًا becomes عاما', () => {
    const target = claimOn(SEED_BODY, 'قبل حوالي 25 عامًا');
    const text = replaceOnce(SEED_BODY, 'حوالي 25 عامًا', 'حوالي 25 عاما');
    expectOn(reanchor(target, text), text, 'قبل حوالي 25 عاما');
  });

  it('matches through a change of digits, 2023 to ٢٠٢٣ and back', () => {
    const words = 'وخلال زيارته لروسيا عام 2023';
    const arabicDigits = replaceOnce(SEED_BODY, 'عام 2023', 'عام ٢٠٢٣');
    const result = reanchor(claimOn(SEED_BODY, words), arabicDigits);
    expectOn(result, arabicDigits, 'وخلال زيارته لروسيا عام ٢٠٢٣');
    expect(result).toMatchObject({ status: 'unchanged', method: 'exact' });
    expectOn(reanchor(claimOn(arabicDigits, 'لروسيا عام ٢٠٢٣'), SEED_BODY), SEED_BODY, 'لروسيا عام 2023');
  });

  it('orphans a claim one of whose words was replaced by another word: كبيرة (large) became هائلة (huge)', () => {
    // Four letters of one word: within the fuzzy budget of this 34-letter
    // quote, but a different word, so a different claim.
    const target = claimOn(SEED_BODY, MUNITIONS);
    const text = replaceOnce(SEED_BODY, 'بكميات كبيرة من الذخائر', 'بكميات هائلة من الذخائر');
    expect(reanchor(target, text)).toMatchObject({ status: 'orphaned', method: 'none' });
  });

  it('follows a typo fix at the start of the quote to the whole first word', () => {
    const before = replaceOnce(SEED_BODY, 'هذه العلاقة منذ', 'هذه لاعلاقة منذ');
    const result = reanchor(claimOn(before, 'لاعلاقة منذ الهجوم الروسي على أوكرانيا'), SEED_BODY);
    expectOn(result, SEED_BODY, 'العلاقة منذ الهجوم الروسي على أوكرانيا');
  });

  it('does not keep a short claim on its old offset when other, identical words were shifted there', () => {
    const text = 'The rate was 25 percent in May. By June it was 25 degrees outside the ministry building.';
    const target = claimOn(text, '25', 1);
    const shift = target.position.start - spanOf(text, '25').start;
    const edited = 'x'.repeat(shift - 1) + ' ' + text;
    expect(new OffsetIndex(edited).slice(target.position.start, target.position.end)).toBe('25'); // the first "25", now at the old offset
    expectOn(reanchor(target, edited), edited, '25', 1);
  });

  it('prefers the one place matching the whole stored description when two places score alike', () => {
    // The paragraph appears twice, differing only far from the claim, where
    // describeSpan grew the context to tell them apart.
    const paragraph = SEED_BODY_PARAGRAPHS.find((p) => p.includes(MUNITIONS))!;
    const variant = paragraph.replace('باستخدام الصواريخ', 'باستعمال الصواريخ');
    const text = [variant, paragraph].join('\n\n');
    const target = claimOn(text, MUNITIONS, 1);
    expect(target.quote.suffix.length).toBeGreaterThan(32);
    const edited = [NEW_PARAGRAPH, variant, paragraph].join('\n\n');
    expectOn(reanchor(target, edited), edited, MUNITIONS, 1);
  });

  it('orphans a claim whose figure changed: "24 عاما" is not "25 عاما", however small the edit', () => {
    const target = claimOn(SEED_BODY, 'هي الأولى منذ 24 عاما');
    const text = replaceOnce(SEED_BODY, 'منذ 24 عاما', 'منذ 25 عاما');
    expect(reanchor(target, text)).toMatchObject({ status: 'orphaned', method: 'none' });
  });

  it('orphans a claim whose sentence was deleted while a restated lookalike remains; the Hypothesis-like baseline jumps to it', () => {
    const target = claimOn(SEED_BODY, KREMLIN);
    const text = replaceOnce(SEED_BODY, KREMLIN_SENTENCE, '');
    expect(text).toContain('سيتم التوقيع على "وثائق مهمة" خلال الزيارة');
    const result = reanchor(target, text);
    expect(result).toMatchObject({ status: 'orphaned', method: 'none' });
    expect(result.position).toBeUndefined();
    expect(reanchorBestFuzzy(target, text).status).toBe('moved');
  });

  it('orphans a claim whose words were cut from a sentence that remains, though the same words remain in the restatement', () => {
    // The claim's own surroundings now close over an empty gap: direct
    // evidence its words were deleted. The first "وثائق مهمة" agrees on
    // one side and finds the other displaced: without that evidence it
    // would look like an edit of the same sentence.
    const target = claimOn(SEED_BODY, 'وثائق مهمة', 1);
    const text = replaceOnce(SEED_BODY, 'التوقيع على "وثائق مهمة" خلال', 'التوقيع على "" خلال');
    expect(reanchor(target, text)).toMatchObject({ status: 'orphaned', method: 'none' });
  });

  it('orphans a claim whose whole paragraph was deleted', () => {
    const target = claimOn(SEED_BODY, MUNITIONS);
    const text = SEED_BODY_PARAGRAPHS.filter((p) => !p.includes(MUNITIONS)).join('\n\n');
    expect(reanchor(target, text).status).toBe('orphaned');
  });

  it('counts an emoji inserted before a claim as one code point', () => {
    const target = claimOn(SEED_BODY, MUNITIONS);
    const text = '😀 ' + SEED_BODY;
    const result = reanchor(target, text);
    expect(result.position).toEqual({ start: target.position.start + 2, end: target.position.end + 2 });
    expectOn(result, text, MUNITIONS);
  });

  it('orphans rather than guesses when the claim\'s paragraph is pasted twice and its words edited in both copies', () => {
    const paragraph = SEED_BODY_PARAGRAPHS.find((p) => p.includes(MUNITIONS))!;
    const target = claimOn(SEED_BODY, MUNITIONS);
    const edited = paragraph.replace('بكميات كبيرة', 'بكميات كبيره جدا');
    const text = replaceOnce(SEED_BODY, paragraph, `${edited}\n\n${edited}`);
    expect(reanchor(target, text)).toMatchObject({ status: 'orphaned' });
  });

  it('reanchorAll gives the same answers as reanchor one by one', () => {
    const targets = [claimOn(SEED_BODY, MUNITIONS), claimOn(SEED_BODY, KREMLIN), claimOn(SEED_BODY, 'وثائق مهمة', 2)];
    const text = replaceOnce('😀\n\n' + SEED_BODY, KREMLIN_SENTENCE, '');
    expect(reanchorAll(targets, text)).toEqual(targets.map((t) => reanchor(t, text)));
  });
});

const ENGLISH = [
  'The Kremlin said very important documents would be signed during the visit.',
  'Western states claim that North Korea has supplied Russia with large quantities of munitions.',
  'The Pentagon accused Moscow of using North Korean ballistic missiles in Ukraine.',
  'Washington and Seoul say Russia gave expertise for the satellite programme.',
  'Later, a spokesman said that very important documents would be signed.',
].join(' ');

describe('reanchor: English', () => {
  it('follows a typo fix inside the quote', () => {
    const before = replaceOnce(ENGLISH, 'The Pentagon accused', 'The Pentagin acused');
    const result = reanchor(claimOn(before, 'The Pentagin acused Moscow of using'), ENGLISH);
    expectOn(result, ENGLISH, 'The Pentagon accused Moscow of using');
  });

  it('keeps a claim on the second "very important documents" when the first sentence is deleted', () => {
    const target = claimOn(ENGLISH, 'very important documents would be signed', 1);
    const text = ENGLISH.slice(ENGLISH.indexOf('Western'));
    expectOn(reanchor(target, text), text, 'very important documents would be signed', 0);
  });

  it('orphans a cut claim rather than move it to the same words in an earlier sentence that agrees only by context found further on', () => {
    const text =
      'In March the figures were wrong, the auditor found. The ministry published new data in April, and the opposition ' +
      'repeated that the figures were wrong. It asked for an inquiry into the statistics office.';
    const target = claimOn(text, 'the figures were wrong', 1);
    const result = reanchor(target, text.replace(', and the opposition repeated that the figures were wrong', ''));
    expect(result).toMatchObject({ status: 'orphaned' });
    expect(result.score).toBeLessThan(MIN_SCORE);
  });

  it('orphans rather than move to a restatement whose words differ by a typo and whose both sides are merely similar, though it scores high', () => {
    const first = 'On Monday the Kremlin said that very important documents would be signed during the visit to Pyongyang.';
    const second = 'On Tuesday the Kremlin said that very important documents would be sined during the visit to the capital.';
    const text = `Putin arrived late. ${first} The talks lasted hours. ${second} Nothing else was announced.`;
    const target = claimOn(text, 'very important documents would be signed');
    const result = reanchor(target, text.replace(first + ' ', ''));
    expect(result).toMatchObject({ status: 'orphaned' });
    expect(result.score).toBeGreaterThan(MIN_SCORE); // the score alone would have moved it: no side of its context is intact
  });

  it('orphans a deleted sentence rather than jump to a lookalike', () => {
    const target = claimOn(ENGLISH, 'The Kremlin said very important documents would be signed during the visit.');
    const text = ENGLISH.replace('The Kremlin said very important documents would be signed during the visit. ', '');
    expect(reanchor(target, text).status).toBe('orphaned');
  });
});

describe('the search budget of one revision', () => {
  const text = SEED_BODY;
  // A sentence inserted before the claim's own: the claim must be searched for, not just shifted.
  const revised = `${SEED_BODY_PARAGRAPHS[0]}\n\nفقرة جديدة أضيفت قبل الجملة.\n\n${SEED_BODY_PARAGRAPHS.slice(1).join('\n\n')}`;
  const target = claimOn(text, 'وثائق مهمة للغاية');

  it('a claim met once the budget is spent is orphaned, never placed on a guess', () => {
    expect(reanchor(target, revised).status).toBe('moved');
    const spent = new AnchorBudget(0);
    expect(reanchor(target, revised, { budget: spent })).toMatchObject({ status: 'orphaned', method: 'none' });
  });

  it('is spent by searching, the same amount for the same revision, and a real revision uses a small part of it', () => {
    const a = new AnchorBudget();
    const b = new AnchorBudget();
    expect(reanchor(target, revised, { budget: a })).toEqual(reanchor(target, revised, { budget: b }));
    expect(a.left).toBe(b.left);
    expect(a.left).toBeLessThan(REVISION_ANCHOR_BUDGET);
    expect(REVISION_ANCHOR_BUDGET - a.left).toBeLessThan(REVISION_ANCHOR_BUDGET / 100);
  });

  it('bounds a text of one passage repeated hundreds of times: the claims it cannot tell apart are orphaned, none moved onto a copy', () => {
    const passage = 'قال المتحدث باسم الكرملين إن الوثائق مهمة جدا للطرفين في هذه المرحلة من العلاقات بين البلدين. ';
    const repeated = passage.repeat(600);
    const targets = Array.from({ length: 60 }, (_, i) => claimOn(repeated, 'الوثائق مهمة', i * 10));
    const budget = new AnchorBudget();
    const edited = `مقدمة جديدة. ${repeated.replaceAll('الكرملين', 'الرئاسة')}`;
    const results = targets.map((t) => reanchor(t, edited, { budget }));
    expect(budget.spent).toBe(true);
    // Identical copies cannot be told apart by searching: none is moved onto a copy. (One whose old
    // position still holds the same words in the same surroundings stays there, as always.)
    expect(results.filter((r) => r.status === 'moved')).toEqual([]);
    expect(results.filter((r) => r.status === 'orphaned').length).toBeGreaterThan(50);
  });
});

describe('reanchor without a history: paragraphs and short quotes', () => {
  it('never runs a match across a paragraph break as if it were a space', () => {
    // The claim's last word was cut from its paragraph; a new paragraph starts with it.
    const target = claimOn(SEED_BODY, 'أي اتفاقات رسمية');
    const text = replaceOnce(SEED_BODY, 'أي اتفاقات رسمية.', 'أي اتفاقات\n\nرسمية أو غير رسمية، بحسب مصادر دبلوماسية.');
    const result = reanchor(target, text);
    if (result.position) expect(new OffsetIndex(text).slice(result.position.start, result.position.end)).not.toContain('\n');
  });

  it('follows a one-letter fix inside a short quote where its surroundings are intact', () => {
    const before = replaceOnce(SEED_BODY, 'تسعة أشهر', 'تسعة اشهور');
    const target = claimOn(before, 'اشهور');
    expectOn(reanchor(target, SEED_BODY), SEED_BODY, 'أشهر');
  });

  it('does not put a short quote on the same word in another paragraph where only one side of its context agrees', () => {
    // "كيم جونغ" occurs in several paragraphs; this one's words and what precedes them are rewritten.
    const target = claimOn(SEED_BODY, 'كيم', 2);
    const text = replaceOnce(SEED_BODY, 'كان استقبال كيم جونغ لبوتين', 'كان استقبال الزعيم الكوري لبوتين');
    const result = reanchor(target, text);
    expect(result.status).toBe('orphaned');
  });
});
