import { EDITABLE_FIELDS, type EditableField, type HistoryEntry } from '../../../shared/domain/schemas.ts';
import { LIMITS } from '../../../shared/limits.ts';
import type { ParkedConflict } from '../sync/outboxEntry.ts';
import { translator } from '../i18n/useT.ts';
import { claimEditorMessages } from './claimEditor.messages.ts';
import { fieldText, fieldWord, type EditorWords } from './conflicts.ts';

/** Cuts an over-long quote. */
const CUT = '…';

/** A comment telling one colleague that "Keep mine" replaced their text, with that text. */
export interface KeepMineNotice {
  /** The colleague's account id, to mention; null for a change made before accounts (named only). */
  toId: string | null;
  text: string;
}

/**
 * What to tell the colleagues whose values "Keep mine" replaces: one comment
 * each, mentioning them (so it reaches their mentions whether or not they are
 * online now, and stays in the claim's discussion), quoting what they wrote.
 * Their full text stays in the claim's history, from which they restore it.
 * Worded in the sender's interface language: it is their comment.
 */
export function keepMineNotices(
  conflict: ParkedConflict,
  history: readonly HistoryEntry[],
  meId: string,
  nameOf: (id: string | null) => string,
  t: EditorWords = translator(claimEditorMessages),
): KeepMineNotice[] {
  const { op } = conflict.entry;
  if (op.event !== 'claim:update') return [];
  const { changes } = op.payload;
  const { current } = conflict;
  const byAuthor = new Map<string, { id: string | null; name: string; fields: EditableField[] }>();
  for (const field of EDITABLE_FIELDS) {
    if (changes[field] === undefined || changes[field] === current[field]) continue;
    const last = [...history].reverse().find((h) => h.claimId === current.id && h.changes.some((c) => c.field === field));
    if (!last || last.byId === meId) continue;
    const key = last.byId ?? `name:${last.by}`;
    // The name their change was recorded under: a colleague who joined after this page loaded is not in its people list yet.
    const author = byAuthor.get(key) ?? { id: last.byId, name: last.by, fields: [] };
    author.fields.push(field);
    byAuthor.set(key, author);
  }
  return [...byAuthor.values()].map((a) => {
    const words = a.fields.map((f) => fieldWord(f, t));
    const lines = [
      `@${a.name} ${t('keptMine', { fields: words.join(t.locale === 'ar' ? '، ' : ', ') })}`,
      ...a.fields.map((f) => t('yourText', { field: fieldWord(f, t), text: fieldText(f, current[f], nameOf, t) })),
      t('restoreHint'),
    ];
    return { toId: a.id, text: fitComment(lines) };
  });
}

/** Keeps the notice within a comment's limit, cutting the quoted text rather than the mention or the way back. */
function fitComment(lines: string[]): string {
  const text = lines.join('\n');
  if (text.length <= LIMITS.comment) return text;
  const over = text.length - LIMITS.comment + CUT.length;
  const longest = lines.reduce((best, l, i) => (l.length > lines[best]!.length ? i : best), 0);
  const cut = [...lines];
  cut[longest] = lines[longest]!.slice(0, Math.max(0, lines[longest]!.length - over)) + CUT;
  return cut.join('\n').slice(0, LIMITS.comment);
}
