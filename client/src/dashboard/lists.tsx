import type { ArticleFigures, DashboardFigures } from '../../../shared/dashboard/figures.ts';
import type { Drill } from '../../../shared/dashboard/drilldown.ts';
import { STATUS_INFO } from '../../../shared/domain/status.ts';
import { useT } from '../i18n/useT.ts';
import { claimHref } from './claimLink.ts';
import { dashboardMessages } from './dashboard.messages.ts';
import { NumberButton } from './NumberButton.tsx';
import { Rich } from './Rich.tsx';

/** The dashboard's two cards that list claims: the latest decisions and the claims waiting longest. */

/** The articles in the figures by id, for the language and direction of the quotes listed. */
const articlesById = (figures: DashboardFigures): ReadonlyMap<string, ArticleFigures> => new Map(figures.articles.map((a) => [a.articleId, a]));

export function RecentCard({ figures }: { figures: DashboardFigures }) {
  const t = useT(dashboardMessages);
  const articles = articlesById(figures);
  return (
    <section className="dash-card" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('recentDecisions')}</h2>
      {figures.recentDecisions.length === 0 ? (
        <p className="dash-empty">{t('noDecisions')}</p>
      ) : (
        <ul className="dash-list" data-testid="recent">
          {figures.recentDecisions.map((d) => {
            const article = articles.get(d.articleId);
            const who = <bdi className="who">{d.by}</bdi>;
            const to = <span className={`status-word status-text-${d.to}`}>{STATUS_INFO[d.to].label[t.locale]}</span>;
            return (
              <li key={`${d.claimId}@${d.at}@${d.to}`} data-claim-id={d.claimId} data-to={d.to}>
                <p className="list-line">
                  {d.from ? <Rich t={t} message="movedClaim" slots={{ who, from: STATUS_INFO[d.from].label[t.locale], to }} /> : <Rich t={t} message="capturedClaim" slots={{ who, to }} />}
                  <time dateTime={d.at}>{t.format.dateTime(d.at)}</time>
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

export function StaleCard({ figures, nameOf, onDrill }: { figures: DashboardFigures; onDrill(d: Drill): void; nameOf(id: string | null): string }) {
  const t = useT(dashboardMessages);
  const { stale } = figures;
  const articles = articlesById(figures);
  return (
    <section className="dash-card" aria-labelledby="stale-title">
      <h2 id="stale-title">
        {t('staleTitle')}{' '}
        <span className="count">
          <NumberButton value={stale.count} label={t('staleClaims', { count: stale.count })} drill={{ kind: 'stale' }} onDrill={onDrill} />
        </span>
      </h2>
      <p className="dash-note">{t('staleNote', { days: t('days', { count: stale.days }) })}</p>
      {stale.claims.length === 0 ? (
        <p className="dash-empty">{t('nothingWaiting')}</p>
      ) : (
        <ul className="dash-list" data-testid="stale">
          {stale.claims.map((c) => {
            const article = articles.get(c.articleId);
            return (
              <li key={c.claimId} data-claim-id={c.claimId}>
                <p className="list-line">
                  <Rich t={t} message="unreviewedFor" slots={{ age: <strong>{t('days', { count: c.ageDays })}</strong> }} /> ·{' '}
                  {c.assigneeId ? <Rich t={t} message="assignedTo" slots={{ name: <bdi>{nameOf(c.assigneeId)}</bdi> }} /> : t('nobodyAssigned')}
                </p>
                <a className="list-quote" href={claimHref(c.articleId, c.claimId)} lang={article?.lang} dir={article?.dir ?? 'auto'}>
                  {c.quote}
                </a>
              </li>
            );
          })}
        </ul>
      )}
      {stale.count > stale.claims.length && <p className="dash-note">{t('andMore', { count: stale.count - stale.claims.length })}</p>}
    </section>
  );
}
