// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { PublishPanel } from './PublishPanel.tsx';
import { ExportLinks } from './ExportLinks.tsx';
import { importErrorMessage, importMessage } from './importClaims.ts';
import type { PublicationState, PublishingApi } from './publishing.ts';
import { setDigits, setLocale } from '../i18n/locale.ts';
import { claim } from '../../../shared/publish/fixtures/claims.ts';

beforeEach(() => setLocale('ar'));
afterEach(() => {
  cleanup();
  setLocale('en');
  setDigits('latn');
});

const LIVE: PublicationState = {
  url: 'https://fc.example/p/x',
  live: true,
  liveClaimIds: ['a'],
  versions: [{ version: 3, url: 'https://fc.example/p/x', publishedAt: '2024-07-05T12:00:00.000Z', publishedBy: 'Mona ‏منى', claims: 12, corrections: 2, unpublished: null }],
};
const api = (state: PublicationState): PublishingApi => ({
  state: vi.fn(async () => ({ ok: true as const, ...state })),
  publish: vi.fn(),
  unpublish: vi.fn(),
});
const approved = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`c${i}`, claim(`c${i}`, i * 10, 'زودت روسيا')]));

describe('the Reports tab in Arabic', () => {
  it('words the publish panel in Arabic, with Arabic plurals, Arabic-Indic digits and the editor’s name isolated', async () => {
    setDigits('arab');
    render(<PublishPanel articleId="a1" claims={approved(3)} canPublish api={api(LIVE)} />);
    await waitFor(() => expect(screen.getByTestId('publish-status').textContent).toMatch(/^منشور: النسخة ٣، ٥ يوليو ٢٠٢٤، ١٢:٠٠ بالتوقيت العالمي/));
    expect(screen.getByTestId('publish-preview').textContent).toBe('ستُنشر ٣ ادعاءات مُعتمَدة.');
    expect(screen.getByRole('button', { name: 'إعادة النشر' })).toBeTruthy();
    const versions = screen.getByRole('list', { name: 'النسخ المنشورة' });
    expect(versions.textContent).toBe('النسخة ٣ · ٥ يوليو ٢٠٢٤، ١٢:٠٠ بالتوقيت العالمي · Mona ‏منى · ١٢ ادعاءً · تصحيحان');
    expect(versions.querySelector('bdi')?.textContent).toBe('Mona ‏منى');
  });

  it('says one approved claim, and import results, with Latin digits when the workspace keeps them', async () => {
    render(<PublishPanel articleId="a1" claims={approved(1)} canPublish api={api({ url: null, live: false, versions: [], liveClaimIds: [] })} />);
    await waitFor(() => expect(screen.getByTestId('publish-status').textContent).toBe('لم يُنشر بعد.'));
    expect(screen.getByTestId('publish-preview').textContent).toBe('سيُنشر ادعاء مُعتمَد واحد.');
    expect(importMessage({ imported: 2, skipped: 11, orphaned: ['o'] })).toBe('استُورد ادعاءان (الموجود مسبقًا: 11، المنفصل عن النص: 1)');
    expect(importErrorMessage({ code: 'forbidden', message: '' })).toBe('لا يستورد الادعاءات إلا المحررون والمسؤولون.');
  });

  it('names the downloads and the report language chooser in Arabic; the language names stay in their own language', () => {
    render(<ExportLinks articleId="a1" />);
    expect(screen.getByRole('group', { name: 'تنزيل هذا المقال' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'تقرير للطباعة' }).getAttribute('href')).toBe('/api/articles/a1/export?format=html&disposition=inline');
    const chooser = screen.getByLabelText('لغة التقرير');
    expect([...chooser.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['لغة المقال', 'العربية', 'English']);
  });
});
