// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { WorkspaceSettings } from '../../../shared/domain/settings.ts';
import { DEFAULT_RATING_SCALE } from '../../../shared/domain/ratings.ts';
import { localeState, setDigits, setLocale } from '../i18n/locale.ts';
import { SettingsSection, type SettingsApi } from './SettingsSection.tsx';

afterEach(() => {
  cleanup();
  setLocale('en');
  setDigits('latn');
});

const current: WorkspaceSettings = { organizationName: 'مكتب التحقق', reportBaseUrl: 'https://checks.example.org', ratings: DEFAULT_RATING_SCALE, digits: 'latn' };

function fakeApi(): SettingsApi & { save: ReturnType<typeof vi.fn> } {
  return { load: vi.fn(async () => ({ ok: true as const, settings: current })), save: vi.fn(async (settings: WorkspaceSettings) => ({ ok: true as const, settings })) };
}

describe('the workspace digit choice', () => {
  it('offers both styles with an example of each, and saving sends the choice', async () => {
    const api = fakeApi();
    render(<SettingsSection api={api} />);
    const latin = (await screen.findByRole('radio', { name: 'Latin digits (0123)' })) as HTMLInputElement;
    const arabic = screen.getByRole('radio', { name: 'Arabic-Indic digits (٠١٢٣)' }) as HTMLInputElement;
    expect(latin.checked).toBe(true);
    const user = userEvent.setup();
    await user.click(arabic);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(api.save).toHaveBeenCalledWith(expect.objectContaining({ digits: 'arab' }));
  });

  it('switches the admin\'s own page to the saved digits at once', async () => {
    setLocale('ar');
    const api = fakeApi();
    render(<SettingsSection api={api} />);
    // The scale editor numbers its rows through Intl: Latin while the workspace writes Latin digits.
    expect(await screen.findByLabelText('معرّف التصنيف 1')).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'أرقام هندية (٠١٢٣)' }));
    expect(localeState().digits).toBe('latn'); // choosing is not saving
    await user.click(screen.getByRole('button', { name: 'حفظ الإعدادات' }));
    expect(await screen.findByText('تم الحفظ. تستخدم التقارير الجديدة هذه الإعدادات.')).toBeTruthy();
    expect(localeState().digits).toBe('arab');
    expect(await screen.findByLabelText('معرّف التصنيف ١')).toBeTruthy();
    expect(screen.queryByLabelText('معرّف التصنيف 1')).toBeNull();
  });

  it('leaves the page\'s digits alone when the server refuses', async () => {
    const api = fakeApi();
    api.save.mockResolvedValueOnce({ ok: false, status: 403, error: { code: 'forbidden', message: 'Your role does not allow this.' } });
    render(<SettingsSection api={api} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Arabic-Indic digits (٠١٢٣)' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Your role does not allow this.');
    expect(localeState().digits).toBe('latn');
  });
});

describe('workspace settings in Arabic', () => {
  it('labels the form, the scale and the statuses in Arabic, keeping the organisation name as typed', async () => {
    setLocale('ar');
    render(<SettingsSection api={fakeApi()} />);
    const org = (await screen.findByLabelText('اسم الجهة')) as HTMLInputElement;
    expect(org.value).toBe('مكتب التحقق');
    expect(org.getAttribute('dir')).toBe('auto');
    expect(screen.getByText('سلّم التقييم العلني')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'التصنيف الذي تُنشر به كل حالة' })).toBeTruthy();
    expect(screen.getByLabelText('مُتحقَّق منه')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'إضافة تصنيف' })).toBeTruthy();
  });

  it('words its own checks in Arabic', async () => {
    setLocale('ar');
    render(<SettingsSection api={fakeApi()} />);
    const url = await screen.findByLabelText('عنوان التقارير الأساسي');
    const user = userEvent.setup();
    await user.clear(url);
    await user.type(url, 'ftp://x.example.org');
    await user.click(screen.getByRole('button', { name: 'حفظ الإعدادات' }));
    expect((await screen.findByRole('alert')).textContent).toBe('يجب أن يبدأ عنوان التقارير بـ http أو https.');
  });
});

describe('the rating scale\'s refusals in Arabic', () => {
  it('marks an unnamed label and a reversed range in Arabic, sending nothing', async () => {
    setLocale('ar');
    const api = fakeApi();
    render(<SettingsSection api={api} />);
    const user = userEvent.setup();
    const name = await screen.findByLabelText('اسم التصنيف 2 بالإنجليزية');
    await user.clear(name);
    await user.clear(screen.getByLabelText('أدنى تقييم'));
    await user.type(screen.getByLabelText('أدنى تقييم'), '5');
    await user.click(screen.getByRole('button', { name: 'حفظ الإعدادات' }));
    expect(api.save).not.toHaveBeenCalled();
    expect(document.getElementById(name.getAttribute('aria-describedby')!)!.textContent).toBe('يحتاج التصنيف إلى اسم بالعربية والإنجليزية');
    const best = screen.getByLabelText('أعلى تقييم');
    expect(document.getElementById(best.getAttribute('aria-describedby')!)!.textContent).toBe('يجب أن يكون أعلى تقييم أكبر من أدنى تقييم');
    expect(screen.getByText('في سلّم التقييم مشكلات: راجع الحقول المعلَّمة.')).toBeTruthy();
  });
});
