import { useCallback, useEffect, useRef, useState } from 'react';
import type { PublicUser } from '../../shared/domain/schemas.ts';
import { accountApi, type AccountApi } from './account/accountApi.ts';
import { AuthLayout } from './account/AuthLayout.tsx';
import { permissionsFor } from './account/permissions.ts';
import { forgetSession, rememberedSessionUser, rememberSessionUser } from './account/sessionCache.ts';
import { AccountMenu } from './chrome/AccountMenu.tsx';
import { TopBar } from './chrome/TopBar.tsx';
import { AcceptInvitePage, ArticlesPage, DashboardPage, LoginPage, PageLoading, ResetPasswordPage, SetupPage, SourcesPage, UsersPage } from './lazyPages.tsx';
import { routeFromHash, type Route } from './routes.ts';
import { Workspace } from './Workspace.tsx';
import { appMessages } from './app.messages.ts';
import { applyAccountLanguage } from './i18n/accountLanguage.ts';
import { translator, useT } from './i18n/useT.ts';

type Session =
  | { phase: 'checking' }
  | { phase: 'setup' }
  | { phase: 'signedOut'; notice?: string }
  | { phase: 'signedIn'; user: PublicUser }
  | { phase: 'error'; message: string };

/**
 * Decides which page to show: the first-admin setup while the workspace has
 * no account, sign-in without a session, the invitation page for invite
 * links, and otherwise the workspace (or, for admins, the users page).
 */
export function App({ api = accountApi }: { api?: AccountApi }) {
  const t = useT(appMessages);
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));
  const [session, setSession] = useState<Session>({ phase: 'checking' });
  /** The article last open, for the way back from the users page. */
  const lastArticle = useRef('#/');

  useEffect(() => {
    const onHash = () => {
      const next = routeFromHash(window.location.hash);
      if (next.page === 'workspace' && window.location.hash.startsWith('#/articles/')) lastArticle.current = window.location.hash;
      setRoute(next);
    };
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const check = useCallback(async () => {
    setSession({ phase: 'checking' });
    // The server out of reach (status 0) is not a reason to stop working:
    // whoever was signed in here gets their workspace from this browser's copy.
    const offline = (status: number) => {
      const remembered = status === 0 ? rememberedSessionUser() : null;
      if (remembered) setSession({ phase: 'signedIn', user: remembered });
      return remembered !== null;
    };
    const setup = await api.setupNeeded();
    if (!setup.ok) return offline(setup.status) || setSession({ phase: 'error', message: setup.error.message });
    if (setup.needed) return setSession({ phase: 'setup' });
    const me = await api.me();
    if (me.ok) setSession({ phase: 'signedIn', user: me.user });
    else if (me.error.code === 'unauthenticated') setSession({ phase: 'signedOut' });
    else if (!offline(me.status)) setSession({ phase: 'error', message: me.error.message });
  }, [api]);

  useEffect(() => {
    if (session.phase === 'signedIn') {
      rememberSessionUser(session.user);
      applyAccountLanguage(session.user);
    }
    else if (session.phase === 'signedOut') forgetSession();
  }, [session]);

  useEffect(() => {
    void check();
  }, [check]);

  const signedIn = useCallback((user: PublicUser) => setSession({ phase: 'signedIn', user }), []);
  const sessionLost = useCallback(() => setSession({ phase: 'signedOut', notice: translator(appMessages)('sessionEnded') }), []);
  const signOut = useCallback(async () => {
    const me = rememberedSessionUser();
    await api.logout();
    forgetSession(me?.id);
    setSession({ phase: 'signedOut' });
  }, [api]);
  /** Leaves the invitation page; the token should not stay in the address bar or history. */
  const leaveInvite = useCallback((user: PublicUser) => {
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
    setRoute({ page: 'workspace' });
    signedIn(user);
  }, [signedIn]);

  if (route.page === 'invite') {
    return (
      <PageLoading>
        <AcceptInvitePage
          token={route.token}
          loadInvite={api.invite}
          onAccept={api.acceptInvite}
          onDone={leaveInvite}
          signedInAs={session.phase === 'signedIn' ? session.user.name : null}
        />
      </PageLoading>
    );
  }

  if (route.page === 'reset') {
    return (
      <PageLoading>
        <ResetPasswordPage token={route.token} loadReset={api.resetStatus} onReset={api.resetPassword} onDone={leaveInvite} />
      </PageLoading>
    );
  }

  switch (session.phase) {
    case 'checking':
      return (
        <p className="loading" role="status">
          {t('opening')}
        </p>
      );
    case 'error':
      return (
        <AuthLayout title={t('couldNotOpen')}>
          <p className="form-error" role="alert">
            {session.message}
          </p>
          <div className="form-actions">
            <button type="button" className="primary" onClick={() => void check()}>
              {t('tryAgain')}
            </button>
          </div>
        </AuthLayout>
      );
    case 'setup':
      return (
        <PageLoading>
          <SetupPage onSetup={api.setup} onDone={signedIn} />
        </PageLoading>
      );
    case 'signedOut':
      return (
        <PageLoading>
          <LoginPage onLogin={api.login} onDone={signedIn} notice={session.notice} />
        </PageLoading>
      );
    case 'signedIn':
      break;
  }

  const { user } = session;
  if (route.page === 'users') {
    return (
      <div className="app">
        <TopBar right={<AccountMenu user={user} page="users" articlesHref={lastArticle.current} onSignOut={() => void signOut()} />} />
        {permissionsFor(user).manageUsers ? (
          <PageLoading>
            <UsersPage currentUser={user} api={api} onSelfChanged={signedIn} />
          </PageLoading>
        ) : (
          <div className="page-message">
            <p className="form-error" role="alert">
              {t('adminsOnly')}
            </p>
            <p>
              <a className="nav-link" href={lastArticle.current}>
                {t('backToArticles')}
              </a>
            </p>
          </div>
        )}
      </div>
    );
  }
  if (route.page === 'articles') {
    return (
      <PageLoading>
        <ArticlesPage key={user.id} user={user} articlesHref={lastArticle.current} onSignOut={() => void signOut()} onUnauthenticated={sessionLost} />
      </PageLoading>
    );
  }
  if (route.page === 'dashboard') {
    return (
      <PageLoading>
        <DashboardPage key={user.id} user={user} articlesHref={lastArticle.current} onSignOut={() => void signOut()} onUnauthenticated={sessionLost} />
      </PageLoading>
    );
  }
  if (route.page === 'sources') {
    return (
      <PageLoading>
        <SourcesPage key={user.id} user={user} articlesHref={lastArticle.current} onSignOut={() => void signOut()} onUnauthenticated={sessionLost} />
      </PageLoading>
    );
  }
  return <Workspace key={user.id} user={user} onSignOut={() => void signOut()} onUnauthenticated={sessionLost} />;
}
