// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeClaim, article } from '../test/fixtures.ts';
import { stubFetch } from '../test/stubFetch.ts';
import { ClaimSearch } from './ClaimSearch.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const words = article.body[0]!.split(' ').slice(0, 3).join(' ');

describe('Claim search on the dashboard', () => {
  it('asks the server when sent, and lists the claims found with their article and status, linking to each in the reader', async () => {
    const claim = { ...makeClaim(words, { status: 'verified', summary: 'ملخص', attributedTo: 'البنتاجون' }), articleId: 'article-b' };
    const fetch = stubFetch({ '/api/claims/search': { claims: [{ claim, articleId: 'article-b', articleTitle: 'مقال ب', score: 0.5 }] } });
    render(<ClaimSearch onUnauthenticated={() => {}} />);
    await userEvent.type(screen.getByLabelText('Search claims in every article'), 'الذخائر الكورية');
    expect(fetch).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    const results = await screen.findByTestId('claim-search-results');
    expect(String(fetch.mock.calls[0]![0])).toBe(`/api/claims/search?q=${encodeURIComponent('الذخائر الكورية')}`);
    const item = within(results).getByRole('listitem');
    expect(within(item).getByText('Verified')).toBeTruthy();
    expect(item.textContent).toContain('مقال ب');
    expect(item.textContent).toContain('البنتاجون');
    expect(within(item).getByRole('link').getAttribute('href')).toBe(`#/articles/article-b/claims/${claim.id}`);
    expect(screen.getByRole('status').textContent).toBe('1 claim match “الذخائر الكورية”, best first.');
  });

  it('says when nothing matches, and sends a lost session to sign in', async () => {
    stubFetch({ '/api/claims/search': { claims: [] } });
    const onUnauthenticated = vi.fn();
    render(<ClaimSearch onUnauthenticated={onUnauthenticated} />);
    await userEvent.type(screen.getByLabelText('Search claims in every article'), 'nothing{Enter}');
    expect((await screen.findByRole('status')).textContent).toBe('No claims match “nothing”.');
    stubFetch({ '/api/claims/search': new Response(JSON.stringify({ ok: false, error: { code: 'unauthenticated', message: 'Sign in.' } }), { status: 401 }) });
    await userEvent.type(screen.getByLabelText('Search claims in every article'), '{Enter}');
    await vi.waitFor(() => expect(onUnauthenticated).toHaveBeenCalled());
  });
});
