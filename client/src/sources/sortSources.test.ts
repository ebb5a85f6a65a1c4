import { describe, expect, it } from 'vitest';
import type { SourceView } from '../../../shared/sources/merges.ts';
import { DEFAULT_SORT, nextSort, sortSources } from './sortSources.ts';

const view = (key: string, name: string, claims: number, disputed: number): SourceView => ({
  key,
  name,
  spellings: [name],
  claims,
  byStatus: { unreviewed: 0, attributed: claims - disputed, verified: 0, disputed },
  keys: [key],
  merged: [],
});

const LIST = [view('b', 'البنتاغون', 2, 2), view('a', 'الكرملين', 5, 1), view('c', 'Pentagon', 2, 0)];

describe('sorting the Sources table', () => {
  it('puts the most claims first by default, ties in key order', () => {
    expect(sortSources(LIST, DEFAULT_SORT).map((s) => s.key)).toEqual(['a', 'b', 'c']);
  });

  it('sorts by one status and flips on a second click', () => {
    const byDisputed = nextSort(DEFAULT_SORT, 'disputed');
    expect(sortSources(LIST, byDisputed).map((s) => s.key)).toEqual(['b', 'a', 'c']);
    expect(sortSources(LIST, nextSort(byDisputed, 'disputed')).map((s) => s.key)).toEqual(['c', 'a', 'b']);
  });

  it('sorts names A to Z first, Arabic and English alike', () => {
    const byName = nextSort(DEFAULT_SORT, 'name');
    expect(byName.descending).toBe(false);
    const names = sortSources(LIST, byName).map((s) => s.name);
    expect(names.indexOf('البنتاغون')).toBeLessThan(names.indexOf('الكرملين'));
  });
});
