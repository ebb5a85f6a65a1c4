// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import type { Article } from '../../../shared/domain/schemas.ts';
import type { Suggestion } from '../../../shared/suggest/types.ts';
import { SuggestionLayer } from './SuggestionLayer.tsx';
import { setDigits, setLocale } from '../i18n/locale.ts';

const article = { id: 'a1', title: 't', byline: '', dateline: '', lang: 'ar', dir: 'rtl', body: ['x'], revision: 1, createdAt: '', updatedAt: '' } as Article;
const kremlin: Suggestion = { start: 50, end: 60, quote: 'سيتم التوقيع على وثائق مهمة', source: 'الكرملين', cue: 'صرح', kind: 'attributed', score: 0.6 };
const suggestions = Array.from({ length: 12 }, (_, i) => ({ ...kremlin, start: 50 + i * 20, end: 60 + i * 20, quote: `${kremlin.quote} ${i}` }));

beforeEach(() => {
  setLocale('ar');
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ suggestions }), { status: 200 })));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setLocale('en');
  setDigits('latn');
});

describe('suggested claims in Arabic', () => {
  it('counts them with the Arabic plural and digits, names the actions in Arabic, and keeps the source isolated in the article’s language', async () => {
    setDigits('arab');
    const container = createRef<HTMLDivElement>();
    render(
      <>
        <div ref={container} />
        <SuggestionLayer article={article} drawn={[]} containerRef={container} canAct onAccept={() => {}} onDismiss={async () => ({ ok: true })} />
      </>,
    );
    expect(await screen.findByRole('heading', { name: '١٢ ادعاءً مقترحًا' })).toBeTruthy();
    expect(screen.getByRole('button', { name: `قبول: ${suggestions[0]!.quote}` })).toBeTruthy();
    fireEvent.click(screen.getByText(suggestions[0]!.quote, { exact: false }));
    const dialog = await screen.findByRole('dialog', { name: 'ادعاء مقترح' });
    expect(dialog.textContent).toContain('ادعاء مقترح، منسوب إلى');
    const all = screen.getByRole('button', { name: 'قبول الادعاءات الـ١٢ المنسوبة إلى الكرملين' });
    expect(all.querySelector('bdi')?.getAttribute('lang')).toBe('ar');
  });
});
