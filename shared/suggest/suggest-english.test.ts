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

  it('nouns and adjectives shaped like cues are not cues', () => {
    expect(en('The United States and its allies met in Geneva.', 'The progress report was late.')).toEqual([]);
    expect(en('The port supports an estimated 20,000 jobs, the largest employer in the region.').map((s) => s.kind)).toEqual(['factual']);
  });

  it('"said in a statement" after the content', () => {
    expect(brief(en('Workers walked off the job on Monday for the first time in nine years, the port authority said in a statement.')[0]!)).toEqual({
      quote: 'Workers walked off the job on Monday for the first time in nine years',
      source: 'the port authority',
      kind: 'attributed',
    });
  });

  it('past a relative clause or a description between commas to the subject; a name between commas is the source', () => {
    expect(en('The union, which represents about 3,200 workers, said that talks had failed.')[0]!.source).toBe('The union');
    expect(en('Mbeki, a former crane operator, insisted the union would return.')[0]!.source).toBe('Mbeki');
    expect(en('The company’s chief executive, Daniel Ross, told Reuters the union had rejected it.')[0]!).toMatchObject({ source: 'Daniel Ross', quote: 'the union had rejected it' });
  });

  it('a pronoun opening the source ("He was quoted as saying") takes the last source', () => {
    expect(en('Ross said talks had failed. He was quoted as saying that the company would go to court.')[1]!.source).toBe('Ross');
  });

  it('"found", "showed", "believe" only with "that"', () => {
    expect(en('Police found the car near the river.')).toEqual([]);
    expect(brief(en('The data showed that shipments had fallen sharply.')[0]!)).toEqual({ quote: 'shipments had fallen sharply', source: 'The data', kind: 'attributed' });
  });

  it('a sentence wholly in quotes after a quoted one goes on quoting the same person', () => {
    const got = en('“We are not asking for the moon,” union president Teresa Mbeki told the crowd. “They are asking to come home at night.”').map(brief);
    expect(got).toEqual([
      { quote: 'We are not asking for the moon', source: 'union president Teresa Mbeki', kind: 'attributed' },
      { quote: 'They are asking to come home at night.', source: 'union president Teresa Mbeki', kind: 'attributed' },
    ]);
  });
});
