import type { HistoryEntry } from '../../../shared/domain/schemas.ts';
import { CLAIM_STATUSES, STATUS_INFO, type ClaimStatus } from '../../../shared/domain/status.ts';
import { formatterFor } from '../i18n/format.ts';
import { localeState } from '../i18n/locale.ts';
import { translator, type Translator } from '../i18n/useT.ts';
import { historyMessages } from './history.messages.ts';

/**
 * History entries in words a newsroom reads, in the interface language:
 * "Omar changed Status from Unreviewed to Verified". Raw values are turned into labels (statuses)
 * and names (assignees); long text is shortened for the list and kept
 * whole in a tooltip.
 */

type HistoryKey = keyof typeof historyMessages;
export type HistoryTranslator = Translator<typeof historyMessages>;

/** Which catalogue entry labels each recorded field (the words themselves are in history.messages.ts). */
export const FIELD_LABELS: Record<string, HistoryKey> = {
  status: 'fieldStatus',
  summary: 'fieldSummary',
  attributedTo: 'fieldSource',
  note: 'fieldNote',
  assigneeId: 'fieldAssignee',
  quote: 'fieldQuote',
  evidence: 'fieldEvidence',
  comment: 'fieldComment',
  position: 'fieldPosition',
  target: 'fieldPosition',
};

const ACTIONS: Record<HistoryEntry['action'], HistoryKey> = {
  created: 'created',
  updated: 'updated',
  deleted: 'deleted',
  restored: 'restored',
  evidence_added: 'evidence_added',
  evidence_removed: 'evidence_removed',
  commented: 'commented',
  reanchored: 'reanchored',
  orphaned: 'orphaned',
};

/** The words of this moment's interface language, for callers outside a component. */
const now = (): HistoryTranslator => translator(historyMessages);

export interface DescribedChange {
  field: string;
  label: string;
  from: string | null;
  to: string | null;
}

export interface DescribedEntry {
  action: string;
  changes: DescribedChange[];
}

const isStatus = (v: string): v is ClaimStatus => (CLAIM_STATUSES as readonly string[]).includes(v);

/** A field's value as people read it; null stays null (shown as "nothing"). */
export function describeValue(field: string, value: string | null, nameOf: (id: string | null) => string, t: HistoryTranslator = now()): string | null {
  if (value === null) return field === 'assigneeId' ? t('nobody') : null;
  // An empty text field is "nothing": "Summary: X", not "(empty) → X".
  if (value === '') return null;
  if (field === 'status' && isStatus(value)) return STATUS_INFO[value].label[t.locale];
  if (field === 'assigneeId') return nameOf(value);
  return value;
}

export function describeEntry(entry: HistoryEntry, nameOf: (id: string | null) => string, t: HistoryTranslator = now()): DescribedEntry {
  const changes = entry.changes
    // A creation lists the quote; the other initial values are worth seeing too.
    .map((c) => ({
      field: c.field,
      label: Object.hasOwn(FIELD_LABELS, c.field) ? t(FIELD_LABELS[c.field]!) : c.field,
      from: describeValue(c.field, c.from, nameOf, t),
      to: describeValue(c.field, c.to, nameOf, t),
    }));
  return { action: Object.hasOwn(ACTIONS, entry.action) ? t(ACTIONS[entry.action]) : entry.action, changes };
}

/** Shortens for the list; the whole text goes in the title. */
export function shorten(text: string, max = 160): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** A moment in the interface language and the workspace's digits ("4 Jul 2024, 10:02"); kept for callers outside components. */
export function formatWhen(iso: string): string {
  return formatterFor(localeState()).dateTime(iso);
}

/** Entries from a fetch and from live broadcasts, each once, oldest first. */
export function mergeHistory(...lists: readonly (readonly HistoryEntry[])[]): HistoryEntry[] {
  const byId = new Map<string, HistoryEntry>();
  for (const list of lists) for (const e of list) byId.set(e.id, e);
  return [...byId.values()].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}
