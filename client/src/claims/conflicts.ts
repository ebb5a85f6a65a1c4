import { EDITABLE_FIELDS, type EditableField, type HistoryEntry } from '../../../shared/domain/schemas.ts';
import { STATUS_INFO } from '../../../shared/domain/status.ts';
import type { ParkedConflict } from '../sync/outboxEntry.ts';
import type { ConflictRow } from './ConflictNotice.tsx';

export const EDITABLE_LABELS: Record<EditableField, string> = {
  status: 'Status',
  summary: 'Summary',
  attributedTo: 'Source',
  note: 'Note',
  assigneeId: 'Assignee',
  explanation: 'Public explanation',
  rating: 'Rating',
};

export function fieldText(field: EditableField, value: string | null | undefined, nameOf: (id: string | null) => string): string {
  if (value === undefined) return '';
  if (field === 'status' && value) return STATUS_INFO[value as keyof typeof STATUS_INFO]?.label.en ?? value;
  if (field === 'assigneeId') return value === null ? 'Unassigned' : nameOf(value);
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
export function describeConflict(conflict: ParkedConflict, history: readonly HistoryEntry[], nameOf: (id: string | null) => string): ConflictView | null {
  const { op } = conflict.entry;
  if (op.event !== 'claim:update') return null;
  const { changes, baseVersion } = op.payload;
  const { current } = conflict;
  const fields = EDITABLE_FIELDS.filter((f) => changes[f] !== undefined);
  const contested = fields.filter((f) => baseVersion === undefined || current.fieldVersions[f] > baseVersion);
  const rows = fields.map((f) => ({
    label: EDITABLE_LABELS[f],
    theirs: fieldText(f, current[f], nameOf),
    mine: fieldText(f, changes[f], nameOf),
  }));
  const lastChange = [...history]
    .reverse()
    .find((h) => h.claimId === current.id && h.changes.some((c) => (contested as string[]).includes(c.field)));
  return { opId: conflict.entry.opId, rows, by: lastChange?.by ?? current.updatedBy };
}
