// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PublicUser } from '../../../shared/domain/schemas.ts';
import { setDigits, setLocale } from '../i18n/locale.ts';
import { AcceptInvitePage } from './AcceptInvitePage.tsx';
import { LoginPage } from './LoginPage.tsx';
import { ResetPasswordPage } from './ResetPasswordPage.tsx';
import { SetupPage } from './SetupPage.tsx';

beforeEach(() => {
  setLocale('ar');
  setDigits('arab');
});
afterEach(() => {
  cleanup();
  setLocale('en');
  setDigits('latn');
});

const omar: PublicUser = { id: 'omar', name: 'Omar', email: 'omar@example.org', role: 'reviewer', active: true, createdAt: '2024-07-04T00:00:00.000Z' };

describe('the pages before the workspace, in Arabic', () => {
  it('signs in with Arabic labels and asks for both fields in Arabic', async () => {
    const onLogin = vi.fn();
    render(<LoginPage onLogin={onLogin} onDone={() => {}} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('تسجيل الدخول');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('البريد الإلكتروني'), 'omar@example.org');
    await user.click(screen.getByRole('button', { name: 'تسجيل الدخول' }));
    expect(onLogin).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('يُرجى إدخال البريد الإلكتروني وكلمة المرور.');
  });

  it('checks the setup form in Arabic, counting the password minimum with the workspace\'s digits', async () => {
    const onSetup = vi.fn();
    render(<SetupPage onSetup={onSetup} onDone={() => {}} />);
    expect(screen.getByLabelText('العنوان العام')).toBeTruthy();
    // The hint under the password: ten is an Arabic "few" plural (3–10: أحرف).
    expect(screen.getByText('١٠ أحرف على الأقل.')).toBeTruthy();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('كلمة المرور'), 'short');
    await user.type(screen.getByLabelText('تأكيد كلمة المرور'), 'shorter');
    await user.click(screen.getByRole('button', { name: 'إنشاء حساب المسؤول' }));
    expect(onSetup).not.toHaveBeenCalled();
    expect(screen.getByText('يُرجى إدخال الاسم الذي سيراه زملاؤك.')).toBeTruthy();
    expect(screen.getByText('يُرجى إدخال عنوان بريد إلكتروني.')).toBeTruthy();
    expect(screen.getByText('١٠ أحرف على الأقل.', { selector: '.field-error' })).toBeTruthy();
    expect(screen.getByText('كلمتا المرور غير متطابقتين.')).toBeTruthy();
  });

  it('names the invited role and what it may do in Arabic, the expiry in Arabic-Indic digits, and isolates the signed-in name', async () => {
    render(
      <AcceptInvitePage token="t" signedInAs="Layla Haddad" loadInvite={async () => ({ ok: true, role: 'reviewer', expiresAt: '2030-01-02T03:04:00.000Z' })} onAccept={async () => ({ ok: true, user: omar })} onDone={() => {}} />,
    );
    const role = await screen.findByTestId('invite-role');
    expect(role.textContent).toBe('أنت مدعو بدور مراجع: يُنشئ الادعاءات ويعدّلها، ويعلّق، ويضيف الأدلة.');
    expect(role.textContent).not.toMatch(/Reviewer/);
    const until = document.querySelector('time')!;
    expect(until.getAttribute('dateTime')).toBe('2030-01-02T03:04:00.000Z');
    expect(until.textContent).toContain('٢٠٣٠');
    expect(until.textContent).not.toMatch(/[0-9]/);
    expect(screen.getByText('Layla Haddad').tagName).toBe('BDI');
    expect(screen.getByRole('button', { name: 'انضمام' })).toBeTruthy();
  });

  it('sets a new password with Arabic words, the person\'s name isolated', async () => {
    render(<ResetPasswordPage token="t" loadReset={async () => ({ ok: true, name: 'Omar', expiresAt: '2030-01-02T03:04:00.000Z' })} onReset={vi.fn()} onDone={() => {}} />);
    const forWhom = await screen.findByTestId('reset-for');
    expect(forWhom.textContent).toMatch(/^يعيّن هذا الرابط كلمة مرور جديدة لـ Omar\. يعمل مرة واحدة، حتى .*٢٠٣٠/);
    expect(forWhom.querySelector('bdi')?.textContent).toBe('Omar');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('كلمة المرور الجديدة'), 'a brand new passphrase');
    await user.click(screen.getByRole('button', { name: 'تعيين كلمة المرور وتسجيل الدخول' }));
    expect(screen.getByText('كلمتا المرور غير متطابقتين.')).toBeTruthy();
  });
});
