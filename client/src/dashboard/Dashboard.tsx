import type { ReactNode } from 'react';
import type { Drill } from '../../../shared/dashboard/drilldown.ts';
import type { DashboardFigures } from '../../../shared/dashboard/figures.ts';
import { useT } from '../i18n/useT.ts';
import { ExportLinks } from '../reports/ExportLinks.tsx';
import type { DrillAnswer } from './dashboardApi.ts';
import { DashboardFilters } from './DashboardFilters.tsx';
import { drillMessages } from './drill.messages.ts';
import { DrillPanel } from './DrillPanel.tsx';
import { drillTitle } from './drillTitle.ts';
import type { FilterOptions } from './filterOptions.ts';
import { staleDaysOf, type FilterForm } from './filters.ts';
import { RecentCard, StaleCard } from './lists.tsx';
import { ArticlesCard, ProgressCard, ReviewersCard, SourcesCard, StatusCard } from './sections.tsx';
import { SignOffCard } from './SignOffCard.tsx';
import './dashboard.css';

export interface DashboardProps {
  /** The figures last received; they may be for earlier filters while `busy`. */
  figures: DashboardFigures;
  options: FilterOptions;
  form: FilterForm;
  onFilter(next: FilterForm): void;
  /** The figure whose claims are open, if any. */
  drill: Drill | null;
  onDrill(next: Drill | null): void;
  /** The claims behind `drill`; null while they load. */
  drilled: DrillAnswer | null;
  drillError?: string | null;
  /** Figures for the current filters are on their way. */
  busy?: boolean;
  /** The last refresh failed: the figures shown are older. */
  error?: string | null;
  nameOf?(id: string | null): string;
  /** Beside the title: whether the figures are live. */
  status?: ReactNode;
}

/**
 * The claim-status dashboard: the figures the server computes
 * (shared/dashboard/figures.ts behind `GET /api/dashboard`), the filters,
 * and the claims behind any number clicked. It only shows; what to fetch
 * and when is DashboardScreen's business.
 */
export function Dashboard({ figures, options, form, onFilter, drill, onDrill, drilled, drillError, busy, error, nameOf, status }: DashboardProps) {
  const t = useT(drillMessages);
  const names = nameOf ?? ((id: string | null) => id ?? t('nobody'));
  return (
    <div className="dashboard" data-testid="dashboard" aria-busy={busy ? true : undefined}>
      <header className="dash-head">
        <div className="dash-title">
          <h1>{t('dashboard')}</h1>
          {status}
        </div>
        <ExportLinks />
      </header>
      {error && (
        <p className="form-error" role="alert">
          {t('refreshFailed', { error })}
        </p>
      )}
      <DashboardFilters form={form} options={options} onChange={onFilter} />
      {drill && <DrillPanel title={drillTitle(drill, figures, staleDaysOf(form.staleDays), t)} drilled={drilled} error={drillError} onClose={() => onDrill(null)} />}
      <div className="dash-grid">
        <StatusCard figures={figures} onDrill={onDrill} />
        <ProgressCard figures={figures} onDrill={onDrill} />
        <SignOffCard figures={figures} onDrill={onDrill} />
        <ArticlesCard figures={figures} onDrill={onDrill} />
        <ReviewersCard figures={figures} onDrill={onDrill} />
        <SourcesCard figures={figures} onDrill={onDrill} />
        <RecentCard figures={figures} />
        <StaleCard figures={figures} nameOf={names} onDrill={onDrill} />
      </div>
    </div>
  );
}
