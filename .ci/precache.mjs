// The second half of Trunk's post_build hook (.ci/post-build.mjs), once the wasm is built: fills
// sw.js in the staging directory with the build's file list and a version hashed from every
// file's name and content, so a new deploy gets a new cache. The lessons' first-visit bundles are
// left out: once the worker serves the page, each module comes from the cache on its own.
//
// The split modules and their shared chunks (four hundred files, 1.2 MB) are precached from one
// file, `web-<hash>/modules.pack`: them end to end, xz-compressed here, but for the modules of the
// bundle every lesson page fetches after its first result (the worker slices those out of it).
// Gzipped one by one, as a server sends them, the packed modules weigh 740 KiB; the pack 455 KiB,
// and one request instead of four hundred. The worker decodes it with xz-decompress (xz-embedded in 9 KiB of wasm and JS, copied
// beside sw.js) and stores each module under its own address; if anything in that fails, it
// fetches the modules one by one, which stay on the server. Dev builds (`trunk serve`) skip the pack.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
const packed = process.env.TRUNK_PROFILE !== 'debug';
const DECODER = 'xz-decompress.min.js';
const SHARED_BUNDLE = 'around_results.bundle';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const listed = () => files(root)
  .map((path) => relative(root, path).split(sep).join('/'))
  .filter((path) => path !== 'sw.js' && !path.startsWith('.'))
  .sort();

// A rerun (a deploy after a change) packs the modules as they are now.
for (const path of listed().filter((p) => p.endsWith('/modules.pack'))) rmSync(join(root, path));
let pack = null;
if (packed) {
  const all = listed().filter((path) => /^web-[^/]+\/(split|chunk)_\w+\.wasm$/.test(path));
  const [dir] = new Set(all.map((path) => path.split('/')[0]));
  if (dir === undefined) throw new Error('precache: no split module to pack');
  // Every lesson page fetches this bundle once its first result is painted (the toolbar, the work
  // file and the chart widget), so the worker takes those modules out of it — a revalidation of
  // what the page has just downloaded — instead of a second time inside the pack.
  const shared = readFileSync(join(root, dir, SHARED_BUNDLE));
  const indexLength = shared.readUInt32LE(0);
  const fromBundle = JSON.parse(shared.subarray(4, 4 + indexLength).toString('utf8')).map(([name]) => `${dir}/${name}`);
  if (fromBundle.some((path) => !all.includes(path))) throw new Error(`precache: ${SHARED_BUNDLE} names a module the build does not have`);
  const modules = all.filter((path) => !fromBundle.includes(path));
  const contents = modules.map((path) => readFileSync(join(root, path)));
  // CRC32: the check xz-embedded verifies; with the lengths below, a damaged pack is refused whole.
  const xz = execFileSync('xz', ['-9e', '--check=crc32', '-T1', '-c'], { input: Buffer.concat(contents), maxBuffer: 1 << 30 });
  writeFileSync(join(root, dir, 'modules.pack'), xz);
  pack = {
    url: `./${dir}/modules.pack`,
    files: modules.map((path, i) => [`./${path}`, contents[i].length]),
    bundle: { url: `./${dir}/${SHARED_BUNDLE}`, files: fromBundle.map((path) => `./${path}`) },
  };
  copyFileSync(join('node_modules', 'xz-decompress', 'dist', 'package', DECODER), join(root, DECODER));
}

const swPath = join(root, 'sw.js');
const built = listed();
const inPack = new Set(pack ? [...pack.files.map(([url]) => url), ...pack.bundle.files].map((url) => url.slice(2)) : []);
// index.html is precached as "./" (the same file); licence texts are not needed offline; the
// decoder is part of the worker's own script. Every built file still counts in the version, so
// any change makes a new cache.
const assets = built.filter((path) => path !== 'index.html' && path !== DECODER && !path.endsWith('.txt')
  && !path.endsWith('.bundle') && !path.endsWith('.pack') && !inPack.has(path));
const hash = createHash('sha256');
for (const path of built) {
  hash.update(path).update('\0').update(readFileSync(join(root, path)));
}
const version = hash.digest('hex').slice(0, 16);
const precache = ['./', ...assets.map((path) => `./${path}`)];
let filled = readFileSync(swPath, 'utf8');
for (const [placeholder, value] of [[/const VERSION = "[^"]*";/, `const VERSION = "${version}";`],
  [/const PRECACHE = [^;]*;/, `const PRECACHE = ${JSON.stringify(precache)};`],
  [/const PACK = [^;]*;/, `const PACK = ${JSON.stringify(pack)};`]]) {
  if (!placeholder.test(filled)) throw new Error(`precache: sw.js has no ${placeholder}`);
  filled = filled.replace(placeholder, value);
}
writeFileSync(swPath, filled);
console.log(`sw.js: version ${version}, ${precache.length} URLs precached${pack ? `, ${pack.files.length} modules from ${pack.url}` : ''}`);
