import { useEffect, useRef, useState } from 'react';
import type { Claim } from '../../../shared/domain/schemas.ts';
import { clearDraft, loadDraft, saveDraft, type DraftField } from './fieldDrafts.ts';

/** Idle time after the last keystroke before a field saves by itself. */
export const AUTOSAVE_MS = 1500;

export interface FieldDraftOptions {
  claim: Claim;
  field: DraftField;
  multiline?: boolean;
  /** The signed-in account: drafts are kept in this browser per account. Without it nothing is kept. */
  owner?: string;
  onSave(field: DraftField, value: string, baseVersion: number): unknown;
}

/**
 * The text being typed into one field of a claim, and when it is saved.
 * Every save (a pause in typing, leaving the field, Enter) goes one way: the
 * change is queued with the version the person began editing on, so a
 * colleague's change to the same field in the meantime is shown as a
 * conflict rather than overwritten. Until it is queued, what was typed is
 * also kept in the browser, and a reload puts it back, marked unsaved: it
 * is never saved behind the person's back.
 */
export function useFieldDraft({ claim, field, multiline, owner, onSave }: FieldDraftOptions) {
  const [restored] = useState(() => {
    const kept = owner ? loadDraft(owner, claim.id, field) : null;
    if (kept && kept.value === claim[field] && owner) clearDraft(owner, claim.id, field);
    return kept && kept.value !== claim[field] ? kept : null;
  });
  const [draft, setDraft] = useState<string | null>(restored?.value ?? null);
  const [dirty, setDirtyState] = useState(restored !== null);
  // Read by the timer and by blur in the same tick as a change, so kept in a ref as well.
  const dirtyRef = useRef(dirty);
  const setDirty = (d: boolean) => {
    dirtyRef.current = d;
    setDirtyState(d);
  };
  const baseVersion = useRef(restored?.baseVersion ?? claim.version);
  const latest = useRef({ draft, claim, onSave });
  latest.current = { draft, claim, onSave };
  /** What this field last queued: when the claim comes back with it, later saves build on that version. */
  const lastSaved = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const current = claim[field];
  useEffect(() => {
    // Our own save came back: a later save in the same editing builds on it
    // rather than conflicting with ourselves.
    if (lastSaved.current !== null && current === lastSaved.current && claim.version > baseVersion.current) baseVersion.current = claim.version;
  }, [current, claim.version]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const save = () => {
    clearTimeout(timer.current);
    const { draft: text, claim: now, onSave: queue } = latest.current;
    // Nothing typed since the last save: leaving the field sends nothing twice.
    if (text === null || !dirtyRef.current) return;
    const value = multiline ? text : text.trim();
    if (value !== now[field]) {
      queue(field, value, baseVersion.current);
      lastSaved.current = value;
    }
    if (owner) clearDraft(owner, now.id, field);
    setDirty(false);
  };

  return {
    value: draft ?? current,
    /** Typed here and not yet queued (in this visit, or kept from an earlier one). */
    dirty,
    restored: restored !== null && dirty,
    begin() {
      if (draft !== null) return;
      baseVersion.current = claim.version;
      setDraft(current);
    },
    change(value: string) {
      if (draft === null) baseVersion.current = claim.version;
      setDraft(value);
      latest.current.draft = value;
      setDirty(true);
      if (owner) saveDraft(owner, claim.id, field, { value, baseVersion: baseVersion.current, at: new Date().toISOString() });
      clearTimeout(timer.current);
      timer.current = setTimeout(save, AUTOSAVE_MS);
    },
    /** Leaving the field (or Enter): save, and show the claim's value again. */
    commit() {
      save();
      setDraft(null);
    },
    discard() {
      clearTimeout(timer.current);
      if (owner) clearDraft(owner, claim.id, field);
      setDraft(null);
      setDirty(false);
    },
  };
}
