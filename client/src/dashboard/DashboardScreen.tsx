import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Drill } from '../../../shared/dashboard/drilldown.ts';
import type { Article, PublicUser } from '../../../shared/domain/schemas.ts';
import { AccountMenu } from '../chrome/AccountMenu.tsx';
import { ConnectionIndicator } from '../chrome/ConnectionIndicator.tsx';
import { TopBar } from '../chrome/TopBar.tsx';
import type { Realtime } from '../realtime/connection.ts';
import type { People } from '../state/usePeople.ts';
import { useT } from '../i18n/useT.ts';
import { Dashboard } from './Dashboard.tsx';
import { ClaimSearch } from './ClaimSearch.tsx';
import { drillMessages } from './drill.messages.ts';
import { dashboardClaimsUrl, dashboardUrl, type DashboardAnswer, type DrillAnswer } from './dashboardApi.ts';
import { filterOptions, knownArticles, type ArticleChoice } from './filterOptions.ts';
import { NO_FILTERS, type FilterForm } from './filters.ts';
import { useDashboardWatch } from './useDashboardWatch.ts';
import { useRefetchedJson } from './useRefetchedJson.ts';

export interface DashboardScreenProps {
  user: PublicUser;
  /** The article last open, for the way back. */
  articlesHref: string;
  onSignOut(): void;
  onUnauthenticated(): void;
  realtime: Realtime | null;
  people: Pick<People, 'list' | 'nameOf'>;
}

/**
 * The dashboard page's state: the filters and the figure whose claims are
 * open are the query; the server answers it (`GET /api/dashboard`, and
 * `GET /api/dashboard/claims` while a drill-down is open), and both are
 * asked again whenever useDashboardWatch says the figures may have changed.
 */
export function DashboardScreen({ user, articlesHref, onSignOut, onUnauthenticated, realtime, people }: DashboardScreenProps) {
  const t = useT(drillMessages);
  const [form, setForm] = useState<FilterForm>(NO_FILTERS);
  const [drill, setDrill] = useState<Drill | null>(null);
  const [articles, setArticles] = useState<ArticleChoice[]>([]);
  const onArticleCreated = useCallback((article: Article) => setArticles((known) => knownArticles(known, [article], false)), []);
  const watch = useDashboardWatch(realtime, { onSessionLost: onUnauthenticated, onArticleCreated });

  const url = dashboardUrl(form);
  const figures = useRefetchedJson<DashboardAnswer>(url, watch.refreshes, onUnauthenticated);
  const drillUrl = drill ? dashboardClaimsUrl(form, drill) : null;
  const drilled = useRefetchedJson<DrillAnswer>(drillUrl, watch.refreshes, onUnauthenticated);

  const answer = figures.answer?.data;
  useEffect(() => {
    if (!answer) return;
    const listed = answer.dashboard.articles.map((a) => ({ id: a.articleId, title: a.title }));
    setArticles((known) => knownArticles(known, listed, answer.dashboard.filters.articleId === undefined));
  }, [answer]);
  const options = useMemo(() => answer && filterOptions(articles, answer.options, people.list), [answer, articles, people.list]);

  const connected = watch.connection === 'connected';
  return (
    <div className="app">
      <TopBar
        page="dashboard"
        right={
          <>
            <ConnectionIndicator state={watch.connection} error={watch.connectionError} />
            <AccountMenu user={user} page="workspace" articlesHref={articlesHref} onSignOut={onSignOut} />
          </>
        }
      />
      <main className="dash-main">
        <ClaimSearch onUnauthenticated={onUnauthenticated} />
        {answer && options ? (
          <Dashboard
            figures={answer.dashboard}
            options={options}
            form={form}
            onFilter={setForm}
            drill={drill}
            onDrill={setDrill}
            drilled={drilled.answer?.url === drillUrl ? drilled.answer.data : null}
            drillError={drilled.error?.url === drillUrl ? drilled.error.message : null}
            busy={figures.answer?.url !== url}
            error={figures.error?.message}
            nameOf={people.nameOf}
            status={
              <span className="dash-live" data-testid="dashboard-live" data-live={connected && watch.live}>
                {connected ? t('updatesLive') : t('notLive')}
              </span>
            }
          />
        ) : figures.error ? (
          <p className="form-error" role="alert">
            {t('loadFailed', { error: figures.error.message })}
          </p>
        ) : (
          <p className="loading" role="status">
            {t('loading')}
          </p>
        )}
      </main>
    </div>
  );
}
