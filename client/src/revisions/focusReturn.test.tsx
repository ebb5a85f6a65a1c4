// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { useWorkspace } from '../state/useWorkspace.ts';
import { FakeRealtime, FakeServer } from '../test/fakeServer.ts';
import { article } from '../test/fixtures.ts';
import { stubFetch } from '../test/stubFetch.ts';
import { RevisionEditor } from './RevisionEditor.tsx';
import { RevisionHistory } from './RevisionHistory.tsx';
import type { RevisionRecord } from './useRevisionPages.ts';
import { useRevisionEditor } from './useRevisionEditor.ts';

/** Focus returns to the control that opened a view when the view closes, by button, by Escape, or by saving. */
const revisions: RevisionRecord[] = [2, 1].map((n) => ({ revision: n, body: [`text ${n}`], by: 'Mona', byId: 'u-mona', at: '2024-07-04T10:00:00.000Z' }));
beforeEach(() => {
  localStorage.clear();
  stubFetch({
    [`/api/articles/${article.id}`]: { article, claims: [] },
    [`/api/articles/${article.id}/revisions`]: { revisions, next: null },
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The editor takes the reader's place, as in Workspace: the "Edit article" button is a new element when it comes back. */
function EditView({ rt }: { rt: FakeRealtime }) {
  const ws = useWorkspace(rt, article.id, { id: 'u-layla', name: 'Layla' });
  const editor = useRevisionEditor({ article: ws.article, outcome: ws.revisionOutcome, pendingRevision: ws.pendingRevision, revise: ws.actions.reviseArticle });
  if (!ws.article) return null;
  return editor.state ? (
    <RevisionEditor article={ws.article} claims={ws.claims} editor={{ ...editor, state: editor.state }} connected lastRevision={ws.lastRevision} />
  ) : (
    <div data-testid="reader">
      <span>{`Revision ${ws.article.revision}`}</span>
      <button ref={editor.opener} type="button" onClick={editor.open}>
        Edit article
      </button>
    </div>
  );
}

async function openEditor() {
  const rt = new FakeRealtime(new FakeServer(), { id: 'u-layla', name: 'Layla' });
  render(<EditView rt={rt} />);
  act(() => rt.setState('connected'));
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Edit article' }));
  return user;
}
const editButton = () => screen.getByRole('button', { name: 'Edit article' });
const bodyBox = () => screen.getByLabelText('Article body') as HTMLTextAreaElement;

describe('focus after the revision editor closes', () => {
  it('Cancel, chosen from the keyboard, gives the focus back to "Edit article"', async () => {
    const user = await openEditor();
    screen.getByRole('button', { name: 'Cancel' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(editButton()));
  });

  it('Escape closes an unchanged editor and gives the focus back; with a changed draft it keeps the editor open', async () => {
    const user = await openEditor();
    bodyBox().focus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(document.activeElement).toBe(editButton()));

    await user.click(editButton());
    fireEvent.change(bodyBox(), { target: { value: 'نص جديد' } });
    bodyBox().focus();
    await user.keyboard('{Escape}');
    expect(bodyBox().value).toBe('نص جديد');
  });

  it('after saving, the new revision shown, the focus is on "Edit article" again', async () => {
    const user = await openEditor();
    fireEvent.change(bodyBox(), { target: { value: `فقرة جديدة.\n\n${article.body.join('\n\n')}` } });
    await user.click(screen.getByRole('button', { name: 'Save revision' }));
    await screen.findByText('Revision 2');
    await waitFor(() => expect(document.activeElement).toBe(editButton()));
  });
});

/** A toggle like Workspace's History button; closing from inside the panel is the panel's own business. */
function HistoryHost() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        History
      </button>
      {open && <RevisionHistory article={{ ...article, revision: 2 }} claims={[]} onClose={() => setOpen(false)} />}
    </>
  );
}
const historyButton = () => screen.getByRole('button', { name: 'History' });

describe('focus after the history of the text closes', () => {
  it('the close button gives the focus back to the History button', async () => {
    render(<HistoryHost />);
    const user = userEvent.setup();
    await user.click(historyButton());
    screen.getByRole('button', { name: 'Close history' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('region', { name: 'Revision history' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(historyButton()));
  });

  it('Escape hides a comparison first, back on the button that showed it, then closes the history, back on History', async () => {
    render(<HistoryHost />);
    const user = userEvent.setup();
    await user.click(historyButton());
    const compare = await screen.findByRole('button', { name: 'Compare with revision 1' });
    await user.click(compare);
    await screen.findByTestId('revision-diff');

    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('revision-diff')).toBeNull();
    expect(document.activeElement).toBe(compare);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Revision history' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(historyButton()));
  });
});
