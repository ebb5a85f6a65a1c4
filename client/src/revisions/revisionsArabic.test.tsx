// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RevisionSummary } from '../../../shared/ops/article-ops.ts';
import { setDigits, setLocale } from '../i18n/locale.ts';
import { article, makeClaim } from '../test/fixtures.ts';
import { stubFetch } from '../test/stubFetch.ts';
import { ClaimEffectList, effectCounts } from './ClaimEffectList.tsx';
import { RevisionHistory } from './RevisionHistory.tsx';
import { RevisionNotice } from './RevisionNotice.tsx';
import type { ClaimEffects } from './revisionPreview.ts';
import { describeRevision } from './revisionText.ts';
import type { RevisionRecord } from './useRevisionPages.ts';

/** The revision views for a person who reads Arabic: Arabic words, Arabic plurals, the workspace's digits, names isolated. */
const summary = (moved: number, orphaned: number, unchanged = 0): RevisionSummary => ({
  moved: Array.from({ length: moved }, (_, i) => `m${i}`),
  orphaned: Array.from({ length: orphaned }, (_, i) => `o${i}`),
  unchanged: Array.from({ length: unchanged }, (_, i) => `u${i}`),
});
const effects = (counts: Partial<ClaimEffects['counts']>, total = 20): ClaimEffects => ({
  total,
  counts: { moved: 0, reworded: 0, orphaned: 0, placed: 0, ...counts },
  affected: [],
});

beforeEach(() => setLocale('ar'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setLocale('en');
  setDigits('latn');
});

describe('what a revision did to the claims, in Arabic', () => {
  it('counts claims with the Arabic plural each number takes', () => {
    expect(describeRevision({ revision: 2, by: 'منى', result: summary(1, 0) })).toBe('النسخة 2 من منى: نُقل ادعاء واحد');
    expect(describeRevision({ revision: 2, by: 'منى', result: summary(2, 0) })).toBe('النسخة 2 من منى: نُقل ادعاءان');
    expect(describeRevision({ revision: 2, by: 'منى', result: summary(3, 11) })).toBe('النسخة 2 من منى: نُقلت 3 ادعاءات، وانفصل 11 ادعاءً عن النص');
    expect(describeRevision({ revision: 2, by: 'منى', result: summary(0, 100) })).toBe('النسخة 2 من منى: انفصل 100 ادعاء عن النص');
    expect(describeRevision({ revision: 2, by: 'منى', result: summary(0, 0, 4) })).toBe('النسخة 2 من منى: بقي كل ادعاء على كلماته');
    expect(effectCounts(effects({ moved: 2, orphaned: 5 }), 'future')).toBe('سيُنقل ادعاءان · ستنفصل 5 ادعاءات عن النص');
    expect(effectCounts(effects({}, 0), 'past')).toBe('لا ادعاءات على هذا النص لتتبّعها.');
  });

  it('the notice writes the workspace’s Arabic-Indic digits and keeps the name isolated', () => {
    setDigits('arab');
    render(<RevisionNotice note={{ revision: 12, by: 'Mona', at: '', result: summary(3, 1) }} onShowOrphans={() => {}} onDismiss={() => {}} />);
    const notice = screen.getByTestId('revision-summary');
    expect(notice.textContent).toContain('النسخة ١٢ من Mona: نُقلت ٣ ادعاءات، وانفصل ادعاء واحد عن النص');
    expect(notice.querySelector('bdi')!.textContent).toBe('Mona');
    expect(screen.getByRole('button', { name: 'عرض الادعاءات المنفصلة عن النص' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'إغلاق' })).toBeTruthy();
  });

  it('lists each claim’s fate in Arabic, its words in the article’s own direction, the arrow pointing the way Arabic reads', () => {
    const claim = makeClaim('أول زيارة منذ 24 عامًا');
    const list: ClaimEffects = { ...effects({ reworded: 1 }), affected: [{ claim, effect: 'reworded', before: 'أول زيارة منذ 24 عامًا', after: 'أول زيارة منذ 25 عامًا' }] };
    render(<ClaimEffectList article={{ dir: 'rtl', lang: 'ar' }} effects={list} tense="future" label="x" />);
    const item = screen.getByRole('button');
    expect(item.textContent).toContain('ستتغير كلماته');
    expect(item.querySelector('.effect-arrow')!.textContent).toBe('←');
    expect(item.querySelector('.effect-quote')!.getAttribute('dir')).toBe('rtl');
  });
});

describe('the history of the text, in Arabic', () => {
  it('names revisions, dates and buttons in Arabic with Arabic-Indic digits', async () => {
    // Comparing maps the claims on this thread (no Worker here), loading the mapping on demand:
    // loaded now, so no import is still on its way when the test's environment closes.
    await import('./mappingJob.ts');
    setDigits('arab');
    const revisions: RevisionRecord[] = [
      { revision: 2, body: ['نص'], by: 'Mona', byId: 'u-mona', at: '2024-07-04T10:05:00.000Z' },
      { revision: 1, body: ['نص'], by: 'original', byId: null, at: '2024-07-01T09:00:00.000Z' },
    ];
    stubFetch({ [`/api/articles/${article.id}/revisions`]: { revisions, next: null } });
    render(<RevisionHistory article={{ ...article, revision: 2 }} claims={[]} onClose={() => {}} />);
    expect(await screen.findByText('النسخة ٢')).toBeTruthy();
    expect(screen.getByText('النص الأصلي')).toBeTruthy();
    expect(screen.getByText('الحالية')).toBeTruthy();
    const when = document.querySelector('time[datetime="2024-07-04T10:05:00.000Z"]')!.textContent!;
    expect(when).toContain('٢٠٢٤');
    expect(when).not.toMatch(/[0-9]/);
    expect(screen.getByRole('region', { name: 'سجل النسخ' })).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'مقارنة بالنسخة ١' }));
    await waitFor(() => expect(screen.getByTestId('revision-diff').querySelector('h3')!.textContent).toBe('التغييرات من النسخة ١ إلى النسخة ٢'));
    expect(screen.getByRole('button', { name: 'إخفاء التغييرات' })).toBeTruthy();
  });
});
