// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Article } from '../../../shared/domain/schemas.ts';
import { article } from '../test/fixtures.ts';
import { stubFetch } from '../test/stubFetch.ts';
import { RevisionHistory } from './RevisionHistory.tsx';
import type { RevisionRecord } from './useRevisionPages.ts';

/** The server's paging: newest first, 20 a page, `next` the cursor for `before` (here the last revision number sent). */
let stored: RevisionRecord[];
let fetch: ReturnType<typeof stubFetch>;
const revision = (n: number): RevisionRecord => ({ revision: n, body: [`text ${n}`], by: n === 1 ? 'original' : 'Mona', byId: n === 1 ? null : 'u-mona', at: `2024-07-${String(n).padStart(2, '0')}T10:00:00.000Z` });
function revisionsPage(url: URL) {
  const limit = Number(url.searchParams.get('limit')) || 20;
  const before = url.searchParams.has('before') ? Number(url.searchParams.get('before')) : Infinity;
  const older = stored.filter((r) => r.revision < before).sort((a, b) => b.revision - a.revision);
  const revisions = older.slice(0, limit);
  return { revisions, next: older.length > revisions.length ? String(revisions.at(-1)!.revision) : null };
}

beforeEach(() => {
  stored = Array.from({ length: 25 }, (_, i) => revision(i + 1));
  fetch = stubFetch({ [`/api/articles/${article.id}/revisions`]: revisionsPage });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const at = (n: number): Article => ({ ...article, revision: n });
const numbers = () => screen.queryAllByText(/^Revision \d+$/).map((el) => Number(el.textContent!.split(' ')[1]));
const olderButton = () => screen.queryByRole('button', { name: 'Show older revisions' });
const requested = () => fetch.mock.calls.map(([url]) => String(url));

describe('RevisionHistory', () => {
  it('shows the newest page first, and older revisions on request until there are no more', async () => {
    render(<RevisionHistory article={at(25)} claims={[]} onClose={() => {}} />);
    await waitFor(() => expect(numbers()).toHaveLength(20));
    expect(numbers()).toEqual(Array.from({ length: 20 }, (_, i) => 25 - i));
    expect(screen.getByText('Revision 25').closest('li')!.getAttribute('aria-current')).toBe('true');
    expect(requested()).toEqual([`/api/articles/${article.id}/revisions`]);

    await userEvent.setup().click(olderButton()!);
    await waitFor(() => expect(numbers()).toHaveLength(25));
    expect(requested()[1]).toBe(`/api/articles/${article.id}/revisions?before=6`);
    expect(numbers()).toEqual(Array.from({ length: 25 }, (_, i) => 25 - i));
    expect(screen.getByText('original text')).toBeTruthy();
    expect(olderButton()).toBeNull();
  });

  it('a new revision comes in on top; the older pages already shown stay', async () => {
    const view = render(<RevisionHistory article={at(25)} claims={[]} onClose={() => {}} />);
    await waitFor(() => expect(olderButton()).not.toBeNull());
    await userEvent.setup().click(olderButton()!);
    await waitFor(() => expect(numbers()).toHaveLength(25));

    stored.push(revision(26));
    view.rerender(<RevisionHistory article={at(26)} claims={[]} onClose={() => {}} />);
    await waitFor(() => expect(numbers()[0]).toBe(26));
    expect(numbers()).toEqual(Array.from({ length: 26 }, (_, i) => 26 - i));
    expect(screen.getByText('Revision 26').closest('li')!.getAttribute('aria-current')).toBe('true');
    expect(screen.getByText('Revision 25').closest('li')!.getAttribute('aria-current')).toBeNull();
  });

  it('an older page that cannot be loaded says so and keeps the list', async () => {
    render(<RevisionHistory article={at(25)} claims={[]} onClose={() => {}} />);
    await waitFor(() => expect(olderButton()).not.toBeNull());
    fetch.mockImplementationOnce(async () => new Response(JSON.stringify({ error: { code: 'internal_error', message: 'Something went wrong on the server.' } }), { status: 500 }));
    await userEvent.setup().click(olderButton()!);
    // The person sees the error worded by the interface-language layer for its code, not the server's raw text.
    expect((await screen.findByRole('alert')).textContent).toBe('The server could not process this request.');
    expect(numbers()).toHaveLength(20);
    expect(olderButton()!.hasAttribute('disabled')).toBe(false);
  });
});
