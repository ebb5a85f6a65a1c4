import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { ArticleSchema, ClaimSchema, CommentSchema, HistoryEntrySchema, IsoDateSchema } from '../../../shared/domain/schemas.ts';
import { WorkspaceSettingsSchema } from '../../../shared/domain/settings.ts';
import { SourceMergeSchema } from '../../../shared/sources/merges.ts';
import { publicationKey, StoredPublicationSchema } from '../publication-records.ts';
import { StoredInviteSchema, StoredOpSchema, StoredRevisionSchema, StoredSessionSchema, StoredUserSchema, type StoredOp, type StoredRevision } from '../records.ts';
import { decodeClaim, decodeEntry } from '../codec/record-codec.ts';
import { MutationError, WorkspaceMemory } from '../memory/workspace-memory.ts';
import { DbSchema, migrate, type LegacyDb } from './legacy-db.ts';
import { PROTO_KEY_IN_JSON } from '../../../shared/protocol/poisoned-keys.ts';
import { SNAPSHOT_SCHEMA_VERSION, SnapshotFile, SnapshotFormatError, type SnapshotData } from './snapshot-file.ts';

/** What a snapshot says about itself, besides the workspace it holds. */
export interface SnapshotHeader {
  workspaceId: string;
  /** A new random id for each snapshot written; the journal names the one it follows. */
  generation: string;
  /** The snapshot this one replaced (a journal that follows it is still good after a crash mid-rotation). */
  previous: string | null;
  /** The last transaction the snapshot contains. */
  lastCommit: number;
}

export type LoadedSnapshot =
  | { kind: 'snapshot'; header: SnapshotHeader; memory: WorkspaceMemory }
  /** A db.json from before journals (versions 1 and 2): it has no workspace id yet and must be rewritten as a snapshot. */
  | { kind: 'legacy'; memory: WorkspaceMemory };

/** db.json cannot be used; `message` says why, naming the file. */
export class SnapshotLoadError extends Error {}

const HeaderSchema = z.object({
  schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
  workspaceId: z.string().min(8),
  generation: z.string().min(8),
  previous: z.string().nullable(),
  lastCommit: z.number().int().min(0),
  writtenAt: IsoDateSchema,
  settings: WorkspaceSettingsSchema,
});

/** Reads db.json (either format) into memory; null when the file does not exist. */
export async function loadSnapshot(file: string): Promise<LoadedSnapshot | null> {
  const first = await firstLine(file);
  if (first === null) return null;
  try {
    if (SnapshotFile.isSnapshotFirstLine(first)) {
      const data = await new SnapshotFile(file).read();
      if (!data) return null;
      return loadSnapshotData(file, data);
    }
    return { kind: 'legacy', memory: loadLegacy(file, await readFile(file, 'utf8')) };
  } catch (error) {
    if (error instanceof SnapshotFormatError) throw new SnapshotLoadError(`${file} is damaged (${error.message}); refusing to start`);
    if (error instanceof MutationError) throw new SnapshotLoadError(`${file} is not an Isnad workspace: ${error.message}; refusing to start`);
    throw error;
  }
}

async function firstLine(file: string): Promise<string | null> {
  try {
    const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8', end: 4095 }), crlfDelay: Infinity });
    for await (const line of lines) {
      lines.close();
      return line;
    }
    return '';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function loadSnapshotData(file: string, data: SnapshotData): LoadedSnapshot {
  const notOurs = (why: string): never => {
    throw new SnapshotLoadError(`${file} is not an Isnad workspace: ${why}; refusing to start`);
  };
  const header = HeaderSchema.safeParse(data.header);
  if (!header.success) notOurs(`header ${describe(header.error)}`);
  const { workspaceId, generation, previous, lastCommit, settings } = header.data!;
  const memory = new WorkspaceMemory();
  memory.settings = settings;

  const parse = <T>(schema: z.core.$ZodType<T>, section: string, key: string, value: unknown): T => {
    const r = z.safeParse(schema, value);
    if (!r.success) notOurs(`${section}.${key} ${describe(r.error)}`);
    return r.data!;
  };
  const s = data.sections;
  for (const [key, value] of s.articles) {
    const article = parse(ArticleSchema, 'articles', key, value);
    if (article.id !== key) notOurs(`article key "${key}" != id "${article.id}"`);
    memory.apply({ k: 'article', v: article });
  }
  for (const [key, value] of s.revisions) {
    if (!memory.article(key)) notOurs(`revisions of missing article "${key}"`);
    memory.loadRevisions(key, parse(z.array(StoredRevisionSchema), 'revisions', key, value));
  }
  for (const [key, value] of s.seqs) {
    if (!memory.article(key)) notOurs(`sequence of missing article "${key}"`);
    memory.index(key).seq = parse(z.number().int().min(0), 'seqs', key, value);
  }
  for (const [key, value] of s.claims) {
    const claim = parse(ClaimSchema, 'claims', key, decodeClaim(value));
    if (claim.id !== key) notOurs(`claim key "${key}" != id "${claim.id}"`);
    if (!memory.article(claim.articleId)) notOurs(`claim "${key}" belongs to missing article "${claim.articleId}"`);
    memory.apply({ k: 'claim', v: claim });
  }
  for (const [key, value] of s.comments) {
    const comment = parse(CommentSchema, 'comments', key, value);
    if (comment.id !== key) notOurs(`comment key "${key}" != id "${comment.id}"`);
    if (memory.claim(comment.claimId)?.articleId !== comment.articleId) notOurs(`comment "${key}" belongs to missing claim "${comment.claimId}"`);
    memory.apply({ k: 'comment', v: comment });
  }
  for (const [key, value] of s.history) {
    const claim = memory.claim(key);
    if (!claim || !Array.isArray(value)) notOurs(`history "${key}" does not belong to a claim of this workspace`);
    const context = { claimId: key, articleId: claim!.articleId };
    memory.loadHistory(key, parse(z.array(HistoryEntrySchema), 'history', key, (value as unknown[]).map((e) => decodeEntry(e, context))));
  }
  for (const [key, value] of s.ops) memory.apply({ k: 'op', key, v: parse(StoredOpSchema, 'ops', key, value) });
  for (const [key, value] of s.users) {
    const user = parse(StoredUserSchema, 'users', key, value);
    if (user.id !== key) notOurs(`user key "${key}" != id "${user.id}"`);
    memory.apply({ k: 'user', v: user });
  }
  for (const [key, value] of s.sessions) memory.apply({ k: 'session', key, v: parse(StoredSessionSchema, 'sessions', key, value) });
  for (const [key, value] of s.invites) memory.apply({ k: 'invite', key, v: parse(StoredInviteSchema, 'invites', key, value) });
  for (const [key, value] of s.sources) memory.apply({ k: 'sourceMerge', key, v: parse(SourceMergeSchema, 'sources', key, value) });
  for (const [key, value] of s.publications) {
    const publication = parse(StoredPublicationSchema, 'publications', key, value);
    if (publicationKey(publication) !== key) notOurs(`publication key "${key}" != "${publicationKey(publication)}"`);
    if (!memory.article(publication.articleId)) notOurs(`publication "${key}" of missing article`);
    memory.apply({ k: 'publication', v: publication });
  }
  memory.finishLoading();
  return { kind: 'snapshot', header: { workspaceId, generation, previous, lastCommit }, memory };
}

/** A version 1 or 2 db.json (one JSON document) into memory. */
export function loadLegacy(file: string, text: string): WorkspaceMemory {
  let raw: unknown;
  if (PROTO_KEY_IN_JSON.test(text)) throw new SnapshotLoadError(`${file} holds a "__proto__" key; refusing to start`);
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new SnapshotLoadError(`${file} is not valid JSON (${(error as Error).message}); refusing to start`);
  }
  const parsed = DbSchema.safeParse(migrate(raw));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new SnapshotLoadError(`${file} is not an Isnad workspace: ${issue?.message ?? 'invalid'}${where}; refusing to start`);
  }
  return legacyToMemory(parsed.data);
}

export function legacyToMemory(db: LegacyDb): WorkspaceMemory {
  const memory = new WorkspaceMemory();
  memory.settings = db.settings;
  for (const article of Object.values(db.articles)) memory.apply({ k: 'article', v: article });
  for (const [articleId, list] of Object.entries(db.revisions)) {
    const current = memory.article(articleId)?.revision;
    // The current text lives in the article: its revision entry keeps no copy.
    const revisions: StoredRevision[] = list.map((r) => (r.revision === current ? { revision: r.revision, by: r.by, byId: r.byId, at: r.at } : r));
    if (memory.article(articleId)) memory.loadRevisions(articleId, revisions);
  }
  for (const [articleId, log] of Object.entries(db.changeLog)) if (memory.article(articleId)) memory.index(articleId).seq = log.seq;
  for (const claim of Object.values(db.claims)) memory.apply({ k: 'claim', v: claim });
  for (const comment of Object.values(db.comments)) memory.apply({ k: 'comment', v: comment });
  for (const [claimId, entries] of Object.entries(db.history)) if (memory.claim(claimId)) memory.loadHistory(claimId, entries);
  for (const [key, op] of Object.entries(db.ops).sort((a, b) => (a[1].at < b[1].at ? -1 : 1))) memory.apply({ k: 'op', key, v: storedAckOf(op) });
  for (const user of Object.values(db.users)) memory.apply({ k: 'user', v: user });
  for (const [key, session] of Object.entries(db.sessions)) memory.apply({ k: 'session', key, v: session });
  for (const [key, invite] of Object.entries(db.invites)) memory.apply({ k: 'invite', key, v: invite });
  memory.finishLoading();
  return memory;
}

/** Version 2 kept a revise op's whole ack (the article's text and every claim moved); now a reference to its change. */
function storedAckOf(op: StoredOp): StoredOp {
  const { ack } = op;
  if (!('article' in ack) || !('result' in ack) || typeof ack.article !== 'object' || ack.article === null) return op;
  return { ...op, ack: { ok: true, seq: ack.seq, articleId: (ack.article as { id: string }).id, stored: 'reference' } };
}

function describe(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.length ? `${issue.path.join('.')}: ` : ''}${issue?.message ?? 'invalid'}`;
}
