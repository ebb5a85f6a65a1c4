import { describe, expect, it } from 'vitest';
import { anchor, describe as describeQuote, matchQuote } from './hypothesis.ts';

/**
 * The benchmark's Hypothesis must behave as Hypothesis does, or the
 * comparison is with a straw man. These cases are ported from Hypothesis's
 * own tests (hypothesis/client src/annotator/anchoring/test/match-quote-test.js,
 * BSD-2-Clause), plus the order in which html.ts tries the selectors.
 */

const twoCities = `It was the best of times, it was the worst of times,
    it was the age of wisdom, it was the age of foolishness, it was the epoch of belief,
    it was the epoch of incredulity, it was the season of Light, it was the
    season of Darkness, it was the spring of hope, it was the winter of despair, we had
    everything before us, we had nothing before us, we were all going direct to Heaven,
    we were all going direct the other way.`.replace(/\s+/g, ' ');
const solitude = `Many years later, as he faced the firing squad, Colonel Aureliano Buendía was to remember
    that distant afternoon when his father took him to discover ice`.replace(/\s+/g, ' ');

describe('matchQuote (Hypothesis match-quote.ts)', () => {
  it('finds the exact match, else the best approximate one, and nothing when too many errors', () => {
    expect(matchQuote(solitude, 'discover ice')!.score).toBe(1);
    const m = matchQuote(solitude, 'some years later')!;
    expect(solitude.slice(m.start, m.end)).toBe('Many years later');
    expect(m.score).toBeGreaterThan(0);
    expect(m.score).toBeLessThan(1);
    expect(matchQuote(twoCities, solitude)).toBeNull();
    expect(matchQuote('foobar', '')).toBeNull();
  });

  it.each([
    { quote: 'before us', prefix: 'we had everything', expected: 'before us, we had nothing' },
    { quote: 'before us', prefix: 'we had nothing', expected: 'before us, we were all going' },
    { quote: 'before us', prefix: 'we had every-thing', expected: 'before us, we had nothing' },
    { quote: 'before us', prefix: 'we had nout', expected: 'before us, we were all going' },
    { quote: 'we had', suffix: 'everything', expected: 'we had everything' },
    { quote: 'we had', suffix: 'nutting', expected: 'we had nothing' },
  ])('chooses among occurrences by context: $quote / $prefix$suffix', ({ quote, prefix, suffix, expected }) => {
    const m = matchQuote(twoCities, quote, { prefix, suffix })!;
    expect(twoCities.slice(m.start, m.end)).toBe(quote);
    expect(m.start).toBe(twoCities.indexOf(expected));
  });

  it('breaks ties by nearness to the hint, else takes the first', () => {
    const posA = twoCities.indexOf('everything before us') + 'everything '.length;
    const posB = twoCities.indexOf('nothing before us') + 'nothing '.length;
    expect(matchQuote(twoCities, 'befor us', { hint: posA })!.start).toBe(posA);
    expect(matchQuote(twoCities, 'befor us', { hint: posB })!.start).toBe(posB);
    expect(matchQuote(twoCities, 'befor us')!.start).toBe(posA);
  });
});

describe('anchor (Hypothesis html.ts)', () => {
  it('keeps the stored position while it still holds the quote, else searches with the position as hint', () => {
    const text = 'one two three two one';
    const s = describeQuote(text, 8, 13); // "three"
    expect(s).toEqual({ exact: 'three', prefix: 'one two ', suffix: ' two one', start: 8, end: 13 });
    expect(anchor(text, s)).toEqual({ start: 8, end: 13 });
    expect(anchor(`zero ${text}`, s)).toEqual({ start: 13, end: 18 });
  });

  it('places a claim whose words are gone on whatever comes closest: no minimum score', () => {
    const s = describeQuote('The vote was 7 to 4. The budget passed.', 13, 19); // "7 to 4"
    expect(anchor('The vote was 8 to 3. The budget passed.', s)).toEqual({ start: 13, end: 19 });
  });
});
