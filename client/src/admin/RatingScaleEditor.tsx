import { useId } from 'react';
import { DEFAULT_RATING_SCALE, MAX_RATING, MAX_RATING_LABELS, RATING_NAME_MAX, type RatingLabel, type RatingScale, type VerdictStatus } from '../../../shared/domain/ratings.ts';
import { STATUS_INFO } from '../../../shared/domain/status.ts';
import { useT } from '../i18n/useT.ts';
import { scaleMessages } from './settings.messages.ts';

/** Field paths under the scale ("labels.0.name.ar", "bestRating", "byStatus") to the message for each. */
export type ScaleErrors = Readonly<Record<string, string>>;

export interface RatingScaleEditorProps {
  value: RatingScale;
  onChange(next: RatingScale): void;
  errors: ScaleErrors;
}

const VERDICTS: VerdictStatus[] = ['attributed', 'verified', 'disputed'];
/** Paths of the scale's own fields, as the schema's issues name them. */
const PATH = { worst: 'worstRating', best: 'bestRating', labels: 'labels', byStatus: 'byStatus' } as const;

/**
 * The public rating scale in the settings form: its labels (id, names in
 * English and Arabic, ratingValue), the range they lie in, and the label
 * each verdict publishes as. It edits a copy; the settings form validates
 * it with the server's own schema and saves it. Renaming or removing a
 * label carries the statuses that pointed at it along, so the mapping
 * never names a label the scale no longer has.
 */
export function RatingScaleEditor({ value, onChange, errors }: RatingScaleEditorProps) {
  const id = useId();
  const t = useT(scaleMessages);
  const setLabel = (index: number, next: RatingLabel) => {
    const old = value.labels[index]!;
    const byStatus = old.id === next.id ? value.byStatus : remap(value.byStatus, old.id, next.id);
    onChange({ ...value, labels: value.labels.map((l, i) => (i === index ? next : l)), byStatus });
  };
  const remove = (index: number) => {
    const gone = value.labels[index]!.id;
    onChange({ ...value, labels: value.labels.filter((_, i) => i !== index), byStatus: remap(value.byStatus, gone, null) });
  };
  const add = () =>
    onChange({ ...value, labels: [...value.labels, { id: freeId(value.labels), ratingValue: value.worstRating, name: { en: '', ar: '' } }] });
  const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
  const error = (path: string) =>
    errors[path] ? (
      <span className="field-error" role="alert" id={`${id}-${path}-error`}>
        {errors[path]}
      </span>
    ) : null;
  const described = (path: string) => (errors[path] ? { 'aria-invalid': true, 'aria-describedby': `${id}-${path}-error` } : {});

  return (
    <fieldset className="rating-scale" aria-describedby={`${id}-hint`}>
      <legend>{t('legend')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t('hint', { one: 1 })}
      </p>
      <div className="rating-range">
        <label htmlFor={`${id}-worst`}>{t('worst')}</label>
        <input id={`${id}-worst`} type="number" min={1} max={MAX_RATING} step={1} value={Number.isNaN(value.worstRating) ? '' : value.worstRating}
          onChange={(e) => onChange({ ...value, worstRating: number(e.target.value) })} {...described(PATH.worst)} />
        {error(PATH.worst)}
        <label htmlFor={`${id}-best`}>{t('best')}</label>
        <input id={`${id}-best`} type="number" min={2} max={MAX_RATING} step={1} value={Number.isNaN(value.bestRating) ? '' : value.bestRating}
          onChange={(e) => onChange({ ...value, bestRating: number(e.target.value) })} {...described(PATH.best)} />
        {error(PATH.best)}
      </div>
      <table className="rating-labels">
        <thead>
          <tr>
            <th scope="col">{t('id')}</th>
            <th scope="col">{t('englishName')}</th>
            <th scope="col">{t('arabicName')}</th>
            <th scope="col">{t('ratingValue')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {value.labels.map((label, i) => (
            <tr key={i}>
              <td>
                <input aria-label={t('labelId', { n: i + 1 })} dir="ltr" value={label.id} maxLength={40} onChange={(e) => setLabel(i, { ...label, id: e.target.value })} {...described(`labels.${i}.id`)} />
                {error(`labels.${i}.id`)}
              </td>
              <td>
                <input aria-label={t('labelEnglish', { n: i + 1 })} dir="ltr" lang="en" value={label.name.en} maxLength={RATING_NAME_MAX}
                  onChange={(e) => setLabel(i, { ...label, name: { ...label.name, en: e.target.value } })} {...described(`labels.${i}.name.en`)} />
                {error(`labels.${i}.name.en`)}
              </td>
              <td>
                <input aria-label={t('labelArabic', { n: i + 1 })} dir="rtl" lang="ar" value={label.name.ar} maxLength={RATING_NAME_MAX}
                  onChange={(e) => setLabel(i, { ...label, name: { ...label.name, ar: e.target.value } })} {...described(`labels.${i}.name.ar`)} />
                {error(`labels.${i}.name.ar`)}
              </td>
              <td>
                <input aria-label={t('labelValue', { n: i + 1 })} type="number" step={1} value={Number.isNaN(label.ratingValue) ? '' : label.ratingValue}
                  onChange={(e) => setLabel(i, { ...label, ratingValue: number(e.target.value) })} {...described(`labels.${i}.ratingValue`)} />
                {error(`labels.${i}.ratingValue`)}
              </td>
              <td>
                <button type="button" className="ghost small" disabled={value.labels.length === 1} onClick={() => remove(i)} aria-label={t('removeLabel', { name: label.name[t.locale] || label.name.en || label.id || t.format.number(i + 1) })}>
                  {t('remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error(PATH.labels)}
      <div className="rating-actions">
        <button type="button" onClick={add} disabled={value.labels.length >= MAX_RATING_LABELS}>
          {t('add')}
        </button>
        <button type="button" onClick={() => onChange(DEFAULT_RATING_SCALE)}>
          {t('reset')}
        </button>
      </div>
      <div className="rating-mapping" role="group" aria-label={t('mapping')}>
        {VERDICTS.map((status) => (
          <div key={status}>
            <label htmlFor={`${id}-map-${status}`}>
              {STATUS_INFO[status].label[t.locale]}
            </label>
            <select id={`${id}-map-${status}`} value={value.byStatus[status] ?? ''} {...described(PATH.byStatus)}
              onChange={(e) => onChange({ ...value, byStatus: { ...value.byStatus, [status]: e.target.value || null } })}>
              <option value="">{t('noRating')}</option>
              {value.labels.map((l, i) => (
                <option key={i} value={l.id}>
                  {l.name[t.locale] || l.name.en || l.id}
                </option>
              ))}
            </select>
          </div>
        ))}
        {error(PATH.byStatus)}
      </div>
    </fieldset>
  );
}

function remap(byStatus: RatingScale['byStatus'], from: string, to: string | null): RatingScale['byStatus'] {
  const next = { ...byStatus };
  for (const s of VERDICTS) if (next[s] === from) next[s] = to;
  return next;
}

/** "label-5": an id no other label has, so a new row never collides before the admin names it. */
function freeId(labels: RatingLabel[]): string {
  const taken = new Set(labels.map((l) => l.id));
  let n = labels.length + 1;
  while (taken.has(`label-${n}`)) n++;
  return `label-${n}`;
}
