import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Claim } from '../../../shared/domain/schemas.ts';
import type { UpdateResult } from '../state/useWorkspace.ts';
import { ConflictNotice } from './ConflictNotice.tsx';

type TextField = 'summary' | 'attributedTo' | 'note';

export interface FieldEditorProps {
  claim: Claim;
  field: TextField;
  label: string;
  maxLength: number;
  multiline?: boolean;
  placeholder?: string;
  /** Show the value as text, with no way to change it. */
  readOnly?: boolean;
  onSave(field: TextField, value: string, baseVersion: number): Promise<UpdateResult>;
}

interface Conflict {
  mine: string;
  theirs: string;
  by: string;
  version: number;
}

/**
 * One editable text field of a claim. While focused it holds a draft; the
 * claim version at the moment editing began is the update's baseVersion, so
 * the server can tell whether someone changed this field in the meantime.
 * Saves on blur, and on Enter for single-line fields; Escape discards.
 */
export function FieldEditor(props: FieldEditorProps) {
  return props.readOnly ? <FieldValue {...props} /> : <EditableField {...props} />;
}

/** A field for someone who may only read it: the value as text, labelled. */
function FieldValue({ claim, field, label, multiline }: FieldEditorProps) {
  const id = useId();
  const value = claim[field];
  return (
    <div className="field field-readonly">
      <span className="field-label-static" id={id}>
        {label}
      </span>
      <p className={`field-value${multiline ? ' is-multiline' : ''}${value ? '' : ' is-empty'}`} dir="auto" aria-labelledby={id}>
        {value || '—'}
      </p>
    </div>
  );
}

function EditableField({ claim, field, label, maxLength, multiline, placeholder, onSave }: FieldEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const baseVersion = useRef(claim.version);
  const value = draft ?? claim[field];

  const begin = () => {
    if (draft !== null) return;
    baseVersion.current = claim.version;
    setDraft(claim[field]);
  };

  const send = async (text: string, base: number) => {
    const ack = await onSave(field, text, base);
    if (!ack.ok && ack.error.code === 'conflict' && ack.current) {
      const current = ack.current;
      setConflict({ mine: text, theirs: current[field], by: current.updatedBy, version: current.version });
    }
  };

  const commit = () => {
    if (draft === null) return;
    const text = multiline ? draft : draft.trim();
    setDraft(null);
    if (text !== claim[field]) void send(text, baseVersion.current);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !multiline) {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      setDraft(null);
      e.currentTarget.blur();
    }
  };

  const common = {
    id,
    value,
    maxLength,
    placeholder,
    dir: 'auto' as const,
    onFocus: begin,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown,
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      {conflict && (
        <ConflictNotice
          label={label}
          theirs={conflict.theirs}
          mine={conflict.mine}
          by={conflict.by}
          onUseTheirs={() => setConflict(null)}
          onKeepMine={() => {
            const { mine, version } = conflict;
            setConflict(null);
            void send(mine, version);
          }}
        />
      )}
    </div>
  );
}
