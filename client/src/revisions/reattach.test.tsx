// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cpLength } from '../../../shared/text/codepoints.ts';
import { ClaimSidebar } from '../claims/ClaimSidebar.tsx';
import { ArticleReader } from '../reader/ArticleReader.tsx';
import type { WireOp } from '../realtime/wire.ts';
import { useWorkspace } from '../state/useWorkspace.ts';
import { FakeRealtime, FakeServer } from '../test/fakeServer.ts';
import { article, makeClaim } from '../test/fixtures.ts';
import { stubFetch } from '../test/stubFetch.ts';

beforeEach(() => {
  localStorage.clear();
  stubFetch({ [`/api/articles/${article.id}`]: { article, claims: [] } });
});
afterEach(() => {
  document.getSelection()?.removeAllRanges();
  cleanup();
  vi.unstubAllGlobals();
});

const placed = makeClaim('قال البنتاغون');
const orphan = { ...makeClaim('موسكو استخدمت صواريخ باليستية'), orphaned: true };
const BODY = article.body.join('\n\n');
const offsetOf = (words: string) => cpLength(BODY.slice(0, BODY.indexOf(words)));

function sidebar(edit: boolean, onReattach = vi.fn()) {
  render(
    <ClaimSidebar
      article={article}
      claims={[placed, orphan]}
      selectedId={null}
      onSelect={() => {}}
      actions={{ updateClaim: vi.fn(), deleteClaim: vi.fn(), restoreClaim: vi.fn() }}
      permissions={{ capture: edit, edit, deleteClaim: () => false }}
      onReattach={onReattach}
    />,
  );
  return onReattach;
}

describe('orphans in the claims panel', () => {
  it('list their original words and offer "Re-attach" to people who may edit claims', async () => {
    const onReattach = sidebar(true);
    const section = screen.getByRole('list', { name: 'Orphaned claims' });
    const card = within(section).getByRole('listitem');
    expect(card.textContent).toContain('Original words');
    expect(within(card).getByText('موسكو استخدمت صواريخ باليستية').getAttribute('dir')).toBe('rtl');
    // Only orphans have it.
    expect(screen.getAllByRole('button', { name: 'Re-attach' })).toHaveLength(1);
    await userEvent.setup().click(within(card).getByRole('button', { name: 'Re-attach' }));
    expect(onReattach).toHaveBeenCalledWith(orphan.id);
  });

  it('offer nothing to people who may only read', () => {
    sidebar(false);
    expect(screen.getByRole('list', { name: 'Orphaned claims' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Re-attach' })).toBeNull();
  });
});

describe('re-attaching in the reader', () => {
  /** The reader in re-attach mode, once its bar (loaded on demand) is there. */
  async function reader(onAttach = vi.fn(), onCancel = vi.fn()) {
    render(
      <ArticleReader
        article={article}
        claims={[placed, orphan]}
        selectedId={null}
        reveal={null}
        canCapture
        onCapture={() => true}
        onSelectClaim={() => {}}
        reattach={{ quote: orphan.target.quote.exact, onAttach, onCancel }}
      />,
    );
    await screen.findByRole('toolbar', { name: 'Re-attach claim' });
    return { onAttach, onCancel };
  }

  /** Selects `words` in the reader, as the mouse or keyboard would. */
  function select(words: string) {
    const p = [...document.querySelectorAll('article p[data-start]')].find((el) => el.textContent!.includes(words))!;
    const text = p.firstChild as Text;
    const at = text.data.indexOf(words);
    act(() => {
      document.getSelection()!.setBaseAndExtent(text, at, text, at + words.length);
      document.dispatchEvent(new Event('selectionchange'));
    });
  }

  it('shows the orphan’s words, waits for a selection, then attaches it to the selected words (not a capture)', async () => {
    const { onAttach } = await reader();
    const bar = screen.getByRole('toolbar', { name: 'Re-attach claim' });
    expect(bar.textContent).toContain('موسكو استخدمت صواريخ باليستية');
    const attach = within(bar).getByRole('button', { name: 'Attach to selection' }) as HTMLButtonElement;
    expect(attach.disabled).toBe(true);

    select('صواريخ باليستية كورية');
    await waitFor(() => expect(attach.disabled).toBe(false));
    expect(within(bar).getByText('صواريخ باليستية كورية').getAttribute('dir')).toBe('rtl');
    expect(screen.queryByRole('toolbar', { name: 'Capture claim' })).toBeNull();
    await userEvent.setup().click(attach);
    const start = offsetOf('صواريخ باليستية كورية');
    expect(onAttach).toHaveBeenCalledWith(start, start + cpLength('صواريخ باليستية كورية'));
  });

  it('can be cancelled, with the button or Escape', async () => {
    const { onCancel } = await reader();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    within(screen.getByRole('toolbar', { name: 'Re-attach claim' })).getByRole('button', { name: 'Cancel' }).focus();
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(2);
  });
});

describe('useWorkspace: re-attaching', () => {
  const layla = { id: 'u-layla', name: 'Layla' };
  const CLAIM = 'صواريخ باليستية كورية شمالية';

  it('sends claim:reattach with the new words and shows the claim on them at once, no longer orphaned', async () => {
    const server = new FakeServer();
    const start = offsetOf(CLAIM);
    const created = server.apply({ event: 'claim:create', payload: { articleId: article.id, target: { start, end: start + cpLength(CLAIM) } } }, { id: 'u-omar', name: 'Omar' }).ack;
    if (!created.ok) throw new Error('refused');
    const revise: WireOp = {
      event: 'article:revise',
      payload: { articleId: article.id, body: `قال البنتاغون إن موسكو حصلت على ذخائر من بيونغ يانغ.\n\n${article.body[1]}`, baseRevision: 1 },
    };
    server.apply(revise, { id: 'u-mona', name: 'Mona' });
    expect(server.state.claims[created.claim!.id]!.orphaned).toBe(true);

    const rt = new FakeRealtime(server, layla);
    const hook = renderHook(() => useWorkspace(rt, article.id, layla));
    act(() => rt.setState('connected'));
    await waitFor(() => expect(hook.result.current.seq).toBe(server.seq));
    expect(hook.result.current.claims[0]!.orphaned).toBe(true);

    const newText = hook.result.current.article!.body.join('\n\n');
    const words = 'حصلت على ذخائر';
    const at = cpLength(newText.slice(0, newText.indexOf(words)));
    act(() => void hook.result.current.actions.reattachClaim(created.claim!.id, at, at + cpLength(words)));
    // Shown at once…
    expect(hook.result.current.claims[0]).toMatchObject({ orphaned: false, target: { quote: { exact: words } } });
    // …and settled by the server.
    await waitFor(() => expect(hook.result.current.pending.count).toBe(0));
    expect(rt.sent.at(-1)).toMatchObject({ event: 'claim:reattach', payload: { id: created.claim!.id, target: { start: at, end: at + cpLength(words) } } });
    expect(server.state.claims[created.claim!.id]).toMatchObject({ orphaned: false, target: { quote: { exact: words } } });
    expect(hook.result.current.claims[0]!.version).toBe(server.state.claims[created.claim!.id]!.version);
  });

  it('refuses at once words that hold no text', async () => {
    const server = new FakeServer();
    const rt = new FakeRealtime(server, layla);
    const start = offsetOf(CLAIM);
    const created = server.apply({ event: 'claim:create', payload: { articleId: article.id, target: { start, end: start + cpLength(CLAIM) } } }, { id: 'u-omar', name: 'Omar' }).ack;
    const hook = renderHook(() => useWorkspace(rt, article.id, layla));
    act(() => rt.setState('connected'));
    await waitFor(() => expect(hook.result.current.seq).toBe(server.seq));
    const gap = article.body[0]!.length;
    let result!: ReturnType<typeof hook.result.current.actions.reattachClaim>;
    act(() => void (result = hook.result.current.actions.reattachClaim(created.ok ? created.claim!.id : '', gap, gap + 2)));
    expect(result).toMatchObject({ ok: false, error: { code: 'empty_range' } });
    expect(hook.result.current.pending.count).toBe(0);
  });
});
