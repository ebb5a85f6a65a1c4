// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../../shared/domain/roles.ts';
import type { PublicUser } from '../../../shared/domain/schemas.ts';
import type { UserPatch } from '../../../shared/protocol/account-payloads.ts';
import { apiError, ERROR_MESSAGES } from '../../../shared/protocol/errors.ts';
import type { Invite } from '../account/accountApi.ts';
import type { Result } from '../state/http.ts';
import { UsersPage, type UsersApi } from './UsersPage.tsx';
import type { SettingsApi } from './SettingsSection.tsx';
import type { AccountLinksApi, OpenInvite, ResetLink } from './accountLinksApi.ts';
import { DEFAULT_RATING_SCALE } from '../../../shared/domain/ratings.ts';

afterEach(cleanup);

/** The settings section is tested on its own (SettingsSection.test.tsx). */
const noSettings: SettingsApi = {
  load: async () => ({ ok: true, settings: { organizationName: 'Desk', reportBaseUrl: 'http://localhost:3000', ratings: DEFAULT_RATING_SCALE, digits: 'latn' } }),
  save: async (settings) => ({ ok: true, settings }),
};

const user = (id: string, name: string, role: Role, active = true): PublicUser => ({
  id,
  name,
  email: `${id}@example.org`,
  role,
  active,
  createdAt: '2024-07-04T00:00:00.000Z',
});
const layla = user('layla', 'Layla', 'admin');
const omar = user('omar', 'Omar', 'reviewer');
const sara = user('sara', 'سارة', 'viewer', false);

function fakeApi(patchAnswer?: (id: string, patch: UserPatch) => Result<{ user: PublicUser }>) {
  const api = {
    users: vi.fn(async (): Promise<Result<{ users: PublicUser[] }>> => ({ ok: true, users: [layla, omar, sara] })),
    patchUser: vi.fn(async (id: string, patch: UserPatch): Promise<Result<{ user: PublicUser }>> => {
      if (patchAnswer) return patchAnswer(id, patch);
      const before = [layla, omar, sara].find((u) => u.id === id)!;
      return { ok: true, user: { ...before, ...patch } };
    }),
    createInvite: vi.fn(
      async (role: Role): Promise<Result<Invite>> => ({
        ok: true,
        token: 'tok',
        url: 'http://127.0.0.1:3117/#/invite/tok',
        role,
        expiresAt: '2030-01-02T03:04:00.000Z',
      }),
    ),
  } satisfies UsersApi;
  return api;
}

/** Open invitations and reset links, and when the server says the lists changed. */
function fakeLinks(invites: OpenInvite[] = []) {
  let open = [...invites];
  return {
    invites: vi.fn(async (): Promise<Result<{ invites: OpenInvite[] }>> => ({ ok: true, invites: open })),
    revokeInvite: vi.fn(async (id: string): Promise<Result<{ ok: true }>> => {
      open = open.filter((i) => i.id !== id);
      return { ok: true };
    }),
    resetLink: vi.fn(async (userId: string): Promise<Result<ResetLink>> => ({
      ok: true,
      url: 'https://factcheck.example.org/#/reset/secret',
      expiresAt: '2030-01-02T03:04:00.000Z',
      user: [layla, omar, sara].find((u) => u.id === userId)!,
    })),
  } satisfies AccountLinksApi;
}
const quiet = () => ({ linksApi: fakeLinks(), usersChanged: () => () => {} });

const row = (id: string) => document.querySelector<HTMLElement>(`tr[data-user-id="${id}"]`)!;

describe('UsersPage', () => {
  it('lists every account with its role and whether it is active', async () => {
    render(<UsersPage settingsApi={noSettings} {...quiet()} currentUser={layla} api={fakeApi()} />);
    await waitFor(() => expect(document.querySelectorAll('tr[data-user-id]')).toHaveLength(3));
    expect((within(row('omar')).getByLabelText('Role') as HTMLSelectElement).value).toBe('reviewer');
    expect((within(row('sara')).getByLabelText('Active') as HTMLInputElement).checked).toBe(false);
    expect(row('sara').textContent).toContain('سارة');
    expect(row('layla').textContent).toContain('(you)');
  });

  it('changing a role sends a PATCH with just the role, and shows the answer', async () => {
    const api = fakeApi();
    render(<UsersPage settingsApi={noSettings} {...quiet()} currentUser={layla} api={api} />);
    const u = userEvent.setup();
    await waitFor(() => expect(row('omar')).toBeTruthy());
    await u.selectOptions(within(row('omar')).getByLabelText('Role'), 'editor');
    expect(api.patchUser).toHaveBeenCalledWith('omar', { role: 'editor' });
    await waitFor(() => expect((within(row('omar')).getByLabelText('Role') as HTMLSelectElement).value).toBe('editor'));
  });

  it('the Active checkbox sends active true/false', async () => {
    const api = fakeApi();
    render(<UsersPage settingsApi={noSettings} {...quiet()} currentUser={layla} api={api} />);
    const u = userEvent.setup();
    await waitFor(() => expect(row('sara')).toBeTruthy());
    await u.click(within(row('sara')).getByLabelText('Active'));
    expect(api.patchUser).toHaveBeenCalledWith('sara', { active: true });
  });

  it('shows last_admin beside the row and keeps the old role', async () => {
    const api = fakeApi(() => ({ ok: false, status: 409, error: apiError('last_admin') }));
    const onSelfChanged = vi.fn();
    render(<UsersPage settingsApi={noSettings} {...quiet()} currentUser={layla} api={api} onSelfChanged={onSelfChanged} />);
    const u = userEvent.setup();
    await waitFor(() => expect(row('layla')).toBeTruthy());
    await u.selectOptions(within(row('layla')).getByLabelText('Role'), 'viewer');
    expect(api.patchUser).toHaveBeenCalledWith('layla', { role: 'viewer' });
    expect((await screen.findByRole('alert')).textContent).toBe(ERROR_MESSAGES.last_admin);
    expect((within(row('layla')).getByLabelText('Role') as HTMLSelectElement).value).toBe('admin');
    expect(onSelfChanged).not.toHaveBeenCalled();
  });

  it('tells the app when the admin changed their own account', async () => {
    const onSelfChanged = vi.fn();
    render(<UsersPage settingsApi={noSettings} {...quiet()} currentUser={layla} api={fakeApi()} onSelfChanged={onSelfChanged} />);
    const u = userEvent.setup();
    await waitFor(() => expect(row('layla')).toBeTruthy());
    await u.selectOptions(within(row('layla')).getByLabelText('Role'), 'editor');
    await waitFor(() => expect(onSelfChanged).toHaveBeenCalledWith({ ...layla, role: 'editor' }));
  });

  it('creates an invitation for the chosen role and shows the link and its expiry', async () => {
    const api = fakeApi();
    render(<UsersPage settingsApi={noSettings} {...quiet()} currentUser={layla} api={api} />);
    const u = userEvent.setup();
    await u.selectOptions(screen.getByLabelText('Role for invitation'), 'viewer');
    await u.click(screen.getByRole('button', { name: 'Create invitation link' }));
    expect(api.createInvite).toHaveBeenCalledWith('viewer');
    expect((await screen.findByTestId('invite-url')).textContent).toBe('http://127.0.0.1:3117/#/invite/tok');
    expect(screen.getByText(/^Expires /).textContent).toContain('2030');
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();
  });

  it('shows why the list could not be loaded', async () => {
    const api = fakeApi();
    api.users.mockResolvedValue({ ok: false, status: 403, error: apiError('forbidden') });
    render(<UsersPage settingsApi={noSettings} {...quiet()} currentUser={layla} api={api} />);
    expect((await screen.findByRole('alert')).textContent).toBe(ERROR_MESSAGES.forbidden);
  });
});

describe('UsersPage: found as a new user', () => {
  const invite = (id: string, role: Role): OpenInvite => ({ id, role, createdBy: 'layla', createdAt: '2030-01-01T00:00:00.000Z', expiresAt: '2030-01-08T00:00:00.000Z' });

  it('lists the open invitations, and Revoke takes one off', async () => {
    const links = fakeLinks([invite('i1', 'editor'), invite('i2', 'viewer')]);
    render(<UsersPage settingsApi={noSettings} currentUser={layla} api={fakeApi()} linksApi={links} usersChanged={() => () => {}} />);
    await waitFor(() => expect(screen.getAllByTestId('open-invite')).toHaveLength(2));
    const u = userEvent.setup();
    await u.click(within(screen.getAllByTestId('open-invite')[0]!).getByRole('button', { name: /^Revoke the Editor invitation/ }));
    expect(links.revokeInvite).toHaveBeenCalledWith('i1');
    await waitFor(() => expect(screen.getAllByTestId('open-invite').map((li) => li.textContent)).toEqual([expect.stringContaining('Viewer')]));
  });

  it('issues a password-reset link for the chosen account and shows it with its expiry', async () => {
    const links = fakeLinks();
    render(<UsersPage settingsApi={noSettings} currentUser={layla} api={fakeApi()} linksApi={links} usersChanged={() => () => {}} />);
    const u = userEvent.setup();
    await waitFor(() => expect(row('omar')).toBeTruthy());
    const choice = screen.getByLabelText('Account to reset') as HTMLSelectElement;
    // Inactive accounts cannot sign in, so they are not offered.
    expect([...choice.options].map((o) => o.value)).toEqual(['layla', 'omar']);
    await u.selectOptions(choice, 'omar');
    await u.click(screen.getByRole('button', { name: 'Create reset link' }));
    expect(links.resetLink).toHaveBeenCalledWith('omar');
    expect((await screen.findByTestId('reset-url')).textContent).toBe('https://factcheck.example.org/#/reset/secret');
    expect(screen.getByText(/^Works once, until /).textContent).toContain('2030');
  });

  it('fetches the users again when the server says they changed, so a new account appears without a reload', async () => {
    const api = fakeApi();
    let tell = () => {};
    const usersChanged = (onChange: () => void) => ((tell = onChange), () => {});
    render(<UsersPage settingsApi={noSettings} currentUser={layla} api={api} linksApi={fakeLinks()} usersChanged={usersChanged} />);
    await waitFor(() => expect(document.querySelectorAll('tr[data-user-id]')).toHaveLength(3));
    const newcomer = user('nour', 'نور', 'editor');
    api.users.mockResolvedValue({ ok: true, users: [layla, omar, sara, newcomer] });
    act(() => tell());
    await waitFor(() => expect(row('nour')?.textContent).toContain('نور'));
  });
});
