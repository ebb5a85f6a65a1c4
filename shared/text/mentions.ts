/**
 * @mentions in comment text: "@" and a colleague's display name, any case,
 * longest names first so "@Layla Haddad" is not also a mention of "Layla".
 * One rule for both ends: the server decides with it which accounts a
 * comment mentions; the client uses it to show a comment that is still
 * queued, to highlight the names in the text, and to offer names while
 * typing.
 */

export interface Mentionable {
  id: string;
  name: string;
  active?: boolean;
}

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase();

function byLongestName<T extends Mentionable>(people: readonly T[]): T[] {
  return people.filter((p) => p.active !== false && p.name.length > 0).sort((a, b) => b.name.length - a.name.length);
}

/** Account ids the text mentions (the server's decision; the client's guess for a queued comment). */
export function mentionsIn(text: string, people: readonly Mentionable[]): string[] {
  let rest = fold(text);
  const found: string[] = [];
  for (const p of byLongestName(people)) {
    const needle = `@${fold(p.name)}`;
    if (!rest.includes(needle)) continue;
    found.push(p.id);
    rest = rest.split(needle).join(' ');
  }
  return found;
}

export type Segment = { text: string; mention?: string };

/**
 * The text cut into plain runs and "@Name" runs, for rendering as text
 * nodes (never HTML). Matching is on NFC and case-folded text; runs are cut
 * from the original, so what is shown is exactly what was written.
 */
export function segmentMentions(text: string, people: readonly Mentionable[]): Segment[] {
  const candidates = byLongestName(people).map((p) => ({ id: p.id, needle: `@${fold(p.name)}` }));
  if (candidates.length === 0 || !text.includes('@')) return [{ text }];
  const segments: Segment[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const hit = text[i] === '@' ? candidates.find((c) => fold(text.slice(i, i + c.needle.length)) === c.needle) : undefined;
    if (hit) {
      if (plain) segments.push({ text: plain });
      plain = '';
      segments.push({ text: text.slice(i, i + hit.needle.length), mention: hit.id });
      i += hit.needle.length;
    } else {
      plain += text[i];
      i += 1;
    }
  }
  if (plain) segments.push({ text: plain });
  return segments;
}

/** The "@query" being typed just before the caret, if any (names may contain spaces). */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0) return null;
  // "@" must start a word, and the query stays on one line and short.
  if (at > 0 && !/\s/.test(before[at - 1]!)) return null;
  const query = before.slice(at + 1);
  if (query.length > 40 || /[\n@]/.test(query)) return null;
  return { start: at, query };
}

/** People whose name starts with (or else contains a word starting with) the query. */
export function suggestPeople<T extends Mentionable>(people: readonly T[], query: string, limit = 6): T[] {
  const q = fold(query.trimStart());
  const active = people.filter((p) => p.active !== false);
  const starts = active.filter((p) => fold(p.name).startsWith(q));
  const words = active.filter((p) => !starts.includes(p) && fold(p.name).split(/\s+/).some((w) => w.startsWith(q)));
  return [...starts, ...words].slice(0, limit);
}
