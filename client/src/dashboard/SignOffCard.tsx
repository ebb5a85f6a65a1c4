import type { Drill } from '../../../shared/dashboard/drilldown.ts';
import type { DashboardFigures } from '../../../shared/dashboard/figures.ts';
import { COUNTED_STAGES } from '../../../shared/dashboard/sign-off.ts';
import { NumberButton } from './NumberButton.tsx';
import { SIGN_OFF_LABELS } from './signOffLabels.ts';

const lower = (s: string) => s.toLowerCase();

/**
 * Issue 12's sign-off on the dashboard: how many claims are ready, approved
 * and published (in their article's live publication), in total and per
 * article, each number opening the claims behind it. Published claims are
 * usually approved too, so the three do not add up to the total.
 */
export function SignOffCard({ figures, onDrill }: { figures: DashboardFigures; onDrill(d: Drill): void }) {
  const articles = figures.articles.filter((a) => COUNTED_STAGES.some((s) => a.signOff[s] > 0));
  return (
    <section className="dash-card dash-signoff" aria-labelledby="signoff-title" data-testid="signoff">
      <h2 id="signoff-title">Sign-off</h2>
      <ul className="status-legend" aria-label="Claims by sign-off">
        {COUNTED_STAGES.map((s) => (
          <li key={s} data-stage={s}>
            {SIGN_OFF_LABELS[s].en}{' '}
            <span lang="ar" className="legend-ar">
              {SIGN_OFF_LABELS[s].ar}
            </span>{' '}
            <NumberButton value={figures.signOff[s]} what={`${lower(SIGN_OFF_LABELS[s].en)} claims`} drill={{ kind: 'signOff', stage: s }} onDrill={onDrill} />
          </li>
        ))}
      </ul>
      {articles.length > 0 && (
        <table className="dash-table" data-testid="signoff-articles">
          <thead>
            <tr>
              <th scope="col">Article</th>
              {COUNTED_STAGES.map((s) => (
                <th key={s} scope="col">
                  {SIGN_OFF_LABELS[s].en}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {articles.map((a) => (
              <tr key={a.articleId} data-article-id={a.articleId}>
                <th scope="row" lang={a.lang} dir={a.dir}>
                  {a.title}
                </th>
                {COUNTED_STAGES.map((s) => (
                  <td key={s} data-stage={s}>
                    <NumberButton value={a.signOff[s]} what={`${lower(SIGN_OFF_LABELS[s].en)} claims in this article`} drill={{ kind: 'signOff', stage: s, articleId: a.articleId }} onDrill={onDrill} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
