import { describe, expect, it } from 'vitest';
import { suggestClaims, type Suggestion } from './suggest.ts';

const en = (...paragraphs: string[]) => suggestClaims(paragraphs, 'en');
const brief = (s: Suggestion) => ({ quote: s.quote, source: s.source, kind: s.kind });

describe('English attributed claims', () => {
  it('source, verb, "that" + content, with adjuncts before "that"', () => {
    expect(brief(en('Council member Rosa Delgado alleged in a letter to the mayor that the agency misled the council.')[0]!)).toEqual({
      quote: 'the agency misled the council',
      source: 'Council member Rosa Delgado',
      kind: 'attributed',
    });
  });

  it('source, verb, content without "that"; a time adjunct after the verb is skipped', () => {
    expect(brief(en('The minister said on Friday the plant will close in 2026.')[0]!)).toEqual({ quote: 'the plant will close in 2026', source: 'The minister', kind: 'attributed' });
  });

  it('content first, then the source and the verb', () => {
    expect(brief(en('The line will open eight months late, Transit Commissioner Dana Whitfield said on Tuesday.')[0]!)).toEqual({
      quote: 'The line will open eight months late',
      source: 'Transit Commissioner Dana Whitfield',
      kind: 'attributed',
    });
  });

  it('a quotation, then "said X" or "X said"; the quote marks and its comma are not the claim', () => {
    expect(brief(en('“We have been transparent,” said Marcus Lee, a spokesman for the firm.')[0]!)).toEqual({ quote: 'We have been transparent', source: 'Marcus Lee', kind: 'attributed' });
    expect(brief(en('"Nobody gets a blank check," Park said.')[0]!)).toEqual({ quote: 'Nobody gets a blank check', source: 'Park', kind: 'attributed' });
  });

  it('"according to X, ..." before the content and ", according to X" after it', () => {
    expect(brief(en('According to the state auditor, the contractor billed 14,000 hours it cannot document.')[0]!)).toEqual({
      quote: 'the contractor billed 14,000 hours it cannot document',
      source: 'the state auditor',
      kind: 'attributed',
    });
    expect(brief(en('Crews have laid 11 of the 16 kilometres, according to the agency’s progress report.')[0]!)).toEqual({
      quote: 'Crews have laid 11 of the 16 kilometres',
      source: 'the agency’s progress report',
      kind: 'attributed',
    });
  });

  it('"told" takes a listener before "that"; "accused" and "estimated" take an object', () => {
    expect(en('Whitfield told reporters that the delay was caused by flooding.')[0]!.quote).toBe('the delay was caused by flooding');
    expect(en('Lee accused the city of changing the design 300 times.')[0]!.quote).toBe('the city of changing the design 300 times');
    expect(en('The office estimated the overpayments at $9.6 million.')[0]!.quote).toBe('the overpayments at $9.6 million');
  });

  it('a pronoun or a dropped subject refers to the last source; the first content ends before the second clause', () => {
    const got = en('The union claimed that 40 drivers were moved, and she denied that fares would rise. Mayor J. Park announced a review, and said the city would pay.').map(brief);
    expect(got).toEqual([
      { quote: '40 drivers were moved', source: 'The union', kind: 'attributed' },
      { quote: 'fares would rise', source: 'The union', kind: 'attributed' },
      { quote: 'a review', source: 'Mayor J. Park', kind: 'attributed' },
      { quote: 'the city would pay', source: 'Mayor J. Park', kind: 'attributed' },
    ]);
  });

  it('nouns shaped like cues are not cues', () => {
    expect(en('The United States and its allies met in Geneva.', 'The progress report was late.')).toEqual([]);
  });
});
