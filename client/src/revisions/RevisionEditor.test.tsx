// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RevisionSummary } from '../../../shared/ops/article-ops.ts';
import type { WireOp } from '../realtime/wire.ts';
import { useWorkspace } from '../state/useWorkspace.ts';
import { FakeRealtime, FakeServer } from '../test/fakeServer.ts';
import { article } from '../test/fixtures.ts';
import { stubFetch } from '../test/stubFetch.ts';
import { RevisionEditor } from './RevisionEditor.tsx';
import { RevisionNotice } from './RevisionNotice.tsx';
import { describeRevision, latestNote, sameText } from './revisionText.ts';
import { useRevisionEditor } from './useRevisionEditor.ts';

beforeEach(() => {
  localStorage.clear();
  stubFetch({ [`/api/articles/${article.id}`]: { article, claims: [] } });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const summary = (moved: number, orphaned: number, unchanged = 0): RevisionSummary => ({
  moved: Array.from({ length: moved }, (_, i) => `m${i}`),
  orphaned: Array.from({ length: orphaned }, (_, i) => `o${i}`),
  unchanged: Array.from({ length: unchanged }, (_, i) => `u${i}`),
});

describe('the revision summary', () => {
  it('says who made which revision and what it did to the claims', () => {
    expect(describeRevision({ revision: 2, by: 'Mona', result: summary(3, 1) })).toBe('Revision 2 by Mona: 3 claims moved, 1 orphaned');
    expect(describeRevision({ revision: 3, by: 'Mona', result: summary(1, 0, 4) })).toBe('Revision 3 by Mona: 1 claim moved');
    expect(describeRevision({ revision: 4, by: 'منى', result: summary(0, 2) })).toBe('Revision 4 by منى: 2 claims orphaned');
    expect(describeRevision({ revision: 5, by: 'Omar', result: summary(0, 0, 2) })).toBe('Revision 5 by Omar: every claim stayed on its words');
    expect(describeRevision({ revision: 6, by: 'Omar', result: summary(0, 0) })).toBe('Revision 6 by Omar: no claims to re-anchor');
  });

  it('renders as text, with the name isolated, and offers the orphans when there are some', async () => {
    const onShowOrphans = vi.fn();
    const onDismiss = vi.fn();
    const note = { revision: 2, by: '<img src=x onerror=alert(1)>', at: '2024-07-04T12:00:00.000Z', result: summary(3, 1) };
    render(<RevisionNotice note={note} onShowOrphans={onShowOrphans} onDismiss={onDismiss} />);
    const notice = screen.getByTestId('revision-summary');
    expect(notice.textContent).toContain(describeRevision(note));
    expect(notice.querySelector('img')).toBeNull();
    expect(notice.querySelector('bdi')!.textContent).toBe(note.by);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show orphaned' }));
    expect(onShowOrphans).toHaveBeenCalled();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalled();
  });

  it('takes the newer of the revision heard and our own', () => {
    const heard = { revision: 2, by: 'Mona', at: '', result: summary(1, 0) };
    const own = { revision: 3, by: 'Layla', at: '', result: summary(0, 1) };
    expect(latestNote(heard, own)).toBe(own);
    expect(latestNote(heard, { ...own, revision: 2 })).toBe(heard);
    expect(latestNote(null, own)).toBe(own);
    expect(sameText(article, `${article.body[0]}\n\n\n${article.body[1]}\n`)).toBe(true);
  });
});

const layla = { id: 'u-layla', name: 'Layla' };

/** The pieces of the workspace that make the edit view, wired as Workspace wires them. */
function EditView({ rt }: { rt: FakeRealtime }) {
  const ws = useWorkspace(rt, article.id, layla);
  const editor = useRevisionEditor({ article: ws.article, outcome: ws.revisionOutcome, pendingRevision: ws.pendingRevision, revise: ws.actions.reviseArticle });
  if (!ws.article) return <p>Loading</p>;
  return (
    <>
      {ws.lastRevision && <RevisionNotice note={ws.lastRevision} onDismiss={() => {}} />}
      {editor.state ? (
        <RevisionEditor article={ws.article} claims={ws.claims} editor={{ ...editor, state: editor.state }} connected={ws.connection === 'connected'} lastRevision={ws.lastRevision} />
      ) : (
        <div data-testid="reader">
          <span>Revision {ws.article.revision}</span>
          {ws.article.body.map((p) => (
            <p key={p}>{p}</p>
          ))}
          <button type="button" onClick={editor.open}>
            Edit article
          </button>
          <ul aria-label="Claims">
            {ws.claims.map((c) => (
              <li key={c.id}>{`${c.orphaned ? 'orphaned' : 'placed'}: ${c.target.quote.exact}`}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

const CLAIM = 'صواريخ باليستية كورية شمالية';
function serverWithClaim() {
  const server = new FakeServer();
  const body = article.body.join('\n\n');
  const start = [...body.slice(0, body.indexOf(CLAIM))].length;
  const op: WireOp = { event: 'claim:create', payload: { articleId: article.id, target: { start, end: start + [...CLAIM].length } } };
  server.apply(op, { id: 'u-omar', name: 'Omar' });
  return server;
}

async function open(server: FakeServer) {
  const rt = new FakeRealtime(server, layla);
  render(<EditView rt={rt} />);
  act(() => rt.setState('connected'));
  await screen.findByTestId('reader');
  await waitFor(() => expect(screen.getByRole('list', { name: 'Claims' }).textContent).toContain(CLAIM));
  return rt;
}

const bodyBox = () => screen.getByLabelText('Article body') as HTMLTextAreaElement;

describe('the edit view', () => {
  it('opens on the text in the article’s direction and sends a revision with its base, then shows the new text and the summary', async () => {
    const server = serverWithClaim();
    const rt = await open(server);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Edit article' }));
    expect(bodyBox().value).toBe(article.body.join('\n\n'));
    expect(bodyBox().getAttribute('dir')).toBe('rtl');
    expect(bodyBox().getAttribute('lang')).toBe('ar');
    expect((screen.getByRole('button', { name: 'Save revision' }) as HTMLButtonElement).disabled).toBe(true);

    const revised = `فقرة جديدة في البداية.\n\n${article.body.join('\n\n')}`;
    fireEvent.change(bodyBox(), { target: { value: revised } });
    await user.click(screen.getByRole('button', { name: 'Save revision' }));

    await screen.findByTestId('reader');
    const sent = rt.sent.find((op) => op.event === 'article:revise');
    expect(sent).toMatchObject({ event: 'article:revise', payload: { articleId: article.id, body: revised, baseRevision: 1, opId: expect.stringMatching(/^[\w-]{8,64}$/) } });
    expect(screen.getByText('Revision 2')).toBeTruthy();
    expect(screen.getByText('فقرة جديدة في البداية.')).toBeTruthy();
    expect(screen.getByTestId('revision-summary').textContent).toContain('Revision 2 by Layla: 1 claim moved');
    expect(screen.getByRole('list', { name: 'Claims' }).textContent).toBe(`placed: ${CLAIM}`);
  });

  it('a colleague’s revision updates the view in place, with the summary of what became of the claims', async () => {
    const rt = await open(serverWithClaim());
    act(() => {
      rt.colleague(
        { event: 'article:revise', payload: { articleId: article.id, body: `قال البنتاغون إن موسكو حصلت على ذخائر من بيونغ يانغ.\n\n${article.body[1]}`, baseRevision: 1 } },
        { id: 'u-mona', name: 'Mona' },
      );
    });
    await waitFor(() => expect(screen.getByTestId('revision-summary').textContent).toContain('Revision 2 by Mona: 1 claim orphaned'));
    expect(screen.getByText('قال البنتاغون إن موسكو حصلت على ذخائر من بيونغ يانغ.')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Claims' }).textContent).toBe(`orphaned: ${CLAIM}`);
  });

  it('warns when a colleague saves meanwhile; saving then is a conflict, and their version can be loaded with mine kept aside', async () => {
    const rt = await open(serverWithClaim());
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Edit article' }));
    const mine = `${article.body.join('\n\n')}\n\nفقرة كتبتها ليلى.`;
    fireEvent.change(bodyBox(), { target: { value: mine } });

    // Mona saves first; we do not even hear of it until the refusal.
    rt.dropBroadcasts = true;
    const theirs = `${article.body.join('\n\n')}\n\nفقرة كتبتها منى.`;
    rt.colleague({ event: 'article:revise', payload: { articleId: article.id, body: theirs, baseRevision: 1 } }, { id: 'u-mona', name: 'Mona' });
    rt.dropBroadcasts = false;

    await user.click(screen.getByRole('button', { name: 'Save revision' }));
    const alert = await screen.findByText(/^Not saved: .*saved revision 2 of this article while you were editing/);
    expect(alert.textContent).toContain('Mona');
    expect(bodyBox().value).toBe(mine);
    expect((screen.getByRole('button', { name: 'Save revision' }) as HTMLButtonElement).disabled).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Load their version' }));
    expect(bodyBox().value).toBe(theirs);
    expect((screen.getByLabelText('Your earlier text') as HTMLTextAreaElement).value).toBe(mine);

    // Made again on their revision, it goes through.
    fireEvent.change(bodyBox(), { target: { value: `${theirs}\n\nفقرة كتبتها ليلى.` } });
    await user.click(screen.getByRole('button', { name: 'Save revision' }));
    await screen.findByTestId('reader');
    expect(rt.sent.filter((op) => op.event === 'article:revise').map((op) => (op.payload as { baseRevision: number }).baseRevision)).toEqual([1, 2]);
    expect(screen.getByText('Revision 3')).toBeTruthy();
  });

  it('a colleague’s revision heard while editing is announced before saving', async () => {
    const rt = await open(serverWithClaim());
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Edit article' }));
    act(() => {
      rt.colleague({ event: 'article:revise', payload: { articleId: article.id, body: `${article.body.join('\n\n')}\n\nجديد.`, baseRevision: 1 } }, { id: 'u-mona', name: 'Mona' });
    });
    expect((await screen.findByRole('alert')).textContent).toContain('Mona saved revision 2 while you were editing');
    await user.click(screen.getByRole('button', { name: 'Load their version' }));
    expect(bodyBox().value.endsWith('جديد.')).toBe(true);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses an empty text without sending it', async () => {
    const rt = await open(serverWithClaim());
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Edit article' }));
    fireEvent.change(bodyBox(), { target: { value: '  \n\n ' } });
    await user.click(screen.getByRole('button', { name: 'Save revision' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: the article has no text');
    expect(rt.sent.some((op) => op.event === 'article:revise')).toBe(false);
  });

  it('offline, the revision waits in the outbox (and survives a reload) and is sent when the link is back', async () => {
    const server = serverWithClaim();
    const rt = await open(server);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Edit article' }));
    act(() => rt.setState('disconnected'));
    fireEvent.change(bodyBox(), { target: { value: `${article.body.join('\n\n')}\n\nبلا اتصال.` } });
    await user.click(screen.getByRole('button', { name: 'Save revision' }));
    expect(screen.getByRole('status').textContent).toContain('Offline: your revision is kept on this device');

    // A reload: the editor comes back on the queued revision.
    cleanup();
    const again = new FakeRealtime(server, layla);
    render(<EditView rt={again} />);
    expect(await screen.findByLabelText('Article body')).toBeTruthy();
    expect(bodyBox().value.endsWith('بلا اتصال.')).toBe(true);
    act(() => again.setState('connected'));
    await screen.findByTestId('reader');
    expect(screen.getByText('بلا اتصال.')).toBeTruthy();
    expect(server.state.articles[article.id]!.revision).toBe(2);
  });
});
