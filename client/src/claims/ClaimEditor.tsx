import { useEffect, useRef, type ReactNode } from 'react';
import type { Claim, HistoryEntry } from '../../../shared/domain/schemas.ts';
import { CLAIM_STATUSES, STATUS_INFO, type ClaimStatus } from '../../../shared/domain/status.ts';
import { LIMITS } from '../../../shared/limits.ts';
import type { ClaimChanges } from '../../../shared/protocol/payloads.ts';
import { peopleFrom, type People } from '../state/usePeople.ts';
import type { ParkedConflict } from '../sync/outboxEntry.ts';
import { AssigneeSelect } from './AssigneeSelect.tsx';
import { ConflictNotice } from './ConflictNotice.tsx';
import { describeConflict } from './conflicts.ts';
import { keepMineNotices } from './keepMineNotice.ts';
import { capturePendingSelection } from '../reader/usePendingSelectionKeys.ts';
import { FieldEditor } from './FieldEditor.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { SignOffSection } from './SignOffSection.tsx';
import type { RatingScale } from '../../../shared/domain/ratings.ts';
import { useT } from '../i18n/useT.ts';
import { claimEditorMessages } from './claimEditor.messages.ts';
import { statusMessages } from './status.messages.ts';

export interface ClaimEditorProps {
  claim: Claim;
  /** False for people who may only read: values are shown as text, keys 1-4 do nothing. */
  canEdit: boolean;
  /** Whether to offer "Delete claim" (reviewers: their own claims only). */
  canDelete: boolean;
  /** Queues a change made on `baseVersion` (the version the person was looking at). */
  onUpdate(changes: ClaimChanges, baseVersion: number): unknown;
  onDelete(): void;
  /** This claim's changes the server refused because a colleague changed the same field first. */
  conflicts?: readonly ParkedConflict[];
  onResolveConflict?(opId: string, choice: 'mine' | 'theirs'): void;
  /** For the assignee picker and names in conflicts. */
  people?: People;
  /** The claim's history, to say who made the change that conflicts. */
  history?: readonly HistoryEntry[];
  /** Evidence, discussion and history, placed between the fields and the footer. */
  children?: ReactNode;
  /** The signed-in account's id: what it types and has not saved is kept in this browser across a reload. */
  draftOwner?: string;
  /** Posts a comment on this claim: "Keep mine" tells the colleagues whose text it replaces. */
  onNotify?(text: string): unknown;
  /** Sign-off: the workspace's rating scale and what the role may do (nothing when absent). */
  signOff?: { ratings: RatingScale; canMarkReady: boolean; canApprove: boolean };
}

/** True when a key press belongs to a text field, not to the reader's shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return Boolean(target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'));
}

/** Scrolls the editor's status buttons into view when they are off screen, so a key never changes a claim out of sight. */
function revealEditor(section: HTMLElement | null) {
  const picker = section?.querySelector('.status-picker');
  if (!picker) return;
  const r = picker.getBoundingClientRect();
  if (r.top < 0 || r.bottom > window.innerHeight) picker.scrollIntoView({ block: 'nearest' });
}

const STATUS_BY_KEY = new Map(CLAIM_STATUSES.map((s) => [STATUS_INFO[s].key, s]));
const NO_PEOPLE = peopleFrom([]);

/**
 * Edits the selected claim: status (buttons, or keys 1-4 anywhere outside a
 * text field), assignee, summary, source and note, and delete; shows any
 * conflict with a colleague's change beside both values. For people who
 * may not edit, it shows the same values read-only.
 */
export function ClaimEditor(props: ClaimEditorProps) {
  const { claim, canEdit, canDelete, onUpdate, onDelete, conflicts = [], onResolveConflict, people = NO_PEOPLE, history = [], children, signOff } = props;

  const { draftOwner, onNotify } = props;
  const t = useT(claimEditorMessages);
  const ts = useT(statusMessages);
  // "Keep mine" replaces a colleague's value: they are told, with their text, in a comment that mentions them.
  const keepMine = (opId: string) => {
    const conflict = conflicts.find((c) => c.entry.opId === opId);
    const notices = conflict && draftOwner ? keepMineNotices(conflict, history, draftOwner, people.nameOf, t) : [];
    onResolveConflict?.(opId, 'mine');
    notices.forEach((n) => onNotify?.(n.text));
  };
  // The key handler is installed once; it reads the latest claim through a ref.
  const latest = useRef({ claim, onUpdate });
  latest.current = { claim, onUpdate };

  const setStatus = (status: ClaimStatus, baseVersion: number) => {
    const { claim: current, onUpdate: update } = latest.current;
    if (status === current.status) return;
    update({ status }, baseVersion);
  };
  const setStatusRef = useRef(setStatus);
  const sectionRef = useRef<HTMLElement>(null);
  setStatusRef.current = setStatus;

  useEffect(() => {
    if (!canEdit) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTyping(e.target)) return;
      const status = STATUS_BY_KEY.get(e.key);
      if (!status) return;
      e.preventDefault();
      // The claim a key changes is always in view: bring its editor into view if it was scrolled away.
      revealEditor(sectionRef.current);
      setStatusRef.current(status, latest.current.claim.version);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [canEdit]);

  const saveField = (field: 'summary' | 'attributedTo' | 'note' | 'explanation', value: string, baseVersion: number) => onUpdate({ [field]: value }, baseVersion);
  const statusTitle = (s: ClaimStatus) => ts('statusTitle', { meaning: ts(`meaning_${s}`), key: STATUS_INFO[s].key });
  const capturedBy = t.rich('capturedBy', { name: <bdi>{claim.createdBy}</bdi> });
  const lastEditBy = claim.updatedBy !== claim.createdBy && t.rich('lastEditBy', { name: <bdi>{claim.updatedBy}</bdi> });
  const views = conflicts.flatMap((c) => describeConflict(c, history, people.nameOf, t) ?? []);

  return (
    <section ref={sectionRef} className="claim-editor" aria-label={t('editor')} data-readonly={canEdit ? undefined : 'true'}>
      {!canEdit && (
        <div className="field">
          <span className="field-label-static">{t('status')}</span>
          <div>
            <StatusBadge status={claim.status} />
          </div>
        </div>
      )}
      {canEdit && (
        <div className="status-picker" role="group" aria-label={t('status')}>
          {CLAIM_STATUSES.map((s) => {
            const info = STATUS_INFO[s];
            return (
              <button
                key={s}
                type="button"
                className={`status-button status-${s}`}
                aria-pressed={claim.status === s}
                aria-keyshortcuts={info.key}
                title={statusTitle(s)}
                onClick={() => capturePendingSelection(s) || setStatus(s, claim.version)}
              >
                <span className="status-button-label">{info.label[t.locale]}</span>
                <kbd aria-hidden="true">{info.key}</kbd>
              </button>
            );
          })}
        </div>
      )}
      {views.map((v) => (
        <ConflictNotice
          key={v.opId}
          rows={v.rows}
          by={v.by}
          onUseTheirs={() => onResolveConflict?.(v.opId, 'theirs')}
          onKeepMine={() => keepMine(v.opId)}
        />
      ))}
      <AssigneeSelect claim={claim} people={people} readOnly={!canEdit} onChange={(assigneeId) => onUpdate({ assigneeId }, claim.version)} />
      <FieldEditor claim={claim} field="summary" draftOwner={draftOwner} label={t('field_summary')} maxLength={LIMITS.summary} onSave={saveField}
        readOnly={!canEdit} placeholder={t('summaryPlaceholder')} />
      <FieldEditor claim={claim} field="attributedTo" draftOwner={draftOwner} label={t('field_attributedTo')} maxLength={LIMITS.attributedTo} onSave={saveField}
        readOnly={!canEdit} placeholder={t('sourcePlaceholder')} />
      <FieldEditor claim={claim} field="note" draftOwner={draftOwner} label={t('field_note')} maxLength={LIMITS.note} onSave={saveField} multiline
        readOnly={!canEdit} placeholder={t('notePlaceholder')} />
      {signOff && <SignOffSection claim={claim} canEdit={canEdit} onUpdate={onUpdate} draftOwner={draftOwner} {...signOff} />}
      {children}
      <div className="claim-editor-footer">
        <span className="claim-meta">
          {capturedBy}
          {lastEditBy && (
            <>
              {' '}
              {lastEditBy}
            </>
          )}
        </span>
        {canDelete && (
          <button type="button" className="danger" onClick={onDelete}>
            {t('deleteClaim')}
          </button>
        )}
      </div>
    </section>
  );
}
