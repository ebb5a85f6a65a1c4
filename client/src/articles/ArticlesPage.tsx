import { useEffect, useMemo, useState } from 'react';
import type { PublicUser } from '../../../shared/domain/schemas.ts';
import { permissionsFor } from '../account/permissions.ts';
import { AccountMenu } from '../chrome/AccountMenu.tsx';
import { TopBar } from '../chrome/TopBar.tsx';
import type { ArticleSummary } from '../state/api.ts';
import { articlesApi, type ArticlesApi } from './articlesApi.ts';
import { ArticleList } from './ArticleList.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { useT } from '../i18n/useT.ts';
import { articlesMessages } from './articles.messages.ts';

export interface ArticlesPageProps {
  user: PublicUser;
  /** The article open last, for the account menu. */
  articlesHref: string;
  onSignOut(): void;
  onUnauthenticated(): void;
  api?: ArticlesApi;
}

/** #/articles: the articles of the workspace, and for editors the import of a new one, which then opens. */
export function ArticlesPage({ user, articlesHref, onSignOut, onUnauthenticated, api = articlesApi }: ArticlesPageProps) {
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const t = useT(articlesMessages);
  const permissions = useMemo(() => permissionsFor(user), [user]);
  const currentId = /^#\/articles\/([A-Za-z0-9_-]+)/.exec(articlesHref)?.[1] ?? null;

  // A page of its own: it opens at the top, not where the reader was scrolled to.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, []);

  useEffect(() => {
    let live = true;
    void api.list().then((r) => {
      if (!live) return;
      if (r.ok) return setArticles(r.articles);
      if (r.error.code === 'unauthenticated') return onUnauthenticated();
      setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, onUnauthenticated]);

  return (
    <div className="app">
      <TopBar page="articles" right={<AccountMenu user={user} page="workspace" articlesHref={articlesHref} onSignOut={onSignOut} />} />
      <main className="articles-page">
        <section className="articles-section" aria-labelledby="articles-heading">
          <h1 id="articles-heading">
            {t('heading')}
          </h1>
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : articles === null ? (
            <p className="loading" role="status">
              {t('loading')}
            </p>
          ) : (
            <ArticleList articles={articles} currentId={currentId} />
          )}
        </section>
        {permissions.importArticle && <ImportPanel api={api} onImported={(a) => (window.location.hash = `#/articles/${a.id}`)} />}
      </main>
    </div>
  );
}
