import type { ReactNode } from 'react';

/** The bar across the top of every signed-in page. */
export function TopBar({ children, right }: { children?: ReactNode; right: ReactNode }) {
  return (
    <header className="topbar">
      <div className="brand">
        Isnad <span aria-hidden="true">·</span> <span lang="ar">إسناد</span>
      </div>
      {children}
      <div className="topbar-right">{right}</div>
    </header>
  );
}
