// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PublicUser } from '../../../shared/domain/schemas.ts';
import { setDigits, setLocale } from '../i18n/locale.ts';
import type { ArticleSummary } from '../state/api.ts';
import { article } from '../test/fixtures.ts';
import type { ArticlesApi } from './articlesApi.ts';
import { ArticlesPage } from './ArticlesPage.tsx';

beforeEach(() => {
  setLocale('ar');
  setDigits('arab');
});
afterEach(() => {
  cleanup();
  setLocale('en');
  setDigits('latn');
});

const editor: PublicUser = { id: 'u-editor', name: 'Sara', email: 'sara@example.org', role: 'editor', active: true, createdAt: '2024-07-04T00:00:00.000Z' };
const { body, ...meta } = article;
const summary = (id: string, lang: string, dir: 'rtl' | 'ltr', title: string, counts: ArticleSummary['counts'], revision = 1): ArticleSummary => ({
  ...meta,
  id,
  title,
  lang,
  dir,
  revision,
  paragraphs: body.length,
  claimCount: Object.values(counts).reduce((a, b) => a + b, 0),
  counts,
});
const articles = [
  summary('a1', 'ar', 'rtl', article.title, { unreviewed: 1, attributed: 0, verified: 2, disputed: 1 }, 3),
  summary('a2', 'en', 'ltr', 'New bridge to open next spring', { unreviewed: 0, attributed: 0, verified: 0, disputed: 0 }),
  summary('a3', 'en', 'ltr', 'Harbour fees to rise', { unreviewed: 1, attributed: 0, verified: 0, disputed: 0 }),
  summary('a4', 'en', 'ltr', 'Budget vote', { unreviewed: 11, attributed: 0, verified: 0, disputed: 0 }),
];

function renderPage() {
  const api: ArticlesApi = { list: vi.fn(async () => ({ ok: true as const, articles })), create: vi.fn(), extract: vi.fn() };
  render(<ArticlesPage user={editor} articlesHref="#/articles/a1" onSignOut={() => {}} onUnauthenticated={() => {}} api={api} />);
  return api;
}

describe('the articles page in Arabic', () => {
  it('lists articles with Arabic words, Arabic plurals and Arabic-Indic digits, each title in its own direction', async () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('المقالات');
    const [ar, en, one, eleven] = within(await screen.findByTestId('article-list')).getAllByRole('listitem') as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    expect(ar.textContent).toContain('العربية · من اليمين إلى اليسار');
    expect(ar.textContent).toContain('النسخة ٣');
    expect(ar.textContent).toContain('٤ ادعاءات');
    expect(ar.textContent).toContain('مُتحقَّق منه ٢');
    expect(ar.querySelector('.status-verified')?.getAttribute('title')).toBe('تؤكده أدلة مستقلة.');
    expect(en.textContent).toContain('الإنجليزية · من اليسار إلى اليمين');
    expect(en.textContent).toContain('لا ادعاءات بعد');
    expect(one.textContent).toContain('ادعاء واحد');
    expect(eleven.textContent).toContain('١١ ادعاءً');
    // The interface mirrors; an English title keeps its own direction and language.
    expect(document.documentElement.dir).toBe('rtl');
    const title = within(en).getByRole('heading');
    expect(title.getAttribute('dir')).toBe('ltr');
    expect(title.getAttribute('lang')).toBe('en');
    expect(document.body.textContent).not.toMatch(/Revision|claims|right to left/);
  });

  it('imports with Arabic words: the language guessed named in Arabic, paragraphs counted in Arabic, refusals in Arabic', async () => {
    const api = renderPage();
    const text = screen.getByLabelText('نص المقال');
    fireEvent.change(text, { target: { value: 'وتعد هذه الزيارة هي الأولى منذ 24 عاما.\n\nوقد صرح الكرملين أنه سيتم التوقيع على وثائق مهمة.\n\nفقرة ثالثة.' } });
    expect(screen.getByText('مُستنتَجة من النص: العربية.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: /معاينة/ }).textContent).toContain('٣ فقرات');
    expect((screen.getByLabelText('الاتجاه') as HTMLSelectElement).value).toBe('rtl');
    await userEvent.setup().click(screen.getByRole('button', { name: 'استيراد المقال' }));
    expect(screen.getByText('العنوان مطلوب.')).toBeTruthy();
    expect(api.create).not.toHaveBeenCalled();
  });
});
