// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import { article, makeClaim } from '../test/fixtures.ts';
import { RevisionEditor } from './RevisionEditor.tsx';
import { useRevisionEditor } from './useRevisionEditor.ts';

afterEach(cleanup);

// The fixture: 'قال البنتاغون إن موسكو استخدمت صواريخ باليستية كورية شمالية في أوكرانيا.' / 'وهذه أول زيارة منذ 24 عامًا 🚀 حسب الكرملين.'
const MISSILES = 'صواريخ باليستية كورية شمالية';
const USED_MISSILES = 'إن موسكو استخدمت صواريخ باليستية كورية شمالية';
const FIRST_VISIT = 'أول زيارة منذ 24 عامًا';
const KREMLIN = 'حسب الكرملين';
const [P1, P2] = article.body as [string, string];

/** The edit view as Workspace wires it, opened on the fixture article with these claims. */
function Editor({ claims, onSelectClaim, current = article }: { claims: Claim[]; onSelectClaim?(id: string): void; current?: Article }) {
  const editor = useRevisionEditor({ article: current, outcome: null, pendingRevision: undefined, revise: () => ({ ok: true, opId: 'op-1' }) });
  const { open } = editor;
  useEffect(() => open(), [open]);
  if (!editor.state) return null;
  return <RevisionEditor article={current} claims={claims} editor={{ ...editor, state: editor.state }} connected lastRevision={null} onSelectClaim={onSelectClaim} />;
}

const type = (text: string) => fireEvent.change(screen.getByLabelText('Article body'), { target: { value: text } });
const preview = () => screen.queryByTestId('revision-preview');
const affected = () =>
  within(screen.getByRole('list', { name: 'Claims this revision changes' }))
    .getAllByRole('button')
    .map((b) => b.textContent);

describe('the preview of a revision before it is saved', () => {
  it('lists the claims that will move, change words or be orphaned, with their words before and after', async () => {
    const claims = [makeClaim(USED_MISSILES), makeClaim(FIRST_VISIT), makeClaim(KREMLIN)];
    render(<Editor claims={claims} />);
    // One word of a long claim gains its article (found again, on changed words); 24 becomes 25 in a short one
    // (too little of it is left to be sure: orphaned); the Kremlin's words shift with the longer text before them.
    type(`${P1.replace('كورية شمالية', 'كورية الشمالية')}\n\n${P2.replace('24', '25')}`);

    await waitFor(() => expect(preview()).not.toBeNull());
    expect(screen.getByText('1 will move · 1 will change words · 1 will be orphaned')).toBeTruthy();
    expect(affected()).toEqual([
      `will change words${USED_MISSILES}→becomes${USED_MISSILES.replace('كورية شمالية', 'كورية الشمالية')}`,
      `will be orphaned${FIRST_VISIT}`,
      `will move${KREMLIN}`,
    ]);
    // The quotes keep the article's direction and language inside the English list.
    const quotes = preview()!.querySelectorAll('bdi');
    expect([...quotes].every((q) => q.getAttribute('dir') === 'rtl' && q.getAttribute('lang') === 'ar')).toBe(true);
  });

  it('shows nothing while the draft says what the article says, and goes when the change is undone', async () => {
    render(<Editor claims={[makeClaim(MISSILES)]} />);
    type(`${P1}\n\n\n\n${P2}\n`); // only the blank lines differ: the same text
    expect(preview()).toBeNull();

    type(`${P1}\n\nجملة جديدة.\n\n${P2}`);
    await waitFor(() => expect(preview()).not.toBeNull());
    expect(preview()!.textContent).toContain('Every claim stays on its words.');
    expect(screen.queryByRole('list', { name: 'Claims this revision changes' })).toBeNull();

    type(article.body.join('\n\n'));
    expect(preview()).toBeNull();
  });

  it('follows the draft as the person keeps typing', async () => {
    render(<Editor claims={[makeClaim(MISSILES), makeClaim(KREMLIN)]} />);
    type(`${P1}\n\n${P2.replace(KREMLIN, 'كما قال مسؤول')}`);
    await waitFor(() => expect(screen.queryByText('1 will be orphaned')).not.toBeNull());
    type(`مقدمة.\n\n${P1}\n\n${P2}`);
    await waitFor(() => expect(screen.queryByText('2 will move')).not.toBeNull());
    expect(preview()!.getAttribute('aria-busy')).toBe('false');
  });

  it('each listed claim can be chosen, by mouse or keyboard, to open it', async () => {
    const onSelectClaim = vi.fn();
    const missiles = makeClaim(MISSILES);
    render(<Editor claims={[missiles]} onSelectClaim={onSelectClaim} />);
    type(`قال متحدث إن الزيارة تاريخية.\n\n${P2}`);
    const item = await screen.findByRole('button', { name: /will be orphaned/ });
    expect(item.textContent).toBe(`will be orphaned${MISSILES}`);
    await userEvent.setup().click(item);
    expect(onSelectClaim).toHaveBeenLastCalledWith(missiles.id);
    item.focus();
    await userEvent.setup().keyboard('{Enter}');
    expect(onSelectClaim).toHaveBeenCalledTimes(2);
  });

  it('ignores deleted claims and those of other articles, and a text that could not be saved', async () => {
    const deleted = { ...makeClaim(MISSILES), deleted: { by: 'Omar', at: '2024-07-04T01:00:00.000Z' } };
    const elsewhere = { ...makeClaim(KREMLIN), articleId: 'another-article' };
    render(<Editor claims={[deleted, elsewhere]} />);
    type(`جملة أخرى تماما.`);
    await waitFor(() => expect(preview()?.textContent).toContain('No claims on this text to follow.'));
    type('   \n\n  ');
    await waitFor(() => expect(preview()).toBeNull());
  });

  it('is withdrawn when a colleague’s newer revision arrives: the draft would be mapped over their text', async () => {
    const claims = [makeClaim(KREMLIN)];
    const view = render(<Editor claims={claims} />);
    type(`مقدمة.\n\n${P1}\n\n${P2}`);
    await waitFor(() => expect(screen.queryByText('1 will move')).not.toBeNull());
    view.rerender(<Editor claims={claims} current={{ ...article, revision: 2, body: [P1, P2, 'فقرة منى.'] }} />);
    expect(preview()).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('saved revision 2 while you were editing');
  });
});
