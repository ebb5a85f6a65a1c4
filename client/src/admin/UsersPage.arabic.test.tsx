// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_RATING_SCALE } from '../../../shared/domain/ratings.ts';
import type { Role } from '../../../shared/domain/roles.ts';
import type { PublicUser } from '../../../shared/domain/schemas.ts';
import { setDigits, setLocale } from '../i18n/locale.ts';
import type { Result } from '../state/http.ts';
import type { AccountLinksApi, OpenInvite, ResetLink } from './accountLinksApi.ts';
import type { SettingsApi } from './SettingsSection.tsx';
import { UsersPage, type UsersApi } from './UsersPage.tsx';

beforeEach(() => {
  setLocale('ar');
  setDigits('arab');
});
afterEach(() => {
  cleanup();
  setLocale('en');
  setDigits('latn');
});

const person = (id: string, name: string, role: Role): PublicUser => ({ id, name, email: `${id}@example.org`, role, active: true, createdAt: '2024-07-04T00:00:00.000Z' });
const layla = person('layla', 'Layla', 'admin');
const omar = person('omar', 'Omar (desk)', 'reviewer');
const expiresAt = '2030-01-02T03:04:00.000Z';

const settingsApi: SettingsApi = {
  load: async () => ({ ok: true, settings: { organizationName: 'Desk', reportBaseUrl: 'http://localhost:3000', ratings: DEFAULT_RATING_SCALE, digits: 'arab' } }),
  save: async (settings) => ({ ok: true, settings }),
};
const api: UsersApi = {
  users: async () => ({ ok: true, users: [layla, omar] }),
  patchUser: vi.fn(),
  createInvite: async (role: Role) => ({ ok: true, token: 't', url: 'https://factcheck.example.org/#/invite/t', role, expiresAt }),
};
const open: OpenInvite = { id: 'i1', role: 'editor', createdBy: 'layla', createdAt: '2030-01-01T00:00:00.000Z', expiresAt };
const linksApi: AccountLinksApi = {
  invites: async (): Promise<Result<{ invites: OpenInvite[] }>> => ({ ok: true, invites: [open] }),
  revokeInvite: async () => ({ ok: true }),
  resetLink: async (userId: string): Promise<Result<ResetLink>> => ({ ok: true, url: 'https://factcheck.example.org/#/reset/s', expiresAt, user: userId === 'omar' ? omar : layla }),
};

describe('the users page in Arabic', () => {
  it('names roles once, in Arabic, with what each may do, and marks the admin\'s own row', async () => {
    render(<UsersPage currentUser={layla} api={api} settingsApi={settingsApi} linksApi={linksApi} usersChanged={() => () => {}} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('المستخدمون');
    const row = (await screen.findByText('Omar (desk)')).closest('tr')!;
    expect(screen.getByText('Omar (desk)').tagName).toBe('BDI');
    const roleSelect = within(row).getByLabelText('الدور') as HTMLSelectElement;
    expect([...roleSelect.options].map((o) => o.textContent)).toEqual(['مسؤول', 'محرر', 'مراجع', 'قارئ']);
    expect(document.querySelector('tr[data-user-id="layla"]')!.textContent).toContain('(أنت)');
    const roles = screen.getByRole('heading', { name: 'الأدوار' }).parentElement!;
    expect(roles.textContent).toContain('قارئ');
    expect(roles.textContent).toContain('يقرأ ويصدّر.');
    expect(roles.textContent).not.toMatch(/Reads and exports|Viewer/);
  });

  it('dates invitations and reset links in Arabic with Arabic-Indic digits, the name isolated', async () => {
    render(<UsersPage currentUser={layla} api={api} settingsApi={settingsApi} linksApi={linksApi} usersChanged={() => () => {}} />);
    const invite = await screen.findByTestId('open-invite');
    expect(invite.textContent).toContain('محرر');
    expect(invite.textContent).toContain('٢٠٣٠');
    expect(within(invite).getByRole('button').getAttribute('aria-label')).toMatch(/^إلغاء دعوة محرر التي تنتهي .*٢٠٣٠/);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'إنشاء رابط دعوة' }));
    expect((await screen.findByText(/^ينتهي /)).textContent).toMatch(/٢٠٣٠.*\.$/);
    await user.selectOptions(screen.getByLabelText('الحساب المراد إعادة تعيينه'), 'omar');
    await user.click(screen.getByRole('button', { name: 'إنشاء رابط إعادة التعيين' }));
    await screen.findByTestId('reset-url');
    const linkFor = screen.getByText(/^رابط إعادة التعيين لـ/);
    expect(linkFor.querySelector('bdi')?.textContent).toBe('Omar (desk)');
    expect(screen.getByText(/^يعمل مرة واحدة، حتى/).textContent).toContain('٢٠٣٠');
    expect(screen.getByText(/خلال ٢٤ ساعة/)).toBeTruthy();
  });
});
