import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { Server } from 'socket.io';
import type { Article, Claim, HistoryEntry } from '../../shared/domain/schemas.ts';
import { applyOperation } from '../../shared/ops/apply.ts';
import { apiError } from '../../shared/protocol/errors.ts';
import { ClaimUpdateSchema } from '../../shared/protocol/payloads.ts';
import { serve } from './store/ipc.ts';

/**
 * The baseline of the throughput comparison: the naive way to build this
 * server on lowdb. Express and socket.io as ours, the same claim:update
 * payload, validated with the same schema and applied with the same pure
 * function; then the change goes into db.data and `await db.write()` writes
 * the whole file (lowdb's JSONFile: JSON.stringify of everything, steno's
 * temp file and rename) before the ack. No accounts, no journal, and no
 * fsync (lowdb does not do one), so it is if anything flattered.
 *
 * steno coalesces writes that arrive while one is in flight into the next
 * one, but lowdb serialises the whole document on every db.write() call:
 * the cost per change is one JSON.stringify of the workspace.
 *
 *   DB_FILE=… (a JSON file of NaiveData), started by the benchmark over IPC.
 */

export interface NaiveData {
  articles: Record<string, Article>;
  claims: Record<string, Claim>;
  /** Per claim id, oldest first, as ours keeps it. */
  history: Record<string, HistoryEntry[]>;
}

const file = process.env.DB_FILE;
if (!file) throw new Error('DB_FILE is required');
const db = new Low<NaiveData>(new JSONFile<NaiveData>(file), { articles: {}, claims: {}, history: {} });
await db.read();

const app = express();
app.get('/health', (_req, res) => void res.json({ ok: true }));
const httpServer = createServer(app);
const io = new Server(httpServer, { serveClient: false });

io.on('connection', (socket) => {
  socket.on('article:join', (payload: { articleId?: unknown }, ack: (r: object) => void) => {
    void socket.join(`article:${String(payload?.articleId)}`);
    ack({ ok: true });
  });
  socket.on('claim:update', async (payload: unknown, ack: (r: object) => void) => {
    const parsed = ClaimUpdateSchema.safeParse(payload);
    if (!parsed.success) return ack({ ok: false, error: apiError('invalid_payload') });
    const claim = db.data.claims[parsed.data.id];
    const article = claim && db.data.articles[claim.articleId];
    if (!claim || !article) return ack({ ok: false, error: apiError('not_found') });
    // The same apply function as ours, on just the claim and its article.
    const state = { articles: { [article.id]: article }, claims: { [claim.id]: claim }, comments: {} };
    const result = applyOperation(state, { type: 'claim:update', input: parsed.data }, { actor: 'Writer', actorId: null, now: new Date().toISOString() });
    if (!result.ok) return ack({ ok: false, error: result.error });
    if (result.history) {
      db.data.claims[claim.id] = result.claim;
      (db.data.history[claim.id] ??= []).push(result.history);
      await db.write();
      socket.to(`article:${article.id}`).emit('claim:updated', { articleId: article.id, claim: result.claim, history: result.history });
    }
    ack({ ok: true, claim: result.claim, history: result.history });
  });
});

await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
const { port } = httpServer.address() as AddressInfo;
serve<Record<string, never>>({}, { url: `http://127.0.0.1:${port}` });
