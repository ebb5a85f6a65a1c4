// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Article } from '../../../shared/domain/schemas.ts';
import { apiError } from '../../../shared/protocol/errors.ts';
import type { Result } from '../state/http.ts';
import type { ExtractedArticle } from './articlesApi.ts';
import { ImportPanel } from './ImportPanel.tsx';
import { ImportClaims } from '../reports/ImportClaims.tsx';
import type { ImportAnswer } from '../reports/importClaims.ts';

/**
 * The import controls open the browser's file picker or send the article,
 * and are busy until the answer comes. A control that becomes `disabled`
 * loses the focus in browsers (the focus fix-up rule), so after the picker
 * closed, or after a refusal, a keyboard user would be back at the top of
 * the page. Busy, they stay focusable (aria-disabled) and ignore a second
 * file or press until the first is done.
 */
afterEach(cleanup);

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('focus stays on the import control that opened the picker', () => {
  it('article import: the file control while the file is read, the Import button while saving and after a refusal', async () => {
    const extracted = deferred<Result<ExtractedArticle>>();
    const saved = deferred<Result<{ article: Article }>>();
    const api = { extract: vi.fn(() => extracted.promise), create: vi.fn(() => saved.promise) };
    render(<ImportPanel api={api} onImported={() => {}} />);
    const user = userEvent.setup();
    const file = screen.getByLabelText('Upload file');
    await user.upload(file, new File(['<h1>Title</h1><p>Text.</p>'], 'story.html', { type: 'text/html' }));
    expect(document.activeElement).toBe(file);
    expect((file as HTMLInputElement).disabled).toBe(false);
    expect(file.getAttribute('aria-disabled')).toBe('true');
    // A second file while the first is read is ignored.
    await user.upload(file, new File(['<p>Other.</p>'], 'other.html', { type: 'text/html' }));
    expect(api.extract).toHaveBeenCalledTimes(1);
    extracted.resolve({ ok: true, title: 'Title', byline: '', body: ['Text.'], lang: 'en', dir: 'ltr' });
    await waitFor(() => expect(file.getAttribute('aria-disabled')).toBeNull());
    expect(document.activeElement).toBe(file);

    const button = screen.getByRole('button', { name: 'Import article' });
    button.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(api.create).toHaveBeenCalledTimes(1));
    expect((button as HTMLButtonElement).disabled).toBe(false);
    await user.keyboard('{Enter}');
    expect(api.create).toHaveBeenCalledTimes(1);
    saved.resolve({ ok: false, status: 429, error: apiError('rate_limited') });
    await waitFor(() => expect(screen.getByRole('alert')).toBeTruthy());
    expect(document.activeElement).toBe(button);
  });

  it('claims import: the Import claims control keeps the focus while the file is sent, and a second file is ignored', async () => {
    const answer = deferred<Result<ImportAnswer>>();
    const send = vi.fn(() => answer.promise);
    render(<ImportClaims articleId="a1" send={send} />);
    const user = userEvent.setup();
    const input = screen.getByLabelText('Import claims');
    const doc = new File([JSON.stringify({ format: 'isnad-export', version: 1, articles: [], claims: [] })], 'isnad.json', { type: 'application/json' });
    await user.upload(input, doc);
    await waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    expect(document.activeElement).toBe(input);
    expect((input as HTMLInputElement).disabled).toBe(false);
    await user.upload(input, doc);
    expect(send).toHaveBeenCalledTimes(1);
    answer.resolve({ ok: true, imported: 1, restored: 0, skipped: 0, orphaned: [], claimIds: ['c1'] });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported 1 claim'));
    expect(document.activeElement).toBe(input);
  });
});
