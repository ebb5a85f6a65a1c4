// First: configures zod before any shared schema is built (see the module).
import './zodConfig.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { installStatusStyles } from './theme/statusStyles.ts';
import './styles.css';

installStatusStyles();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
