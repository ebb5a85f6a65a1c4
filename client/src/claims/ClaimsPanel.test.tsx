// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClaimsPanel } from './ClaimsPanel.tsx';
import { article, makeClaim } from '../test/fixtures.ts';

afterEach(cleanup);

const pentagon = makeClaim('موسكو استخدمت صواريخ باليستية', {
  status: 'attributed',
  summary: 'Moscow used North Korean missiles',
  attributedTo: 'the Pentagon',
});
const firstVisit = makeClaim('أول زيارة منذ 24 عامًا', { status: 'disputed', summary: 'First visit in 24 years' });
const opening = makeClaim('قال البنتاغون');

function items() {
  return [...document.querySelectorAll<HTMLElement>('[data-claim-id]')];
}

describe('ClaimsPanel', () => {
  it('lists claims in reading order whatever order they arrive in', () => {
    render(<ClaimsPanel article={article} claims={[firstVisit, pentagon, opening]} selectedId={null} onSelect={() => {}} />);
    expect(items().map((el) => el.dataset.claimId)).toEqual([opening.id, pentagon.id, firstVisit.id]);
  });

  it('shows quote (in the article direction), summary, source and status of each claim', () => {
    render(<ClaimsPanel article={article} claims={[pentagon]} selectedId={null} onSelect={() => {}} />);
    const item = within(items()[0]!);
    const quote = item.getByText('موسكو استخدمت صواريخ باليستية');
    expect(quote.getAttribute('dir')).toBe('rtl');
    expect(item.getByText('Moscow used North Korean missiles')).toBeTruthy();
    expect(item.getByText('the Pentagon')).toBeTruthy();
    expect(item.getByText('Attributed')).toBeTruthy();
    expect(items()[0]!.dataset.status).toBe('attributed');
  });

  it('leaves out deleted claims', () => {
    const deleted = { ...opening, deleted: { by: 'Omar', at: '2024-07-04T01:00:00.000Z' } };
    render(<ClaimsPanel article={article} claims={[deleted, pentagon]} selectedId={null} onSelect={() => {}} />);
    expect(items().map((el) => el.dataset.claimId)).toEqual([pentagon.id]);
  });

  it('selects a claim by click and by keyboard', async () => {
    const onSelect = vi.fn();
    render(<ClaimsPanel article={article} claims={[pentagon, firstVisit]} selectedId={null} onSelect={onSelect} />);
    const user = userEvent.setup();
    await user.click(screen.getByText('First visit in 24 years'));
    expect(onSelect).toHaveBeenLastCalledWith(firstVisit.id);
    items()[0]!.focus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(pentagon.id);
  });

  it('marks the selected claim and renders its editor right after it', () => {
    render(
      <ClaimsPanel
        article={article}
        claims={[pentagon, firstVisit]}
        selectedId={firstVisit.id}
        onSelect={() => {}}
        renderSelected={(c) => <div data-testid="editor">editing {c.id}</div>}
      />,
    );
    expect(items()[1]!.getAttribute('aria-current')).toBe('true');
    expect(items()[0]!.getAttribute('aria-current')).toBeNull();
    expect(screen.getByTestId('editor').textContent).toBe(`editing ${firstVisit.id}`);
    expect(items()[1]!.nextElementSibling?.contains(screen.getByTestId('editor'))).toBe(true);
  });

  it('flags no claim as orphaned when every quote is still at its position', () => {
    render(<ClaimsPanel article={article} claims={[pentagon, firstVisit, opening]} selectedId={null} onSelect={() => {}} />);
    expect(screen.queryByText('Not found in text')).toBeNull();
    expect(document.querySelectorAll('.is-orphan')).toHaveLength(0);
  });

  it('flags a claim whose quote no longer matches the text at its position', () => {
    const moved = { ...pentagon, target: { ...pentagon.target, quote: { ...pentagon.target.quote, exact: 'نص آخر' } } };
    render(<ClaimsPanel article={article} claims={[moved, firstVisit]} selectedId={null} onSelect={() => {}} />);
    expect(within(items()[0]!).getByText('Not found in text')).toBeTruthy();
    expect(within(items()[1]!).queryByText('Not found in text')).toBeNull();
  });

  it('invites a first capture when there are no claims', () => {
    render(<ClaimsPanel article={article} claims={[]} selectedId={null} onSelect={() => {}} />);
    expect(screen.getByText(/No claims yet/)).toBeTruthy();
  });

  it('lists orphaned claims in their own section, with their original quote and why they were orphaned', () => {
    const orphan = { ...firstVisit, orphaned: true, orphanReason: 'deleted' as const };
    render(<ClaimsPanel article={article} claims={[pentagon, orphan]} selectedId={null} onSelect={() => {}} />);
    const section = screen.getByRole('region', { name: /Orphaned/ });
    expect(within(section).getAllByRole('listitem').map((li) => li.dataset.claimId)).toEqual([orphan.id]);
    expect(within(section).getByText('أول زيارة منذ 24 عامًا')).toBeTruthy();
    expect(within(section).getByText('Its sentence was deleted.')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Claims in reading order' })).getAllByRole('listitem')).toHaveLength(1);
  });

  it('marks pending and conflicting claims, and shows who has each open', () => {
    const viewer = { id: 'conn-1', userId: 'u-omar', name: 'Omar', color: '#0f766e', colorIndex: 1, claimId: pentagon.id, selection: null };
    render(
      <ClaimsPanel
        article={article}
        claims={[pentagon, opening]}
        selectedId={null}
        onSelect={() => {}}
        marks={(c) => (c.id === pentagon.id ? { pending: true, conflict: true, viewers: [viewer] } : {})}
      />,
    );
    const [first, second] = [items()[0]!, items()[1]!];
    expect([second.dataset.pending, second.dataset.conflict]).toEqual(['true', 'true']);
    expect(within(second).getByRole('img', { name: 'Open by Omar' }).querySelector('.presence-color-1')).toBeTruthy();
    expect([first.dataset.pending, first.dataset.conflict]).toEqual([undefined, undefined]);
  });
});
