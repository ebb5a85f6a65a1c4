import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The client lives in client/; `vite build` writes dist/client, which the
// server serves. In `npm run dev`, Vite proxies the API and the socket to the
// server on API_PORT (default 3001) so both hot-reload.
const apiPort = process.env.API_PORT ?? '3001';

/**
 * Writes offline-assets.json: every script and style of the build. index.html
 * names only what the reader loads at first; the service worker also keeps
 * the chunks loaded on demand (a claim's details, the tabs, find), so they
 * open offline even if never opened online before (client/public/sw.js).
 */
function offlineAssetList(): Plugin {
  return {
    name: 'isnad-offline-asset-list',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => f.startsWith('assets/') && /\.(js|css)$/.test(f));
      this.emitFile({ type: 'asset', fileName: 'offline-assets.json', source: JSON.stringify(files.map((f) => `/${f}`)) });
    },
  };
}

export default defineConfig({
  root: 'client',
  plugins: [react(), offlineAssetList()],
  // The manifest lets `npm run bench` (tests/bench/client-size.ts) add up what each route loads.
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    manifest: true,
    rolldownOptions: {
      output: {
        // Everything the reader loads at first goes in the entry chunk itself. Left to
        // itself, rolldown splits the modules the lazy chunks share with the entry (React
        // and its runtime helpers, the shared schemas, errors, limits...) into eight small
        // chunks, although the entry has always loaded them first (rolldown issue #10731:
        // Vite's HTML entry wraps main.tsx). Eight more requests on the critical path and
        // 1.5 KB more gzip than one file; one chunk also runs zodConfig before any schema.
        codeSplitting: { groups: [{ name: 'reader', tags: ['$initial'] }] },
      },
    },
  },
  server: {
    proxy: {
      '/api': `http://127.0.0.1:${apiPort}`,
      '/socket.io': { target: `http://127.0.0.1:${apiPort}`, ws: true },
    },
  },
});
