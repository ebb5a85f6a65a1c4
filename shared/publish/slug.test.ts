import { describe, expect, it } from 'vitest';
import { romanize, slugFor, SLUG_PATTERN } from './slug.ts';

describe('the public address of a report', () => {
  it('romanises an Arabic title into a readable ASCII address, ending in the article id', () => {
    const slug = slugFor('بوتين يزور كوريا الشمالية لأول مرة منذ 24 عامًا', '4034633c38a59b81');
    expect(slug).toBe('bwtyn-yzwr-kwrya-alshmalya-lawl-mra-mndh-24-ama-4034633c38a59b81');
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it('keeps English words, drops accents and punctuation, and cuts a long title at a word', () => {
    expect(slugFor('Putin’s visit: “very important” documents, café talks', 'x1')).toBe('putin-s-visit-very-important-documents-cafe-talks-x1');
    const long = slugFor('word '.repeat(40), 'id');
    expect(long.length).toBeLessThanOrEqual(60 + 3);
    expect(long).toMatch(/^(word-)+id$/);
  });

  it('falls back to the id alone when the title has no letters it can write', () => {
    expect(slugFor('！？', 'abc')).toBe('abc');
    expect(romanize('٢٠٢٤')).toBe('2024');
  });

  it('two articles with the same title get different addresses', () => {
    expect(slugFor('Same title', 'a1')).not.toBe(slugFor('Same title', 'a2'));
  });
});
