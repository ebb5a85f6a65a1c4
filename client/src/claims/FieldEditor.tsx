import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Claim } from '../../../shared/domain/schemas.ts';

type TextField = 'summary' | 'attributedTo' | 'note' | 'explanation';

export interface FieldEditorProps {
  claim: Claim;
  field: TextField;
  label: string;
  maxLength: number;
  multiline?: boolean;
  placeholder?: string;
  /** Show the value as text, with no way to change it. */
  readOnly?: boolean;
  /** A short mark beside the label ("Public"): who will read this field. */
  badge?: string;
  /** Queues the change; a conflict, if the server finds one, is shown by the editor. */
  onSave(field: TextField, value: string, baseVersion: number): unknown;
}

/**
 * One editable text field of a claim. While focused it holds a draft; the
 * claim version at the moment editing began is the update's baseVersion, so
 * the server can tell whether someone changed this field in the meantime
 * (and the editor can show both values if they did). Saves on blur, and on
 * Enter for single-line fields; Escape discards.
 */
export function FieldEditor(props: FieldEditorProps) {
  return props.readOnly ? <FieldValue {...props} /> : <EditableField {...props} />;
}

/** A field for someone who may only read it: the value as text, labelled. */
function FieldValue({ claim, field, label, multiline, badge }: FieldEditorProps) {
  const id = useId();
  const value = claim[field];
  return (
    <div className="field field-readonly">
      <span className="field-label-static" id={id}>
        {label}
        {badge && <span className="field-badge">{badge}</span>}
      </span>
      <p className={`field-value${multiline ? ' is-multiline' : ''}${value ? '' : ' is-empty'}`} dir="auto" aria-labelledby={id}>
        {value || '—'}
      </p>
    </div>
  );
}

function EditableField({ claim, field, label, maxLength, multiline, placeholder, onSave, badge }: FieldEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const baseVersion = useRef(claim.version);
  const value = draft ?? claim[field];

  const begin = () => {
    if (draft !== null) return;
    baseVersion.current = claim.version;
    setDraft(claim[field]);
  };

  const commit = () => {
    if (draft === null) return;
    const text = multiline ? draft : draft.trim();
    setDraft(null);
    if (text !== claim[field]) onSave(field, text, baseVersion.current);
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
      <label htmlFor={id}>
        {label}
        {badge && <span className="field-badge">{badge}</span>}
      </label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
    </div>
  );
}
