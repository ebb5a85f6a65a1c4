import type { ReactNode } from 'react';

/** The bar across the top of every signed-in page. */
export function TopBar({ children, right, page }: { children?: ReactNode; right: ReactNode; page?: 'dashboard' | 'articles' | 'sources' }) {
  return (
    <header className="topbar">
      <div className="brand">
        Isnad <span aria-hidden="true">·</span> <span lang="ar">إسناد</span>
      </div>
      {children}
      <a className="nav-link" href="#/articles" aria-current={page === 'articles' ? 'page' : undefined}>
        Articles
      </a>
      <a className="nav-link" href="#/dashboard" aria-current={page === 'dashboard' ? 'page' : undefined}>
        Dashboard
      </a>
      <a className="nav-link" href="#/sources" aria-current={page === 'sources' ? 'page' : undefined}>
        Sources
      </a>
      <div className="topbar-right">{right}</div>
    </header>
  );
}
