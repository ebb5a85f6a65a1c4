// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { Claim } from '../../../shared/domain/schemas.ts';
import { ClaimSidebar } from './ClaimSidebar.tsx';
import { article, makeClaim } from '../test/fixtures.ts';
import { stubFetch } from '../test/stubFetch.ts';
import { permissionsFor } from '../account/permissions.ts';
import { livePublications } from '../reports/livePublications.ts';

const editor = permissionsFor({ id: 'u-editor', role: 'editor' });

beforeEach(() => void stubFetch());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** The sidebar with state held like the app holds it, and spy actions that succeed. */
function Harness({ initial, spies }: { initial: Claim[]; spies: ReturnType<typeof makeSpies> }) {
  const [claims, setClaims] = useState(initial);
  const [selectedId, setSelectedId] = useState<string | null>(initial[0]!.id);
  const actions = {
    updateClaim: spies.updateClaim,
    deleteClaim: (id: string) => {
      spies.deleteClaim(id);
      setClaims((cs) => cs.filter((c) => c.id !== id));
      return { ok: true as const };
    },
    restoreClaim: (id: string) => {
      spies.restoreClaim(id);
      setClaims((cs) => [...cs, initial.find((c) => c.id === id)!]);
      return { ok: true as const };
    },
  };
  return <ClaimSidebar article={article} claims={claims} selectedId={selectedId} onSelect={setSelectedId} actions={actions} permissions={editor} />;
}

function makeSpies() {
  return {
    updateClaim: vi.fn((_id: string, _changes: object, _base?: number) => ({ ok: true as const })),
    deleteClaim: vi.fn(),
    restoreClaim: vi.fn(),
  };
}

describe('ClaimSidebar: delete and undo', () => {
  it('deleting shows "Claim deleted — Undo"; Undo restores the same claim and selects it', async () => {
    const claim = makeClaim('أول زيارة منذ 24 عامًا', { summary: 'First visit' });
    const spies = makeSpies();
    render(<Harness initial={[claim]} spies={spies} />);
    const user = userEvent.setup();
    // The selected claim's editor is loaded on demand.
    await user.click(await screen.findByRole('button', { name: 'Delete claim' }));
    expect(spies.deleteClaim).toHaveBeenCalledWith(claim.id);
    expect(document.querySelector(`[data-claim-id="${claim.id}"]`)).toBeNull();
    const toast = screen.getByRole('status');
    expect(toast.textContent).toContain('Claim deleted');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(spies.restoreClaim).toHaveBeenCalledWith(claim.id);
    await waitFor(() =>
      expect(document.querySelector(`[data-claim-id="${claim.id}"]`)?.getAttribute('aria-current')).toBe('true'),
    );
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('the undo offer disappears after about 8 seconds', async () => {
    const claim = makeClaim('قال البنتاغون');
    render(<Harness initial={[claim]} spies={makeSpies()} />);
    const deleteButton = await screen.findByRole('button', { name: 'Delete claim' });
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.click(deleteButton);
    expect(await screen.findByRole('button', { name: 'Undo' })).toBeTruthy();
    await act(() => vi.advanceTimersByTimeAsync(7000));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    await act(() => vi.advanceTimersByTimeAsync(1100));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('status changes of the selected claim go through updateClaim with its id', async () => {
    const claim = { ...makeClaim('قال البنتاغون'), version: 7 };
    const spies = makeSpies();
    render(<Harness initial={[claim]} spies={spies} />);
    await screen.findByRole('region', { name: 'Claim editor' });
    await userEvent.setup().keyboard('3');
    expect(spies.updateClaim).toHaveBeenCalledWith(claim.id, { status: 'verified' }, 7);
  });
});

describe('ClaimSidebar: assigned to me', () => {
  it('the filter shows only the claims assigned to the signed-in person', async () => {
    const mine = { ...makeClaim('قال البنتاغون'), assigneeId: 'u-editor' };
    const other = { ...makeClaim('أول زيارة منذ 24 عامًا'), assigneeId: 'u-omar' };
    const nobody = makeClaim('حسب الكرملين');
    render(
      <ClaimSidebar
        article={article}
        claims={[mine, other, nobody]}
        selectedId={null}
        onSelect={() => {}}
        actions={{ updateClaim: vi.fn(), deleteClaim: vi.fn(), restoreClaim: vi.fn() }}
        permissions={editor}
        data={{ me: { id: 'u-editor', name: 'Mona' } }}
      />,
    );
    const ids = () => [...document.querySelectorAll<HTMLElement>('[data-claim-id]')].map((el) => el.dataset.claimId);
    expect(ids()).toHaveLength(3);
    await userEvent.setup().click(screen.getByLabelText('Assigned to me'));
    expect(ids()).toEqual([mine.id]);
  });

  it('says so when nothing is assigned to them', async () => {
    render(
      <ClaimSidebar
        article={article}
        claims={[makeClaim('قال البنتاغون')]}
        selectedId={null}
        onSelect={() => {}}
        actions={{ updateClaim: vi.fn(), deleteClaim: vi.fn(), restoreClaim: vi.fn() }}
        permissions={editor}
        data={{ me: { id: 'u-editor', name: 'Mona' } }}
      />,
    );
    await userEvent.setup().click(screen.getByLabelText('Assigned to me'));
    expect(screen.getByText('No claims are assigned to you.')).toBeTruthy();
  });
});

describe('ClaimSidebar: sign-off counts', () => {
  it('counts and filters Published: the claims of the live publication, fetched when the article opens and updated after publishing', async () => {
    const approvedOut = { ...makeClaim('قال البنتاغون'), review: 'approved' as const };
    const approvedSince = { ...makeClaim('أول زيارة منذ 24 عامًا'), review: 'approved' as const };
    const ready = { ...makeClaim('حسب الكرملين'), review: 'ready' as const };
    stubFetch({ [`/api/articles/${article.id}/publications`]: { url: 'https://fc.example/p/x', live: true, versions: [], liveClaimIds: [approvedOut.id] } });
    render(
      <ClaimSidebar
        article={article}
        claims={[approvedOut, approvedSince, ready]}
        selectedId={null}
        onSelect={() => {}}
        actions={{ updateClaim: vi.fn(), deleteClaim: vi.fn(), restoreClaim: vi.fn() }}
        permissions={editor}
      />,
    );
    const stage = (label: string) => screen.getByRole('button', { name: new RegExp(`^${label} \\d+$`) });
    const counts = () => ['Ready', 'Approved', 'Published'].map((l) => stage(l).textContent);
    await waitFor(() => expect(counts()).toEqual(['Ready 1', 'Approved 2', 'Published 1']));
    const ids = () => [...document.querySelectorAll<HTMLElement>('[data-claim-id]')].map((el) => el.dataset.claimId);
    await userEvent.setup().click(stage('Published'));
    expect(ids()).toEqual([approvedOut.id]);
    // The Reports tab publishes again: both approved claims are out.
    act(() => livePublications.set(article.id, [approvedOut.id, approvedSince.id]));
    expect(stage('Published').textContent).toBe('Published 2');
    expect(ids()).toEqual([approvedOut.id, approvedSince.id]);
    // Unpublished: nothing is out.
    act(() => livePublications.set(article.id, []));
    expect(stage('Published').textContent).toBe('Published 0');
    expect(ids()).toEqual([]);
  });
});
