// Benchmark (not a test): the marginal bytes of each lesson in the whole app. Builds the release
// site with every lesson, then once without each lesson (cargo features `lesson-<id>`, through
// ATELIER_FEATURES), and prints the difference in the wasm the whole app downloads: the shell
// (gzip -9), the service worker's xz pack of the split modules (as it is) and the bundle of the
// toolbar's modules it slices (gzip -9). Also the difference in the gzip -9 of each wasm file one
// by one (what a server sends for loose modules).
// Takes minutes: each build relinks the app.
// `node .ci/bench-lessons.mjs pic mps` measures those lessons only (and skips the empty build).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

// Every `lesson-<id>` feature of Cargo.toml: a new lesson is measured without editing this file.
const LESSONS = [...readFileSync('Cargo.toml', 'utf8').matchAll(/^lesson-([a-z-]+) = \[\]/gm)].map((m) => m[1]);
const env = { ...process.env, TRUNK_SKIP_VERSION_CHECK: 'true', PATH: `${process.cwd()}/node_modules/.bin:${process.env.HOME}/.cargo/bin:${process.env.PATH}` };

/** [shell gzip + pack, every wasm file gzipped one by one] of a build with `features`. */
function wasmBytes(features) {
  const dist = `target/bench-dist-${features.length}`;
  execFileSync('trunk', ['build', '--release', '--offline', '--dist', dist], { env: { ...env, ATELIER_FEATURES: features.map((l) => `lesson-${l}`).join(',') }, stdio: 'ignore' });
  const modules = join(dist, readdirSync(dist).find((f) => f.startsWith('web-')));
  const gzip = (f) => gzipSync(readFileSync(join(modules, f)), { level: 9 }).length;
  // The worker takes the toolbar's modules out of the bundle every lesson page fetches, not the pack.
  const packed = gzip('atelier_bg.wasm') + readFileSync(join(modules, 'modules.pack')).length + gzip('around_results.bundle');
  return [packed, readdirSync(modules).filter((f) => f.endsWith('.wasm')).reduce((total, f) => total + gzip(f), 0)];
}

const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
const report = ([packed, loose]) => `${kib(packed)} (shell + pack; ${kib(loose)} gzipped file by file)`;
const all = wasmBytes(LESSONS);
console.log(`every lesson: ${report(all)}`);
const chosen = process.argv.slice(2);
for (const lesson of chosen.length ? chosen : LESSONS) {
  const without = wasmBytes(LESSONS.filter((l) => l !== lesson));
  console.log(`  ${lesson.padEnd(14)} ${report(all.map((bytes, i) => bytes - without[i]))}`);
}
if (!chosen.length) {
  console.log(`shell and kit with no lesson: ${report(wasmBytes([]))}`);
}
