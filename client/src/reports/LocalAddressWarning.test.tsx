// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings.ts';
import { ArticleReports } from './ArticleReports.tsx';
import { LocalAddressWarning, type LoadSettings } from './LocalAddressWarning.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const settingsAt = (reportBaseUrl: string): LoadSettings => async () => ({ ok: true, settings: { ...DEFAULT_SETTINGS, reportBaseUrl } });

describe('LocalAddressWarning', () => {
  it('warns while reports would link to localhost, and tells an admin where to fix it', async () => {
    render(<LocalAddressWarning canManage load={settingsAt('http://127.0.0.1:3000')} />);
    expect((await screen.findByRole('status')).textContent).toContain('http://127.0.0.1:3000');
    expect(screen.getByRole('link', { name: 'Set the public address' }).getAttribute('href')).toBe('#/admin/users');
  });

  it('says nothing once the address is a public one', async () => {
    let answered = false;
    const load: LoadSettings = async () => ((answered = true), { ok: true, settings: { ...DEFAULT_SETTINGS, reportBaseUrl: 'https://factcheck.example.org' } });
    render(<LocalAddressWarning canManage={false} load={load} />);
    await expect.poll(() => answered).toBe(true);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('is shown in the Reports tab with the default settings', async () => {
    // The tab also asks for the article's publications: each route gets its own answer.
    const answer = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    vi.stubGlobal('fetch', async (url: string) =>
      String(url).includes('/publications') ? answer({ url: null, live: false, versions: [], liveClaimIds: [] }) : answer({ settings: DEFAULT_SETTINGS }),
    );
    render(<ArticleReports articleId="seed" canImport={false} />);
    expect((await screen.findByRole('status')).textContent).toMatch(/works only on the server's own computer.*An admin can give/);
  });
});
