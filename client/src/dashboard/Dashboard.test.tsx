// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DashboardInput } from '../../../shared/dashboard/figures.ts';
import { peopleFrom } from '../state/usePeople.ts';
import { Dashboard } from './Dashboard.tsx';
import { NOW, PEOPLE, QUOTES, statusEntry, testWorkspace } from '../../../shared/dashboard/fixtures/test-workspace.ts';

afterEach(cleanup);

const people = peopleFrom(PEOPLE);
const show = (input: DashboardInput = testWorkspace()) => render(<Dashboard input={input} now={NOW} people={people} />);
const dashboard = () => screen.getByTestId('dashboard');
const chart = () => screen.getByTestId('status-chart');
/** Text as seen on screen: without what is there only for screen readers. */
function visibleText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((h) => h.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}
const items = (testId: string) => [...dashboard().querySelectorAll(`[data-testid=${testId}] > li`)].map(visibleText);
/** Each row's name and the numbers on its buttons. */
const rows = (testId: string) =>
  [...dashboard().querySelectorAll(`[data-testid=${testId}] > li`)].map((li) => [
    li.querySelector('.row-name')!.textContent,
    ...[...li.querySelectorAll('button.num')].map((b) => Number(b.getAttribute('data-value'))),
  ]);
const num = (name: string) => screen.getByRole('button', { name });
const progress = () => screen.getByTestId('progress');

describe('Dashboard: figures counted by hand (see testWorkspace.ts)', () => {
  it('shows claims by status as a chart whose text alternative says the numbers', () => {
    show();
    expect(chart().getAttribute('role')).toBe('img');
    expect(chart().getAttribute('aria-label')).toBe('Claims by status, 6 in all: Unreviewed 2, Attributed 1, Verified 1, Disputed 2');
    // Bars in the status colours, as long as their counts (2 is the longest).
    const bars = [...chart().querySelectorAll('rect')];
    expect(bars.map((b) => b.getAttribute('fill'))).toEqual(['#52606d', '#1d5fa8', '#1e6b34', '#b42318']);
    const widths = bars.map((b) => Number(b.getAttribute('width')));
    expect(widths[0]).toBe(widths[3]);
    expect(widths[1]).toBeCloseTo(widths[0]! / 2);
    expect(num('6 claims in all')).toBeTruthy();
    expect(num('2 disputed claims')).toBeTruthy();
    expect(num('1 orphaned claims')).toBeTruthy();
  });

  it('shows review progress: the share no longer unreviewed', () => {
    show();
    expect(progress().textContent).toContain('67% reviewed');
    expect(progress().getAttribute('data-reviewed')).toBe('4');
    expect(progress().getAttribute('data-total')).toBe('6');
    expect(within(progress()).getByRole('button', { name: '1 stale claims' })).toBeTruthy();
  });

  it('counts decisions per reviewer, claims per source with the disputed ones, recent decisions and stale claims', () => {
    show();
    expect(rows('reviewers')).toEqual([
      ['Omar', 2],
      ['Layla', 1],
      ['Mona', 1],
    ]);
    expect(items('reviewers')[0]).toMatch(/^Omar 2 decisions 1 verified · 1 disputed · last /);
    expect(items('reviewers')[1]).toMatch(/^Layla 1 decision 1 disputed · last /);
    expect(rows('sources')).toEqual([
      ['الكرملين', 3, 1],
      ['البنتاغون', 2, 1],
    ]);
    expect(items('sources')).toEqual(['الكرملين 3 claims, 1 disputed', 'البنتاغون 2 claims, 1 disputed']);
    expect(screen.getByRole('button', { name: '1 claims without a source' })).toBeTruthy();
    const recent = dashboard().querySelectorAll('[data-testid=recent] > li');
    expect([...recent].map((li) => [li.getAttribute('data-claim-id'), li.getAttribute('data-to')])).toEqual([
      ['c4', 'attributed'],
      ['c6', 'disputed'],
      ['c1', 'verified'],
      ['c2', 'disputed'],
    ]);
    expect(recent[0]!.textContent).toContain('Mona moved a claim from Unreviewed to Attributed');
    expect(items('stale')).toEqual([`9 days unreviewed · assigned to Mona${QUOTES.c3}`]);
    const staleLink = dashboard().querySelector('[data-testid=stale] a')!;
    expect(staleLink.getAttribute('href')).toBe('#/articles/A1/claims/c3');
    expect(staleLink.getAttribute('dir')).toBe('rtl');
    expect(staleLink.getAttribute('lang')).toBe('ar');
  });

  it('has a row per article with its own chart and progress', () => {
    show();
    const rows = dashboard().querySelectorAll('[data-testid=articles] tbody tr');
    expect([...rows].map((r) => r.getAttribute('data-article-id'))).toEqual(['A1', 'A2']);
    const charts = [...dashboard().querySelectorAll('[data-testid=article-chart]')];
    expect(charts.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Claims by status, 4 in all: Unreviewed 1, Attributed 1, Verified 1, Disputed 1',
      'Claims by status, 2 in all: Unreviewed 1, Attributed 0, Verified 0, Disputed 1',
    ]);
    expect(rows[0]!.textContent).toContain('75%');
    expect(rows[1]!.textContent).toContain('50%');
    expect(rows[1]!.textContent).toContain('1 orphaned');
  });

  it('leaves deleted claims out, and an empty workspace says so', () => {
    show({ articles: testWorkspace().articles, claims: {}, history: {} });
    expect(chart().getAttribute('aria-label')).toBe('Claims by status, 0 in all: Unreviewed 0, Attributed 0, Verified 0, Disputed 0');
    expect(progress().textContent).toContain('No claims yet');
    expect(screen.getAllByText('No decisions yet.')).toHaveLength(2);
  });
});

describe('Dashboard: user text is only ever text', () => {
  it('markup in a source, a summary, a title or a name is shown as typed', async () => {
    const ws = testWorkspace();
    const payload = '<img src=x onerror="window.pwned=1">';
    show({
      articles: { ...ws.articles, A2: { ...ws.articles.A2!, title: `<script>window.pwned=1</script>` } },
      claims: { ...ws.claims, c5: { ...ws.claims.c5!, attributedTo: payload, summary: payload } },
      history: { ...ws.history, c6: ws.history.c6!.map((h) => ({ ...h, by: '<b>Omar</b>' })) },
    });
    expect(dashboard().querySelector('img, script, b')).toBeNull();
    expect(dashboard().textContent).toContain(payload);
    expect(dashboard().textContent).toContain('<b>Omar</b>');
    await userEvent.setup().click(num(`1 claims from ${payload}`));
    expect(screen.getByTestId('drilldown').querySelector('img')).toBeNull();
    expect(screen.getByTestId('drilldown').textContent).toContain(payload);
  });
});

describe('Dashboard: filters change the figures', () => {
  it('by status, article, source and reviewer', async () => {
    show();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Status'), 'disputed');
    expect(chart().getAttribute('aria-label')).toBe('Claims by status, 2 in all: Unreviewed 0, Attributed 0, Verified 0, Disputed 2');
    expect(rows('sources')).toEqual([
      ['البنتاغون', 1, 1],
      ['الكرملين', 1, 1],
    ]);
    expect(rows('reviewers')).toEqual([
      ['Layla', 1],
      ['Omar', 1],
    ]);

    await user.selectOptions(screen.getByLabelText('Status'), '');
    await user.selectOptions(screen.getByLabelText('Article'), 'A2');
    expect(chart().getAttribute('aria-label')).toBe('Claims by status, 2 in all: Unreviewed 1, Attributed 0, Verified 0, Disputed 1');
    expect(dashboard().querySelectorAll('[data-testid=articles] tbody tr')).toHaveLength(1);

    await user.selectOptions(screen.getByLabelText('Article'), '');
    await user.selectOptions(screen.getByLabelText('Source'), 'الكرملين');
    expect(chart().getAttribute('aria-label')).toBe('Claims by status, 3 in all: Unreviewed 1, Attributed 1, Verified 0, Disputed 1');

    await user.selectOptions(screen.getByLabelText('Source'), '');
    await user.selectOptions(screen.getByLabelText('Reviewer'), 'u2');
    // Omar decided on c1 and c6; only his decisions count.
    expect(chart().getAttribute('aria-label')).toBe('Claims by status, 2 in all: Unreviewed 0, Attributed 0, Verified 1, Disputed 1');
    expect(rows('reviewers')).toEqual([['Omar', 2]]);
    // Mona decided nothing on these, but c3 is assigned to her.
    await user.selectOptions(screen.getByLabelText('Reviewer'), 'u3');
    expect(chart().getAttribute('aria-label')).toBe('Claims by status, 2 in all: Unreviewed 1, Attributed 1, Verified 0, Disputed 0');
  });

  it('by date range and by how many days make a claim stale', async () => {
    show();
    const user = userEvent.setup();
    // Captured from 4 July on: c4 (5 July) and c5 (8 July).
    await user.type(screen.getByLabelText('From'), '2024-07-04');
    expect(chart().getAttribute('aria-label')).toBe('Claims by status, 2 in all: Unreviewed 1, Attributed 1, Verified 0, Disputed 0');
    // Decisions made in the window count, whatever the claim's age: Mona's of 6 July only.
    expect(rows('reviewers')).toEqual([['Mona', 1]]);
    await user.type(screen.getByLabelText('To'), '2024-07-06');
    expect(chart().getAttribute('aria-label')).toBe('Claims by status, 1 in all: Unreviewed 0, Attributed 1, Verified 0, Disputed 0');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(chart().getAttribute('aria-label')).toContain('6 in all');

    const stale = screen.getByLabelText('Stale after (days)');
    await user.clear(stale);
    await user.type(stale, '1');
    expect(items('stale').map((s) => s.split(' unreviewed')[0])).toEqual(['9 days', '2 days']);
    expect(progress().textContent).toContain('more than 1 day');
  });
});

describe('Dashboard: a number opens the matching claims', () => {
  const listed = () =>
    [...screen.getByTestId('drilldown').querySelectorAll('.drill-list > li')].map((li) => [li.getAttribute('data-claim-id'), li.querySelector('a')!.getAttribute('href')]);

  it('a status count lists its claims, each a link into the reader that selects it', async () => {
    show();
    const user = userEvent.setup();
    await user.click(num('2 disputed claims'));
    const panel = screen.getByTestId('drilldown');
    expect(within(panel).getByRole('heading').textContent).toContain('Disputed claims');
    expect(listed()).toEqual([
      ['c2', '#/articles/A1/claims/c2'],
      ['c6', '#/articles/A2/claims/c6'],
    ]);
    expect(panel.textContent).toContain(QUOTES.c2);
    expect(panel.querySelector('a[href="#/articles/A1/claims/c2"]')!.getAttribute('dir')).toBe('rtl');
    expect(document.activeElement).toBe(within(panel).getByRole('heading'));
    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(screen.queryByTestId('drilldown')).toBeNull();
  });

  it('sources, disputed per source, reviewers, stale, progress and article rows', async () => {
    show();
    const user = userEvent.setup();
    await user.click(num('1 disputed claims from الكرملين'));
    expect(listed().map(([id]) => id)).toEqual(['c6']);
    await user.click(num('3 claims from الكرملين'));
    expect(listed().map(([id]) => id)).toEqual(['c4', 'c5', 'c6']);
    await user.click(num('2 decisions by Omar'));
    expect(listed().map(([id]) => id)).toEqual(['c1', 'c6']);
    expect(screen.getByTestId('drilldown').textContent).toContain('Unreviewed → Verified');
    await user.click(within(progress()).getByRole('button', { name: '4 reviewed claims' }));
    expect(listed().map(([id]) => id)).toEqual(['c1', 'c2', 'c4', 'c6']);
    await user.click(within(progress()).getByRole('button', { name: '1 stale claims' }));
    expect(listed().map(([id]) => id)).toEqual(['c3']);
    const a2 = dashboard().querySelector('[data-article-id=A2]') as HTMLElement;
    await user.click(within(a2).getByRole('button', { name: '1 unreviewed claims in this article' }));
    expect(listed().map(([id]) => id)).toEqual(['c5']);
    await user.click(screen.getByRole('button', { name: '1 claims without a source' }));
    expect(listed().map(([id]) => id)).toEqual(['c3']);
  });

  it('the list follows the live figures', async () => {
    const input = testWorkspace();
    const view = show(input);
    const user = userEvent.setup();
    await user.click(num('2 disputed claims'));
    // A colleague disputes c5: a new state of the workspace arrives.
    const c5 = { ...input.claims.c5!, status: 'disputed' as const, version: 2 };
    const next = {
      ...input,
      claims: { ...input.claims, c5 },
      history: { ...input.history, c5: [...input.history.c5!, statusEntry(c5, 'u2', '2024-07-10T11:00:00.000Z', 'unreviewed', 'disputed')] },
    };
    view.rerender(<Dashboard input={next} now={NOW} people={people} />);
    expect(chart().getAttribute('aria-label')).toBe('Claims by status, 6 in all: Unreviewed 1, Attributed 1, Verified 1, Disputed 3');
    expect(listed().map(([id]) => id)).toEqual(['c2', 'c5', 'c6']);
    expect(rows('reviewers')[0]).toEqual(['Omar', 3]);
    expect(dashboard().querySelector('[data-testid=recent] > li')!.getAttribute('data-claim-id')).toBe('c5');
  });
});

describe('Dashboard: right to left', () => {
  it('in an Arabic, right-to-left page the chart speaks Arabic and its bars grow from the right', () => {
    render(
      <div dir="rtl" lang="ar">
        <Dashboard input={testWorkspace()} now={NOW} people={people} />
      </div>,
    );
    expect(chart().getAttribute('data-dir')).toBe('rtl');
    expect(chart().getAttribute('aria-label')).toBe('الادعاءات حسب الحالة، 6 إجمالًا: غير مُراجَع 2، منسوب 1، مُتحقَّق منه 1، مُتنازَع عليه 2');
    const width = Number(chart().getAttribute('viewBox')!.split(' ')[2]);
    const bars = [...chart().querySelectorAll('rect')];
    // Every bar ends at the same right-hand baseline, 200 units in from the right edge (the labels' room).
    for (const bar of bars) expect(Number(bar.getAttribute('x')) + Number(bar.getAttribute('width'))).toBeCloseTo(width - 200);
    const labels = [...chart().querySelectorAll('.chart-label')].map((t) => t.textContent);
    expect(labels).toEqual(['غير مُراجَع', 'منسوب', 'مُتحقَّق منه', 'مُتنازَع عليه']);
  });

  it('left to right by default: bars start at the same left-hand baseline', () => {
    show();
    for (const bar of chart().querySelectorAll('rect')) expect(Number(bar.getAttribute('x'))).toBe(200);
    expect([...chart().querySelectorAll('.chart-label')].map((t) => t.textContent)).toEqual([
      'Unreviewedغير مُراجَع',
      'Attributedمنسوب',
      'Verifiedمُتحقَّق منه',
      'Disputedمُتنازَع عليه',
    ]);
  });
});
