// Trunk's post_build hook: builds the split wasm into the staging directory, then fills the
// service worker's precache list from the finished build (run alone, .ci/precache.mjs refills
// sw.js after a change to a built site, as the deploy test does). One after the other: binaryen
// loads with a top-level await, so static imports would let the second run first.
await import('./build-wasm.mjs');
await import('./precache.mjs');
