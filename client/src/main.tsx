// First: configures zod before any shared schema is built (see the module).
import './zodConfig.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { installPresenceColors } from './presence/presenceHighlights.ts';
import { installStatusStyles } from './theme/statusStyles.ts';
import './styles.css';
import './layout/phone.css';
import { applyToDocument } from './i18n/locale.ts';

applyToDocument();
installStatusStyles();
installPresenceColors();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The app shell for offline reloads (see public/sw.js). Not in development,
// where Vite serves modules that must never come from a cache.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without it the app still works online; only offline reloads need it.
    });
  });
}
