/*
 * Isnad's service worker: keeps the app shell (index.html and the built
 * scripts and styles) so that a reload without a connection still opens the
 * workspace, which then shows this browser's saved copy of the article and
 * the changes queued in localStorage. Network first, so a deploy is picked
 * up as soon as the server is reachable; the cache is only the fallback.
 * It never touches the API or the socket: those must fail visibly offline.
 */
const CACHE = 'isnad-shell-v1';
const SHELL = '/';

/** The /assets/… files index.html refers to (Vite names them by content hash). */
function assetsIn(html) {
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
}

async function cacheShell(cache, response) {
  const html = await response.clone().text();
  const assets = assetsIn(html);
  await cache.put(SHELL, response);
  await cache.addAll(assets).catch(() => {});
  // Files of older builds are no longer referenced: drop them.
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (path.startsWith('/assets/') && !assets.includes(path)) await cache.delete(request);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const response = await fetch(SHELL, { cache: 'no-cache' });
      if (response.ok) await cacheShell(cache, response);
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

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  const navigation = request.mode === 'navigate';
  try {
    const response = await fetch(request);
    if (response.ok) {
      if (navigation) await cacheShell(cache, response.clone());
      else await cache.put(request, response.clone());
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
  event.respondWith(networkFirst(request));
});
