import { describe, expect, it } from 'vitest';
import { SEED_BODY_PARAGRAPHS } from '../../../shared/anchoring/fixtures/seed-body.ts';
import { bodyText, splitParagraphs } from '../../../shared/domain/article.ts';
import { prng } from '../bench-article.ts';
import { pickClaims } from './claims.ts';
import { DEFAULT_ROUND, EDIT_KINDS, editRound, vocabularyOf, type EditKind } from './edits.ts';
import { ARTICLES } from './run-anchoring.ts';
import { INSERTED, TrackedText } from './tracked-text.ts';
import { truthOf, verdictOf, type Span } from './verdict.ts';

/**
 * The benchmark's ground truth: if an edit round traced characters wrongly,
 * every figure in docs/benchmarks.md would be wrong with it. Hand-made
 * texts, one kind of edit at a time, with dice that always roll the same
 * (0: the first candidate, aimed at a claim when one is there).
 */

const only = (...kinds: EditKind[]) => Object.fromEntries(EDIT_KINDS.map((k) => [k, kinds.includes(k) ? 1 : 0])) as Record<EditKind, number>;
const spanOf = (text: string, part: string): Span => {
  const at = Array.from(text.slice(0, text.indexOf(part))).length;
  return { start: at, end: at + Array.from(part).length };
};

function round(original: string, claimText: string, kind: EditKind | EditKind[], roll = 0) {
  const text = TrackedText.original(original);
  const claim = spanOf(original, claimText);
  const tags = editRound(text, { rand: () => roll, claims: [claim], originalLength: text.length, vocabulary: ['XX'] }, only(...[kind].flat()));
  const truth = truthOf(text.positions(Array.from(original).length), claim);
  const verdict = (placed: Span | null) => verdictOf(text, claim, truth, placed);
  return { text, claim, truth, verdict, tags: tags[0]! };
}

describe('TrackedText traces every code point to its origin', () => {
  it('keeps origins through deletion, insertion, moves and transliteration, counting an emoji as one code point', () => {
    const t = TrackedText.original('a📌bc de');
    expect(t.length).toBe(7);
    t.splice(1, 2, 'XY'); // the emoji replaced by typed text
    t.rearrange(5, 8, [[6, 8], [5, 6]]); // " de" → "de "
    t.transliterate(0, 'A');
    expect(t.text).toBe('AXYbcde ');
    expect(Array.from({ length: t.length }, (_, i) => t.origin(i))).toEqual([0, INSERTED, INSERTED, 2, 3, 5, 6, 4]);
    expect(Array.from(t.positions(7))).toEqual([0, -1, 3, 4, 7, 5, 6]);
  });

  it('refuses ranges outside the text and multi-character transliterations', () => {
    const t = TrackedText.original('abc');
    expect(() => t.splice(2, 5)).toThrow(RangeError);
    expect(() => t.transliterate(0, 'ab')).toThrow(/one code point/);
    expect(t.text).toBe('abc');
  });
});

describe('an edit round moves the truth with the claim’s own characters', () => {
  it('paragraphs swapped: the claim is right only where its words went', () => {
    const r = round('Alpha one.\n\nBeta two.', 'Beta two', 'paragraphs swapped');
    expect(r.text.text).toBe('Beta two.\n\nAlpha one.');
    expect(r.truth.hull).toEqual({ start: 0, end: 8 });
    expect(r.verdict({ start: 0, end: 8 })).toBe('placed right');
    expect(r.verdict({ start: 12, end: 20 })).toBe('wrong place');
    expect(r.tags.has('paragraphs swapped')).toBe(true);
  });

  it('sentence deleted: the claim is gone, an orphan is right and any placement wrong', () => {
    const r = round('One fact here. Two facts there.\n\nThird para.\n\nFourth para.', 'Two facts', 'sentence deleted');
    expect(r.text.text).toBe('One fact here.\n\nThird para.\n\nFourth para.');
    expect(r.truth.gone).toBe(true);
    expect(r.verdict(null)).toBe('orphaned right');
    expect(r.verdict({ start: 0, end: 8 })).toBe('wrong place');
  });

  it('diacritics removed and digits switched: the same characters, still the claim’s', () => {
    const d = round('قال إن العدد بلغ عامًا كاملا.', 'عامًا', 'diacritics removed');
    expect(d.text.text).toBe('قال إن العدد بلغ عاما كاملا.');
    expect(d.truth).toEqual({ survivors: 4, gone: false, hull: spanOf(d.text.text, 'عاما') });
    expect(d.verdict(spanOf(d.text.text, 'عاما'))).toBe('placed right');
    const g = round('Built in 1958 it stands.', 'in 1958 it', 'digits switched');
    expect(g.text.text).toBe('Built in ١٩٥٨ it stands.');
    expect(g.truth.hull).toEqual(spanOf(g.text.text, 'in ١٩٥٨ it'));
  });

  it('typos: a dropped letter is gone, a doubled one is typed text, transposed letters keep their origins', () => {
    const dropped = round('The council approved it.', 'council approved', 'typo in a claimed word', 0);
    expect(dropped.text.text).toBe('The cuncil approved it.');
    expect(dropped.truth.survivors).toBe(15);
    expect(dropped.verdict(spanOf(dropped.text.text, 'cuncil approved'))).toBe('placed right');
    const doubled = round('The council approved it.', 'council', 'typo in a claimed word', 0.5);
    expect(doubled.text.text).toBe('The counncil approved it.');
    expect(doubled.text.origin(doubled.text.text.indexOf('nn'))).toBe(INSERTED);
    expect(doubled.text.origin(doubled.text.text.indexOf('nn') + 1)).toBe(7);
    expect(doubled.verdict(spanOf(doubled.text.text, 'counncil'))).toBe('placed right');
    const swapped = round('The council approved it.', 'council', 'typo in a claimed word', 0.9);
    expect(swapped.text.text).toBe('The counicl approved it.');
    expect([8, 9].map((i) => swapped.text.origin(i))).toEqual([9, 8]);
    expect(swapped.truth.hull).toEqual({ start: 4, end: 11 });
  });

  it('a near-duplicate sentence is typed text: the claim on it is in the wrong place', () => {
    const r = round('Costs rose 12 percent. Nothing else.', 'Costs rose', 'near-duplicate sentence, one figure changed');
    expect(r.text.text).toBe('Costs rose 12 percent. Costs rose 13 percent. Nothing else.');
    expect(r.verdict({ start: 0, end: 10 })).toBe('placed right');
    expect(r.verdict({ start: 23, end: 33 })).toBe('wrong place');
    // A claim running on into the next sentence is not split by the copy: it goes into a paragraph of its own.
    const across = round('Costs rose 12 percent. Nothing else.', '12 percent. Nothing', 'near-duplicate sentence, one figure changed');
    expect(across.text.text).toBe('Costs rose 13 percent.\n\nCosts rose 12 percent. Nothing else.');
    expect(across.verdict(spanOf(across.text.text, '12 percent. Nothing'))).toBe('placed right');
  });

  it('a sentence copied in a round is not deleted in the same round (that would read as the sentence edited in place)', () => {
    const original = 'Costs rose 12 percent. Nothing else.\n\nOther para.\n\nThird one.';
    const r = round(original, 'Costs rose', ['near-duplicate sentence, one figure changed', 'sentence deleted']);
    // The copy went in, then the deletion, aimed at the claim, had to take another sentence: here the copy itself.
    expect(r.text.text).toBe(original);
    expect(r.truth).toEqual({ survivors: 10, gone: false, hull: { start: 0, end: 10 } });
    expect(r.tags).toEqual(new Set(['near-duplicate sentence, one figure changed', 'sentence deleted']));
  });

  it('a word reworded beside a claim is typed text; the claim’s own words are untouched', () => {
    const r = round('We said the bridge was safe today.', 'bridge was', 'word reworded near a claim');
    expect(r.text.text).toBe('XX said the bridge was safe today.');
    expect([0, 1].map((i) => r.text.origin(i))).toEqual([INSERTED, INSERTED]);
    expect(r.truth.hull).toEqual(spanOf(r.text.text, 'bridge was'));
    expect(r.tags.has('word reworded near a claim')).toBe(true);
  });

  it('a needless orphan is an orphan whose words survive; a placement half on them is wrong', () => {
    const r = round('Alpha one.\n\nBeta two.', 'Beta two', 'paragraphs swapped');
    expect(r.verdict(null)).toBe('needless orphan');
    expect(r.verdict({ start: 0, end: 4 })).toBe('wrong place');
  });
});

describe('a whole default round', () => {
  it('leaves a body the product stores unchanged (paragraphs split and joined as splitParagraphs does)', () => {
    const original = bodyText(SEED_BODY_PARAGRAPHS);
    const text = TrackedText.original(original);
    const claims = [spanOf(original, 'الأولى منذ 24 عاما'), spanOf(original, 'وثائق مهمة')];
    const rand = prng(7);
    for (let r = 0; r < 5; r++) {
      editRound(text, { rand, claims, originalLength: text.length, vocabulary: ['كلمة', 'أخرى'] }, DEFAULT_ROUND);
      expect(bodyText(splitParagraphs(text.text))).toBe(text.text);
    }
    // Every code point kept from the original is that very character or its transliteration.
    const cps = Array.from(original);
    for (let i = 0; i < text.length; i++) {
      const o = text.origin(i);
      if (o !== INSERTED) expect(text.char(i) === cps[o] || /\d/u.test(text.char(i)) || /\p{Script=Latin}/u.test(text.char(i))).toBe(true);
    }
  });
});

describe('the benchmark can be won', () => {
  it('a method that knew where every character went is right in every claim-round (no edit leaves a claim nowhere right to be)', () => {
    const wrong: string[] = [];
    ARTICLES.forEach((article, a) => {
      const rand = prng(1 * 7919 + a);
      const text = TrackedText.original(article.text);
      const claims = pickClaims(text, 60, rand);
      const ctx = { rand, claims, originalLength: text.length, vocabulary: vocabularyOf(text) };
      for (let r = 1; r <= 5; r++) {
        editRound(text, ctx, DEFAULT_ROUND);
        const at = text.positions(ctx.originalLength);
        claims.forEach((claim, i) => {
          const truth = truthOf(at, claim);
          const v = verdictOf(text, claim, truth, truth.gone ? null : truth.hull);
          if (v !== 'placed right' && v !== 'orphaned right') wrong.push(`${article.name} round ${r} claim ${i}: ${v}`);
        });
      }
    });
    expect(wrong).toEqual([]);
  });
});
