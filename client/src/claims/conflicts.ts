import { EDITABLE_FIELDS, type EditableField, type HistoryEntry } from '../../../shared/domain/schemas.ts';
import { STATUS_INFO } from '../../../shared/domain/status.ts';
import type { ParkedConflict } from '../sync/outboxEntry.ts';
import { translator, type Translator } from '../i18n/useT.ts';
import { claimEditorMessages } from './claimEditor.messages.ts';
import type { ConflictRow } from './ConflictNotice.tsx';

/** The editor's words, in the language of the moment a conflict or a notice is worded. */
export type EditorWords = Translator<typeof claimEditorMessages>;

/** A field's name as a label ("Public explanation"). */
export function fieldLabel(field: EditableField, t: EditorWords): string {
  return t(`field_${field}`);
}

/** A field's name inside a sentence ("public explanation"; in Arabic with its article). */
export function fieldWord(field: EditableField, t: EditorWords): string {
  return t(`word_${field}`);
}

export function fieldText(field: EditableField, value: string | null | undefined, nameOf: (id: string | null) => string, t: EditorWords): string {
  if (value === undefined) return '';
  if (field === 'status' && value) return STATUS_INFO[value as keyof typeof STATUS_INFO]?.label[t.locale] ?? value;
  if (field === 'assigneeId') return value === null ? t('unassigned') : nameOf(value);
  return value ?? '';
}

export interface ConflictView {
  opId: string;
  rows: ConflictRow[];
  by: string;
}

/**
 * A parked conflict as the editor shows it: my value and theirs for each
 * field I changed, and who changed it last (from the claim's history when
 * it is loaded: the claim's `updatedBy` may be someone who changed another field).
 */
export function describeConflict(
  conflict: ParkedConflict,
  history: readonly HistoryEntry[],
  nameOf: (id: string | null) => string,
  t: EditorWords = translator(claimEditorMessages),
): ConflictView | null {
  const { op } = conflict.entry;
  if (op.event !== 'claim:update') return null;
  const { changes, baseVersion } = op.payload;
  const { current } = conflict;
  const fields = EDITABLE_FIELDS.filter((f) => changes[f] !== undefined);
  const contested = fields.filter((f) => baseVersion === undefined || current.fieldVersions[f] > baseVersion);
  const rows = fields.map((f) => ({
    label: fieldLabel(f, t),
    what: fieldWord(f, t),
    theirs: fieldText(f, current[f], nameOf, t),
    mine: fieldText(f, changes[f], nameOf, t),
  }));
  const lastChange = [...history]
    .reverse()
    .find((h) => h.claimId === current.id && h.changes.some((c) => (contested as string[]).includes(c.field)));
  return { opId: conflict.entry.opId, rows, by: lastChange?.by ?? current.updatedBy };
}
