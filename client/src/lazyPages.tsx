import { lazy, Suspense, type ReactNode } from 'react';
import { chromeMessages } from './chrome/chrome.messages.ts';
import { useT } from './i18n/useT.ts';

/**
 * Pages and panels a reader does not need to see the article, loaded on
 * demand so the reader route's JavaScript stays small on phones (measured
 * by tests/bench/client-size.ts). Each becomes its own chunk; the first
 * visit to it fetches that chunk once. The service worker keeps every
 * chunk (client/public/sw.js), so they open offline too.
 */
export const ResetPasswordPage = lazy(() => import('./account/ResetPasswordPage.tsx').then((m) => ({ default: m.ResetPasswordPage })));
export const UsersPage = lazy(() => import('./admin/UsersPage.tsx').then((m) => ({ default: m.UsersPage })));
export const ArticlesPage = lazy(() => import('./articles/ArticlesPage.tsx').then((m) => ({ default: m.ArticlesPage })));
export const DashboardPage = lazy(() => import('./dashboard/DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })));
export const SourcesPage = lazy(() => import('./sources/SourcesPage.tsx').then((m) => ({ default: m.SourcesPage })));
export const LoginPage = lazy(() => import('./account/LoginPage.tsx').then((m) => ({ default: m.LoginPage })));
export const SetupPage = lazy(() => import('./account/SetupPage.tsx').then((m) => ({ default: m.SetupPage })));
export const AcceptInvitePage = lazy(() => import('./account/AcceptInvitePage.tsx').then((m) => ({ default: m.AcceptInvitePage })));
export const RevisionEditor = lazy(() => import('./revisions/RevisionEditor.tsx').then((m) => ({ default: m.RevisionEditor })));
export const RevisionHistory = lazy(() => import('./revisions/RevisionHistory.tsx').then((m) => ({ default: m.RevisionHistory })));
// Within the article: what opens when someone picks a claim, a sidebar tab,
// find, suggested claims, or re-attaching an orphan (each a click away from reading).
export const ClaimDetails = lazy(() => import('./claims/ClaimDetails.tsx').then((m) => ({ default: m.ClaimDetails })));
export const ArticleReports = lazy(() => import('./reports/ArticleReports.tsx').then((m) => ({ default: m.ArticleReports })));
export const ActivityPanel = lazy(() => import('./history/ActivityPanel.tsx').then((m) => ({ default: m.ActivityPanel })));
export const ArticleFind = lazy(() => import('./search/ArticleFind.tsx').then((m) => ({ default: m.ArticleFind })));
export const SuggestionLayer = lazy(() => import('./suggestions/SuggestionLayer.tsx').then((m) => ({ default: m.SuggestionLayer })));
export const DeletedClaims = lazy(() => import('./claims/DeletedClaims.tsx').then((m) => ({ default: m.DeletedClaims })));
export const ReattachBar = lazy(() => import('./revisions/ReattachBar.tsx').then((m) => ({ default: m.ReattachBar })));
// On phones, the selected claim's sheet (a claim's details load with it anyway).
export const ClaimSheet = lazy(() => import('./layout/ClaimSheet.tsx').then((m) => ({ default: m.ClaimSheet })));

/** What shows while a page's chunk loads (a fraction of a second on a slow phone). */
export function PageLoading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

function Loading() {
  const t = useT(chromeMessages);
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}

