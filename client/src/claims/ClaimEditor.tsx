import { useEffect, useRef, useState } from 'react';
import type { Claim } from '../../../shared/domain/schemas.ts';
import { CLAIM_STATUSES, STATUS_INFO, type ClaimStatus } from '../../../shared/domain/status.ts';
import { LIMITS } from '../../../shared/limits.ts';
import type { ClaimChanges } from '../../../shared/protocol/payloads.ts';
import type { UpdateResult } from '../state/useWorkspace.ts';
import { ConflictNotice } from './ConflictNotice.tsx';
import { FieldEditor } from './FieldEditor.tsx';
import { StatusBadge } from './StatusBadge.tsx';

export interface ClaimEditorProps {
  claim: Claim;
  /** False for people who may only read: values are shown as text, keys 1-4 do nothing. */
  canEdit: boolean;
  /** Whether to offer "Delete claim" (reviewers: their own claims only). */
  canDelete: boolean;
  onUpdate(changes: ClaimChanges, baseVersion: number): Promise<UpdateResult>;
  onDelete(): void;
}

/** True when a key press belongs to a text field, not to the reader's shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return Boolean(target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'));
}

const STATUS_BY_KEY = new Map(CLAIM_STATUSES.map((s) => [STATUS_INFO[s].key, s]));

/**
 * Edits the selected claim: status (buttons, or keys 1-4 anywhere outside a
 * text field), summary, source and note, and delete. For people who may not
 * edit, it shows the same values read-only.
 */
export function ClaimEditor({ claim, canEdit, canDelete, onUpdate, onDelete }: ClaimEditorProps) {
  const [statusConflict, setStatusConflict] = useState<{ mine: ClaimStatus; current: Claim } | null>(null);
  // The key handler is installed once; it reads the latest claim through a ref.
  const latest = useRef({ claim, onUpdate });
  latest.current = { claim, onUpdate };

  const setStatus = async (status: ClaimStatus, baseVersion: number) => {
    const { claim: current, onUpdate: update } = latest.current;
    if (status === current.status && baseVersion === current.version) return;
    const ack = await update({ status }, baseVersion);
    if (!ack.ok && ack.error.code === 'conflict' && ack.current) setStatusConflict({ mine: status, current: ack.current });
  };
  const setStatusRef = useRef(setStatus);
  setStatusRef.current = setStatus;

  useEffect(() => {
    if (!canEdit) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTyping(e.target)) return;
      const status = STATUS_BY_KEY.get(e.key);
      if (!status) return;
      e.preventDefault();
      void setStatusRef.current(status, latest.current.claim.version);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [canEdit]);

  const saveField = (field: 'summary' | 'attributedTo' | 'note', value: string, baseVersion: number) =>
    onUpdate({ [field]: value }, baseVersion);

  return (
    <section className="claim-editor" aria-label="Claim editor" data-readonly={canEdit ? undefined : 'true'}>
      {!canEdit && (
        <div className="field">
          <span className="field-label-static">Status</span>
          <div>
            <StatusBadge status={claim.status} />
          </div>
        </div>
      )}
      {canEdit && (
        <div className="status-picker" role="group" aria-label="Status">
          {CLAIM_STATUSES.map((s) => {
            const info = STATUS_INFO[s];
            return (
              <button
                key={s}
                type="button"
                className={`status-button status-${s}`}
                aria-pressed={claim.status === s}
                aria-keyshortcuts={info.key}
                title={`${info.meaning} (key ${info.key})`}
                onClick={() => void setStatus(s, claim.version)}
              >
                <span className="status-button-en">{info.label.en}</span>
                <span className="status-button-ar" lang="ar" dir="rtl">
                  {info.label.ar}
                </span>
                <kbd aria-hidden="true">{info.key}</kbd>
              </button>
            );
          })}
        </div>
      )}
      {statusConflict && (
        <ConflictNotice
          label="Status"
          theirs={STATUS_INFO[statusConflict.current.status].label.en}
          mine={STATUS_INFO[statusConflict.mine].label.en}
          by={statusConflict.current.updatedBy}
          onUseTheirs={() => setStatusConflict(null)}
          onKeepMine={() => {
            const { mine, current } = statusConflict;
            setStatusConflict(null);
            void setStatus(mine, current.version);
          }}
        />
      )}
      <FieldEditor claim={claim} field="summary" label="Summary" maxLength={LIMITS.summary} onSave={saveField}
        readOnly={!canEdit} placeholder="What is claimed, in one line" />
      <FieldEditor claim={claim} field="attributedTo" label="Source" maxLength={LIMITS.attributedTo} onSave={saveField}
        readOnly={!canEdit} placeholder="Who makes the claim (e.g. the Pentagon)" />
      <FieldEditor claim={claim} field="note" label="Note" maxLength={LIMITS.note} onSave={saveField} multiline
        readOnly={!canEdit} placeholder="Evidence, links, reasoning" />
      <div className="claim-editor-footer">
        <span className="claim-meta">
          Captured by <bdi>{claim.createdBy}</bdi>
          {claim.updatedBy !== claim.createdBy && (
            <>
              {' '}· last edit by <bdi>{claim.updatedBy}</bdi>
            </>
          )}
        </span>
        {canDelete && (
          <button type="button" className="danger" onClick={onDelete}>
            Delete claim
          </button>
        )}
      </div>
    </section>
  );
}
