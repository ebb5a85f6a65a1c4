import { useMemo, useState, type ReactNode } from 'react';
import { cmp, dashboardFigures, type DashboardFigures, type DashboardInput } from '../../../shared/dashboard/figures.ts';
import { STATUS_INFO } from '../../../shared/domain/status.ts';
import { ExportLinks } from '../reports/ExportLinks.tsx';
import type { People } from '../state/usePeople.ts';
import { DashboardFilters, type FilterOptions } from './DashboardFilters.tsx';
import { drillClaims, reviewerKey, type Drill } from '../../../shared/dashboard/drilldown.ts';
import { DrillPanel } from './DrillPanel.tsx';
import { NO_FILTERS, staleDaysOf, toDashboardFilters, type FilterForm } from './filters.ts';
import { ArticlesCard, ProgressCard, RecentCard, ReviewersCard, SourcesCard, StaleCard, StatusCard } from './sections.tsx';
import './dashboard.css';

export interface DashboardProps {
  /** The workspace as the figures take it; live, so the page follows every change. */
  input: DashboardInput;
  /** The clock (stale claims depend on it). */
  now: string;
  people?: Pick<People, 'list' | 'nameOf'>;
  initialFilters?: Partial<FilterForm>;
  /** Beside the title: whether the figures are live. */
  status?: ReactNode;
}

/** Names inside English sentences are isolated, so an Arabic title cannot reorder the words around it. */
const isolate = (s: string) => `\u2068${s}\u2069`;

function drillTitle(drill: Drill, input: DashboardInput, figures: DashboardFigures, staleDays: number): string {
  const inArticle = 'articleId' in drill && drill.articleId && Object.hasOwn(input.articles, drill.articleId) ? ` in ${isolate(input.articles[drill.articleId]!.title)}` : '';
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
  }
}

/**
 * The claim-status dashboard: figures from shared/dashboard/figures.ts (the
 * same function the server's GET /api/dashboard runs) over the live
 * workspace, the filters, and the claims behind any number clicked.
 */
export function Dashboard({ input, now, people, initialFilters, status }: DashboardProps) {
  const [form, setForm] = useState<FilterForm>({ ...NO_FILTERS, ...initialFilters });
  const [drill, setDrill] = useState<Drill | null>(null);
  const filters = useMemo(() => toDashboardFilters(form), [form]);
  const figures = useMemo(() => dashboardFigures(input, filters, now), [input, filters, now]);

  const options = useMemo<FilterOptions>(() => {
    // Sources and reviewers of the article chosen, whatever the other filters say.
    const scope = dashboardFigures(input, form.articleId ? { articleId: form.articleId } : {}, now);
    const reviewers = new Map<string, string>();
    for (const r of scope.decisionsPerReviewer) reviewers.set(r.reviewerId ?? r.name, r.name);
    for (const p of people?.list ?? []) if (!reviewers.has(p.id)) reviewers.set(p.id, p.name);
    return {
      articles: Object.values(input.articles).sort((a, b) => cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id)),
      sources: scope.sources.map((s) => ({ key: s.key, name: s.name })),
      reviewers: [...reviewers].map(([value, name]) => ({ value, name })).sort((a, b) => a.name.localeCompare(b.name)),
    };
  }, [input, form.articleId, now, people?.list]);

  const drilled = useMemo(() => (drill ? drillClaims(input, filters, now, drill) : []), [input, filters, now, drill]);
  const nameOf = people?.nameOf ?? ((id: string | null) => id ?? 'nobody');

  return (
    <div className="dashboard" data-testid="dashboard">
      <header className="dash-head">
        <div className="dash-title">
          <h1>Dashboard</h1>
          {status}
        </div>
        <ExportLinks />
      </header>
      <DashboardFilters form={form} options={options} onChange={setForm} />
      {drill && <DrillPanel title={drillTitle(drill, input, figures, staleDaysOf(form.staleDays))} items={drilled} input={input} onClose={() => setDrill(null)} />}
      <div className="dash-grid">
        <StatusCard figures={figures} onDrill={setDrill} />
        <ProgressCard figures={figures} onDrill={setDrill} />
        <ArticlesCard figures={figures} onDrill={setDrill} />
        <ReviewersCard figures={figures} onDrill={setDrill} />
        <SourcesCard figures={figures} onDrill={setDrill} />
        <RecentCard figures={figures} input={input} />
        <StaleCard figures={figures} input={input} nameOf={nameOf} onDrill={setDrill} />
      </div>
    </div>
  );
}
