import { lazy, Suspense, type ReactNode } from 'react';

/**
 * Pages and panels a reader does not need to see the article, loaded on
 * demand so the reader route's JavaScript stays small on phones (measured
 * by tests/bench/client-size.ts). Each becomes its own chunk; the first
 * visit to it fetches that chunk once.
 */
export const UsersPage = lazy(() => import('./admin/UsersPage.tsx').then((m) => ({ default: m.UsersPage })));
export const ArticlesPage = lazy(() => import('./articles/ArticlesPage.tsx').then((m) => ({ default: m.ArticlesPage })));
export const DashboardPage = lazy(() => import('./dashboard/DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })));
export const SetupPage = lazy(() => import('./account/SetupPage.tsx').then((m) => ({ default: m.SetupPage })));
export const AcceptInvitePage = lazy(() => import('./account/AcceptInvitePage.tsx').then((m) => ({ default: m.AcceptInvitePage })));
export const RevisionEditor = lazy(() => import('./revisions/RevisionEditor.tsx').then((m) => ({ default: m.RevisionEditor })));
export const RevisionHistory = lazy(() => import('./revisions/RevisionHistory.tsx').then((m) => ({ default: m.RevisionHistory })));

/** What shows while a page's chunk loads (a fraction of a second on a slow phone). */
export function PageLoading({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <p className="loading" role="status">
          Loading…
        </p>
      }
    >
      {children}
    </Suspense>
  );
}
