// Run by .ci/post-build.mjs (Trunk's post_build hook): builds the app's WebAssembly split at its
// split points — each lesson's declaration (src/lessons/mod.rs) — so a first visit downloads the
// shell and the lesson it opens, not every lesson. Trunk's own Rust pipeline cannot split (it runs
// wasm-bindgen straight after cargo), so this does it: cargo (relocations kept for the call
// graph, .cargo/config.toml) → wasm-split-cli (wasm_split_cli_support, crates.io) → wasm-bindgen
// on the main module → wasm-opt on every module (release) → `web-<hash>/` in the staging
// directory, its name in index.html. Set ATELIER_FEATURES=lesson-eoq,lesson-abc to build some
// lessons only (.ci/bench-lessons.mjs).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import binaryen from 'binaryen';

const staging = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
const release = process.env.TRUNK_PROFILE === 'release';
const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });

const features = process.env.ATELIER_FEATURES;
const cargoArgs = ['build', '--target', 'wasm32-unknown-unknown', '--bin', 'atelier', '--locked', '--offline'];
if (release) cargoArgs.push('--release');
if (features !== undefined) cargoArgs.push('--no-default-features', '--features', features);
run('cargo', cargoArgs);

const targetDir = JSON.parse(execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline'])).target_directory;
const linked = join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'atelier.wasm');
const work = join(targetDir, 'web-split');
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'bindgen'), { recursive: true });
run('wasm-split-cli', [linked, work, '--out-name', 'atelier']);
run('wasm-bindgen', [join(work, 'atelier.wasm'), '--out-dir', join(work, 'bindgen'), '--target', 'web', '--no-typescript', '--keep-lld-exports']);

// Every file of the site's wasm, by its name in web-<hash>/.
const out = new Map();
out.set('atelier.js', readFileSync(join(work, 'bindgen', 'atelier.js')));
out.set('__wasm_split.js', readFileSync(join(work, '__wasm_split.js')));
const modules = readdirSync(work).filter((name) => name.endsWith('.wasm') && name !== 'atelier.wasm');
if (release) {
  // The main module as before (-Oz, to a fixed point); each split module in this process
  // (binaryen.js), since three hundred wasm-opt processes take minutes.
  const main = join(work, 'atelier_bg.opt.wasm');
  run('wasm-opt', [join(work, 'bindgen', 'atelier_bg.wasm'), '-Oz', '--converge', '--strip-debug', '--strip-producers', '-o', main]);
  out.set('atelier_bg.wasm', readFileSync(main));
  binaryen.setOptimizeLevel(2);
  binaryen.setShrinkLevel(2);
  binaryen.setDebugInfo(false);
  for (const name of modules) {
    const module = binaryen.readBinary(readFileSync(join(work, name)));
    module.optimize();
    out.set(name, Buffer.from(module.emitBinary()));
    module.dispose();
  }
  out.set('atelier.js', Buffer.from(transformSync(out.get('atelier.js').toString('utf8'), { minify: true, format: 'esm', target: 'es2020' }).code));
} else {
  out.set('atelier_bg.wasm', readFileSync(join(work, 'bindgen', 'atelier_bg.wasm')));
  for (const name of modules) out.set(name, readFileSync(join(work, name)));
}

// First visits: a split module and the shared chunks it needs are often seventy files of 1–5 KB,
// seventy round trips on a slow classroom network. Each split module therefore also goes out as
// one `<name>.bundle`: a little-endian u32, that many bytes of JSON listing [file, length], then
// the module and its chunks end to end. The loader fetches the bundle when no service worker
// serves the page yet and slices the modules out of it; once the worker serves the page (it
// precaches every module, not the bundles), each module comes from its cache.
const loaderSource = out.get('__wasm_split.js').toString('utf8');
const chunkFiles = new Map([...loaderSource.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/(chunk_\d+\.wasm)"/g)].map((m) => [m[1], m[2]]));
const splits = [];
for (const m of loaderSource.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/(split_\w+\.wasm)"[^]*?\}\s*,\s*\[([^\]]*)\]\)\);/g)) {
  const [, split, own, deps] = m;
  const parts = [own, ...deps.split(',').map((d) => d.trim()).filter(Boolean).map((d) => chunkFiles.get(d))];
  const index = Buffer.from(JSON.stringify(parts.map((name) => [name, out.get(name).length])));
  const size = Buffer.alloc(4);
  size.writeUInt32LE(index.length);
  out.set(`${split}.bundle`, Buffer.concat([size, index, ...parts.map((name) => out.get(name))]));
  splits.push(split);
}
if (splits.length !== modules.filter((name) => name.startsWith('split_')).length) {
  throw new Error('build-wasm: could not read every split module\'s chunks from __wasm_split.js');
}
const bundledLoader = loaderSource
  .replace(/fetch\(new URL\("\.\/((?:split|chunk)_\w+\.wasm)", import\.meta\.url\)\)/g, 'moduleResponse("$1")')
  .replace(/export const (__wasm_split_load_(\w+)) = /g, 'const $1_direct = ')
  + splits.map((split) => `export const __wasm_split_load_${split} = (index, data) => { fetchBundle("${split}"); return __wasm_split_load_${split}_direct(index, data); };\n`).join('')
  + `const bundled = new Map();
const requested = new Set();
const pending = [];
function fetchBundle(split) {
  if (navigator.serviceWorker?.controller || requested.has(split)) return;
  requested.add(split);
  pending.push(fetch(new URL(\`./\${split}.bundle\`, import.meta.url))
    .then((response) => { if (!response.ok) throw new Error(response.statusText); return response.arrayBuffer(); })
    .then((buffer) => {
      const size = new DataView(buffer).getUint32(0, true);
      let offset = 4 + size;
      for (const [name, length] of JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, size)))) {
        if (!bundled.has(name)) bundled.set(name, buffer.slice(offset, offset + length));
        offset += length;
      }
    })
    .catch(() => {}));
}
async function moduleResponse(name) {
  await Promise.all(pending);
  const bytes = bundled.get(name);
  bundled.delete(name);
  return bytes ? new Response(bytes, { headers: { 'Content-Type': 'application/wasm' } }) : fetch(new URL(\`./\${name}\`, import.meta.url));
}
`;
out.set('__wasm_split.js', Buffer.from(release ? transformSync(bundledLoader, { minify: true, format: 'esm', target: 'es2020' }).code : bundledLoader));

// A new build is a new directory, so no browser or proxy mixes a cached old module with new ones.
const hash = createHash('sha256');
for (const [name, bytes] of [...out].sort(([a], [b]) => a.localeCompare(b))) hash.update(name).update('\0').update(bytes);
const dir = `web-${hash.digest('hex').slice(0, 16)}`;
mkdirSync(join(staging, dir), { recursive: true });
for (const [name, bytes] of out) writeFileSync(join(staging, dir, name), bytes);
const indexPath = join(staging, 'index.html');
writeFileSync(indexPath, readFileSync(indexPath, 'utf8').replaceAll('./web/', `./${dir}/`));
console.log(`${dir}: main module and ${modules.length} split modules`);

// The charts' script, copied by Trunk as written, is minified like the rest of the JS (its
// comment header, with the licence, is kept by esbuild's `legalComments`).
if (release) {
  const charts = join(staging, 'charts.js');
  writeFileSync(charts, transformSync(readFileSync(charts, 'utf8'), { minify: true, target: 'es2020', legalComments: 'inline' }).code);
}
