import { describe, expect, it } from 'vitest';
import { dashboardFigures } from '../../../shared/dashboard/figures.ts';
import type { JoinResult } from '../../../shared/protocol/events.ts';
import type { Change } from '../state/workspaceReducer.ts';
import { articlesWithGaps, dashboardInput, emptyLiveData, liveReducer, type ExportDocument, type LiveAction, type LiveData } from './liveData.ts';
import { NOW, statusEntry, testWorkspace } from '../../../shared/dashboard/fixtures/test-workspace.ts';

const ws = testWorkspace();
const doc: ExportDocument = {
  articles: Object.values(ws.articles),
  claims: Object.values(ws.claims).filter((c) => !c.deleted),
  history: Object.values(ws.history)
    .flat()
    .filter((h) => h.claimId !== 'c7'),
};
const run = (...actions: LiveAction[]) => actions.reduce<LiveData>(liveReducer, emptyLiveData);
const figures = (s: LiveData) => dashboardFigures(dashboardInput(s), {}, NOW);
const snapshot = (articleId: string, seq: number, claims = doc.claims.filter((c) => c.articleId === articleId)): JoinResult => ({
  article: ws.articles[articleId]!,
  users: [],
  seq,
  snapshot: true,
  claims,
  comments: [],
});
const c5 = ws.claims.c5!;
const disputeC5 = (seq: number): Change => {
  const claim = { ...c5, status: 'disputed' as const, version: 2 };
  return { event: 'claim:updated', payload: { articleId: 'A2', seq, claim, history: statusEntry(claim, 'u2', '2024-07-10T11:00:00.000Z', 'unreviewed', 'disputed') } };
};

describe('the dashboard\'s live data', () => {
  it('an export alone gives the same figures as the workspace it came from', () => {
    expect(figures(run({ type: 'exported', document: doc }))).toEqual(dashboardFigures(ws, {}, NOW));
  });

  it('a joined article follows its changes; one not joined keeps its exported claims', () => {
    const s = run({ type: 'exported', document: doc }, { type: 'joined', articleId: 'A2', result: snapshot('A2', 5) }, { type: 'change', change: disputeC5(6) });
    const f = figures(s);
    expect(f.byStatus).toEqual({ unreviewed: 1, attributed: 1, verified: 1, disputed: 3 });
    expect(f.decisionsPerReviewer[0]).toMatchObject({ name: 'Omar', decisions: 3 });
    expect(f.recentDecisions[0]).toMatchObject({ claimId: 'c5', to: 'disputed' });
  });

  it('history from an export and from broadcasts is merged once, whatever the order', () => {
    const change = disputeC5(6);
    const later = { ...doc, claims: doc.claims.map((c) => (c.id === 'c5' ? (change.payload as { claim: typeof c }).claim : c)), history: [...doc.history, change.payload.history as never] };
    const a = run({ type: 'joined', articleId: 'A2', result: snapshot('A2', 5) }, { type: 'change', change }, { type: 'exported', document: later });
    const b = run({ type: 'exported', document: later }, { type: 'joined', articleId: 'A2', result: snapshot('A2', 5) }, { type: 'change', change });
    expect(a.history.c5!.map((h) => h.id)).toEqual(b.history.c5!.map((h) => h.id));
    expect(a.history.c5).toHaveLength(2);
    expect(figures(a)).toEqual(figures(b));
  });

  it('a deleted claim leaves the figures', () => {
    const h = { ...statusEntry(c5, 'u1', '2024-07-10T11:00:00.000Z', null, 'unreviewed'), action: 'deleted' as const, changes: [] };
    const s = run({ type: 'exported', document: doc }, { type: 'joined', articleId: 'A2', result: snapshot('A2', 5) }, { type: 'change', change: { event: 'claim:deleted', payload: { articleId: 'A2', seq: 6, id: 'c5', history: h } } });
    expect(figures(s).total).toBe(5);
  });

  it('a change numbered past the next one marks a gap to catch up from', () => {
    const s = run({ type: 'exported', document: doc }, { type: 'joined', articleId: 'A2', result: snapshot('A2', 5) }, { type: 'change', change: disputeC5(8) });
    expect(articlesWithGaps(s)).toEqual([{ articleId: 'A2', sinceSeq: 5 }]);
    const caughtUp = liveReducer(s, { type: 'joined', articleId: 'A2', result: { article: ws.articles.A2!, users: [], seq: 8, snapshot: false, missed: [
      { seq: 6, event: 'comment:created', payload: { articleId: 'A2', seq: 6, comment: { id: 'k1', claimId: 'c5', articleId: 'A2', text: 'hm', mentions: [], createdBy: 'Omar', createdById: 'u2', createdAt: NOW }, history: { ...statusEntry(c5, 'u2', NOW, null, 'unreviewed'), action: 'commented', changes: [] } } },
      { seq: 7, event: 'claim:updated', payload: { articleId: 'A2', seq: 7, claim: { ...c5, summary: 'x', version: 2 }, history: { ...statusEntry(c5, 'u2', NOW, null, 'unreviewed'), action: 'updated', changes: [{ field: 'summary', from: '', to: 'x' }] } } },
      { seq: 8, ...disputeC5(8), payload: { ...disputeC5(8).payload, claim: { ...c5, summary: 'x', status: 'disputed', version: 3 } } } as never,
    ] } });
    expect(articlesWithGaps(caughtUp)).toEqual([]);
    expect(figures(caughtUp).byStatus.disputed).toBe(3);
  });
});
