import type { MouseEvent } from 'react';
import { useT } from '../i18n/useT.ts';
import { chromeMessages } from './chrome.messages.ts';

/**
 * The first things a keyboard user reaches: jumps past the top bar to the
 * article text or the claims panel. Pages live in the URL hash, so a plain
 * `href="#id"` would navigate away; the click moves the focus instead (the
 * href stays for the link's semantics).
 */
export function SkipLinks() {
  const t = useT(chromeMessages);
  const jump = (selector: string) => (e: MouseEvent) => {
    e.preventDefault();
    const target = document.querySelector<HTMLElement>(selector);
    if (!target) return;
    // A landmark that is not focusable itself becomes focusable by script only, so Tab order is unchanged.
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    // The article scrolls its caret into view itself; a panel is brought to its top edge.
    target.focus({ preventScroll: true });
    if (target.id !== 'article-text') target.scrollIntoView({ block: 'nearest' });
  };
  return (
    <nav className="skip-links" aria-label={t('skipLinks')}>
      <a className="skip-link" href="#article-text" onClick={jump('#article-text')}>
        {t('skipToArticle')}
      </a>
      <a className="skip-link" href="#claims" onClick={jump('aside.sidebar')}>
        {t('skipToClaims')}
      </a>
    </nav>
  );
}
