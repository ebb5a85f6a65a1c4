// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QUOTES, testWorkspace } from '../../../shared/dashboard/fixtures/test-workspace.ts';
import { setLocale } from '../i18n/locale.ts';
import { chart, chartLabel, dashboard, DashboardHarness, drillPanel, items, listed, listedIds, num, optionsOf, progress, rows } from '../test/dashboardHarness.tsx';

/**
 * What the dashboard shows of the server's answers, counted by hand over
 * shared/dashboard/fixtures/test-workspace.ts, and what it asks: the
 * filters and the figure clicked become the queries of GET /api/dashboard
 * and GET /api/dashboard/claims. (Refreshes and live updates:
 * DashboardScreen.test.tsx.)
 */

let h: DashboardHarness;
beforeEach(() => {
  h = new DashboardHarness();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setLocale('en');
});

describe('Dashboard: figures counted by hand (see test-workspace.ts)', () => {
  it('asks the server for the figures, and shows claims by status as a chart whose text alternative says the numbers', async () => {
    expect(screen.queryByTestId('dashboard')).toBeNull();
    await h.show();
    // No filters: only the stale days; never the workspace export.
    expect(h.fetch.mock.calls.map(([url]) => String(url))).toContain('/api/dashboard?staleDays=7');
    expect(h.fetch.mock.calls.some(([url]) => String(url).includes('/export'))).toBe(false);
    expect(chart().getAttribute('role')).toBe('img');
    expect(chartLabel()).toBe('Claims by status, 6 in all: Unreviewed 2, Attributed 1, Verified 1, Disputed 2');
    // Bars in the status colours, as long as their counts (2 is the longest).
    const bars = [...chart().querySelectorAll('rect')];
    expect(bars.map((b) => b.getAttribute('fill'))).toEqual(['#52606d', '#1d5fa8', '#1e6b34', '#b42318']);
    const widths = bars.map((b) => Number(b.getAttribute('width')));
    expect(widths[0]).toBe(widths[3]);
    expect(widths[1]).toBeCloseTo(widths[0]! / 2);
    expect(num('6 claims in all')).toBeTruthy();
    expect(num('2 disputed claims')).toBeTruthy();
    expect(num('1 orphaned claims')).toBeTruthy();
    expect(progress().textContent).toContain('67% reviewed');
    expect(progress().getAttribute('data-reviewed')).toBe('4');
    expect(progress().getAttribute('data-total')).toBe('6');
    expect(within(progress()).getByRole('button', { name: '1 stale claims' })).toBeTruthy();
  });

  it('counts decisions per reviewer, claims per source with the disputed ones, recent decisions and stale claims', async () => {
    await h.show();
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
    // Quotes are in their article's language and direction, known from the figures' articles.
    expect(recent[1]!.querySelector('a')!.getAttribute('lang')).toBe('en');
    expect(recent[1]!.querySelector('a')!.getAttribute('dir')).toBe('ltr');
    expect(items('stale')).toEqual([`9 days unreviewed · assigned to Mona${QUOTES.c3}`]);
    const staleLink = dashboard().querySelector('[data-testid=stale] a')!;
    expect(staleLink.getAttribute('href')).toBe('#/articles/A1/claims/c3');
    expect(staleLink.getAttribute('dir')).toBe('rtl');
    expect(staleLink.getAttribute('lang')).toBe('ar');
  });

  it('has a row per article with its own chart and progress', async () => {
    await h.show();
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

  it('an empty workspace says so', async () => {
    await h.show({ articles: testWorkspace().articles, claims: {}, history: {} });
    expect(chartLabel()).toBe('Claims by status, 0 in all: Unreviewed 0, Attributed 0, Verified 0, Disputed 0');
    expect(progress().textContent).toContain('No claims yet');
    expect(screen.getAllByText('No decisions yet.')).toHaveLength(2);
  });
});

describe('Dashboard: user text is only ever text', () => {
  it('markup in a source, a summary, a title or a name is shown as typed', async () => {
    const ws = testWorkspace();
    const payload = '<img src=x onerror="window.pwned=1">';
    await h.show({
      articles: { ...ws.articles, A2: { ...ws.articles.A2!, title: `<script>window.pwned=1</script>` } },
      claims: { ...ws.claims, c5: { ...ws.claims.c5!, attributedTo: payload, summary: payload } },
      history: { ...ws.history, c6: ws.history.c6!.map((h) => ({ ...h, by: '<b>Omar</b>' })) },
    });
    expect(dashboard().querySelector('img, script, b')).toBeNull();
    expect(dashboard().textContent).toContain(payload);
    expect(dashboard().textContent).toContain('<b>Omar</b>');
    await userEvent.setup().click(num(`1 claims from ${payload}`));
    const panel = screen.getByTestId('drilldown');
    await waitFor(() => expect(panel.textContent).toContain(payload));
    expect(panel.querySelector('img, script')).toBeNull();
    expect(panel.textContent).toContain('<script>window.pwned=1</script>');
  });
});

describe('Dashboard: filters change the figures', () => {
  it('by status, article, source and reviewer; the choices are the server\'s, whatever else is chosen', async () => {
    await h.show();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Status'), 'disputed');
    await waitFor(() => expect(chartLabel()).toBe('Claims by status, 2 in all: Unreviewed 0, Attributed 0, Verified 0, Disputed 2'));
    expect(h.lastQuery()).toEqual({ status: 'disputed', staleDays: '7' });
    expect(rows('sources')).toEqual([
      ['البنتاغون', 1, 1],
      ['الكرملين', 1, 1],
    ]);
    expect(rows('reviewers')).toEqual([
      ['Layla', 1],
      ['Omar', 1],
    ]);
    // Mona made no disputed decision: she is still offered.
    expect(optionsOf('Reviewer')).toEqual(['Everyone', 'Layla', 'Mona', 'Omar']);
    expect(optionsOf('Source')).toEqual(['All sources', 'الكرملين', 'البنتاغون']);

    await user.selectOptions(screen.getByLabelText('Status'), '');
    await user.selectOptions(screen.getByLabelText('Article'), 'A2');
    await waitFor(() => expect(chartLabel()).toBe('Claims by status, 2 in all: Unreviewed 1, Attributed 0, Verified 0, Disputed 1'));
    expect(dashboard().querySelectorAll('[data-testid=articles] tbody tr')).toHaveLength(1);
    // The other article can still be chosen; the sources offered are this article's.
    expect(optionsOf('Article')).toEqual(['All articles', 'بوتين في بيونج يانج', 'A second article']);
    expect(optionsOf('Source')).toEqual(['All sources', 'الكرملين']);

    await user.selectOptions(screen.getByLabelText('Article'), '');
    await user.selectOptions(screen.getByLabelText('Source'), 'الكرملين');
    await waitFor(() => expect(chartLabel()).toBe('Claims by status, 3 in all: Unreviewed 1, Attributed 1, Verified 0, Disputed 1'));

    await user.selectOptions(screen.getByLabelText('Source'), '');
    await user.selectOptions(screen.getByLabelText('Reviewer'), 'u2');
    // Omar decided on c1 and c6; only his decisions count.
    await waitFor(() => expect(chartLabel()).toBe('Claims by status, 2 in all: Unreviewed 0, Attributed 0, Verified 1, Disputed 1'));
    expect(rows('reviewers')).toEqual([['Omar', 2]]);
    // Mona decided nothing on these, but c3 is assigned to her.
    await user.selectOptions(screen.getByLabelText('Reviewer'), 'u3');
    await waitFor(() => expect(chartLabel()).toBe('Claims by status, 2 in all: Unreviewed 1, Attributed 1, Verified 0, Disputed 0'));
  });

  it('by date range and by how many days make a claim stale', async () => {
    await h.show();
    const user = userEvent.setup();
    // Captured from 4 July on: c4 (5 July) and c5 (8 July).
    await user.type(screen.getByLabelText('From'), '2024-07-04');
    await waitFor(() => expect(chartLabel()).toBe('Claims by status, 2 in all: Unreviewed 1, Attributed 1, Verified 0, Disputed 0'));
    // The first instant of 4 July where the reader is.
    expect(h.lastQuery().from).toBe(new Date(2024, 6, 4).toISOString());
    // Decisions made in the window count, whatever the claim's age: Mona's of 6 July only.
    expect(rows('reviewers')).toEqual([['Mona', 1]]);
    await user.type(screen.getByLabelText('To'), '2024-07-06');
    await waitFor(() => expect(chartLabel()).toBe('Claims by status, 1 in all: Unreviewed 0, Attributed 1, Verified 0, Disputed 0'));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(chartLabel()).toContain('6 in all'));

    const stale = screen.getByLabelText('Stale after (days)');
    await user.clear(stale);
    await user.type(stale, '1');
    await waitFor(() => expect(items('stale').map((s) => s.split(' unreviewed')[0])).toEqual(['9 days', '2 days']));
    expect(progress().textContent).toContain('more than 1 day');
    expect(h.lastQuery().staleDays).toBe('1');
  });
});

describe('Dashboard: a number opens the matching claims', () => {
  it('a status count lists its claims, each a link into the reader that selects it', async () => {
    await h.show();
    const user = userEvent.setup();
    await user.click(num('2 disputed claims'));
    expect(within(drillPanel()).getByRole('heading').textContent).toContain('Disputed claims');
    expect(document.activeElement).toBe(within(drillPanel()).getByRole('heading'));
    await waitFor(() =>
      expect(listed()).toEqual([
        ['c2', '#/articles/A1/claims/c2'],
        ['c6', '#/articles/A2/claims/c6'],
      ]),
    );
    expect(h.lastQuery()).toEqual({ staleDays: '7', kind: 'status', drillStatus: 'disputed', limit: '200' });
    expect(within(drillPanel()).getByRole('heading').textContent).toContain('2 claims');
    expect(drillPanel().textContent).toContain(QUOTES.c2);
    // Each claim names its article, from the answer's articles, in their direction.
    expect(drillPanel().querySelector('a[href="#/articles/A1/claims/c2"]')!.getAttribute('dir')).toBe('rtl');
    expect([...drillPanel().querySelectorAll('.drill-article')].map((a) => a.textContent)).toEqual(['بوتين في بيونج يانج', 'A second article']);
    await user.click(within(drillPanel()).getByRole('button', { name: 'Close' }));
    expect(screen.queryByTestId('drilldown')).toBeNull();
  });

  it('sources, disputed per source, reviewers, stale, progress and article rows', async () => {
    await h.show();
    const user = userEvent.setup();
    await user.click(num('1 disputed claims from الكرملين'));
    await waitFor(() => expect(listedIds()).toEqual(['c6']));
    await user.click(num('3 claims from الكرملين'));
    await waitFor(() => expect(listedIds()).toEqual(['c4', 'c5', 'c6']));
    await user.click(num('2 decisions by Omar'));
    await waitFor(() => expect(listedIds()).toEqual(['c1', 'c6']));
    expect(drillPanel().textContent).toContain('Unreviewed → Verified');
    await user.click(within(progress()).getByRole('button', { name: '4 reviewed claims' }));
    await waitFor(() => expect(listedIds()).toEqual(['c1', 'c2', 'c4', 'c6']));
    await user.click(within(progress()).getByRole('button', { name: '1 stale claims' }));
    await waitFor(() => expect(listedIds()).toEqual(['c3']));
    const a2 = dashboard().querySelector('[data-article-id=A2]') as HTMLElement;
    await user.click(within(a2).getByRole('button', { name: '1 unreviewed claims in this article' }));
    await waitFor(() => expect(listedIds()).toEqual(['c5']));
    expect(within(drillPanel()).getByRole('heading').textContent).toContain('Unreviewed claims in \u2068A second article\u2069');
    await user.click(screen.getByRole('button', { name: '1 claims without a source' }));
    await waitFor(() => expect(listedIds()).toEqual(['c3']));
  });
});

describe('Dashboard: right to left', () => {
  it('in Arabic the page is right to left: the chart speaks Arabic and its bars grow from the right', async () => {
    setLocale('ar');
    await h.show();
    expect(chart().getAttribute('data-dir')).toBe('rtl');
    expect(chartLabel()).toBe('الادعاءات حسب الحالة، 6 إجمالًا: غير مُراجَع 2، منسوب 1، مُتحقَّق منه 1، مُتنازَع عليه 2');
    const width = Number(chart().getAttribute('viewBox')!.split(' ')[2]);
    const bars = [...chart().querySelectorAll('rect')];
    // Every bar ends at the same right-hand baseline, 200 units in from the right edge (the labels' room).
    for (const bar of bars) expect(Number(bar.getAttribute('x')) + Number(bar.getAttribute('width'))).toBeCloseTo(width - 200);
    expect([...chart().querySelectorAll('.chart-label')].map((t) => t.textContent)).toEqual(['غير مُراجَع', 'منسوب', 'مُتحقَّق منه', 'مُتنازَع عليه']);
  });

  it('left to right by default: bars start at the same left-hand baseline', async () => {
    await h.show();
    for (const bar of chart().querySelectorAll('rect')) expect(Number(bar.getAttribute('x'))).toBe(200);
    expect([...chart().querySelectorAll('.chart-label')].map((t) => t.textContent)).toEqual(['Unreviewed', 'Attributed', 'Verified', 'Disputed']);
  });
});
