// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Claim } from '../../../shared/domain/schemas.ts';
import { article, makeClaim } from '../test/fixtures.ts';
import { stubFetch } from '../test/stubFetch.ts';
import { CheckedBefore } from './CheckedBefore.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const words = article.body[0]!.split(' ').slice(0, 3).join(' ');

function earlierClaim(): Claim {
  const c = makeClaim(words, { status: 'disputed', summary: 'Munitions to Russia', attributedTo: 'Western states' });
  return {
    ...c,
    articleId: 'article-a',
    evidence: [
      { id: 'e1', url: 'https://example.org/un-report', title: 'UN panel report', note: '', addedBy: 'Omar', addedById: 'u-omar', addedAt: c.createdAt },
      { id: 'e2', url: 'https://example.org/already', title: 'Already cited', note: '', addedBy: 'Omar', addedById: 'u-omar', addedAt: c.createdAt },
    ],
  };
}

function setup(canReuse = true) {
  const earlier = earlierClaim();
  const claim = { ...makeClaim(words), evidence: [{ ...earlier.evidence[1]!, id: 'mine' }] };
  const fetch = stubFetch({ [`/api/claims/${claim.id}/similar`]: { similar: [{ claim: earlier, articleId: 'article-a', articleTitle: 'مقال أ', score: 0.87 }] } });
  const actions = { updateClaim: vi.fn(() => ({ ok: true as const })), addEvidence: vi.fn(() => ({ ok: true as const })) };
  render(<CheckedBefore claim={claim} canReuse={canReuse} actions={actions} />);
  return { claim, earlier, fetch, actions };
}

describe('Checked before', () => {
  it('lists a similar claim of another article with its verdict, source, evidence and a link to it', async () => {
    const { earlier, fetch } = setup();
    const item = await screen.findByTestId('checked-before-item');
    expect(within(item).getByText('Disputed')).toBeTruthy();
    expect(within(item).getByRole('link', { name: 'مقال أ' }).getAttribute('href')).toBe(`#/articles/article-a/claims/${earlier.id}`);
    expect(item.textContent).toContain('Munitions to Russia');
    expect(item.textContent).toContain('Western states');
    expect(within(item).getByRole('link', { name: 'UN panel report' }).getAttribute('href')).toBe('https://example.org/un-report');
    expect(item.textContent).toContain('87%');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('reuses the verdict and the sources not yet cited, through the workspace’s actions', async () => {
    const { claim, actions } = setup();
    await userEvent.click(await screen.findByRole('button', { name: 'Reuse verdict and evidence' }));
    expect(actions.updateClaim).toHaveBeenCalledWith(claim.id, { status: 'disputed' }, claim.version);
    expect(actions.addEvidence).toHaveBeenCalledTimes(1);
    expect(actions.addEvidence).toHaveBeenCalledWith(claim.id, { url: 'https://example.org/un-report', title: 'UN panel report' });
  });

  it('offers no reuse to those who may not change the claim, and shows nothing when nothing is similar', async () => {
    setup(false);
    await screen.findByTestId('checked-before-item');
    expect(screen.queryByRole('button', { name: 'Reuse verdict and evidence' })).toBeNull();
    cleanup();
    const fetch = stubFetch({ '/api/claims/': { similar: [] } });
    const { container } = render(<CheckedBefore claim={makeClaim(words)} canReuse actions={{}} />);
    // The answer has arrived and been rendered: an empty list shows no section at all.
    await act(async () => void (await fetch.mock.results[0]!.value));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(container.textContent).toBe('');
  });
});
