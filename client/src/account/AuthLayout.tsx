import type { ReactNode } from 'react';
import { chromeMessages } from '../chrome/chrome.messages.ts';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import { useT } from '../i18n/useT.ts';

/** The frame of the pages shown before the workspace: brand, a title and a card. */
export function AuthLayout({ title, intro, children }: { title: ReactNode; intro?: ReactNode; children: ReactNode }) {
  const t = useT(chromeMessages);
  return (
    <main className="welcome">
      <LanguageSwitch signedIn={false} />
      <p className="brand brand-large">{t('brand')}</p>
      <p className="tagline">{t('tagline')}</p>
      <section className="auth-card" aria-labelledby="auth-title">
        <h1 id="auth-title">{title}</h1>
        {intro && <div className="hint">{intro}</div>}
        {children}
      </section>
    </main>
  );
}
