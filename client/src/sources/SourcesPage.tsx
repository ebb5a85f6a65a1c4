import { useMemo, useState } from 'react';
import { can } from '../../../shared/domain/roles.ts';
import type { PublicUser } from '../../../shared/domain/schemas.ts';
import { AccountMenu } from '../chrome/AccountMenu.tsx';
import { ConnectionIndicator } from '../chrome/ConnectionIndicator.tsx';
import { TopBar } from '../chrome/TopBar.tsx';
import '../dashboard/dashboard.css';
import { useDashboardWatch } from '../dashboard/useDashboardWatch.ts';
import { useRefetchedJson } from '../dashboard/useRefetchedJson.ts';
import { useT } from '../i18n/useT.ts';
import { useRealtime } from '../realtime/useRealtime.ts';
import { MergeBar } from './MergeBar.tsx';
import { SourceClaims } from './SourceClaims.tsx';
import { sourcesMessages } from './sources.messages.ts';
import { SourcesTable } from './SourcesTable.tsx';
import { mergeSources, SOURCES_URL, SUGGESTIONS_URL, unmergeSource, type SourcesAnswer, type SuggestionsAnswer } from './sourcesApi.ts';
import { DEFAULT_SORT, nextSort, sortSources, type SourceSort } from './sortSources.ts';
import './sources.css';

export interface SourcesPageProps {
  user: PublicUser;
  articlesHref: string;
  onSignOut(): void;
  onUnauthenticated(): void;
}

/**
 * `#/sources`: every source named in the workspace with its claims by
 * status; editors merge spellings of one source and undo it. Live like the
 * dashboard: it follows `dashboard:changed` (claims changing anywhere, and
 * merges) and asks again.
 */
export function SourcesPage({ user, articlesHref, onSignOut, onUnauthenticated }: SourcesPageProps) {
  const t = useT(sourcesMessages);
  const realtime = useRealtime();
  const watch = useDashboardWatch(realtime, { onSessionLost: onUnauthenticated });
  const [mine, setMine] = useState(0);
  const refreshes = watch.refreshes + mine;
  const answer = useRefetchedJson<SourcesAnswer>(SOURCES_URL, refreshes, onUnauthenticated);
  const [sort, setSort] = useState<SourceSort>(DEFAULT_SORT);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const canMerge = can(user.role, 'sources:merge');
  // Lookalike spellings are for those who can merge them.
  const suggested = useRefetchedJson<SuggestionsAnswer>(canMerge ? SUGGESTIONS_URL : null, refreshes, onUnauthenticated);
  const suggestions = suggested.answer?.data.suggestions ?? [];

  const data = answer.answer?.data;
  const sources = useMemo(() => (data ? sortSources(data.sources, sort) : []), [data, sort]);
  const chosen = sources.filter((s) => selected.has(s.key));
  const nameOf = (key: string) => data?.sources.find((s) => s.key === key)?.name ?? key;

  const toggle = (key: string) =>
    setSelected((now) => {
      const next = new Set(now);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const run = async (action: () => Promise<{ ok: boolean; error?: { message: string } }>) => {
    setBusy(true);
    const result = await action();
    setBusy(false);
    if (!result.ok) return setError(result.error?.message ?? null);
    setError(null);
    setSelected(new Set());
    setMine((n) => n + 1);
  };

  return (
    <div className="app">
      <TopBar
        page="sources"
        right={
          <>
            <ConnectionIndicator state={watch.connection} error={watch.connectionError} />
            <AccountMenu user={user} page="workspace" articlesHref={articlesHref} onSignOut={onSignOut} />
          </>
        }
      />
      <main className="dash-main sources-main">
        <div className="dash-head">
          <div className="dash-title">
            <h1>{t('sources')}</h1>
            <span className="dash-live" data-live={watch.connection === 'connected' && watch.live}>
              {watch.connection === 'connected' ? t('updatesLive') : t('notLive')}
            </span>
          </div>
        </div>
        {answer.error && <p role="alert">{answer.error.message}</p>}
        {!data ? (
          <p role="status">{t('loading')}</p>
        ) : (
          <div className="sources-layout">
            <div className="dash-card">
              {sources.length === 0 ? (
                <p className="dash-empty">{t('noSources')}</p>
              ) : (
                <SourcesTable
                  sources={sources}
                  sort={sort}
                  onSort={(by) => setSort((s) => nextSort(s, by))}
                  canMerge={canMerge}
                  selected={selected}
                  onToggle={toggle}
                  openKey={openKey}
                  onOpen={(key) => setOpenKey((k) => (k === key ? null : key))}
                  onUnmerge={(key) => void run(() => unmergeSource(key))}
                  busy={busy}
                />
              )}
            </div>
            <div className="sources-side">
              {canMerge && chosen.length >= 2 && (
                <MergeBar
                  key={chosen.map((s) => s.key).join('\n')}
                  chosen={chosen}
                  busy={busy}
                  error={error}
                  onMerge={(into, from, name) => void run(() => mergeSources(into, from, name))}
                  onClear={() => setSelected(new Set())}
                />
              )}
              {canMerge && chosen.length < 2 && error && <p role="alert">{error}</p>}
              {suggestions.length > 0 && (
                <section className="dash-card source-suggestions" aria-label={t('possiblyOne')}>
                  <h2>{t('possiblyOne')}</h2>
                  <p className="dash-note">{t('suggestionNote')}</p>
                  <ul>
                    {suggestions.map(({ keys: [a, b] }) => (
                      <li key={`${a}\n${b}`}>
                        <bdi dir="auto">{nameOf(a)}</bdi> · <bdi dir="auto">{nameOf(b)}</bdi>
                        <button type="button" className="link-button" onClick={() => setSelected(new Set([a, b]))}>
                          {t('selectBoth')}
                        </button>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
              {openKey && <SourceClaims sourceKey={openKey} refreshes={refreshes} />}
            </div>
          </div>
        )}
      </main>
    </div>
  );
}
