// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PublicUser } from '../../../shared/domain/schemas.ts';
import { LIMITS } from '../../../shared/limits.ts';
import type { SetupInput } from '../../../shared/protocol/account-payloads.ts';
import { apiError, ERROR_MESSAGES } from '../../../shared/protocol/errors.ts';
import type { Result } from '../state/http.ts';
import { SetupPage } from './SetupPage.tsx';

afterEach(cleanup);

const admin: PublicUser = {
  id: 'u1',
  name: 'Layla Haddad',
  email: 'layla@example.org',
  role: 'admin',
  active: true,
  createdAt: '2024-07-04T00:00:00.000Z',
};

function setup(answer: () => Result<{ user: PublicUser }> = () => ({ ok: true, user: admin })) {
  const onSetup = vi.fn(async (_input: SetupInput) => answer());
  const onDone = vi.fn();
  render(<SetupPage onSetup={onSetup} onDone={onDone} />);
  return { onSetup, onDone, user: userEvent.setup() };
}

async function fill(user: ReturnType<typeof userEvent.setup>, v: { name: string; email: string; password: string; confirm: string }) {
  if (v.name) await user.type(screen.getByLabelText('Name'), v.name);
  if (v.email) await user.type(screen.getByLabelText('Email'), v.email);
  if (v.password) await user.type(screen.getByLabelText('Password'), v.password);
  if (v.confirm) await user.type(screen.getByLabelText('Confirm password'), v.confirm);
  await user.click(screen.getByRole('button', { name: 'Create admin account' }));
}

const good = { name: 'Layla Haddad', email: 'Layla@Example.org', password: 'long enough password', confirm: 'long enough password' };

describe('SetupPage', () => {
  it('says what it is for', () => {
    setup();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Set up Isnad — create the first admin account');
  });

  it('creates the account and hands over the new admin', async () => {
    const { onSetup, onDone, user } = setup();
    await fill(user, good);
    expect(onSetup).toHaveBeenCalledWith({ name: 'Layla Haddad', email: 'Layla@Example.org', password: 'long enough password', reportBaseUrl: window.location.origin });
    expect(onDone).toHaveBeenCalledWith(admin);
  });

  it('refuses a confirmation that does not match, without sending anything', async () => {
    const { onSetup, user } = setup();
    await fill(user, { ...good, confirm: 'long enough passwore' });
    expect(onSetup).not.toHaveBeenCalled();
    expect(screen.getByText('The passwords do not match.')).toBeTruthy();
    expect(screen.getByLabelText('Confirm password').getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a password shorter than the shared minimum, and a malformed email', async () => {
    const { onSetup, user } = setup();
    const short = 'x'.repeat(LIMITS.passwordMin - 1);
    await fill(user, { ...good, email: 'not-an-email', password: short, confirm: short });
    expect(onSetup).not.toHaveBeenCalled();
    expect(screen.getByText(`At least ${LIMITS.passwordMin} characters.`, { selector: '.field-error' })).toBeTruthy();
    expect(screen.getByText('Please enter a valid email address.')).toBeTruthy();
  });

  it('counts the password minimum in code points, as the server does', async () => {
    const { onSetup, user } = setup();
    // Five emoji are ten UTF-16 units but only five characters.
    const emoji = '🔑🔑🔑🔑🔑';
    await fill(user, { ...good, password: emoji, confirm: emoji });
    expect(onSetup).not.toHaveBeenCalled();
  });

  it('requires a name', async () => {
    const { onSetup, user } = setup();
    await fill(user, { ...good, name: '' });
    expect(onSetup).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
  });

  it('puts the shared limits on the inputs', () => {
    setup();
    expect(screen.getByLabelText('Name').getAttribute('maxlength')).toBe(String(LIMITS.displayName));
    expect(screen.getByLabelText('Email').getAttribute('maxlength')).toBe(String(LIMITS.email));
    expect(screen.getByLabelText('Password').getAttribute('minlength')).toBe(String(LIMITS.passwordMin));
    expect(screen.getByLabelText('Password').getAttribute('maxlength')).toBe(String(LIMITS.passwordMax));
    expect(screen.getByLabelText('Password').getAttribute('autocomplete')).toBe('new-password');
  });

  it('shows the server refusing (the workspace was set up meanwhile)', async () => {
    const { onDone, user } = setup(() => ({ ok: false, status: 409, error: apiError('setup_done') }));
    await fill(user, good);
    expect((await screen.findByRole('alert')).textContent).toBe(ERROR_MESSAGES.setup_done);
    expect(onDone).not.toHaveBeenCalled();
  });
});

describe('SetupPage: the public address', () => {
  it('asks for the address reports and links are built on, and sends it with the account', async () => {
    const { onSetup, user } = setup();
    const address = screen.getByLabelText('Public address') as HTMLInputElement;
    expect(address.value).toBe(window.location.origin);
    await user.clear(address);
    await user.type(address, 'https://factcheck.example.org/');
    await fill(user, good);
    expect(onSetup).toHaveBeenCalledWith(expect.objectContaining({ reportBaseUrl: 'https://factcheck.example.org' }));
  });

  it('warns while the address is a local one, and refuses one that is not a web address', async () => {
    const { onSetup, user } = setup();
    const address = screen.getByLabelText('Public address');
    await user.clear(address);
    await user.type(address, 'http://127.0.0.1:3000');
    expect(screen.getByText(/works only on this computer/)).toBeTruthy();
    await user.clear(address);
    await user.type(address, 'ftp://files.example.org');
    await fill(user, good);
    expect(onSetup).not.toHaveBeenCalled();
    expect(screen.getByText('Give an http:// or https:// address.')).toBeTruthy();
    expect(address.getAttribute('aria-invalid')).toBe('true');
  });
});
