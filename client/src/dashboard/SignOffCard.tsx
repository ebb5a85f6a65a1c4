import type { Drill } from '../../../shared/dashboard/drilldown.ts';
import type { DashboardFigures } from '../../../shared/dashboard/figures.ts';
import { COUNTED_STAGES, type SignOffStage } from '../../../shared/dashboard/sign-off.ts';
import { useT } from '../i18n/useT.ts';
import { dashboardMessages } from './dashboard.messages.ts';
import { NumberButton } from './NumberButton.tsx';
import { SIGN_OFF_LABELS } from './signOffLabels.ts';

/**
 * Issue 12's sign-off on the dashboard: how many claims are ready, approved
 * and published (in their article's live publication), in total and per
 * article, each number opening the claims behind it. Published claims are
 * usually approved too, so the three do not add up to the total.
 */
export function SignOffCard({ figures, onDrill }: { figures: DashboardFigures; onDrill(d: Drill): void }) {
  const t = useT(dashboardMessages);
  // A stage inside a phrase: lower case in English ("2 approved claims"), as is in Arabic.
  const stageWord = (s: SignOffStage) => (t.locale === 'en' ? SIGN_OFF_LABELS[s].en.toLowerCase() : SIGN_OFF_LABELS[s].ar);
  const articles = figures.articles.filter((a) => COUNTED_STAGES.some((s) => a.signOff[s] > 0));
  return (
    <section className="dash-card dash-signoff" aria-labelledby="signoff-title" data-testid="signoff">
      <h2 id="signoff-title">{t('signOff')}</h2>
      <ul className="status-legend" aria-label={t('claimsBySignOff')}>
        {COUNTED_STAGES.map((s) => (
          <li key={s} data-stage={s}>
            {SIGN_OFF_LABELS[s][t.locale]}{' '}
            <NumberButton value={figures.signOff[s]} label={t('stageClaims', { count: figures.signOff[s], stage: stageWord(s) })} drill={{ kind: 'signOff', stage: s }} onDrill={onDrill} />
          </li>
        ))}
      </ul>
      {articles.length > 0 && (
        <table className="dash-table" data-testid="signoff-articles">
          <thead>
            <tr>
              <th scope="col">{t('article')}</th>
              {COUNTED_STAGES.map((s) => (
                <th key={s} scope="col">
                  {SIGN_OFF_LABELS[s][t.locale]}
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
                    <NumberButton
                      value={a.signOff[s]}
                      label={t('stageClaimsInArticle', { count: a.signOff[s], stage: stageWord(s) })}
                      drill={{ kind: 'signOff', stage: s, articleId: a.articleId }}
                      onDrill={onDrill}
                    />
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
