// Atelier's service worker: after one visit, the whole site (shell, wasm, charts, icons) is served
// from a cache named after the build, so the app works offline, deep links included (they live in
// the fragment, which never reaches the network). A new deploy has a new version: its cache is
// filled completely before it takes over, and older caches are deleted, so versions never mix.
// The post-build step (.ci/precache.mjs) fills in the three placeholders below.
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
// The split modules, xz-compressed end to end in one file: { url, files: [[url, length], ...],
// bundle: { url, files: [url, ...] } }, but for those of the bundle every lesson page has just
// fetched after its first result, which are sliced out of it.
const PACK = __PACK__;
const CACHE = "atelier-" + VERSION;
// An unfilled worker (e.g. during `trunk serve`) does nothing, rather than cache a dev build.
const ACTIVE = !VERSION.startsWith("__");

// A decoder that cannot load leaves the worker working: the modules then come one by one.
try {
  if (PACK) importScripts("./xz-decompress.min.js");
} catch (error) {
  // Nothing to do: fillFromPack finds no decoder and falls back.
}

// "no-cache" revalidates: files the page has just downloaded come back as 304s instead of a
// second full download, and nothing stale from an older deploy slips in.
const fresh = (url) => new Request(url, { cache: "no-cache" });

async function fillFromPack(cache) {
  const response = await fetch(fresh(PACK.url));
  if (!response.ok) throw new Error("modules.pack: " + response.status);
  const decoded = new self["xz-decompress"].XzReadableStream(response.body);
  const bytes = new Uint8Array(await new Response(decoded).arrayBuffer());
  const expected = PACK.files.reduce((total, [, length]) => total + length, 0);
  if (bytes.length !== expected) throw new Error("modules.pack: " + bytes.length + " bytes, not " + expected);
  let offset = 0;
  const entries = PACK.files.map(([url, length]) => [url, bytes.subarray(offset, (offset += length))]);
  await Promise.all(entries.map(([url, body]) =>
    cache.put(new Request(url), new Response(body, { headers: { "Content-Type": "application/wasm" } }))));
}

// A bundle: a little-endian u32, that many bytes of JSON listing [file, length], then the files
// end to end (see .ci/build-wasm.mjs).
async function fillFromBundle(cache, bundle) {
  const response = await fetch(fresh(bundle.url));
  if (!response.ok) throw new Error(bundle.url + ": " + response.status);
  const buffer = await response.arrayBuffer();
  const size = new DataView(buffer).getUint32(0, true);
  const index = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, size)));
  const folder = bundle.url.slice(0, bundle.url.lastIndexOf("/") + 1);
  let offset = 4 + size;
  const entries = index.map(([name, length]) => [folder + name, buffer.slice(offset, (offset += length))]);
  const sliced = new Set(entries.map(([url]) => url));
  if (offset !== buffer.byteLength || bundle.files.some((url) => !sliced.has(url))) throw new Error(bundle.url + ": not the build's");
  await Promise.all(entries.map(([url, body]) =>
    cache.put(new Request(url), new Response(body, { headers: { "Content-Type": "application/wasm" } }))));
}

function precache(cache) {
  const loose = cache.addAll(PRECACHE.map(fresh));
  if (!PACK) return loose;
  const modules = fillFromPack(cache).catch(() => cache.addAll(PACK.files.map(([url]) => fresh(url))));
  const shared = fillFromBundle(cache, PACK.bundle).catch(() => cache.addAll(PACK.bundle.files.map(fresh)));
  return Promise.all([loose, modules, shared]);
}

self.addEventListener("install", (event) => {
  if (!ACTIVE) return;
  event.waitUntil(
    caches.open(CACHE)
      .then(precache)
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
