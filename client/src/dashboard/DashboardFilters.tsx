import { useId } from 'react';
import { CLAIM_STATUSES, STATUS_INFO, isClaimStatus } from '../../../shared/domain/status.ts';
import { isSignOffStage, SIGN_OFF_STAGES } from '../../../shared/dashboard/sign-off.ts';
import { useT } from '../i18n/useT.ts';
import { drillMessages } from './drill.messages.ts';
import { SIGN_OFF_LABELS } from './signOffLabels.ts';
import type { FilterOptions } from './filterOptions.ts';
import { isFiltered, NO_FILTERS, type FilterForm } from './filters.ts';

/** Article, status, source, reviewer, a date range and when a claim counts as stale. */
export function DashboardFilters({ form, options, onChange }: { form: FilterForm; options: FilterOptions; onChange(next: FilterForm): void }) {
  const t = useT(drillMessages);
  const id = useId();
  const set = <K extends keyof FilterForm>(key: K, value: FilterForm[K]) => onChange({ ...form, [key]: value });
  const keep = <T extends { value: string }>(list: T[], value: string, make: (v: string) => T) =>
    value && !list.some((o) => o.value === value) ? [...list, make(value)] : list;
  const sources = keep(options.sources.map((s) => ({ value: s.key, name: s.name })), form.source, (v) => ({ value: v, name: v }));
  const reviewers = keep(options.reviewers, form.reviewer, (v) => ({ value: v, name: v }));
  return (
    <form className="dash-filters" aria-label={t('filters')} onSubmit={(e) => e.preventDefault()}>
      <div className="dash-filter">
        <label htmlFor={`${id}-articleId`}>{t('article')}</label>
        <select id={`${id}-articleId`} value={form.articleId} onChange={(e) => set('articleId', e.target.value)}>
          <option value="">{t('allArticles')}</option>
          {options.articles.map((a) => (
            <option key={a.id} value={a.id} dir="auto">
              {a.title}
            </option>
          ))}
        </select>
      </div>
      <div className="dash-filter">
        <label htmlFor={`${id}-status`}>{t('status')}</label>
        <select id={`${id}-status`} value={form.status} onChange={(e) => set('status', isClaimStatus(e.target.value) ? e.target.value : '')}>
          <option value="">{t('allStatuses')}</option>
          {CLAIM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_INFO[s].label[t.locale]}
            </option>
          ))}
        </select>
      </div>
      <div className="dash-filter">
        <label htmlFor={`${id}-signoff`}>{t('signOffStage')}</label>
        <select id={`${id}-signoff`} value={form.signOff} onChange={(e) => set('signOff', isSignOffStage(e.target.value) ? e.target.value : '')}>
          <option value="">{t('allStages')}</option>
          {SIGN_OFF_STAGES.map((s) => (
            <option key={s} value={s}>
              {SIGN_OFF_LABELS[s][t.locale]}
            </option>
          ))}
        </select>
      </div>
      <div className="dash-filter">
        <label htmlFor={`${id}-source`}>{t('source')}</label>
        <select id={`${id}-source`} value={form.source} onChange={(e) => set('source', e.target.value)}>
          <option value="">{t('allSources')}</option>
          {sources.map((s) => (
            <option key={s.value} value={s.value} dir="auto">
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="dash-filter">
        <label htmlFor={`${id}-reviewer`}>{t('reviewer')}</label>
        <select id={`${id}-reviewer`} value={form.reviewer} onChange={(e) => set('reviewer', e.target.value)}>
          <option value="">{t('everyone')}</option>
          {reviewers.map((r) => (
            <option key={r.value} value={r.value} dir="auto">
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <div className="dash-filter">
        <label htmlFor={`${id}-from`}>{t('from')}</label>
        <input id={`${id}-from`} type="date" value={form.from} max={form.to || undefined} onChange={(e) => set('from', e.target.value)} />
      </div>
      <div className="dash-filter">
        <label htmlFor={`${id}-to`}>{t('to')}</label>
        <input id={`${id}-to`} type="date" value={form.to} min={form.from || undefined} onChange={(e) => set('to', e.target.value)} />
      </div>
      <div className="dash-filter stale-days">
        <label htmlFor={`${id}-staleDays`}>{t('staleAfter')}</label>
        <input id={`${id}-staleDays`} type="number" min={0} max={3650} step={1} inputMode="numeric" value={form.staleDays} onChange={(e) => set('staleDays', e.target.value)} />
      </div>
      <button type="button" className="ghost" disabled={!isFiltered(form) && form.staleDays === NO_FILTERS.staleDays} onClick={() => onChange(NO_FILTERS)}>
        {t('clearFilters')}
      </button>
    </form>
  );
}
