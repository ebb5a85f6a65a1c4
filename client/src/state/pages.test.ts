import { describe, expect, it } from 'vitest';
import { withFirstPage, withOlderPage, type LoadedPages } from './pages.ts';

const key = (n: number) => String(n);
const pages = (items: number[], next: string | null): LoadedPages<number> => ({ items, next });

describe('pages of a newest-first list', () => {
  it('the first page starts the list; older pages go below, without repeats', () => {
    const first = withFirstPage(null, pages([9, 8, 7], '7'), key);
    expect(withOlderPage(first, pages([7, 6, 5], '5'), key)).toEqual(pages([9, 8, 7, 6, 5], '5'));
  });

  it('the first page again puts new items on top and keeps the older pages and their cursor', () => {
    const held = pages([9, 8, 7, 6, 5], '5');
    expect(withFirstPage(held, pages([11, 10, 9], '9'), key)).toEqual(pages([11, 10, 9, 8, 7, 6, 5], '5'));
  });

  it('a first page that no longer reaches what is held starts again, rather than leave a hole', () => {
    const held = pages([9, 8, 7], '7');
    expect(withFirstPage(held, pages([14, 13, 12], '12'), key)).toEqual(pages([14, 13, 12], '12'));
  });

  it('a first page that is the whole list is the list', () => {
    expect(withFirstPage(pages([3, 2], '2'), pages([4, 3, 2, 1], null), key)).toEqual(pages([4, 3, 2, 1], null));
  });
});
