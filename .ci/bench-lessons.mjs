// Benchmark (not a test): the marginal gzip bytes of each lesson in the whole app. Builds the
// release site with every lesson, then once without each lesson (cargo features `lesson-<id>`,
// through ATELIER_FEATURES), and prints the difference in the gzip -9 size of all its wasm
// modules (bundles aside: they repeat the modules). Takes minutes: each build relinks the app.
// `node .ci/bench-lessons.mjs pic mps` measures those lessons only (and skips the empty build).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

// Every `lesson-<id>` feature of Cargo.toml: a new lesson is measured without editing this file.
const LESSONS = [...readFileSync('Cargo.toml', 'utf8').matchAll(/^lesson-([a-z-]+) = \[\]/gm)].map((m) => m[1]);
const env = { ...process.env, TRUNK_SKIP_VERSION_CHECK: 'true', PATH: `${process.cwd()}/node_modules/.bin:${process.env.HOME}/.cargo/bin:${process.env.PATH}` };

function wasmGzip(features) {
  const dist = `target/bench-dist-${features.length}`;
  execFileSync('trunk', ['build', '--release', '--offline', '--dist', dist], { env: { ...env, ATELIER_FEATURES: features.map((l) => `lesson-${l}`).join(',') }, stdio: 'ignore' });
  const modules = join(dist, readdirSync(dist).find((f) => f.startsWith('web-')));
  return readdirSync(modules).filter((f) => f.endsWith('.wasm')).reduce((total, f) => total + gzipSync(readFileSync(join(modules, f)), { level: 9 }).length, 0);
}

const all = wasmGzip(LESSONS);
console.log(`every lesson: ${(all / 1024).toFixed(1)} KiB gzip wasm`);
const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
const chosen = process.argv.slice(2);
for (const lesson of chosen.length ? chosen : LESSONS) {
  const without = wasmGzip(LESSONS.filter((l) => l !== lesson));
  console.log(`  ${lesson.padEnd(14)} ${kib(all - without)}`);
}
if (!chosen.length) {
  const none = wasmGzip([]);
  console.log(`shell and kit with no lesson: ${kib(none)}`);
}
