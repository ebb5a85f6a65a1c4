// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { article, makeClaim } from '../test/fixtures.ts';
import { stubFetch } from '../test/stubFetch.ts';
import { RevisionHistory } from './RevisionHistory.tsx';
import type { RevisionRecord } from './useRevisionPages.ts';

// The fixture's text is revision 3, the current one; the claims are placed in it.
const [P1, P2] = article.body as [string, string];
const MISSILES = 'صواريخ باليستية كورية شمالية';
const KREMLIN = 'حسب الكرملين';
const record = (revision: number, body: string[], by = 'منى'): RevisionRecord => ({ revision, body, by, byId: 'u-mona', at: `2024-07-0${revision}T10:00:00.000Z` });
const revisions = [
  record(3, [P1, P2], 'Omar'),
  // Revision 2 had an introduction and named other sources.
  record(2, ['مقدمة قصيرة.', P1, P2.replace(KREMLIN, 'كما قال مسؤول')]),
  record(1, ['مقدمة قصيرة.', P1, P2.replace(KREMLIN, 'كما قال مسؤول')]),
];
const current = { ...article, revision: 3 };

beforeEach(() => {
  stubFetch({ [`/api/articles/${article.id}/revisions`]: { revisions, next: null } });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const diff = () => screen.getByTestId('revision-diff');
const marked = (tag: 'ins' | 'del') => [...diff().querySelectorAll(tag)].map((el) => el.textContent);

describe('comparing two revisions', () => {
  it('shows the words the newer one added and removed, in the article’s direction, and what that did to the claims', async () => {
    const missiles = makeClaim(MISSILES);
    const kremlin = makeClaim(KREMLIN);
    const onSelectClaim = vi.fn();
    render(<RevisionHistory article={current} claims={[missiles, kremlin]} onClose={() => {}} onSelectClaim={onSelectClaim} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Show changes' }));

    expect(screen.getByRole('heading', { name: 'Changes from revision 2 to revision 3' })).toBeTruthy();
    const body = diff().querySelector('.diff-body')!;
    expect([body.getAttribute('dir'), body.getAttribute('lang')]).toEqual(['rtl', 'ar']);
    expect(marked('del')).toEqual(['مقدمة قصيرة.', 'كما قال مسؤول']);
    expect(marked('ins')).toEqual(['حسب الكرملين']);
    expect([...body.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['مقدمة قصيرة.', P1, P2.replace(KREMLIN, 'كما قال مسؤولحسب الكرملين')]);

    // The introduction's removal moved the missiles claim; the Kremlin's words only exist in revision 3.
    // Found in a worker where there is one (here, on this thread): it comes a moment later.
    const claims = within(await screen.findByRole('list', { name: 'Claims these changes affected' })).getAllByRole('button');
    expect(claims.map((b) => b.textContent)).toEqual([`moved${MISSILES}`, `placed again${KREMLIN}`]);
    expect(diff().textContent).toContain('1 moved · 1 placed again');
    await user.click(claims[1]!);
    expect(onSelectClaim).toHaveBeenCalledWith(kremlin.id);
  });

  it('any two revisions can be picked, in either order, or one with the one before it', async () => {
    render(<RevisionHistory article={current} claims={[makeClaim(KREMLIN)]} onClose={() => {}} />);
    const user = userEvent.setup();
    const older = await screen.findByLabelText('Older revision');
    expect((older as HTMLSelectElement).value).toBe('2');
    // Revision 1 over revision 3 (picked as "newer"): shown from the older to the newer all the same.
    await user.selectOptions(screen.getByLabelText('Newer revision'), '1');
    await user.selectOptions(screen.getByLabelText('Older revision'), '3');
    expect(screen.getByRole('heading', { name: 'Changes from revision 1 to revision 3' })).toBeTruthy();
    expect(marked('ins')).toEqual(['حسب الكرملين']);

    await user.click(screen.getByRole('button', { name: 'Compare with revision 1' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Changes from revision 1 to revision 2' })).toBeTruthy());
    expect(diff().textContent).toContain('The two revisions have the same text.');
    expect(diff().querySelectorAll('ins, del')).toHaveLength(0);
    await waitFor(() => expect(diff().textContent).toContain('Every claim stayed on its words.'));

    await user.click(screen.getByRole('button', { name: 'Hide changes' }));
    expect(screen.queryByTestId('revision-diff')).toBeNull();
  });

  it('names revisions by who made them, an Arabic name isolated so the number stays in place', async () => {
    render(<RevisionHistory article={current} claims={[]} onClose={() => {}} />);
    const options = within(await screen.findByLabelText('Older revision')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Revision 3 (\u2068Omar\u2069)', 'Revision 2 (\u2068منى\u2069)', 'Revision 1 (\u2068منى\u2069)']);
  });
});
