import { reviewerKey, type Drill } from '../../../shared/dashboard/drilldown.ts';
import type { DashboardFigures } from '../../../shared/dashboard/figures.ts';
import { STATUS_INFO } from '../../../shared/domain/status.ts';
import type { Translator } from '../i18n/useT.ts';
import type { drillMessages } from './drill.messages.ts';
import { SIGN_OFF_LABELS } from './signOffLabels.ts';

/** Names inside sentences are isolated, so an Arabic title cannot reorder the words around it in English (or the reverse). */
const isolate = (s: string) => `\u2068${s}\u2069`;

/** What the drill-down panel lists, in words: "Disputed claims in ⁨A second article⁩". */
export function drillTitle(drill: Drill, figures: DashboardFigures, staleDays: number, t: Translator<typeof drillMessages>): string {
  const article = 'articleId' in drill && drill.articleId ? figures.articles.find((a) => a.articleId === drill.articleId) : undefined;
  const inArticle = (title: string) => (article ? t('inArticle', { title, article: isolate(article.title) }) : title);
  switch (drill.kind) {
    case 'all':
      return article ? inArticle(t('claims')) : t('allClaims');
    case 'status':
      return inArticle(t('statusClaims', { status: STATUS_INFO[drill.status].label[t.locale] }));
    case 'reviewed':
      return inArticle(t('reviewedClaims'));
    case 'orphaned':
      return inArticle(t('orphanedClaims'));
    case 'stale':
      return inArticle(t('staleClaims', { count: staleDays }));
    case 'source': {
      const name = isolate(figures.sources.find((s) => s.key === drill.key)?.name ?? drill.key);
      return drill.disputed ? t('disputedFrom', { name }) : t('claimsFrom', { name });
    }
    case 'unattributed':
      return t('unattributed');
    case 'reviewer': {
      const name = figures.decisionsPerReviewer.find((r) => reviewerKey(r) === drill.key)?.name ?? drill.key.replace(/^name:/, '');
      return t('decidedBy', { name: isolate(name) });
    }
    case 'signOff':
      return inArticle(t('statusClaims', { status: SIGN_OFF_LABELS[drill.stage][t.locale] }));
  }
}
