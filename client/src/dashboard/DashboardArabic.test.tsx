// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setDigits, setLocale } from '../i18n/locale.ts';
import { chartLabel, dashboard, DashboardHarness, drillPanel, optionsOf, progress } from '../test/dashboardHarness.tsx';

/**
 * The dashboard for a journalist who reads only Arabic, in a workspace that
 * writes Arabic-Indic digits: every word in Arabic, numbers and shares in
 * the workspace's digits, counts with the right plural, and names typed by
 * people kept apart from the sentence around them. Figures are those of
 * shared/dashboard/fixtures/test-workspace.ts (Dashboard.test.tsx counts them in English).
 */

let h: DashboardHarness;
beforeEach(() => {
  setLocale('ar');
  setDigits('arab');
  h = new DashboardHarness();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setDigits('latn');
  setLocale('en');
});

describe('Dashboard in Arabic', () => {
  it('titles, chart, progress and figures in Arabic words and Arabic-Indic digits, the page right to left', async () => {
    await h.show();
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('لوحة المتابعة');
    expect(chartLabel()).toBe('الادعاءات حسب الحالة، ٦ إجمالًا: غير مُراجَع ٢، منسوب ١، مُتحقَّق منه ١، مُتنازَع عليه ٢');
    expect(progress().textContent).toContain('رُوجِع ٦٧');
    expect(progress().textContent).not.toMatch(/[0-9]/);
    // A figure shows its number; its name says what it counts.
    const stale = within(progress()).getByRole('button', { name: 'الادعاءات المتأخرة: ١' });
    expect(stale.textContent).toBe('١');
    // Seven days: Arabic's "few" plural (3 to 10).
    expect(progress().textContent).toContain('لم تُراجَع منذ أكثر من ٧ أيام');
    expect(optionsOf('الحالة')).toEqual(['كل الحالات', 'غير مُراجَع', 'منسوب', 'مُتحقَّق منه', 'مُتنازَع عليه']);
    expect(dashboard().textContent).not.toMatch(/Claims|Reviewed|Stale|decisions/);
  });

  it('a drill-down counts its claims with the Arabic dual, and names typed by people stay isolated', async () => {
    await h.show();
    await userEvent.click(screen.getByRole('button', { name: 'الادعاءات (مُتنازَع عليه): ٢' }));
    await waitFor(() => expect(within(drillPanel()).getByTestId('drill-count').textContent).toBe('ادعاءان'));
    expect(within(drillPanel()).getByRole('heading').textContent).toContain('الادعاءات (مُتنازَع عليه)');
    expect(within(drillPanel()).getByRole('button', { name: 'إغلاق' })).toBeTruthy();
    const recent = screen.getByTestId('recent').querySelector('li .list-line')!;
    expect(recent.querySelector('bdi.who')?.textContent).toBe('Mona');
    expect(recent.textContent).toMatch(/^Mona نقل ادعاءً من غير مُراجَع إلى منسوب/);
  });
});
