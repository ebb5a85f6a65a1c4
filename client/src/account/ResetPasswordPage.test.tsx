// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PublicUser } from '../../../shared/domain/schemas.ts';
import { apiError, ERROR_MESSAGES } from '../../../shared/protocol/errors.ts';
import type { Result } from '../state/http.ts';
import { routeFromHash } from '../routes.ts';
import { ResetPasswordPage } from './ResetPasswordPage.tsx';

afterEach(cleanup);

const omar: PublicUser = { id: 'omar', name: 'عمر', email: 'omar@example.org', role: 'reviewer', active: true, createdAt: '2024-07-04T00:00:00.000Z' };

function setup(status: Result<{ name: string; expiresAt: string }> = { ok: true, name: 'عمر', expiresAt: '2030-01-02T03:04:00.000Z' }) {
  const onReset = vi.fn(async (_token: string, _password: string): Promise<Result<{ user: PublicUser }>> => ({ ok: true, user: omar }));
  const onDone = vi.fn();
  render(<ResetPasswordPage token="tok" loadReset={async () => status} onReset={onReset} onDone={onDone} />);
  return { onReset, onDone, user: userEvent.setup() };
}

describe('ResetPasswordPage', () => {
  it('is where a reset link leads', () => {
    expect(routeFromHash('#/reset/AbC-_9')).toEqual({ page: 'reset', token: 'AbC-_9' });
  });

  it('says whose password it sets, checks the new one, then signs the person in', async () => {
    const { onReset, onDone, user } = setup();
    expect((await screen.findByTestId('reset-for')).textContent).toContain('عمر');
    await user.type(screen.getByLabelText('New password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect(onReset).not.toHaveBeenCalled();
    await user.clear(screen.getByLabelText('New password'));
    await user.type(screen.getByLabelText('New password'), 'a brand new passphrase');
    await user.type(screen.getByLabelText('Confirm new password'), 'a brand new passphrase');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect(onReset).toHaveBeenCalledWith('tok', 'a brand new passphrase');
    expect(onDone).toHaveBeenCalledWith(omar);
  });

  it('explains a used or expired link instead of showing the form', async () => {
    setup({ ok: false, status: 410, error: apiError('reset_expired') });
    expect((await screen.findByRole('alert')).textContent).toBe(ERROR_MESSAGES.reset_expired);
    expect(screen.queryByLabelText('New password')).toBeNull();
  });
});
