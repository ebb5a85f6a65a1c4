import { useId, useState, type FormEvent } from 'react';
import type { Claim } from '../../../shared/domain/schemas.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { formatWhen } from '../history/describe.ts';
import type { ActionResult } from '../state/useWorkspace.ts';
import { hostOf, validateEvidence, type EvidenceErrors } from './evidenceForm.ts';

export interface EvidenceSectionProps {
  claim: Claim;
  /** Reviewers and up (`can(role, 'evidence:add')`): may add and remove sources. */
  canEdit: boolean;
  pendingIds: ReadonlySet<string>;
  onAdd(input: { url: string; title?: string; note?: string }): ActionResult;
  onRemove(evidenceId: string): ActionResult;
}

const EMPTY = { url: '', title: '', note: '' };

/** The sources a verdict rests on: link, title, note, who added it and when. */
export function EvidenceSection({ claim, canEdit, pendingIds, onAdd, onRemove }: EvidenceSectionProps) {
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<EvidenceErrors>({});
  const [refused, setRefused] = useState<string | null>(null);
  const id = useId();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = validateEvidence(form);
    if (!checked.ok) return setErrors(checked.errors);
    const { url, title, note } = checked.value;
    const result = onAdd({ url, ...(title ? { title } : {}), ...(note ? { note } : {}) });
    if (!result.ok) return setRefused(result.error.message);
    setForm(EMPTY);
    setErrors({});
    setRefused(null);
  };
  const field = (name: keyof typeof EMPTY) => ({
    id: `${id}-${name}`,
    value: form[name],
    dir: 'auto' as const,
    'aria-invalid': errors[name] ? ('true' as const) : undefined,
    'aria-describedby': errors[name] ? `${id}-${name}-error` : undefined,
    onChange: (e: { target: { value: string } }) => {
      setForm((f) => ({ ...f, [name]: e.target.value }));
      if (errors[name]) setErrors(({ [name]: _fixed, ...rest }) => rest);
    },
  });
  const error = (name: keyof typeof EMPTY) =>
    errors[name] && (
      <p className="field-error" id={`${id}-${name}-error`}>
        {errors[name]}
      </p>
    );

  return (
    <section className="editor-section" aria-label="Evidence">
      <h3 className="section-title">
        Evidence <span className="count">{claim.evidence.length}</span>
      </h3>
      {claim.evidence.length === 0 && <p className="section-note">No sources yet.</p>}
      <ul className="evidence-list" data-testid="evidence">
        {claim.evidence.map((ev) => (
          <li key={ev.id} className="evidence-item" data-pending={pendingIds.has(ev.id) ? 'true' : undefined}>
            <a href={ev.url} target="_blank" rel="noopener noreferrer" title={ev.url} className="evidence-link">
              <bdi dir={ev.title ? 'auto' : 'ltr'}>{ev.title || hostOf(ev.url)}</bdi>
            </a>
            <span className="evidence-host" dir="ltr">{hostOf(ev.url)}</span>
            {ev.note && (
              <p className="evidence-note" dir="auto">
                {ev.note}
              </p>
            )}
            <p className="evidence-meta">
              Added by <bdi>{ev.addedBy}</bdi> · <time dateTime={ev.addedAt}>{formatWhen(ev.addedAt)}</time>
              {pendingIds.has(ev.id) && <span className="pending-flag"> · pending</span>}
            </p>
            {canEdit && (
              <button type="button" className="ghost small" onClick={() => onRemove(ev.id)} aria-label={`Remove evidence ${ev.title || hostOf(ev.url)}`}>
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <form className="evidence-form" onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor={`${id}-url`}>Evidence URL</label>
            <input type="url" inputMode="url" placeholder="https://…" maxLength={LIMITS.url} {...field('url')} dir="ltr" />
            {error('url')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-title`}>Evidence title</label>
            <input type="text" maxLength={LIMITS.evidenceTitle} placeholder="What the source is" {...field('title')} />
            {error('title')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-note`}>Evidence note</label>
            <textarea rows={2} maxLength={LIMITS.evidenceNote} placeholder="What it shows" {...field('note')} />
            {error('note')}
          </div>
          {refused && (
            <p className="field-error" role="alert">
              {refused}
            </p>
          )}
          <div className="form-row-end">
            <button type="submit">Add evidence</button>
          </div>
        </form>
      )}
    </section>
  );
}
