import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';
import { chromeMessages } from './chrome.messages.ts';

/**
 * The bar across the top of every signed-in page. On a phone the links and
 * the right-hand part fold into a menu (phone.css); on wider screens the
 * menu's box is `display: contents`, so the bar lays out as before.
 */
export function TopBar({ children, right, page }: { children?: ReactNode; right: ReactNode; page?: 'dashboard' | 'articles' | 'sources' }) {
  const t = useT(chromeMessages);
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  // An open menu closes on Escape (focus back on its button), on a tap elsewhere and on navigation.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!(e.target instanceof Node) || menu.current?.contains(e.target) || toggle.current?.contains(e.target)) return;
      setOpen(false);
    };
    const close = () => setOpen(false);
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    window.addEventListener('hashchange', close);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('hashchange', close);
    };
  }, [open]);

  return (
    <header className="topbar">
      <div className="brand">
        {t('brand')}
      </div>
      {children}
      <button ref={toggle} type="button" className="menu-toggle" aria-expanded={open} aria-controls={menuId} onClick={() => setOpen((o) => !o)}>
        {t('menu')}
      </button>
      <div ref={menu} id={menuId} className={open ? 'topbar-menu is-open' : 'topbar-menu'}>
        <a className="nav-link" href="#/articles" aria-current={page === 'articles' ? 'page' : undefined}>
          {t('articles')}
        </a>
        <a className="nav-link" href="#/dashboard" aria-current={page === 'dashboard' ? 'page' : undefined}>
          {t('dashboard')}
        </a>
        <a className="nav-link" href="#/sources" aria-current={page === 'sources' ? 'page' : undefined}>
          {t('sources')}
        </a>
        <div className="topbar-right">{right}</div>
      </div>
    </header>
  );
}
