// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { PublishPanel } from './PublishPanel.tsx';
import { livePublications } from './livePublications.ts';
import { stubFetch } from '../test/stubFetch.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('PublishPanel with a malformed answer', () => {
  it('says the answer could not be read instead of crashing, and the live claims stay as they were', async () => {
    livePublications.set('m1', ['kept']);
    // A live state whose versions are not a list: the panel used to read versions[0] of it and throw.
    vi.stubGlobal('fetch', stubFetch({ '/api/articles/m1/publications': { url: 'https://fc.example/p/m', live: true, versions: null } }));
    render(<PublishPanel articleId="m1" claims={{}} canPublish />);
    expect((await screen.findByRole('alert')).textContent).toBe('The server’s answer about this report could not be read. Reload the page to try again.');
    expect(screen.getByTestId('publish-status').textContent).toBe('Loading…');
    expect(screen.queryByTestId('publish-versions')).toBeNull();
    expect([...livePublications.get('m1')]).toEqual(['kept']);
  });

  it('refuses a version whose fields are of the wrong kind', async () => {
    const version = { version: '1', url: 'u', publishedAt: 'x', publishedBy: 'Mona', claims: 1, corrections: 0, unpublished: null };
    vi.stubGlobal('fetch', stubFetch({ '/api/articles/m2/publications': { url: null, live: false, versions: [version], liveClaimIds: [] } }));
    render(<PublishPanel articleId="m2" claims={{}} canPublish />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be read/);
  });
});
