import { useId } from 'react';
import type { Claim } from '../../../shared/domain/schemas.ts';
import { useT } from '../i18n/useT.ts';
import type { People } from '../state/usePeople.ts';
import { claimEditorMessages } from './claimEditor.messages.ts';

export interface AssigneeSelectProps {
  claim: Claim;
  people: People;
  readOnly: boolean;
  onChange(assigneeId: string | null): void;
}

/** Who is responsible for checking this claim; anyone active may be chosen, or nobody. */
export function AssigneeSelect({ claim, people, readOnly, onChange }: AssigneeSelectProps) {
  const id = useId();
  const t = useT(claimEditorMessages);
  const current = claim.assigneeId;
  if (readOnly) {
    return (
      <div className="field field-readonly">
        <span className="field-label-static" id={id}>
          {t('field_assigneeId')}
        </span>
        <p className={`field-value${current ? '' : ' is-empty'}`} aria-labelledby={id}>
          {current ? <bdi>{people.nameOf(current)}</bdi> : t('unassigned')}
        </p>
      </div>
    );
  }
  const choices = people.list.filter((p) => p.active).sort((a, b) => a.name.localeCompare(b.name, t.format.tag));
  // An assignee who left (or is not in our list yet) is still shown as assigned.
  const missing = current !== null && !choices.some((p) => p.id === current);
  return (
    <div className="field">
      <label htmlFor={id}>{t('field_assigneeId')}</label>
      <select id={id} value={current ?? ''} onChange={(e) => onChange(e.target.value || null)} dir="auto">
        <option value="">{t('unassigned')}</option>
        {missing && (
          <option value={current} dir="auto">
            {t('inactive', { name: people.byId.get(current)?.name ?? t('notInList') })}
          </option>
        )}
        {choices.map((p) => (
          <option key={p.id} value={p.id} dir="auto">
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}
