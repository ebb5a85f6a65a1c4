import type { ReactNode } from 'react';

/** The frame of the pages shown before the workspace: brand, a title and a card. */
export function AuthLayout({ title, intro, children }: { title: ReactNode; intro?: ReactNode; children: ReactNode }) {
  return (
    <main className="welcome">
      <p className="brand brand-large">
        Isnad · <span lang="ar">إسناد</span>
      </p>
      <p className="tagline">Check the claims in a news story, together.</p>
      <section className="auth-card" aria-labelledby="auth-title">
        <h1 id="auth-title">{title}</h1>
        {intro && <div className="hint">{intro}</div>}
        {children}
      </section>
    </main>
  );
}
