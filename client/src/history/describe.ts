import type { HistoryEntry } from '../../../shared/domain/schemas.ts';
import { CLAIM_STATUSES, STATUS_INFO, type ClaimStatus } from '../../../shared/domain/status.ts';

/**
 * History entries in words a newsroom reads: "Omar changed Status from
 * Unreviewed to Verified". Raw values are turned into labels (statuses)
 * and names (assignees); long text is shortened for the list and kept
 * whole in a tooltip.
 */

export const FIELD_LABELS: Record<string, string> = {
  status: 'Status',
  summary: 'Summary',
  attributedTo: 'Source',
  note: 'Note',
  assigneeId: 'Assignee',
  quote: 'Quote',
  evidence: 'Evidence',
  comment: 'Comment',
  position: 'Position',
  target: 'Position',
};

const ACTIONS: Record<HistoryEntry['action'], string> = {
  created: 'captured the claim',
  updated: 'changed',
  deleted: 'deleted the claim',
  restored: 'restored the claim',
  evidence_added: 'added evidence',
  evidence_removed: 'removed evidence',
  commented: 'commented',
  reanchored: 'moved the claim with the revised text',
  orphaned: 'revised the text; the claim’s words are gone (orphaned)',
};

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
export function describeValue(field: string, value: string | null, nameOf: (id: string | null) => string): string | null {
  if (value === null) return field === 'assigneeId' ? 'nobody' : null;
  // An empty text field is "nothing": "Summary: X", not "(empty) → X".
  if (value === '') return null;
  if (field === 'status' && isStatus(value)) return STATUS_INFO[value].label.en;
  if (field === 'assigneeId') return nameOf(value);
  return value;
}

export function describeEntry(entry: HistoryEntry, nameOf: (id: string | null) => string): DescribedEntry {
  const changes = entry.changes
    // A creation lists the quote; the other initial values are worth seeing too.
    .map((c) => ({
      field: c.field,
      label: FIELD_LABELS[c.field] ?? c.field,
      from: describeValue(c.field, c.from, nameOf),
      to: describeValue(c.field, c.to, nameOf),
    }));
  return { action: ACTIONS[entry.action] ?? entry.action, changes };
}

/** Shortens for the list; the whole text goes in the title. */
export function shorten(text: string, max = 160): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function formatWhen(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
}

/** Entries from a fetch and from live broadcasts, each once, oldest first. */
export function mergeHistory(...lists: readonly (readonly HistoryEntry[])[]): HistoryEntry[] {
  const byId = new Map<string, HistoryEntry>();
  for (const list of lists) for (const e of list) byId.set(e.id, e);
  return [...byId.values()].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}
