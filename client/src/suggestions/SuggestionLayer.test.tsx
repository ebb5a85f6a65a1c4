// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createRef } from 'react';
import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import type { Suggestion } from '../../../shared/suggest/types.ts';
import type { DraftClaim } from '../../../shared/suggest/draft-claim.ts';
import { dismissalKey } from '../../../shared/suggest/dismissal.ts';
import { SuggestionLayer } from './SuggestionLayer.tsx';

const article = { id: 'a1', title: 't', byline: '', dateline: '', lang: 'ar', dir: 'rtl', body: ['x'], revision: 1, createdAt: '', updatedAt: '' } as Article;
const west: Suggestion = { start: 10, end: 40, quote: 'كوريا الشمالية زودت روسيا بكميات كبيرة من الذخائر', source: 'الدول الغربية', cue: 'وتزعم', kind: 'attributed', score: 0.6 };
const kremlin1: Suggestion = { start: 50, end: 60, quote: 'سيتم التوقيع على وثائق مهمة', source: 'الكرملين', cue: 'صرح', kind: 'attributed', score: 0.6 };
const kremlin2: Suggestion = { ...kremlin1, start: 70, end: 80, quote: 'اتفاقية شراكة' };
const claimOn = (s: { start: number; end: number }) => ({ id: 'c1', target: { position: { start: s.start, end: s.end } } }) as unknown as Claim;

let requests: string[];
beforeEach(() => {
  requests = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      requests.push(String(input));
      return new Response(JSON.stringify({ suggestions: [west, kremlin1, kremlin2] }), { status: 200 });
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderLayer(props: { drawn?: Claim[]; canAct?: boolean } = {}) {
  const container = createRef<HTMLDivElement>();
  const onAccept = vi.fn((_drafts: DraftClaim[]) => {});
  const view = render(
    <>
      <div ref={container} />
      <SuggestionLayer article={article} drawn={props.drawn ?? []} containerRef={container} canAct={props.canAct ?? true} onAccept={onAccept} onDismiss={async () => ({ ok: true })} />
    </>,
  );
  return { onAccept, view, container };
}

describe('SuggestionLayer', () => {
  it('lists the article’s suggestions with their sources; one click on Accept captures one as an attributed claim with a drafted summary', async () => {
    const { onAccept } = renderLayer();
    expect(await screen.findByText('3 suggested claims')).toBeTruthy();
    expect(requests).toEqual(['/api/articles/a1/suggestions']);
    fireEvent.click(screen.getByRole('button', { name: `Accept: ${west.quote}` }));
    expect(onAccept).toHaveBeenCalledWith([
      { start: 10, end: 40, status: 'attributed', attributedTo: 'الدول الغربية', summary: `الدول الغربية: ${west.quote}` },
    ]);
  });

  it('hides a suggestion a claim already sits on, at once and without asking the server', async () => {
    const { view, container } = renderLayer();
    await screen.findByText('3 suggested claims');
    view.rerender(
      <>
        <div ref={container} />
        <SuggestionLayer article={article} drawn={[claimOn(west)]} containerRef={container} canAct onAccept={() => {}} onDismiss={async () => ({ ok: true })} />
      </>,
    );
    expect(screen.getByText('2 suggested claims')).toBeTruthy();
    expect(screen.queryByRole('button', { name: `Accept: ${west.quote}` })).toBeNull();
    // ...and asks again once the claims settle (a deleted claim brings its suggestion back).
    await waitFor(() => expect(requests).toHaveLength(2));
  });

  it('opening a suggestion offers "accept all" from its source when it has several', async () => {
    const { onAccept } = renderLayer();
    await screen.findByText('3 suggested claims');
    fireEvent.click(screen.getByText(kremlin1.quote));
    const all = await screen.findByRole('button', { name: /Accept all 2 from/ });
    expect(screen.getByRole('dialog', { name: 'Suggested claim' }).contains(document.activeElement)).toBe(true);
    fireEvent.click(all);
    expect(onAccept.mock.calls[0]![0].map((d) => d.start)).toEqual([50, 70]);
  });

  it('shows suggestions without buttons to people who may not capture claims', async () => {
    renderLayer({ canAct: false });
    await screen.findByText('3 suggested claims');
    expect(screen.queryByRole('button', { name: /^Accept/ })).toBeNull();
  });

  it('Dismiss hides a suggestion at once and asks the server; a refusal brings it back and says why', async () => {
    const container = createRef<HTMLDivElement>();
    let answer: (r: { ok: true } | { ok: false; error: { message: string } }) => void = () => {};
    const onDismiss = vi.fn(() => new Promise<{ ok: true } | { ok: false; error: { message: string } }>((resolve) => (answer = resolve)));
    render(
      <>
        <div ref={container} />
        <SuggestionLayer article={article} drawn={[]} containerRef={container} canAct onAccept={() => {}} onDismiss={onDismiss} />
      </>,
    );
    await screen.findByText('3 suggested claims');
    fireEvent.click(screen.getByRole('button', { name: `Dismiss: ${west.quote}` }));
    expect(onDismiss).toHaveBeenCalledWith(west);
    expect(screen.getByText('2 suggested claims')).toBeTruthy();
    answer({ ok: false, error: { message: 'Offline: not connected to the server.' } });
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'The suggestion could not be dismissed: Offline: not connected to the server.');
    expect(screen.getByText('3 suggested claims')).toBeTruthy();
  });

  it('hides what the article says was dismissed (by anyone), whatever its diacritics', async () => {
    const container = createRef<HTMLDivElement>();
    const dismissedArticle = { ...article, dismissed: [dismissalKey(west.quote)] };
    render(
      <>
        <div ref={container} />
        <SuggestionLayer article={dismissedArticle} drawn={[]} containerRef={container} canAct onAccept={() => {}} onDismiss={async () => ({ ok: true })} />
      </>,
    );
    expect(await screen.findByText('2 suggested claims')).toBeTruthy();
    expect(screen.queryByRole('button', { name: `Dismiss: ${west.quote}` })).toBeNull();
  });
});
