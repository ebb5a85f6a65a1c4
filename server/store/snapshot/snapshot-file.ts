import { createReadStream } from 'node:fs';
import { PROTO_KEY_IN_JSON } from '../../../shared/protocol/poisoned-keys.ts';
import type { Adapter } from 'lowdb';
import { writeFileDurably } from '../durable-write.ts';

/**
 * db.json as the embedded store's snapshot: one JSON document, written
 * through lowdb with this adapter, laid out one record per line:
 *
 *   {"schemaVersion":3,
 *   "workspaceId":"…",
 *   …header fields…,
 *   "claims":{
 *   "c1":{…},
 *   "c2":{…}
 *   },
 *   …
 *   }
 *
 * It is still plain JSON (any tool reads it), but it is written record by
 * record, yielding to the event loop between chunks, so a snapshot of a
 * large workspace never stalls the server and never builds one string of
 * the whole document (V8 caps strings at about 512 million characters);
 * and it is read back line by line for the same reason.
 */

export const SNAPSHOT_SCHEMA_VERSION = 3;
export const FIRST_LINE = `{"schemaVersion":${SNAPSHOT_SCHEMA_VERSION},`;

export const SECTIONS = ['articles', 'revisions', 'seqs', 'claims', 'comments', 'history', 'ops', 'users', 'sessions', 'invites', 'sources', 'publications'] as const;
export type SectionName = (typeof SECTIONS)[number];

export interface SnapshotData {
  /** schemaVersion and the other scalar fields, in the order written. */
  header: Record<string, unknown>;
  sections: Record<SectionName, Array<[string, unknown]>>;
  /** How a section's values are written, if not as they are: applied record by record while writing. */
  encode?: Partial<Record<SectionName, (value: unknown) => unknown>>;
  /** Encoded lines kept from earlier snapshots, for these sections' records. */
  lines?: { cache: LineCache; sections: ReadonlySet<SectionName> };
}

/**
 * Each record's encoded `"key":value` line as the last snapshot wrote it,
 * with the record it was written from. Records are never changed in place
 * (a change puts a new object), so a record that is still the same object
 * has not changed since: the next snapshot copies its bytes rather than
 * encoding and serialising it again, and a snapshot costs what changed plus
 * copying the rest. Plain maps by key, not a WeakMap by record: weak tables
 * of 100,000 entries make every full garbage collection slower.
 */
export class LineCache {
  private kept = new Map<SectionName, Map<string, KeptLine>>();
  private next = new Map<SectionName, Map<string, KeptLine>>();

  /** The bytes of `key`'s line: kept ones if `value` is the record they were written from, else `encode()`'s. */
  line(section: SectionName, key: string, value: unknown, encode: () => Buffer): Buffer {
    const old = this.kept.get(section)?.get(key);
    const line = old && old.value === value ? old : { value, bytes: ownCopy(encode()) };
    let lines = this.next.get(section);
    if (!lines) this.next.set(section, (lines = new Map()));
    lines.set(key, line);
    return line.bytes;
  }

  /** The snapshot was written (or not): the next compares with what this one wrote (or with the last that was). */
  finished(written: boolean): void {
    if (written) this.kept = this.next;
    this.next = new Map();
  }
}

interface KeptLine {
  value: unknown;
  bytes: Buffer;
}

/** A line of db.json that is not what the format says: the file is damaged. */
export class SnapshotFormatError extends Error {}

/** Serialising this much text at a time keeps each slice of work well under a millisecond or two. */
const CHUNK_BYTES = 256 * 1024;

export class SnapshotFile implements Adapter<SnapshotData> {
  constructor(readonly file: string) {}

  /** Whether the file starts like a snapshot of this format (older db.json files are whole JSON documents). */
  static isSnapshotFirstLine(line: string): boolean {
    return line === FIRST_LINE;
  }

  async read(): Promise<SnapshotData | null> {
    const header: Record<string, unknown> = {};
    const sections = Object.fromEntries(SECTIONS.map((s) => [s, []])) as unknown as SnapshotData['sections'];
    let n = 0;
    let section: SectionName | null = null;
    let ended = false;
    const fail = (why: string): never => {
      throw new SnapshotFormatError(`line ${n}: ${why}`);
    };
    const take = (line: string) => {
      n++;
      if (ended) {
        if (line.trim() !== '') fail('text after the end of the document');
        return;
      }
      if (n === 1) {
        if (line !== FIRST_LINE) fail('not the first line of a snapshot');
        header.schemaVersion = SNAPSHOT_SCHEMA_VERSION;
        return;
      }
      if (section) {
        if (line === '},' || line === '}') section = null;
        else sections[section].push(parseMember(line, fail));
        return;
      }
      if (line === '}') {
        ended = true;
        return;
      }
      const open = /^"([a-z]+)":\{$/.exec(line);
      if (open) {
        const name = open[1] as SectionName;
        if (!(SECTIONS as readonly string[]).includes(name)) fail(`unknown section "${name}"`);
        section = name;
        return;
      }
      const [key, value] = parseMember(line, fail);
      header[key] = value;
    };
    // Large chunks split by hand: much cheaper than readline over hundreds of thousands of lines.
    let carry = '';
    try {
      for await (const chunk of createReadStream(this.file, { encoding: 'utf8', highWaterMark: READ_CHUNK })) {
        const text = chunk as string;
        let from = 0;
        let at = text.indexOf('\n');
        // Only the line cut by the chunk's edge is joined up; the rest of the chunk is never copied.
        if (carry !== '' && at >= 0) {
          take(carry + text.slice(0, at));
          carry = '';
          from = at + 1;
          at = text.indexOf('\n', from);
        }
        for (; at >= 0; at = text.indexOf('\n', from)) {
          take(text.slice(from, at));
          from = at + 1;
        }
        carry += text.slice(from);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    if (carry !== '') take(carry);
    if (!ended) fail('the document ends early (the file is cut short)');
    return { header, sections };
  }

  /** Writes the whole document to a temp file beside db.json, fsyncs it, renames it over db.json and fsyncs the directory. */
  async write(data: SnapshotData): Promise<void> {
    const lines = data.lines;
    let written = false;
    try {
      await this.writeAll(data);
      written = true;
    } finally {
      lines?.cache.finished(written);
    }
  }

  private async writeAll(data: SnapshotData): Promise<void> {
    const lines = data.lines;
    await writeFileDurably(this.file, async (put) => {
      let parts: Buffer[] = [];
      let size = 0;
      const add = (bytes: Buffer) => {
        parts.push(bytes);
        size += bytes.length;
      };
      const text = (s: string) => add(Buffer.from(s, 'utf8'));
      const flush = async (force = false) => {
        if (size >= CHUNK_BYTES || (force && size > 0)) {
          await put(Buffer.concat(parts, size));
          parts = [];
          size = 0;
          // Let the server answer requests and commit changes between chunks.
          await new Promise((resolve) => setImmediate(resolve));
        }
      };
      text(FIRST_LINE + '\n');
      for (const [key, value] of Object.entries(data.header)) {
        if (key === 'schemaVersion') continue;
        text(`${JSON.stringify(key)}:${JSON.stringify(value)},\n`);
      }
      for (let s = 0; s < SECTIONS.length; s++) {
        const name = SECTIONS[s]!;
        text(`${JSON.stringify(name)}:{\n`);
        const entries = data.sections[name];
        const encode = data.encode?.[name];
        const cache = lines?.sections.has(name) ? lines.cache : undefined;
        for (let i = 0; i < entries.length; i++) {
          const [key, value] = entries[i]!;
          const encoded = () => Buffer.from(`${JSON.stringify(key)}:${JSON.stringify(encode ? encode(value) : value)}`, 'utf8');
          add(cache ? cache.line(name, key, value, encoded) : encoded());
          add(i < entries.length - 1 ? COMMA_LINE_END : LINE_END);
          if (size >= CHUNK_BYTES) await flush();
        }
        text(s < SECTIONS.length - 1 ? '},\n' : '}\n');
      }
      text('}\n');
      await flush(true);
    });
  }
}

const COMMA_LINE_END = Buffer.from(',\n');
const LINE_END = Buffer.from('\n');

/** Small buffers share 8 KB pool slabs; one kept for long would keep its whole slab alive. */
function ownCopy(bytes: Buffer): Buffer {
  if (bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length) return bytes;
  const own = Buffer.allocUnsafeSlow(bytes.length);
  bytes.copy(own);
  return own;
}

/** One `"key":value` line, with or without its trailing comma: the key's JSON string, a colon, the value's JSON. */
function parseMember(line: string, fail: (why: string) => never): [string, unknown] {
  if (line.charCodeAt(0) !== 0x22) fail('not a "key": value line');
  // JSON.parse would make it an own property that a later copy silently drops: refuse the file instead.
  if (PROTO_KEY_IN_JSON.test(line)) fail('holds a "__proto__" key');
  // The key ends at the first quote not escaped by a backslash.
  let end = 1;
  while (end < line.length && line.charCodeAt(end) !== 0x22) end += line.charCodeAt(end) === 0x5c ? 2 : 1;
  if (line.charCodeAt(end + 1) !== 0x3a) fail('not a "key": value line');
  const valueEnd = line.endsWith(',') ? line.length - 1 : line.length;
  try {
    return [JSON.parse(line.slice(0, end + 1)) as string, JSON.parse(line.slice(end + 2, valueEnd))];
  } catch {
    return fail('not a "key": value line');
  }
}

const READ_CHUNK = 4 * 1024 * 1024;
