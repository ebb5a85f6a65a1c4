import type { Mutation } from '../memory/mutations.ts';
import { decodeClaim, decodeEntry, encodeClaim, encodeEntry } from './record-codec.ts';

/** A mutation as the journal holds it: its claim or history entry in stored form (record-codec.ts). */
export function encodeMutation(m: Mutation): unknown {
  if (m.k === 'claim') return { k: 'claim', v: encodeClaim(m.v) };
  if (m.k === 'history') return { k: 'history', v: encodeEntry(m.v, false) };
  return m;
}

/** The mutation a journal line holds (to be parsed with MutationSchema). */
export function decodeMutation(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const m = raw as { k?: unknown; v?: unknown };
  if (m.k === 'claim') return { k: 'claim', v: decodeClaim(m.v) };
  if (m.k === 'history') return { k: 'history', v: decodeEntry(m.v) };
  return raw;
}
