// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../../shared/domain/roles.ts';
import type { PublicUser } from '../../../shared/domain/schemas.ts';
import type { NewAccountInput } from '../../../shared/protocol/account-payloads.ts';
import { apiError, ERROR_MESSAGES } from '../../../shared/protocol/errors.ts';
import type { Result } from '../state/http.ts';
import { AcceptInvitePage } from './AcceptInvitePage.tsx';

afterEach(cleanup);

const omar: PublicUser = {
  id: 'u2',
  name: 'Omar',
  email: 'omar@example.org',
  role: 'reviewer',
  active: true,
  createdAt: '2024-07-04T00:00:00.000Z',
};

function setup(invite: Result<{ role: Role; expiresAt: string }>, accepted: Result<{ user: PublicUser }> = { ok: true, user: omar }) {
  const loadInvite = vi.fn(async (_token: string) => invite);
  const onAccept = vi.fn(async (_token: string, _input: NewAccountInput) => accepted);
  const onDone = vi.fn();
  render(<AcceptInvitePage token="tok123" loadInvite={loadInvite} onAccept={onAccept} onDone={onDone} />);
  return { loadInvite, onAccept, onDone, user: userEvent.setup() };
}

describe('AcceptInvitePage', () => {
  it('shows the role the invitation grants, then creates the account with the token', async () => {
    const { loadInvite, onAccept, onDone, user } = setup({ ok: true, role: 'reviewer', expiresAt: '2030-01-01T00:00:00.000Z' });
    expect(loadInvite).toHaveBeenCalledWith('tok123');
    expect((await screen.findByTestId('invite-role')).textContent).toContain('Reviewer');
    await user.type(screen.getByLabelText('Name'), 'Omar');
    await user.type(screen.getByLabelText('Email'), 'omar@example.org');
    await user.type(screen.getByLabelText('Password'), 'a good long password');
    await user.type(screen.getByLabelText('Confirm password'), 'a good long password');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(onAccept).toHaveBeenCalledWith('tok123', { name: 'Omar', email: 'omar@example.org', password: 'a good long password' });
    expect(onDone).toHaveBeenCalledWith(omar);
  });

  it('says when the link has expired, and offers no form', async () => {
    setup({ ok: false, status: 410, error: apiError('invite_expired') });
    expect((await screen.findByRole('alert')).textContent).toBe(ERROR_MESSAGES.invite_expired);
    expect(screen.queryByRole('button', { name: 'Join' })).toBeNull();
  });

  it('says when the link is not valid', async () => {
    setup({ ok: false, status: 404, error: apiError('invite_invalid') });
    expect((await screen.findByRole('alert')).textContent).toBe(ERROR_MESSAGES.invite_invalid);
  });

  it('shows a taken email beside the email field', async () => {
    const { user } = setup(
      { ok: true, role: 'viewer', expiresAt: '2030-01-01T00:00:00.000Z' },
      { ok: false, status: 409, error: apiError('email_taken') },
    );
    await user.type(await screen.findByLabelText('Name'), 'Omar');
    await user.type(screen.getByLabelText('Email'), 'omar@example.org');
    await user.type(screen.getByLabelText('Password'), 'a good long password');
    await user.type(screen.getByLabelText('Confirm password'), 'a good long password');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(await screen.findByText(ERROR_MESSAGES.email_taken)).toBeTruthy();
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
  });
});
