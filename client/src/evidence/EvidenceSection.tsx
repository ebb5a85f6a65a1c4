import { useId, useState, type FormEvent } from 'react';
import type { Claim } from '../../../shared/domain/schemas.ts';
import { LIMITS } from '../../../shared/limits.ts';
import type { ActionResult } from '../state/useWorkspace.ts';
import { useT } from '../i18n/useT.ts';
import { evidenceMessages } from './evidence.messages.ts';
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
/** The shape of an address, not words: the same in both languages. */
const URL_EXAMPLE = 'https://…';

/** The sources a verdict rests on: link, title, note, who added it and when. */
export function EvidenceSection({ claim, canEdit, pendingIds, onAdd, onRemove }: EvidenceSectionProps) {
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<EvidenceErrors>({});
  const [refused, setRefused] = useState<string | null>(null);
  const id = useId();
  const t = useT(evidenceMessages);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = validateEvidence(form, t);
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
  const addedBy = (name: string, at: string) => t.rich('addedBy', { name: <bdi>{name}</bdi>, time: <time dateTime={at}>{t.format.dateTime(at)}</time> });
  const inputs = { url: field('url'), title: field('title'), note: field('note') };
  const error = (name: keyof typeof EMPTY) =>
    errors[name] && (
      <p className="field-error" id={`${id}-${name}-error`}>
        {errors[name]}
      </p>
    );

  const errorOf = { url: error('url'), title: error('title'), note: error('note') };

  return (
    <section className="editor-section" aria-label={t('evidence')}>
      <h3 className="section-title">
        {t('evidence')} <span className="count">{t.format.number(claim.evidence.length)}</span>
      </h3>
      {claim.evidence.length === 0 && <p className="section-note">{t('noSources')}</p>}
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
              {addedBy(ev.addedBy, ev.addedAt)}
              {pendingIds.has(ev.id) && <span className="pending-flag"> {t('pending')}</span>}
            </p>
            {canEdit && (
              <button type="button" className="ghost small" onClick={() => onRemove(ev.id)} aria-label={t('removeEvidence', { name: ev.title || hostOf(ev.url) })}>
                {t('remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <form className="evidence-form" onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor={`${id}-url`}>{t('url')}</label>
            <input type="url" inputMode="url" placeholder={URL_EXAMPLE} maxLength={LIMITS.url} {...inputs.url} dir="ltr" />
            {errorOf.url}
          </div>
          <div className="field">
            <label htmlFor={`${id}-title`}>{t('title')}</label>
            <input type="text" maxLength={LIMITS.evidenceTitle} placeholder={t('titlePlaceholder')} {...inputs.title} />
            {errorOf.title}
          </div>
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('note')}</label>
            <textarea rows={2} maxLength={LIMITS.evidenceNote} placeholder={t('notePlaceholder')} {...inputs.note} />
            {errorOf.note}
          </div>
          {refused && (
            <p className="field-error" role="alert">
              {refused}
            </p>
          )}
          <div className="form-row-end">
            <button type="submit">{t('add')}</button>
          </div>
        </form>
      )}
    </section>
  );
}
