import type { Article, Claim, Comment, HistoryEntry } from '../../../shared/domain/schemas.ts';
import type { WorkspaceSettings } from '../../../shared/domain/settings.ts';
import type { Revision, StoredInvite, StoredOp, StoredSession, StoredUser } from '../records.ts';
import type { SourceMerge } from '../../../shared/sources/merges.ts';
import type { WorkspaceMemory } from '../memory/workspace-memory.ts';
import type { Publication } from '../../../shared/publish/publication.ts';
import { publicationKey } from '../publication-records.ts';

/**
 * The whole workspace as plain records keyed by id, for tests and tools that
 * look at everything (its cost is the whole workspace, so the server never
 * calls it).
 */
export interface WorkspaceDump {
  settings: WorkspaceSettings;
  articles: Record<string, Article>;
  claims: Record<string, Claim>;
  comments: Record<string, Comment>;
  history: Record<string, HistoryEntry[]>;
  revisions: Record<string, Revision[]>;
  seqs: Record<string, number>;
  ops: Record<string, StoredOp>;
  users: Record<string, StoredUser>;
  sessions: Record<string, StoredSession>;
  invites: Record<string, StoredInvite>;
  /** Source merges by alias key. */
  sourceMerges: Record<string, SourceMerge>;
  /** Published versions by `<article id>/<version>`. */
  publications: Record<string, Publication>;
}

export function dumpMemory(memory: WorkspaceMemory): WorkspaceDump {
  const dump: WorkspaceDump = {
    settings: memory.settings,
    articles: {},
    claims: Object.fromEntries(memory.claims),
    comments: Object.fromEntries(memory.comments),
    history: Object.fromEntries(memory.history),
    revisions: {},
    seqs: {},
    ops: Object.fromEntries([...memory.ops].map(([k, v]) => [k, v.op])),
    users: Object.fromEntries(memory.users),
    sessions: Object.fromEntries(memory.sessions),
    invites: Object.fromEntries(memory.invites),
    sourceMerges: Object.fromEntries(memory.sources.merges),
    publications: Object.fromEntries([...memory.publications.all()].map((p) => [publicationKey(p), p])),
  };
  for (const index of memory.articles.values()) {
    if (!index.article) continue;
    const article = index.article;
    dump.articles[index.id] = article;
    dump.seqs[index.id] = index.seq;
    dump.revisions[index.id] = index.revisions.map((r) => ({ ...r, body: r.body ?? article.body }));
  }
  return dump;
}


/** How many of each record a workspace holds: what a copy must have as many of. */
export function countsOf(dump: WorkspaceDump): Record<string, number> {
  return {
    articles: Object.keys(dump.articles).length,
    claims: Object.keys(dump.claims).length,
    comments: Object.keys(dump.comments).length,
    historyEntries: Object.values(dump.history).reduce((n, list) => n + list.length, 0),
    revisions: Object.values(dump.revisions).reduce((n, list) => n + list.length, 0),
    users: Object.keys(dump.users).length,
    sessions: Object.keys(dump.sessions).length,
    invites: Object.keys(dump.invites).length,
    ops: Object.keys(dump.ops).length,
    sourceMerges: Object.keys(dump.sourceMerges).length,
    publications: Object.keys(dump.publications).length,
  };
}

/** JSON with object keys sorted at every level: the same workspace gives the same text whatever order it was read in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Memory holding exactly a dump (its revisions' current text kept once, in the article). */
export function memoryFromDump(memory: WorkspaceMemory, dump: WorkspaceDump): WorkspaceMemory {
  memory.settings = dump.settings;
  for (const article of Object.values(dump.articles)) memory.apply({ k: 'article', v: article });
  for (const [articleId, list] of Object.entries(dump.revisions)) {
    const current = dump.articles[articleId]?.revision;
    memory.loadRevisions(articleId, list.map((r) => (r.revision === current ? { revision: r.revision, by: r.by, byId: r.byId, at: r.at } : r)));
  }
  for (const [articleId, seq] of Object.entries(dump.seqs)) memory.index(articleId).seq = seq;
  for (const claim of Object.values(dump.claims)) memory.apply({ k: 'claim', v: claim });
  for (const comment of Object.values(dump.comments)) memory.apply({ k: 'comment', v: comment });
  for (const [claimId, entries] of Object.entries(dump.history)) memory.loadHistory(claimId, entries);
  for (const [key, op] of Object.entries(dump.ops)) memory.apply({ k: 'op', key, v: op });
  for (const user of Object.values(dump.users)) memory.apply({ k: 'user', v: user });
  for (const [key, session] of Object.entries(dump.sessions)) memory.apply({ k: 'session', key, v: session });
  for (const [key, invite] of Object.entries(dump.invites)) memory.apply({ k: 'invite', key, v: invite });
  for (const [key, merge] of Object.entries(dump.sourceMerges)) memory.apply({ k: 'sourceMerge', key, v: merge });
  for (const p of Object.values(dump.publications)) memory.apply({ k: 'publication', v: p });
  memory.finishLoading();
  return memory;
}
