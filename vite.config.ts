import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The client lives in client/; `vite build` writes dist/client, which the
// server serves. In `npm run dev`, Vite proxies the API and the socket to the
// server on API_PORT (default 3001) so both hot-reload.
const apiPort = process.env.API_PORT ?? '3001';

export default defineConfig({
  root: 'client',
  plugins: [react()],
  // The manifest lets `npm run bench` (tests/bench/client-size.ts) add up what each route loads.
  build: { outDir: '../dist/client', emptyOutDir: true, manifest: true },
  server: {
    proxy: {
      '/api': `http://127.0.0.1:${apiPort}`,
      '/socket.io': { target: `http://127.0.0.1:${apiPort}`, ws: true },
    },
  },
});
