import { createReadStream } from 'node:fs';
import { PROTO_KEY_IN_JSON } from '../../../shared/protocol/poisoned-keys.ts';
import { open, type FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { writeFileDurably } from '../durable-write.ts';

/**
 * The append-only journal beside db.json (`db.json.journal`). Its first
 * line names the workspace and the snapshot it follows; every other line is
 * one group commit: the transactions it holds, each a list of mutations.
 *
 *   <crc32 of the JSON, 8 hex digits> <JSON>\n
 *
 * A commit is acked only after its line is written and fsynced, so a crash
 * can leave at most the last line torn (cut short, or never fully on disk):
 * that line was never acked and is dropped. A line that fails its checksum
 * with good lines after it is damage, not a crash, and the store refuses to
 * start rather than guess.
 */

export interface JournalHeader {
  journal: 'isnad';
  version: 1;
  workspaceId: string;
  /** The generation of the snapshot this journal's commits follow. */
  after: string;
}

export interface JournalCommit {
  /** Transaction number, one more than the last, across the workspace's life. */
  n: number;
  m: unknown[];
}

export interface JournalLine {
  t: JournalCommit[];
}

export interface JournalContents {
  header: JournalHeader;
  lines: Array<{ line: JournalLine; lineNo: number; end: number }>;
  /** Bytes of the file up to the end of the last good line. */
  goodSize: number;
  /** Where the header line ends and the first commit line starts. */
  headerEnd: number;
  /** Set when the last line is torn: what was wrong with it. */
  torn: { lineNo: number; reason: string } | null;
}

export class JournalFormatError extends Error {}

export function encodeLine(value: unknown): string {
  const json = JSON.stringify(value);
  return `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
}

function decodeLine(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  const m = /^([0-9a-f]{8}) (.*)$/s.exec(text);
  if (!m) return { ok: false, reason: 'no checksum' };
  if (crc32(m[2]!).toString(16).padStart(8, '0') !== m[1]) return { ok: false, reason: 'checksum mismatch' };
  // A whole line with a good checksum is no torn write: never dropped as one, refused.
  if (PROTO_KEY_IN_JSON.test(m[2]!)) throw new JournalFormatError('a line holds a "__proto__" key');
  try {
    return { ok: true, value: JSON.parse(m[2]!) };
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
}

function isCommitLine(value: unknown): value is JournalLine {
  if (typeof value !== 'object' || value === null || !Array.isArray((value as JournalLine).t)) return false;
  return (value as JournalLine).t.every((c) => typeof c === 'object' && c !== null && Number.isInteger(c.n) && Array.isArray(c.m));
}

function isHeader(value: unknown): value is JournalHeader {
  const h = value as JournalHeader;
  return typeof h === 'object' && h !== null && h.journal === 'isnad' && h.version === 1 && typeof h.workspaceId === 'string' && typeof h.after === 'string';
}

/** Reads and checks a journal; null when there is none. Throws JournalFormatError for damage that is not a torn last line. */
export async function readJournal(file: string): Promise<JournalContents | null> {
  const raw: Array<{ bytes: Buffer; end: number; newline: boolean }> = [];
  let carry = Buffer.alloc(0);
  let offset = 0;
  try {
    for await (const chunk of createReadStream(file)) {
      let data = Buffer.concat([carry, chunk as Buffer]);
      let at: number;
      while ((at = data.indexOf(0x0a)) >= 0) {
        offset += at + 1;
        raw.push({ bytes: data.subarray(0, at), end: offset, newline: true });
        data = data.subarray(at + 1);
      }
      carry = Buffer.from(data);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (carry.length > 0) raw.push({ bytes: carry, end: offset + carry.length, newline: false });

  const first = raw[0];
  const head = first?.newline ? decodeLine(first.bytes.toString('utf8')) : null;
  if (!head || !head.ok || !isHeader(head.value)) throw new JournalFormatError('line 1 is not a journal header');
  const contents: JournalContents = { header: head.value, lines: [], goodSize: first!.end, headerEnd: first!.end, torn: null };
  for (let i = 1; i < raw.length; i++) {
    const { bytes, end, newline } = raw[i]!;
    const decoded = newline ? decodeLine(bytes.toString('utf8')) : ({ ok: false, reason: 'cut short (no line end)' } as const);
    const problem = !decoded.ok ? decoded.reason : !isCommitLine(decoded.value) ? 'not a commit' : null;
    if (problem === null) {
      if (contents.torn) throw new JournalFormatError(`line ${contents.torn.lineNo} is damaged (${contents.torn.reason}) and good lines follow it`);
      contents.lines.push({ line: decoded.ok ? (decoded.value as JournalLine) : { t: [] }, lineNo: i + 1, end });
      contents.goodSize = end;
    } else if (!contents.torn) {
      contents.torn = { lineNo: i + 1, reason: problem };
    }
  }
  return contents;
}

/** Creates (or replaces) the journal with its header and `lines` (already encoded), durably. */
export async function writeJournal(file: string, header: JournalHeader, lines: string[] = []): Promise<void> {
  await writeFileDurably(file, async (put) => {
    await put(encodeLine(header));
    for (const line of lines) await put(line);
  });
}

/** An open journal for appending group commits. */
export class JournalWriter {
  /** Set after a failed append: part of it may have reached the file and must be cut off first. */
  private dirty = false;

  private constructor(
    private handle: FileHandle | null,
    readonly file: string,
    /** Bytes known to be durable: everything up to the last fsynced line. */
    public size: number,
  ) {}

  static async open(file: string, size: number): Promise<JournalWriter> {
    return new JournalWriter(await open(file, 'r+'), file, size);
  }

  /**
   * Appends one encoded line at the durable end and fsyncs it. After a
   * failure, the next append first cuts off whatever part of the failed
   * line reached the file.
   */
  async append(text: string): Promise<void> {
    const bytes = Buffer.from(text, 'utf8');
    try {
      if (!this.handle) this.handle = await open(this.file, 'r+');
      if (this.dirty) {
        await this.handle.truncate(this.size);
        this.dirty = false;
      }
      let written = 0;
      while (written < bytes.length) {
        const { bytesWritten } = await this.handle.write(bytes, written, bytes.length - written, this.size + written);
        written += bytesWritten;
      }
      await this.handle.datasync();
      this.size += bytes.length;
    } catch (error) {
      // The handle may be in any state (a full disk, a vanished file): start afresh next time.
      this.dirty = true;
      await this.handle?.close().catch(() => {});
      this.handle = null;
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.handle?.close();
    this.handle = null;
  }
}
