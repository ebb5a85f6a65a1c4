// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Claim, HistoryEntry } from '../../../shared/domain/schemas.ts';
import { permissionsFor } from '../account/permissions.ts';
import { ActivityFeed } from '../history/ActivityFeed.tsx';
import { article, makeClaim } from '../test/fixtures.ts';
import { stubFetch } from '../test/stubFetch.ts';
import { ClaimSidebar } from './ClaimSidebar.tsx';

beforeEach(() => void stubFetch());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

// makeClaim's claims are captured by u-layla.
const deletedAt = '2024-07-04T12:00:00.000Z';
const deleted = (claim: Claim): Claim => ({ ...claim, deleted: { by: 'Omar', at: deletedAt } });

function renderSidebar(user: { id: string; role: 'editor' | 'reviewer' }, live: Claim[], gone: Claim[]) {
  const restoreClaim = vi.fn((_id: string) => ({ ok: true as const }));
  const onSelect = vi.fn();
  const allClaims = Object.fromEntries([...live, ...gone].map((c) => [c.id, c]));
  render(
    <ClaimSidebar
      article={article}
      claims={live}
      selectedId={null}
      onSelect={onSelect}
      actions={{ updateClaim: vi.fn(), deleteClaim: vi.fn(), restoreClaim }}
      permissions={permissionsFor(user)}
      data={{ allClaims, me: { id: user.id, name: user.id } }}
    />,
  );
  return { restoreClaim, onSelect };
}

describe('deleted claims stay restorable', () => {
  it('are listed under the Deleted filter, long after the undo toast, and Restore brings the same claim back', async () => {
    const kept = makeClaim('قال البنتاغون');
    const gone = deleted(makeClaim('أول زيارة منذ 24 عامًا'));
    const { restoreClaim, onSelect } = renderSidebar({ id: 'u-editor', role: 'editor' }, [kept], [gone]);
    const filter = screen.getByRole('checkbox', { name: /Deleted/ });
    expect(filter.closest('label')!.textContent).toContain('1');
    await userEvent.click(filter);
    const list = await screen.findByRole('list', { name: 'Deleted claims' });
    expect(within(list).getByText(/أول زيارة منذ 24 عامًا/)).toBeTruthy();
    expect(within(list).getByText('Omar')).toBeTruthy();
    expect(within(list).queryByText(/قال البنتاغون/)).toBeNull();
    await userEvent.click(within(list).getByRole('button', { name: 'Restore' }));
    expect(restoreClaim).toHaveBeenCalledWith(gone.id);
    expect(onSelect).toHaveBeenLastCalledWith(gone.id);
  });

  it('offer Restore to the claim\'s author but not to another reviewer', async () => {
    const gone = deleted(makeClaim('موسكو استخدمت'));
    renderSidebar({ id: 'u-omar', role: 'reviewer' }, [], [gone]);
    await userEvent.click(screen.getByRole('checkbox', { name: /Deleted/ }));
    const list = await screen.findByRole('list', { name: 'Deleted claims' });
    expect(within(list).queryByRole('button', { name: 'Restore' })).toBeNull();
    cleanup();
    renderSidebar({ id: 'u-layla', role: 'reviewer' }, [], [gone]);
    await userEvent.click(screen.getByRole('checkbox', { name: /Deleted/ }));
    expect(within(await screen.findByRole('list', { name: 'Deleted claims' })).getByRole('button', { name: 'Restore' })).toBeTruthy();
  });

  it('are restorable from the activity feed, on the latest deletion only, while still deleted', async () => {
    const gone = deleted(makeClaim('صواريخ باليستية'));
    const live = makeClaim('حسب الكرملين');
    const entry = (id: string, claimId: string, action: HistoryEntry['action'], minute: number): HistoryEntry => ({
      id, articleId: article.id, claimId, action, changes: [], by: 'Omar', byId: 'u-omar', at: new Date(Date.UTC(2024, 6, 4, 12, minute)).toISOString(),
    });
    // Newest first, as the feed shows them: deleted again after an earlier delete and restore; the live claim was deleted once and restored.
    const entries = [entry('h5', gone.id, 'deleted', 5), entry('h4', gone.id, 'restored', 4), entry('h3', gone.id, 'deleted', 3), entry('h2', live.id, 'restored', 2), entry('h1', live.id, 'deleted', 1)];
    const onRestore = vi.fn();
    render(
      <ActivityFeed
        activity={{ entries, error: null, loading: false, hasOlder: false, loadingOlder: false, loadOlder: () => {} }}
        article={article}
        claims={{ [gone.id]: gone, [live.id]: live }}
        nameOf={() => ''}
        onOpenClaim={() => {}}
        onRestore={onRestore}
        mayRestore={permissionsFor({ id: 'u-editor', role: 'editor' }).deleteClaim}
      />,
    );
    const buttons = screen.getAllByRole('button', { name: 'Restore' });
    expect(buttons).toHaveLength(1);
    expect(buttons[0]!.closest('li')!.getAttribute('data-action')).toBe('deleted');
    await userEvent.click(buttons[0]!);
    expect(onRestore).toHaveBeenCalledWith(gone.id);
  });
});
