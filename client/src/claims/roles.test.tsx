// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../../shared/domain/roles.ts';
import type { Claim } from '../../../shared/domain/schemas.ts';
import { permissionsFor } from '../account/permissions.ts';
import { article, makeClaim } from '../test/fixtures.ts';
import { stubFetch } from '../test/stubFetch.ts';
import { ClaimSidebar } from './ClaimSidebar.tsx';

beforeEach(() => void stubFetch());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ME = 'u-me';
const mine: Claim = { ...makeClaim('قال البنتاغون', { summary: 'The Pentagon said', note: 'line one\nline two' }), createdById: ME };
const theirs: Claim = { ...makeClaim('أول زيارة منذ 24 عامًا', { attributedTo: 'the Kremlin' }), createdById: 'u-other' };
const legacy: Claim = { ...makeClaim('حسب الكرملين'), createdById: null };

/** Renders the sidebar with `selected` open, once its editor (loaded on demand) is there. */
async function show(role: Role, selected: Claim) {
  const actions = {
    updateClaim: vi.fn((_id: string, _changes: object, _base?: number) => ({ ok: true as const })),
    deleteClaim: vi.fn((_id: string) => ({ ok: true as const })),
    restoreClaim: vi.fn((_id: string) => ({ ok: true as const })),
  };
  render(
    <ClaimSidebar
      article={article}
      claims={[mine, theirs, legacy]}
      selectedId={selected.id}
      onSelect={() => {}}
      actions={actions}
      permissions={permissionsFor({ id: ME, role })}
    />,
  );
  await screen.findByRole('region', { name: 'Claim editor' });
  return { actions, user: userEvent.setup() };
}

const editorSection = () => screen.getByRole('region', { name: 'Claim editor' });
const deleteButton = () => screen.queryByRole('button', { name: 'Delete claim' });

describe('what each role is offered in the claim editor', () => {
  it('viewer: no status buttons, keys 1-4 do nothing, fields are text, no delete', async () => {
    const { actions, user } = await show('viewer', mine);
    expect(editorSection()).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Status' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Verified/ })).toBeNull();
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(deleteButton()).toBeNull();
    // The values are still there to read, as text.
    expect(screen.getAllByText('The Pentagon said').length).toBeGreaterThan(0);
    const note = screen.getByLabelText('Note');
    expect(note.tagName).toBe('P');
    expect(note.textContent).toBe('line one\nline two');
    await user.keyboard('3');
    expect(actions.updateClaim).not.toHaveBeenCalled();
  });

  it('viewer: is not invited to capture claims when there are none', () => {
    render(
      <ClaimSidebar
        article={article}
        claims={[]}
        selectedId={null}
        onSelect={() => {}}
        actions={{ updateClaim: vi.fn(), deleteClaim: vi.fn(), restoreClaim: vi.fn() }}
        permissions={permissionsFor({ id: ME, role: 'viewer' })}
      />,
    );
    expect(screen.getByText(/No claims yet/).textContent).not.toMatch(/capture/i);
  });

  it('reviewer: edits any claim, and may delete their own', async () => {
    const { actions, user } = await show('reviewer', mine);
    expect(screen.getByRole('group', { name: 'Status' })).toBeTruthy();
    expect(screen.getByLabelText('Summary').tagName).toBe('INPUT');
    await user.keyboard('4');
    expect(actions.updateClaim).toHaveBeenCalledWith(mine.id, { status: 'disputed' }, mine.version);
    await user.click(deleteButton()!);
    expect(actions.deleteClaim).toHaveBeenCalledWith(mine.id);
  });

  it('reviewer: no delete on a colleague’s claim, nor on one made before accounts', async () => {
    await show('reviewer', theirs);
    expect(screen.getByRole('group', { name: 'Status' })).toBeTruthy();
    expect(deleteButton()).toBeNull();
    cleanup();
    await show('reviewer', legacy);
    expect(deleteButton()).toBeNull();
  });

  it.each(['editor', 'admin'] as const)('%s: may delete every claim', async (role) => {
    for (const claim of [mine, theirs, legacy]) {
      await show(role, claim);
      expect(screen.getByRole('group', { name: 'Status' })).toBeTruthy();
      expect(deleteButton()).toBeTruthy();
      cleanup();
    }
  });
});
