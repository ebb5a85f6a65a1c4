import { useId, type KeyboardEvent } from 'react';
import type { Claim } from '../../../shared/domain/schemas.ts';
import { useT } from '../i18n/useT.ts';
import { claimEditorMessages } from './claimEditor.messages.ts';
import { useFieldDraft } from './useFieldDraft.ts';

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
  /** The signed-in account's id: unsaved text is kept in this browser for it, across a reload. */
  draftOwner?: string;
}

/**
 * One editable text field of a claim. While focused it holds a draft; the
 * claim version at the moment editing began is the update's baseVersion, so
 * the server can tell whether someone changed this field in the meantime
 * (and the editor can show both values if they did). Saves after a pause in
 * typing, on blur, and on Enter for single-line fields; Escape discards.
 * What is typed and not yet saved is marked, and kept across a reload.
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

function EditableField({ claim, field, label, maxLength, multiline, placeholder, onSave, draftOwner, badge }: FieldEditorProps) {
  const id = useId();
  const edit = useFieldDraft({ claim, field, multiline, owner: draftOwner, onSave });
  const t = useT(claimEditorMessages);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !multiline) {
      e.preventDefault();
      edit.commit();
    } else if (e.key === 'Escape') {
      edit.discard();
      e.currentTarget.blur();
    }
  };

  const common = {
    id,
    value: edit.value,
    maxLength,
    placeholder,
    dir: 'auto' as const,
    onFocus: edit.begin,
    onChange: (e: { target: { value: string } }) => edit.change(e.target.value),
    onBlur: edit.commit,
    onKeyDown,
    'aria-describedby': edit.dirty ? `${id}-unsaved` : undefined,
  };

  return (
    <div className="field" data-unsaved={edit.dirty || undefined}>
      <label htmlFor={id}>
        {label}
        {badge && <span className="field-badge">{badge}</span>}
      </label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      {edit.dirty && (
        <p className="field-unsaved" id={`${id}-unsaved`}>
          {edit.restored ? t('restoredDraft') : t('unsaved')}
          {edit.restored && (
            <>
              {' '}
              <button type="button" className="link-button" onClick={edit.commit}>
                {t('save')}
              </button>{' '}
              <button type="button" className="link-button" onClick={edit.discard}>
                {t('discard')}
              </button>
            </>
          )}
        </p>
      )}
    </div>
  );
}
