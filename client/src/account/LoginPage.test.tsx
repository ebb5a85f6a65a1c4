// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PublicUser } from '../../../shared/domain/schemas.ts';
import { apiError, ERROR_MESSAGES, type ErrorCode } from '../../../shared/protocol/errors.ts';
import type { Result } from '../state/http.ts';
import { LoginPage } from './LoginPage.tsx';

afterEach(cleanup);

const layla: PublicUser = {
  id: 'u1',
  name: 'Layla',
  email: 'layla@example.org',
  role: 'editor',
  active: true,
  createdAt: '2024-07-04T00:00:00.000Z',
};

const refused = (code: ErrorCode, status: number): Result<{ user: PublicUser }> => ({ ok: false, status, error: apiError(code) });

function setup(answer: () => Result<{ user: PublicUser }>) {
  const onLogin = vi.fn(async (_input: { email: string; password: string }) => answer());
  const onDone = vi.fn();
  render(<LoginPage onLogin={onLogin} onDone={onDone} />);
  return { onLogin, onDone, user: userEvent.setup() };
}

async function signIn(user: ReturnType<typeof userEvent.setup>, email: string, password: string) {
  await user.type(screen.getByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginPage', () => {
  it('sends the email (trimmed) and password, and hands over the signed-in user', async () => {
    const { onLogin, onDone, user } = setup(() => ({ ok: true, user: layla }));
    await signIn(user, '  layla@example.org ', 'correct horse battery');
    expect(onLogin).toHaveBeenCalledWith({ email: 'layla@example.org', password: 'correct horse battery' });
    expect(onDone).toHaveBeenCalledWith(layla);
  });

  it('shows the fixed message for wrong credentials and clears the password', async () => {
    const { onDone, user } = setup(() => refused('invalid_credentials', 401));
    await signIn(user, 'layla@example.org', 'wrong password');
    expect((await screen.findByRole('alert')).textContent).toBe(ERROR_MESSAGES.invalid_credentials);
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('layla@example.org');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('shows the rate-limit message when throttled', async () => {
    const { user } = setup(() => refused('rate_limited', 429));
    await signIn(user, 'layla@example.org', 'whatever password');
    expect((await screen.findByRole('alert')).textContent).toBe(ERROR_MESSAGES.rate_limited);
  });

  it('asks for both fields before sending anything', async () => {
    const { onLogin, user } = setup(() => ({ ok: true, user: layla }));
    await user.type(screen.getByLabelText('Email'), 'layla@example.org');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onLogin).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/email and password/);
  });

  it('uses the autocomplete hints password managers need and the shared limits', () => {
    setup(() => ({ ok: true, user: layla }));
    expect(screen.getByLabelText('Email').getAttribute('autocomplete')).toBe('username');
    expect(screen.getByLabelText('Email').getAttribute('maxlength')).toBe('254');
    expect(screen.getByLabelText('Password').getAttribute('type')).toBe('password');
    expect(screen.getByLabelText('Password').getAttribute('autocomplete')).toBe('current-password');
  });
});
