// Atelier's service worker: after one visit, the whole site (shell, wasm, ECharts, icons) is served
// from a cache named after the build, so the app works offline, deep links included (they live in
// the fragment, which never reaches the network). A new deploy has a new version: its cache is
// filled completely before it takes over, and older caches are deleted, so versions never mix.
// The post-build step (.ci/precache.mjs) fills in the two placeholders below.
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const CACHE = "atelier-" + VERSION;
// An unfilled worker (e.g. during `trunk serve`) does nothing, rather than cache a dev build.
const ACTIVE = !VERSION.startsWith("__");

self.addEventListener("install", (event) => {
  if (!ACTIVE) return;
  event.waitUntil(
    caches.open(CACHE)
      // "no-cache" revalidates: files the page has just downloaded come back as 304s instead of
      // a second full download, and nothing stale from an older deploy slips in.
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "no-cache" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  if (!ACTIVE) return;
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith("atelier-") && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (!ACTIVE || request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Network first so a deploy shows up at once; the cached shell when offline.
    event.respondWith(
      fetch(request).catch(() => caches.open(CACHE).then((cache) => cache.match("./"))),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request).then((hit) => hit || fetch(request).then((response) => {
        if (response.ok) cache.put(request, response.clone());
        return response;
      })),
    ),
  );
});
