// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Claim } from '../../../shared/domain/schemas.ts';
import { makeClaim } from '../test/fixtures.ts';
import { EvidenceSection } from './EvidenceSection.tsx';
import { validateEvidence } from './evidenceForm.ts';

afterEach(cleanup);

const claim: Claim = {
  ...makeClaim('قال البنتاغون'),
  evidence: [
    { id: 'ev1', url: 'https://www.defense.gov/briefing', title: 'Pentagon briefing', note: 'p. 3', addedBy: 'Omar', addedById: 'u-omar', addedAt: '2024-07-04T10:00:00.000Z' },
  ],
};

function setup(canEdit = true, pending: string[] = []) {
  const onAdd = vi.fn((_input: object) => ({ ok: true as const }));
  const onRemove = vi.fn((_id: string) => ({ ok: true as const }));
  render(<EvidenceSection claim={claim} canEdit={canEdit} pendingIds={new Set(pending)} onAdd={onAdd} onRemove={onRemove} />);
  return { onAdd, onRemove, user: userEvent.setup() };
}

describe('EvidenceSection', () => {
  it('lists sources with who added them and when; links open safely in a new tab', () => {
    setup();
    const item = document.querySelector('[data-testid=evidence] li')!;
    const link = item.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://www.defense.gov/briefing');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(item.textContent).toContain('Pentagon briefing');
    expect(item.textContent).toContain('www.defense.gov');
    expect(item.textContent).toMatch(/Added by Omar · 4 Jul 2024/);
  });

  it('accepts only http(s) URLs, and says why', async () => {
    const { onAdd, user } = setup();
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/file', 'not a url']) {
      await user.clear(screen.getByLabelText('Evidence URL'));
      await user.type(screen.getByLabelText('Evidence URL'), bad);
      await user.click(screen.getByRole('button', { name: 'Add evidence' }));
      expect(screen.getByLabelText('Evidence URL').getAttribute('aria-invalid')).toBe('true');
    }
    expect(onAdd).not.toHaveBeenCalled();
    expect(screen.getByText(/Only http:\/\/ and https:\/\/ links/)).toBeTruthy();
  });

  it('adds a valid source with its title and note, then clears the form', async () => {
    const { onAdd, user } = setup();
    await user.type(screen.getByLabelText('Evidence URL'), ' https://www.reuters.com/world/x ');
    await user.type(screen.getByLabelText('Evidence title'), 'Reuters');
    await user.type(screen.getByLabelText('Evidence note'), 'confirms the date');
    await user.click(screen.getByRole('button', { name: 'Add evidence' }));
    expect(onAdd).toHaveBeenCalledWith({ url: 'https://www.reuters.com/world/x', title: 'Reuters', note: 'confirms the date' });
    expect((screen.getByLabelText('Evidence URL') as HTMLInputElement).value).toBe('');
  });

  it('removes a source; viewers get neither form nor remove', async () => {
    const { onRemove, user } = setup();
    await user.click(screen.getByRole('button', { name: /Remove evidence Pentagon briefing/ }));
    expect(onRemove).toHaveBeenCalledWith('ev1');
    cleanup();
    setup(false);
    expect(screen.queryByLabelText('Evidence URL')).toBeNull();
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
  });

  it('marks a source not yet saved as pending', () => {
    setup(true, ['ev1']);
    expect(document.querySelector('[data-testid=evidence] li')!.getAttribute('data-pending')).toBe('true');
  });
});

describe('validateEvidence', () => {
  it('checks length limits with the shared LIMITS', () => {
    expect(validateEvidence({ url: `https://example.org/${'a'.repeat(2100)}`, title: '', note: '' }).ok).toBe(false);
    expect(validateEvidence({ url: 'https://example.org', title: 'x'.repeat(301), note: '' })).toMatchObject({ ok: false, errors: { title: expect.any(String) } });
    expect(validateEvidence({ url: 'https://example.org', title: '  t  ', note: '' })).toEqual({ ok: true, value: { url: 'https://example.org', title: 't', note: '' } });
  });
});
