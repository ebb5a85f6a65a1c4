import type { ArticleFigures, DashboardFigures } from '../../../shared/dashboard/figures.ts';
import { CLAIM_STATUSES, STATUS_INFO } from '../../../shared/domain/status.ts';
import { ProgressBar, StackedBar, StatusChart, percent, statusSummary } from './charts.tsx';
import { claimHref } from './claimLink.ts';
import { reviewerKey, type Drill } from '../../../shared/dashboard/drilldown.ts';
import { formatWhen, plural } from './format.ts';
import { NumberButton } from './NumberButton.tsx';

/** The dashboard's cards; each number is a button that lists the claims behind it. */

interface Common {
  figures: DashboardFigures;
  onDrill(d: Drill): void;
}

const lower = (s: string) => s.toLowerCase();

/** The articles in the figures by id, for the language and direction of the quotes listed. */
const articlesById = (figures: DashboardFigures): ReadonlyMap<string, ArticleFigures> => new Map(figures.articles.map((a) => [a.articleId, a]));

export function StatusCard({ figures, onDrill }: Common) {
  return (
    <section className="dash-card dash-status" aria-labelledby="status-title">
      <h2 id="status-title">
        Claims by status{' '}
        <span className="count">
          <NumberButton value={figures.total} what="claims in all" drill={{ kind: 'all' }} onDrill={onDrill} />
        </span>
      </h2>
      <StatusChart counts={figures.byStatus} />
      <ul className="status-legend" aria-label="Claims by status">
        {CLAIM_STATUSES.map((s) => (
          <li key={s} data-status={s}>
            <span className={`dot status-dot-${s}`} aria-hidden="true" />
            {STATUS_INFO[s].label.en}{' '}
            <span lang="ar" className="legend-ar">
              {STATUS_INFO[s].label.ar}
            </span>{' '}
            <NumberButton value={figures.byStatus[s]} what={`${lower(STATUS_INFO[s].label.en)} claims`} drill={{ kind: 'status', status: s }} onDrill={onDrill} />
          </li>
        ))}
        {figures.orphaned > 0 && (
          <li data-status="orphaned">
            Orphaned <NumberButton value={figures.orphaned} what="orphaned claims" drill={{ kind: 'orphaned' }} onDrill={onDrill} />
          </li>
        )}
      </ul>
    </section>
  );
}

export function ProgressCard({ figures, onDrill }: Common) {
  const { reviewed, total, share } = figures.progress;
  return (
    <section className="dash-card dash-progress" aria-labelledby="progress-title" data-testid="progress" data-reviewed={reviewed} data-total={total}>
      <h2 id="progress-title">Review progress</h2>
      <p className="progress-share">{share === null ? 'No claims yet' : `${percent(reviewed, total)} reviewed`}</p>
      <ProgressBar reviewed={reviewed} total={total} />
      <p className="progress-detail">
        <NumberButton value={reviewed} what="reviewed claims" drill={{ kind: 'reviewed' }} onDrill={onDrill} /> of{' '}
        <NumberButton value={total} what="claims" drill={{ kind: 'all' }} onDrill={onDrill} /> claims are no longer unreviewed.
      </p>
      <p className="progress-detail">
        Stale (unreviewed for more than {plural(figures.stale.days, 'day')}):{' '}
        <NumberButton value={figures.stale.count} what="stale claims" drill={{ kind: 'stale' }} onDrill={onDrill} />
      </p>
    </section>
  );
}

export function ArticlesCard({ figures, onDrill }: Common) {
  return (
    <section className="dash-card dash-articles" aria-labelledby="articles-title">
      <h2 id="articles-title">Articles</h2>
      <table className="dash-table" data-testid="articles">
        <thead>
          <tr>
            <th scope="col">Article</th>
            <th scope="col">Claims</th>
            <th scope="col">By status</th>
            <th scope="col">Reviewed</th>
            <th scope="col">Stale</th>
            <th scope="col">Last decision</th>
          </tr>
        </thead>
        <tbody>
          {figures.articles.map((a) => (
            <tr key={a.articleId} data-article-id={a.articleId}>
              <th scope="row">
                <a href={`#/articles/${encodeURIComponent(a.articleId)}`} lang={a.lang} dir={a.dir} className="dash-article-title">
                  {a.title}
                </a>
                {a.orphaned > 0 && <span className="orphan-flag">{a.orphaned} orphaned</span>}
              </th>
              <td>
                <NumberButton value={a.total} what={`claims in this article`} drill={{ kind: 'all', articleId: a.articleId }} onDrill={onDrill} />
              </td>
              <td className="dash-by-status">
                <StackedBar counts={a.byStatus} label={statusSummary(a.byStatus, { arabic: false })} testId="article-chart" />
                <span className="mini-counts">
                  {CLAIM_STATUSES.map((s) => (
                    <span key={s} className="mini-count" data-status={s}>
                      <span className={`dot status-dot-${s}`} aria-hidden="true" />
                      <NumberButton value={a.byStatus[s]} what={`${lower(STATUS_INFO[s].label.en)} claims in this article`} drill={{ kind: 'status', status: s, articleId: a.articleId }} onDrill={onDrill} />
                    </span>
                  ))}
                </span>
              </td>
              <td>
                <span className="dash-share">{a.progress.share === null ? '—' : percent(a.progress.reviewed, a.progress.total)}</span>
                <ProgressBar reviewed={a.progress.reviewed} total={a.progress.total} />
              </td>
              <td>
                <NumberButton value={a.stale} what="stale claims in this article" drill={{ kind: 'stale', articleId: a.articleId }} onDrill={onDrill} />
              </td>
              <td>{a.lastDecisionAt ? <time dateTime={a.lastDecisionAt}>{formatWhen(a.lastDecisionAt)}</time> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ReviewersCard({ figures, onDrill }: Common) {
  const list = figures.decisionsPerReviewer;
  return (
    <section className="dash-card" aria-labelledby="reviewers-title">
      <h2 id="reviewers-title">Decisions per reviewer</h2>
      {list.length === 0 ? (
        <p className="dash-empty">No decisions yet.</p>
      ) : (
        <ul className="dash-rows" data-testid="reviewers">
          {list.map((r) => (
            <li key={reviewerKey(r)} data-reviewer={reviewerKey(r)}>
              <span className="row-name">
                <bdi>{r.name}</bdi>
              </span>{' '}
              <span className="row-figure">
                <NumberButton value={r.decisions} what={`decisions by ${r.name}`} drill={{ kind: 'reviewer', key: reviewerKey(r) }} onDrill={onDrill} />{' '}
                {r.decisions === 1 ? 'decision' : 'decisions'}
              </span>{' '}
              <StackedBar counts={r.to} label={`${r.name}: ${CLAIM_STATUSES.filter((s) => r.to[s]).map((s) => `${r.to[s]} to ${STATUS_INFO[s].label.en}`).join(', ')}`} />
              <span className="row-note">
                {CLAIM_STATUSES.filter((s) => r.to[s] > 0)
                  .map((s) => `${r.to[s]} ${lower(STATUS_INFO[s].label.en)}`)
                  .join(' · ')}
                {' · last '}
                <time dateTime={r.lastAt}>{formatWhen(r.lastAt)}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function SourcesCard({ figures, onDrill }: Common) {
  return (
    <section className="dash-card" aria-labelledby="sources-title">
      <h2 id="sources-title">Claims per source</h2>
      {figures.sources.length === 0 ? (
        <p className="dash-empty">No sources named yet.</p>
      ) : (
        <ul className="dash-rows" data-testid="sources">
          {figures.sources.map((s) => (
            <li key={s.key} data-source={s.key} data-disputed={s.disputed}>
              <span className="row-name">
                <bdi>{s.name}</bdi>
              </span>{' '}
              <span className="row-figure">
                <NumberButton value={s.claims} what={`claims from ${s.name}`} drill={{ kind: 'source', key: s.key }} onDrill={onDrill} /> {s.claims === 1 ? 'claim' : 'claims'},{' '}
                <span className={s.disputed > 0 ? 'is-disputed' : undefined}>
                  <NumberButton value={s.disputed} what={`disputed claims from ${s.name}`} drill={{ kind: 'source', key: s.key, disputed: true }} onDrill={onDrill} /> disputed
                </span>
              </span>
              <StackedBar counts={s.byStatus} label={statusSummary(s.byStatus, { arabic: false }, s.name)} />
            </li>
          ))}
        </ul>
      )}
      {figures.unattributed > 0 && (
        <p className="dash-note">
          Without a source: <NumberButton value={figures.unattributed} what="claims without a source" drill={{ kind: 'unattributed' }} onDrill={onDrill} />
        </p>
      )}
    </section>
  );
}

export function RecentCard({ figures }: { figures: DashboardFigures }) {
  const articles = articlesById(figures);
  return (
    <section className="dash-card" aria-labelledby="recent-title">
      <h2 id="recent-title">Recent decisions</h2>
      {figures.recentDecisions.length === 0 ? (
        <p className="dash-empty">No decisions yet.</p>
      ) : (
        <ul className="dash-list" data-testid="recent">
          {figures.recentDecisions.map((d) => {
            const article = articles.get(d.articleId);
            return (
              <li key={`${d.claimId}@${d.at}@${d.to}`} data-claim-id={d.claimId} data-to={d.to}>
                <p className="list-line">
                  <bdi className="who">{d.by}</bdi> {d.from ? `moved a claim from ${STATUS_INFO[d.from].label.en} to` : 'captured a claim as'}{' '}
                  <span className={`status-word status-text-${d.to}`}>{STATUS_INFO[d.to].label.en}</span>
                  <time dateTime={d.at}>{formatWhen(d.at)}</time>
                </p>
                <a className="list-quote" href={claimHref(d.articleId, d.claimId)} lang={article?.lang} dir={article?.dir ?? 'auto'}>
                  {d.quote}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function StaleCard({ figures, nameOf, onDrill }: Common & { nameOf(id: string | null): string }) {
  const { stale } = figures;
  const articles = articlesById(figures);
  return (
    <section className="dash-card" aria-labelledby="stale-title">
      <h2 id="stale-title">
        Stale claims{' '}
        <span className="count">
          <NumberButton value={stale.count} what="stale claims" drill={{ kind: 'stale' }} onDrill={onDrill} />
        </span>
      </h2>
      <p className="dash-note">Unreviewed for more than {plural(stale.days, 'day')}, oldest first.</p>
      {stale.claims.length === 0 ? (
        <p className="dash-empty">Nothing is waiting that long.</p>
      ) : (
        <ul className="dash-list" data-testid="stale">
          {stale.claims.map((c) => {
            const article = articles.get(c.articleId);
            return (
              <li key={c.claimId} data-claim-id={c.claimId}>
                <p className="list-line">
                  <strong>{plural(c.ageDays, 'day')}</strong> unreviewed · {c.assigneeId ? <>assigned to <bdi>{nameOf(c.assigneeId)}</bdi></> : 'nobody assigned'}
                </p>
                <a className="list-quote" href={claimHref(c.articleId, c.claimId)} lang={article?.lang} dir={article?.dir ?? 'auto'}>
                  {c.quote}
                </a>
              </li>
            );
          })}
        </ul>
      )}
      {stale.count > stale.claims.length && <p className="dash-note">and {stale.count - stale.claims.length} more.</p>}
    </section>
  );
}
