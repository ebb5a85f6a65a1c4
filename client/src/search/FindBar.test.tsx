// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Article } from '../../../shared/domain/schemas.ts';
import { cpLength } from '../../../shared/text/codepoints.ts';
import { ArticleReader } from '../reader/ArticleReader.tsx';
import { article as fixture } from '../test/fixtures.ts';
import { useArticleSearch } from './useArticleSearch.ts';

afterEach(cleanup);

/** Three paragraphs of the seed article, character for character. */
const SEED = [
  'وتعد هذه الزيارة هي الأولى منذ 24 عاما، وتستمر على مدار يومين في إشارة إلى شراكة موسكو المتنامية مع الدولة المسلحة نوويا. وبحسب الكرملين، سيتم التوقيع على “وثائق مهمة للغاية” خلال الزيارة، ومن المحتمل أن تشمل اتفاقية “شراكة استراتيجية شاملة”.',
  'وقبيل زيارة بوتين، أشاد كيم جونغ أون بـ"العلاقات الأخوية المتينة لرفاق السلاح" بين بيونج يانج وموسكو، والتي يعود تاريخها إلى الحقبة السوفيتية. وخلال زيارته لروسيا عام 2023، أعلن كيم أن علاقة كوريا الشمالية مع موسكو هي "الأولوية القصوى" لبلاده.',
  'وظلت زيارة بوتين إلى كوريا الشمالية في طي الكتمان حتى وقت قريب. وتمثل هذه الرحلة زيارته الثانية للبلاد، حيث كانت أول زيارة له قبل حوالي 25 عامًا، بعد وقت قصير من وصوله إلى السلطة للقاء والد كيم جونغ أون، كيم جونغ إيل.',
];
const seedArticle: Article = { ...fixture, id: 'seed', body: SEED };
const TEXT = SEED.join('\n\n');

describe('useArticleSearch', () => {
  it('finds عاما in both "24 عاما" and "25 عامًا", in code points over the body, and steps round', () => {
    const { result } = renderHook(() => useArticleSearch(TEXT));
    act(() => result.current.setQuery('عاما'));
    expect(result.current.matches.map((m) => m.text)).toEqual(['عاما', 'عامًا']);
    const first = result.current.matches[0]!;
    expect(first.start).toBe(cpLength(TEXT.slice(0, TEXT.indexOf('عاما،'))));
    expect(result.current.label).toBe('1 of 2');
    act(() => result.current.next());
    expect(result.current.label).toBe('2 of 2');
    act(() => result.current.next());
    expect(result.current.label).toBe('1 of 2');
    act(() => result.current.previous());
    expect(result.current.label).toBe('2 of 2');
    act(() => result.current.setQuery('الاولويه'));
    expect(result.current.matches.map((m) => m.text)).toEqual(['الأولوية']);
    act(() => result.current.setQuery('  '));
    expect(result.current.label).toBe('');
    act(() => result.current.setQuery('غير موجود'));
    expect(result.current.label).toBe('No matches');
    expect(result.current.current).toBe(-1);
  });

  it('keeps the current hit in range when a new revision has fewer', () => {
    const { result, rerender } = renderHook(({ text }) => useArticleSearch(text), { initialProps: { text: TEXT } });
    act(() => result.current.setQuery('عاما'));
    act(() => result.current.next());
    expect(result.current.label).toBe('2 of 2');
    rerender({ text: SEED[0]! });
    expect(result.current.label).toBe('1 of 1');
  });
});

function renderReader() {
  render(
    <ArticleReader article={seedArticle} claims={[]} selectedId={null} reveal={null} canCapture={false} onCapture={() => true} onSelectClaim={() => {}} />,
  );
}

describe('find in the reader', () => {
  it('Ctrl+F opens the box; typing counts the hits; Enter and Shift+Enter and the buttons step through them; Escape closes', async () => {
    renderReader();
    const user = userEvent.setup();
    expect(screen.queryByLabelText('Find in article')).toBeNull();
    fireEvent.keyDown(window, { key: 'f', code: 'KeyF', ctrlKey: true });
    const box = await screen.findByLabelText('Find in article');
    expect(document.activeElement).toBe(box);
    expect(box.getAttribute('dir')).toBe('auto');

    await user.type(box, 'عاما');
    const count = screen.getByTestId('search-count');
    expect(count.textContent).toBe('1 of 2');
    await user.keyboard('{Enter}');
    expect(count.textContent).toBe('2 of 2');
    await user.keyboard('{Enter}');
    expect(count.textContent).toBe('1 of 2');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(count.textContent).toBe('2 of 2');
    await user.click(screen.getByRole('button', { name: 'Next match' }));
    expect(count.textContent).toBe('1 of 2');
    await user.click(screen.getByRole('button', { name: 'Previous match' }));
    expect(count.textContent).toBe('2 of 2');

    await user.clear(box);
    await user.type(box, 'الاولويه');
    expect(count.textContent).toBe('1 of 1');
    await user.clear(box);
    await user.type(box, 'xyz');
    expect(count.textContent).toBe('No matches');
    expect((screen.getByRole('button', { name: 'Next match' }) as HTMLButtonElement).disabled).toBe(true);

    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText('Find in article')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Find' }));
  });

  it('opens with Cmd+F too, and with an Arabic keyboard layout (the key gives "ب")', async () => {
    renderReader();
    fireEvent.keyDown(window, { key: 'ب', code: 'KeyF', metaKey: true });
    expect(await screen.findByLabelText('Find in article')).toBeTruthy();
  });

  it('keeps the query when closed and opened again', async () => {
    renderReader();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Find' }));
    await user.type(screen.getByLabelText('Find in article'), 'بوتين');
    expect(screen.getByTestId('search-count').textContent).toBe('1 of 3');
    await user.click(screen.getByRole('button', { name: 'Close find' }));
    await user.click(screen.getByRole('button', { name: 'Find' }));
    expect((screen.getByLabelText('Find in article') as HTMLInputElement).value).toBe('بوتين');
    expect(screen.getByTestId('search-count').textContent).toBe('1 of 3');
  });
});

describe('find covers the headline', () => {
  it('counts hits in the headline first, then in the body', () => {
    const { result } = renderHook(() => useArticleSearch(TEXT, '', 'بوتين في بيونج يانج'));
    act(() => result.current.setQuery('بيونج'));
    expect(result.current.matches.map((m) => [m.part, m.start, m.text])).toEqual([
      ['headline', 9, 'بيونج'],
      ['body', cpLength(TEXT.slice(0, TEXT.indexOf('بيونج'))), 'بيونج'],
    ]);
    expect(result.current.label).toBe('1 of 2');
  });

  it('brings the whole header, dateline first, below the bars when the hit is in the headline', async () => {
    renderReader();
    const user = userEvent.setup();
    const header = document.querySelector('.reader-head') as HTMLElement;
    // Scrolled down so that the header sits under the sticky bars.
    header.getBoundingClientRect = () => ({ top: -40, bottom: 60, left: 0, right: 0, width: 0, height: 100, x: 0, y: -40, toJSON: () => ({}) });
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    await user.click(screen.getByRole('button', { name: 'Find' }));
    await user.type(screen.getByLabelText('Find in article'), 'يانج');
    expect(screen.getByTestId('search-count').textContent).toBe('1 of 2');
    expect(scrollTo).toHaveBeenLastCalledWith({ top: window.scrollY - 40 - 150, behavior: 'smooth' });
    scrollTo.mockRestore();
  });
});
