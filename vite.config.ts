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
  build: { outDir: '../dist/client', emptyOutDir: true, manifest: true },
  server: {
    proxy: {
      '/api': `http://127.0.0.1:${apiPort}`,
      '/socket.io': { target: `http://127.0.0.1:${apiPort}`, ws: true },
    },
  },
});
