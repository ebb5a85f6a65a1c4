/*
 * Isnad's service worker: keeps the app shell (index.html and every built
 * script and style, the chunks loaded on demand too, which the build lists
 * in offline-assets.json) so that a reload without a connection still opens
 * the workspace, which then shows this browser's saved copy of the article
 * and the changes queued in localStorage, and a claim's details, the tabs
 * and find still open. Network first, so a deploy is picked
 * up as soon as the server is reachable; the cache is only the fallback.
 * It never touches the API or the socket: those must fail visibly offline.
 */
const CACHE = 'isnad-shell-v1';
const SHELL = '/';

/** The /assets/… files index.html refers to (Vite names them by content hash). */
function assetsIn(html) {
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
}

/** Every chunk of this build (see vite.config.ts), or null when the list cannot be had. */
async function buildAssets() {
  try {
    const response = await fetch('/offline-assets.json', { cache: 'no-cache' });
    if (!response.ok) return null;
    const list = await response.json();
    return Array.isArray(list) ? list.filter((p) => typeof p === 'string' && p.startsWith('/assets/')) : null;
  } catch {
    return null;
  }
}

/** index.html and what it loads at once; returns those asset paths. */
async function cacheShell(cache, response) {
  const html = await response.clone().text();
  const assets = assetsIn(html);
  await cache.put(SHELL, response);
  await cache.addAll(assets).catch(() => {});
  return assets;
}

/**
 * The chunks loaded on demand, then the files of older builds dropped. One
 * download at a time, and only what is missing (names are content hashes),
 * so the page's own requests keep the connections during a first visit.
 */
async function keepOnDemand(cache, shellAssets) {
  const listed = await buildAssets();
  // Without the build's list we cannot tell old files from chunks loaded on demand: keep them all.
  if (!listed) return;
  for (const path of listed) {
    if (await cache.match(path)) continue;
    try {
      const response = await fetch(path);
      if (response.ok) await cache.put(path, response);
    } catch {
      return; // the network went away: keep what there is, drop nothing
    }
  }
  const keep = new Set([...shellAssets, ...listed]);
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (path.startsWith('/assets/') && !keep.has(path)) await cache.delete(request);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const response = await fetch(SHELL, { cache: 'no-cache' });
      // Installed (and the page then controlled) only once every chunk is kept.
      if (response.ok) await keepOnDemand(cache, await cacheShell(cache, response));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

async function networkFirst(event) {
  const { request } = event;
  const cache = await caches.open(CACHE);
  const navigation = request.mode === 'navigate';
  try {
    const response = await fetch(request);
    if (response.ok) {
      if (navigation) {
        const shellAssets = await cacheShell(cache, response.clone());
        // A new build's chunks are fetched after the page has its answer.
        event.waitUntil(keepOnDemand(cache, shellAssets));
      } else await cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await cache.match(navigation ? SHELL : request);
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/socket.io/')) return;
  // The app lives at "/" and routes by hash: every page load is the shell.
  if (request.mode !== 'navigate' && !url.pathname.startsWith('/assets/')) return;
  event.respondWith(networkFirst(event));
});
