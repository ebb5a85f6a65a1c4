import type { ReactNode } from 'react';
import { reviewerKey, type Drill } from '../../../shared/dashboard/drilldown.ts';
import type { DashboardFigures } from '../../../shared/dashboard/figures.ts';
import { STATUS_INFO } from '../../../shared/domain/status.ts';
import { ExportLinks } from '../reports/ExportLinks.tsx';
import type { DrillAnswer } from './dashboardApi.ts';
import { DashboardFilters } from './DashboardFilters.tsx';
import { DrillPanel } from './DrillPanel.tsx';
import type { FilterOptions } from './filterOptions.ts';
import { staleDaysOf, type FilterForm } from './filters.ts';
import { ArticlesCard, ProgressCard, RecentCard, ReviewersCard, SourcesCard, StaleCard, StatusCard } from './sections.tsx';
import { SignOffCard } from './SignOffCard.tsx';
import { SIGN_OFF_LABELS } from './signOffLabels.ts';
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

/** Names inside English sentences are isolated, so an Arabic title cannot reorder the words around it. */
const isolate = (s: string) => `\u2068${s}\u2069`;

function drillTitle(drill: Drill, figures: DashboardFigures, staleDays: number): string {
  const article = 'articleId' in drill && drill.articleId ? figures.articles.find((a) => a.articleId === drill.articleId) : undefined;
  const inArticle = article ? ` in ${isolate(article.title)}` : '';
  switch (drill.kind) {
    case 'all':
      return inArticle ? `Claims${inArticle}` : 'All claims';
    case 'status':
      return `${STATUS_INFO[drill.status].label.en} claims${inArticle}`;
    case 'reviewed':
      return `Reviewed claims${inArticle}`;
    case 'orphaned':
      return `Orphaned claims${inArticle}`;
    case 'stale':
      return `Claims unreviewed for more than ${staleDays} day${staleDays === 1 ? '' : 's'}${inArticle}`;
    case 'source': {
      const name = figures.sources.find((s) => s.key === drill.key)?.name ?? drill.key;
      return `${drill.disputed ? 'Disputed claims' : 'Claims'} from ${isolate(name)}`;
    }
    case 'unattributed':
      return 'Claims without a source';
    case 'reviewer': {
      const name = figures.decisionsPerReviewer.find((r) => reviewerKey(r) === drill.key)?.name ?? drill.key.replace(/^name:/, '');
      return `Claims ${isolate(name)} decided on`;
    }
    case 'signOff':
      return `${SIGN_OFF_LABELS[drill.stage].en} claims${inArticle}`;
  }
}

/**
 * The claim-status dashboard: the figures the server computes
 * (shared/dashboard/figures.ts behind `GET /api/dashboard`), the filters,
 * and the claims behind any number clicked. It only shows; what to fetch
 * and when is DashboardScreen's business.
 */
export function Dashboard({ figures, options, form, onFilter, drill, onDrill, drilled, drillError, busy, error, nameOf, status }: DashboardProps) {
  const names = nameOf ?? ((id: string | null) => id ?? 'nobody');
  return (
    <div className="dashboard" data-testid="dashboard" aria-busy={busy ? true : undefined}>
      <header className="dash-head">
        <div className="dash-title">
          <h1>Dashboard</h1>
          {status}
        </div>
        <ExportLinks />
      </header>
      {error && (
        <p className="form-error" role="alert">
          The figures could not be refreshed: {error}
        </p>
      )}
      <DashboardFilters form={form} options={options} onChange={onFilter} />
      {drill && <DrillPanel title={drillTitle(drill, figures, staleDaysOf(form.staleDays))} drilled={drilled} error={drillError} onClose={() => onDrill(null)} />}
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
