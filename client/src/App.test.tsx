// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PublicUser } from '../../shared/domain/schemas.ts';
import { apiError } from '../../shared/protocol/errors.ts';
import type { AccountApi } from './account/accountApi.ts';
import { App } from './App.tsx';
import { rememberedSessionUser, rememberSessionUser } from './account/sessionCache.ts';
import { setLocale } from './i18n/locale.ts';
import { stubFetch } from './test/stubFetch.ts';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings.ts';

const admin: PublicUser = { id: 'a1', name: 'Layla', email: 'layla@example.org', role: 'admin', active: true, createdAt: '2024-07-04T00:00:00.000Z' };
const reviewer: PublicUser = { ...admin, id: 'r1', name: 'Omar', role: 'reviewer' };

/** An account API whose answers each test sets; nothing reaches the network. */
function fakeApi(over: Partial<AccountApi> = {}): AccountApi {
  return {
    setupNeeded: vi.fn(async () => ({ ok: true as const, needed: false })),
    setup: vi.fn(async () => ({ ok: true as const, user: admin })),
    login: vi.fn(async () => ({ ok: true as const, user: admin })),
    logout: vi.fn(async () => ({ ok: true as const })),
    me: vi.fn(async () => ({ ok: false as const, status: 401, error: apiError('unauthenticated') })),
    invite: vi.fn(async () => ({ ok: true as const, role: 'viewer' as const, expiresAt: '2030-01-01T00:00:00.000Z' })),
    acceptInvite: vi.fn(async () => ({ ok: true as const, user: reviewer })),
    createInvite: vi.fn(),
    users: vi.fn(async () => ({ ok: true as const, users: [admin, reviewer] })),
    patchUser: vi.fn(),
    ...over,
  } as AccountApi;
}

beforeEach(() => {
  window.location.hash = '';
  localStorage.clear();
});
afterEach(cleanup);

describe('App: which page', () => {
  it('shows the setup page while the workspace has no account', async () => {
    const api = fakeApi({ setupNeeded: vi.fn(async () => ({ ok: true as const, needed: true })) });
    render(<App api={api} />);
    expect(await screen.findByRole('button', { name: 'Create admin account' })).toBeTruthy();
    expect(api.me).not.toHaveBeenCalled();
  });

  it('shows the sign-in page without a session', async () => {
    render(<App api={fakeApi()} />);
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
  });

  it('shows the invitation page for an invite link, whatever the session', async () => {
    window.location.hash = '#/invite/abc_123';
    const api = fakeApi();
    render(<App api={api} />);
    expect(await screen.findByRole('button', { name: 'Join' })).toBeTruthy();
    expect(api.invite).toHaveBeenCalledWith('abc_123');
  });

  it('shows the users page to an admin, with the header: name, role, Sign out', async () => {
    window.location.hash = '#/admin/users';
    const api = fakeApi({ me: vi.fn(async () => ({ ok: true as const, user: admin })) });
    render(<App api={api} />);
    await waitFor(() => expect(document.querySelectorAll('tr[data-user-id]')).toHaveLength(2));
    const who = screen.getByTestId('account');
    expect(who.textContent).toContain('Layla');
    expect(who.textContent).toContain('Admin');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' }));
    expect(api.logout).toHaveBeenCalled();
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
  });

  it('does not show the users page to others', async () => {
    window.location.hash = '#/admin/users';
    const api = fakeApi({ me: vi.fn(async () => ({ ok: true as const, user: reviewer })) });
    render(<App api={api} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/Only admins/);
    expect(api.users).not.toHaveBeenCalled();
  });

  it('offers to try again when the server cannot be reached', async () => {
    const api = fakeApi({
      setupNeeded: vi
        .fn()
        .mockResolvedValueOnce({ ok: false, status: 0, error: { code: 'internal_error', message: 'Could not reach the server.' } })
        .mockResolvedValue({ ok: true, needed: false }),
    });
    render(<App api={api} />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
  });

  it('opens for the person last signed in here when the server cannot be reached (offline reload)', async () => {
    rememberSessionUser(admin);
    window.location.hash = '#/admin/users';
    const unreachable = { ok: false as const, status: 0, error: { code: 'internal_error' as const, message: 'Could not reach the server.' } };
    render(<App api={fakeApi({ setupNeeded: vi.fn(async () => unreachable) })} />);
    expect(await screen.findByRole('button', { name: 'Sign out' })).toBeTruthy();
    expect(screen.getByTestId('account').textContent).toContain('Layla');
  });

  it('remembers who signed in, and forgets them on sign-out', async () => {
    window.location.hash = '#/admin/users';
    const api = fakeApi({ me: vi.fn(async () => ({ ok: true as const, user: admin })) });
    render(<App api={api} />);
    await screen.findByRole('button', { name: 'Sign out' });
    // Remembered by an effect after the signed-in page renders.
    await waitFor(() => expect(rememberedSessionUser()).toEqual(admin));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('button', { name: 'Sign in' });
    await waitFor(() => expect(rememberedSessionUser()).toBeNull());
  });
});

describe('App in Arabic', () => {
  const SETTINGS = { settings: DEFAULT_SETTINGS };
  afterEach(() => {
    setLocale('en');
    vi.unstubAllGlobals();
  });

  it('shows the signed-in header in Arabic, mirrored; choosing English switches at once, mirrors back and is saved with the account', async () => {
    const fetch = stubFetch({ '/api/settings': SETTINGS, '/api/auth/me': { user: { ...admin, locale: 'en' } } });
    vi.stubGlobal('fetch', fetch);
    setLocale('ar');
    window.location.hash = '#/admin/users';
    render(<App api={fakeApi({ me: vi.fn(async () => ({ ok: true as const, user: admin })) })} />);
    await waitFor(() => expect(screen.getByTestId('account').textContent).toContain('مسؤول'));
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('button', { name: 'تسجيل الخروج' })).toBeTruthy();

    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'لغة الواجهة' }), 'en');
    expect(screen.getByTestId('account').textContent).toContain('Admin');
    expect(document.documentElement.dir).toBe('ltr');
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
    await waitFor(() => expect(fetch).toHaveBeenCalledWith('/api/auth/me', expect.objectContaining({ method: 'PATCH' })));
    const patch = fetch.mock.calls.find(([url, init]) => url === '/api/auth/me' && init?.method === 'PATCH')!;
    expect(JSON.parse(String(patch[1]!.body))).toEqual({ locale: 'en' });
  });

  it('a person whose account chose Arabic gets Arabic, even where this browser had chosen English', async () => {
    vi.stubGlobal('fetch', stubFetch({ '/api/settings': SETTINGS }));
    setLocale('en');
    window.location.hash = '#/admin/users';
    render(<App api={fakeApi({ me: vi.fn(async () => ({ ok: true as const, user: { ...admin, locale: 'ar' as const } })) })} />);
    await waitFor(() => expect(screen.getByTestId('account').textContent).toContain('مسؤول'));
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
  });
});
