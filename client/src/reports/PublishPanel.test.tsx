// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PublishPanel } from './PublishPanel.tsx';
import type { PublicationState, PublishingApi } from './publishing.ts';
import { livePublications } from './livePublications.ts';
import { claim } from '../../../shared/publish/fixtures/claims.ts';
import { notePublication } from '../realtime/publicationNotices.ts';

afterEach(cleanup);

const CLAIMS = {
  a: claim('a', 5, 'زودت روسيا', { summary: 'معتمد' }),
  r: claim('r', 20, 'الذخائر', { summary: 'جاهز فقط', review: 'ready', approval: null }),
  n: claim('n', 30, 'زيارة', { summary: 'مسودة', review: 'none', approval: null }),
};

function fakeApi(initial: PublicationState): PublishingApi & { state: ReturnType<typeof vi.fn> } {
  let now = initial;
  return {
    state: vi.fn(async () => ({ ok: true as const, ...now })),
    publish: vi.fn(async () => {
      const version = now.versions.length + 1;
      now = { url: 'https://fc.example/p/x-a1', live: true, liveClaimIds: ['a'], versions: [{ version, url: 'https://fc.example/p/x-a1', publishedAt: '2024-07-05T12:00:00.000Z', publishedBy: 'Mona', claims: 1, corrections: 0, unpublished: null }, ...now.versions] };
      return { ok: true as const, url: now.url!, version, publishedAt: '2024-07-05T12:00:00.000Z' };
    }),
    unpublish: vi.fn(async () => ({ ok: true as const, url: '', version: 1, unpublishedAt: '' })),
  };
}

const NEVER: PublicationState = { url: null, live: false, versions: [], liveClaimIds: [] };

describe('PublishPanel', () => {
  it('previews what goes out (approved) and what does not (ready, not approved), then publishes and links the page', async () => {
    const api = fakeApi(NEVER);
    render(<PublishPanel articleId="a1" claims={CLAIMS} canPublish api={api} />);
    await waitFor(() => expect(screen.getByTestId('publish-status').textContent).toBe('Not published yet.'));
    expect(screen.getByTestId('publish-preview').textContent).toBe('1 approved claim will be published.');
    expect(screen.getByText('جاهز فقط')).toBeTruthy();
    expect(screen.queryByText('مسودة')).toBeNull();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Original article URL (optional)'), 'https://news.example/a');
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(screen.getByTestId('public-link').getAttribute('href')).toBe('https://fc.example/p/x-a1'));
    expect(api.publish).toHaveBeenCalledWith('a1', 'https://news.example/a');
    // The claims panel's Published count learns what went out from the same answer.
    expect([...livePublications.get('a1')]).toEqual(['a']);
    expect(screen.getByRole('button', { name: 'Republish' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Unpublish' })).toBeTruthy();
    expect(screen.getByTestId('publish-versions').textContent).toMatch(/^Version 1 · 5 July 2024, 12:00 UTC · Mona · 1 claim$/);
  });

  it('offers nothing to publish when no claim is approved, and no buttons at all to those who may not publish', async () => {
    const { rerender } = render(<PublishPanel articleId="a1" claims={{ r: CLAIMS.r }} canPublish api={fakeApi(NEVER)} />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Publish' }).hasAttribute('disabled')).toBe(true));
    rerender(<PublishPanel articleId="a1" claims={CLAIMS} canPublish={false} api={fakeApi(NEVER)} />);
    await waitFor(() => expect(screen.getByTestId('publish-status').textContent).toBe('Not published yet.'));
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows another editor’s publication as soon as it is heard on the socket, without a reload', async () => {
    const api = fakeApi(NEVER);
    render(<PublishPanel articleId="live1" claims={CLAIMS} canPublish={false} api={api} />);
    await waitFor(() => expect(screen.getByTestId('publish-status').textContent).toBe('Not published yet.'));
    // Someone else publishes: the server has the new state, this panel has not asked for it.
    await api.publish('live1', undefined);
    notePublication({ articleId: 'other', seq: 9, version: 1, url: 'https://fc.example/p/y', live: true, history: null });
    expect(screen.getByTestId('publish-status').textContent).toBe('Not published yet.');
    notePublication({ articleId: 'live1', seq: 7, version: 1, url: 'https://fc.example/p/x-a1', live: true, history: null });
    await waitFor(() => expect(screen.getByTestId('public-link').getAttribute('href')).toBe('https://fc.example/p/x-a1'));
    expect(api.state).toHaveBeenCalledTimes(2);
  });
});
