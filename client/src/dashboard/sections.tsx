import type { DashboardFigures } from '../../../shared/dashboard/figures.ts';
import { CLAIM_STATUSES, STATUS_INFO, type ClaimStatus } from '../../../shared/domain/status.ts';
import { useT, type Translator } from '../i18n/useT.ts';
import { ProgressBar, StackedBar, StatusChart, statusSummary } from './charts.tsx';
import { reviewerKey, type Drill } from '../../../shared/dashboard/drilldown.ts';
import { dashboardMessages } from './dashboard.messages.ts';
import { listSeparator, shareOf } from './format.ts';
import { NumberButton } from './NumberButton.tsx';
import { Rich } from './Rich.tsx';

/** The dashboard's cards of figures (the lists of claims are in lists.tsx); each number is a button that lists the claims behind it. */

interface Common {
  figures: DashboardFigures;
  onDrill(d: Drill): void;
}
type T = Translator<typeof dashboardMessages>;

/** A status inside a phrase: lower case in English ("3 disputed claims"), as is in Arabic. */
const statusWord = (t: T, s: ClaimStatus) => (t.locale === 'en' ? STATUS_INFO[s].label.en.toLowerCase() : STATUS_INFO[s].label.ar);

export function StatusCard({ figures, onDrill }: Common) {
  const t = useT(dashboardMessages);
  return (
    <section className="dash-card dash-status" aria-labelledby="status-title">
      <h2 id="status-title">
        {t('claimsByStatus')}{' '}
        <span className="count">
          <NumberButton value={figures.total} label={t('claimsInAll', { count: figures.total })} drill={{ kind: 'all' }} onDrill={onDrill} />
        </span>
      </h2>
      <StatusChart counts={figures.byStatus} />
      <ul className="status-legend" aria-label={t('claimsByStatus')}>
        {CLAIM_STATUSES.map((s) => (
          <li key={s} data-status={s}>
            <span className={`dot status-dot-${s}`} aria-hidden="true" />
            {STATUS_INFO[s].label[t.locale]}{' '}
            <NumberButton value={figures.byStatus[s]} label={t('statusClaims', { count: figures.byStatus[s], status: statusWord(t, s) })} drill={{ kind: 'status', status: s }} onDrill={onDrill} />
          </li>
        ))}
        {figures.orphaned > 0 && (
          <li data-status="orphaned">
            {t('orphaned')} <NumberButton value={figures.orphaned} label={t('orphanedClaims', { count: figures.orphaned })} drill={{ kind: 'orphaned' }} onDrill={onDrill} />
          </li>
        )}
      </ul>
    </section>
  );
}

export function ProgressCard({ figures, onDrill }: Common) {
  const t = useT(dashboardMessages);
  const { reviewed, total, share } = figures.progress;
  return (
    <section className="dash-card dash-progress" aria-labelledby="progress-title" data-testid="progress" data-reviewed={reviewed} data-total={total}>
      <h2 id="progress-title">{t('reviewProgress')}</h2>
      <p className="progress-share">{share === null ? t('noClaimsYet') : t('shareReviewed', { share: shareOf(t.format.percent, reviewed, total) })}</p>
      <ProgressBar reviewed={reviewed} total={total} />
      <p className="progress-detail">
        <Rich t={t} message="progressDetail" slots={{
          reviewed: <NumberButton value={reviewed} label={t('reviewedClaims', { count: reviewed })} drill={{ kind: 'reviewed' }} onDrill={onDrill} />,
          total: <NumberButton value={total} label={t('claims', { count: total })} drill={{ kind: 'all' }} onDrill={onDrill} />,
        }} />
      </p>
      <p className="progress-detail">
        <Rich t={t} message="staleLine" slots={{
          days: t('days', { count: figures.stale.days }),
          count: <NumberButton value={figures.stale.count} label={t('staleClaims', { count: figures.stale.count })} drill={{ kind: 'stale' }} onDrill={onDrill} />,
        }} />
      </p>
    </section>
  );
}

export function ArticlesCard({ figures, onDrill }: Common) {
  const t = useT(dashboardMessages);
  return (
    <section className="dash-card dash-articles" aria-labelledby="articles-title">
      <h2 id="articles-title">{t('articles')}</h2>
      <table className="dash-table" data-testid="articles">
        <thead>
          <tr>
            <th scope="col">{t('article')}</th>
            <th scope="col">{t('claimsColumn')}</th>
            <th scope="col">{t('byStatus')}</th>
            <th scope="col">{t('reviewed')}</th>
            <th scope="col">{t('stale')}</th>
            <th scope="col">{t('lastDecision')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.articles.map((a) => (
            <tr key={a.articleId} data-article-id={a.articleId}>
              <th scope="row">
                <a href={`#/articles/${encodeURIComponent(a.articleId)}`} lang={a.lang} dir={a.dir} className="dash-article-title">
                  {a.title}
                </a>
                {a.orphaned > 0 && <span className="orphan-flag">{t('orphanedCount', { count: a.orphaned })}</span>}
              </th>
              <td>
                <NumberButton value={a.total} label={t('claimsInArticle', { count: a.total })} drill={{ kind: 'all', articleId: a.articleId }} onDrill={onDrill} />
              </td>
              <td className="dash-by-status">
                <StackedBar counts={a.byStatus} label={statusSummary(a.byStatus, t)} testId="article-chart" />
                <span className="mini-counts">
                  {CLAIM_STATUSES.map((s) => (
                    <span key={s} className="mini-count" data-status={s}>
                      <span className={`dot status-dot-${s}`} aria-hidden="true" />
                      <NumberButton
                        value={a.byStatus[s]}
                        label={t('statusClaimsInArticle', { count: a.byStatus[s], status: statusWord(t, s) })}
                        drill={{ kind: 'status', status: s, articleId: a.articleId }}
                        onDrill={onDrill}
                      />
                    </span>
                  ))}
                </span>
              </td>
              <td>
                <span className="dash-share">{a.progress.share === null ? '—' : shareOf(t.format.percent, a.progress.reviewed, a.progress.total)}</span>
                <ProgressBar reviewed={a.progress.reviewed} total={a.progress.total} />
              </td>
              <td>
                <NumberButton value={a.stale} label={t('staleInArticle', { count: a.stale })} drill={{ kind: 'stale', articleId: a.articleId }} onDrill={onDrill} />
              </td>
              <td>{a.lastDecisionAt ? <time dateTime={a.lastDecisionAt}>{t.format.dateTime(a.lastDecisionAt)}</time> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ReviewersCard({ figures, onDrill }: Common) {
  const t = useT(dashboardMessages);
  const list = figures.decisionsPerReviewer;
  const sep = listSeparator(t.locale);
  return (
    <section className="dash-card" aria-labelledby="reviewers-title">
      <h2 id="reviewers-title">{t('decisionsPerReviewer')}</h2>
      {list.length === 0 ? (
        <p className="dash-empty">{t('noDecisions')}</p>
      ) : (
        <ul className="dash-rows" data-testid="reviewers">
          {list.map((r) => (
            <li key={reviewerKey(r)} data-reviewer={reviewerKey(r)}>
              <span className="row-name">
                <bdi>{r.name}</bdi>
              </span>{' '}
              <span className="row-figure">
                <NumberButton value={r.decisions} label={t('decisionsBy', { count: r.decisions, name: r.name })} drill={{ kind: 'reviewer', key: reviewerKey(r) }} onDrill={onDrill} />{' '}
                {t('decisionWord', { count: r.decisions })}
              </span>{' '}
              <StackedBar
                counts={r.to}
                label={`${r.name}: ${CLAIM_STATUSES.filter((s) => r.to[s])
                  .map((s) => t('toStatus', { count: r.to[s], status: STATUS_INFO[s].label[t.locale] }))
                  .join(sep)}`}
              />
              <span className="row-note">
                {CLAIM_STATUSES.filter((s) => r.to[s] > 0)
                  .map((s) => `${t.format.number(r.to[s])} ${statusWord(t, s)}`)
                  .join(' · ')}
                {' · '}
                <Rich t={t} message="lastAt" slots={{ time: <time dateTime={r.lastAt}>{t.format.dateTime(r.lastAt)}</time> }} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function SourcesCard({ figures, onDrill }: Common) {
  const t = useT(dashboardMessages);
  return (
    <section className="dash-card" aria-labelledby="sources-title">
      <h2 id="sources-title">{t('claimsPerSource')}</h2>
      {figures.sources.length === 0 ? (
        <p className="dash-empty">{t('noSources')}</p>
      ) : (
        <ul className="dash-rows" data-testid="sources">
          {figures.sources.map((s) => (
            <li key={s.key} data-source={s.key} data-disputed={s.disputed}>
              <span className="row-name">
                <bdi>{s.name}</bdi>
              </span>{' '}
              <span className="row-figure">
                <NumberButton value={s.claims} label={t('claimsFrom', { count: s.claims, name: s.name })} drill={{ kind: 'source', key: s.key }} onDrill={onDrill} />{' '}
                {t('claimWord', { count: s.claims })}
                {listSeparator(t.locale)}
                <span className={s.disputed > 0 ? 'is-disputed' : undefined}>
                  <NumberButton value={s.disputed} label={t('disputedFrom', { count: s.disputed, name: s.name })} drill={{ kind: 'source', key: s.key, disputed: true }} onDrill={onDrill} />{' '}
                  {t('disputedWord')}
                </span>
              </span>
              <StackedBar counts={s.byStatus} label={statusSummary(s.byStatus, t, s.name)} />
            </li>
          ))}
        </ul>
      )}
      {figures.unattributed > 0 && (
        <p className="dash-note">
          {t('withoutSource')}{' '}
          <NumberButton value={figures.unattributed} label={t('withoutSourceClaims', { count: figures.unattributed })} drill={{ kind: 'unattributed' }} onDrill={onDrill} />
        </p>
      )}
    </section>
  );
}
