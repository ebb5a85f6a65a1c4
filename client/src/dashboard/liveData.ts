import type { DashboardInput } from '../../../shared/dashboard/figures.ts';
import type { Article, Claim, HistoryEntry } from '../../../shared/domain/schemas.ts';
import type { JoinResult } from '../../../shared/protocol/events.ts';
import { emptyWorkspace, workspaceReducer, type Change, type WorkspaceData } from '../state/workspaceReducer.ts';

/**
 * What the dashboard knows of the whole workspace, kept live:
 * - every article it has joined is kept in step by the reader's own
 *   workspaceReducer (numbered changes, catch-ups, gaps), so its claims are
 *   exactly the server's;
 * - the history the figures need (decisions: who changed a status, when)
 *   comes from the JSON export (`GET /api/export?format=json`) and from the
 *   history entry every broadcast carries, merged by entry id, so the order
 *   in which the two arrive does not matter;
 * - an article not joined (yet, or offline) shows its exported claims.
 */
export interface LiveData {
  /** From the last export loaded: articles, and claims by article. */
  exported: { articles: Record<string, Article>; claims: Record<string, Claim> } | null;
  joined: Record<string, WorkspaceData>;
  /** Every history entry known, per claim, oldest first. */
  history: Record<string, HistoryEntry[]>;
}

/** The parts of an Isnad JSON export the dashboard reads. */
export interface ExportDocument {
  articles: Article[];
  claims: Claim[];
  history: HistoryEntry[];
}

export type LiveAction =
  /** An export: of the workspace, or of one article (`articleId`), which then replaces only that article's claims. */
  | { type: 'exported'; document: ExportDocument; articleId?: string }
  | { type: 'joined'; articleId: string; result: JoinResult }
  | { type: 'change'; change: Change };

export const emptyLiveData: LiveData = { exported: null, joined: {}, history: {} };

function mergeHistory(history: Record<string, HistoryEntry[]>, entries: readonly HistoryEntry[]): Record<string, HistoryEntry[]> {
  let next = history;
  for (const entry of entries) {
    const list = Object.hasOwn(next, entry.claimId) ? next[entry.claimId]! : [];
    if (list.some((h) => h.id === entry.id)) continue;
    // Kept in time order; entries of one instant keep the order they came in.
    const at = list.findIndex((h) => h.at > entry.at);
    const merged = at < 0 ? [...list, entry] : [...list.slice(0, at), entry, ...list.slice(at)];
    if (next === history) next = { ...history };
    next[entry.claimId] = merged;
  }
  return next;
}

const historyOf = (change: Change): HistoryEntry[] => {
  const h = change.payload.history;
  return Array.isArray(h) ? h : [h];
};

export function liveReducer(state: LiveData, action: LiveAction): LiveData {
  switch (action.type) {
    case 'exported': {
      const { document, articleId } = action;
      const articles: Record<string, Article> = { ...(articleId === undefined ? {} : state.exported?.articles) };
      for (const a of document.articles) articles[a.id] = a;
      const claims: Record<string, Claim> =
        articleId === undefined
          ? {}
          : Object.fromEntries(Object.entries(state.exported?.claims ?? {}).filter(([, c]) => c.articleId !== articleId));
      for (const c of document.claims) claims[c.id] = c;
      return { ...state, exported: { articles, claims }, history: mergeHistory(state.history, document.history) };
    }
    case 'joined': {
      const { result, articleId } = action;
      const before = Object.hasOwn(state.joined, articleId) ? state.joined[articleId]! : emptyWorkspace;
      const missed = result.snapshot ? [] : result.missed.flatMap((m) => historyOf({ event: m.event, payload: m.payload } as Change));
      return {
        ...state,
        joined: { ...state.joined, [articleId]: workspaceReducer(before, { type: 'joined', result: { ...result, users: [] } }) },
        history: mergeHistory(state.history, missed),
      };
    }
    case 'change': {
      const { articleId } = action.change.payload;
      const history = mergeHistory(state.history, historyOf(action.change));
      if (!Object.hasOwn(state.joined, articleId)) return history === state.history ? state : { ...state, history };
      const data = workspaceReducer(state.joined[articleId]!, { type: 'change', change: action.change });
      return { ...state, history, joined: data === state.joined[articleId] ? state.joined : { ...state.joined, [articleId]: data } };
    }
  }
}

/** Joined articles whose change numbers show a gap: they need a catch-up join. */
export function articlesWithGaps(state: LiveData): Array<{ articleId: string; sinceSeq: number | undefined }> {
  return Object.entries(state.joined)
    .filter(([, d]) => d.gapAt !== null)
    .map(([articleId, d]) => ({ articleId, sinceSeq: d.seq ?? undefined }));
}

/** The figures' input: each joined article from its live state, the others from the export. */
export function dashboardInput(state: LiveData): DashboardInput {
  const articles: Record<string, Article> = { ...state.exported?.articles };
  const claims: Record<string, Claim> = {};
  for (const [id, data] of Object.entries(state.joined)) if (data.article && data.seq !== null) articles[id] = data.article;
  const live = (articleId: string) => Object.hasOwn(state.joined, articleId) && state.joined[articleId]!.seq !== null;
  for (const c of Object.values(state.exported?.claims ?? {})) if (!live(c.articleId)) claims[c.id] = c;
  for (const [id, data] of Object.entries(state.joined)) {
    if (data.seq === null) continue;
    for (const c of Object.values(data.claims)) if (c.articleId === id) claims[c.id] = c;
  }
  return { articles, claims, history: state.history };
}
