// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import type { Article } from '../../../shared/domain/schemas.ts';
import { article, makeClaim } from '../test/fixtures.ts';
import { ArticleReader } from './ArticleReader.tsx';
import { SELECTION_SETTLE_MS } from './useTextSelection.ts';
import { setDigits, setLocale } from '../i18n/locale.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  document.getSelection()?.removeAllRanges();
  cleanup();
  vi.useRealTimers();
  setLocale('en');
  setDigits('latn');
});

const english: Article = { ...article, id: 'en', title: 'Putin in Pyongyang', lang: 'en', dir: 'ltr', body: ['The Pentagon said Moscow used missiles.'] };
const renderReader = (a: Article, claims = [] as ReturnType<typeof makeClaim>[]) =>
  render(<ArticleReader article={a} claims={claims} selectedId={null} reveal={null} canCapture onCapture={vi.fn(async () => true)} onSelectClaim={() => {}} />);

describe('the reader in Arabic', () => {
  it('names its tools and the capture toolbar in Arabic, with statuses in Arabic only', async () => {
    setLocale('ar');
    renderReader(article);
    expect(screen.getByRole('button', { name: 'بحث' })).toBeTruthy();
    expect(screen.getByRole('document', { name: 'المقال، لقراءته وتحديد الادعاءات فيه' })).toBeTruthy();
    const text = document.querySelector('article p[data-start]')!.firstChild as Text;
    act(() => {
      document.getSelection()!.setBaseAndExtent(text, 0, text, 3);
      document.dispatchEvent(new Event('selectionchange'));
    });
    await act(() => vi.advanceTimersByTimeAsync(SELECTION_SETTLE_MS));
    const toolbar = screen.getByRole('toolbar', { name: 'تسجيل ادعاء' });
    expect(toolbar.textContent).toBe('تسجيلمنسوبمُتحقَّق منهمُتنازَع عليه');
    expect(screen.getByRole('button', { name: 'تسجيل بالحالة: مُتحقَّق منه' })).toBeTruthy();
  });

  it('describes the claims of a paragraph to screen readers in Arabic, the quoted words in the article’s language', () => {
    setLocale('ar');
    setDigits('arab');
    renderReader(article, [makeClaim('قال البنتاغون', { status: 'verified' }), makeClaim('موسكو', { status: 'disputed' })]);
    const first = document.querySelector('article p[data-start]')!;
    const description = document.getElementById(first.getAttribute('aria-describedby')!)!;
    expect(description.textContent).toMatch(/^ادعاءان في هذه الفقرة: ادعاء مُتحقَّق منه: «قال البنتاغون»/);
    expect(description.querySelector('span[lang="ar"]')?.textContent).toBe('قال البنتاغون');
  });

  it('keeps each article’s own direction whatever the interface language', () => {
    setLocale('ar');
    const { unmount } = renderReader(english);
    expect(document.querySelector('article.reader')?.getAttribute('dir')).toBe('ltr');
    expect(document.querySelector('article.reader')?.getAttribute('lang')).toBe('en');
    unmount();
    setLocale('en');
    renderReader(article);
    expect(document.querySelector('article.reader')?.getAttribute('dir')).toBe('rtl');
  });
});
