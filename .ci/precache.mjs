// The second half of Trunk's post_build hook (.ci/post-build.mjs), once the wasm is built: fills
// sw.js in the staging directory with the build's file list and a version hashed from every
// file's name and content, so a new deploy gets a new cache. The lessons' first-visit bundles are
// left out: once the worker serves the page, each module comes from the cache on its own.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const swPath = join(root, 'sw.js');
const built = files(root)
  .map((path) => relative(root, path).split(sep).join('/'))
  .filter((path) => path !== 'sw.js' && !path.startsWith('.'))
  .sort();
// index.html is precached as "./" (the same file); licence texts are not needed offline. Every
// built file still counts in the version, so any change makes a new cache.
const assets = built.filter((path) => path !== 'index.html' && !path.endsWith('.txt') && !path.endsWith('.bundle'));
const hash = createHash('sha256');
for (const path of built) {
  hash.update(path).update('\0').update(readFileSync(join(root, path)));
}
const version = hash.digest('hex').slice(0, 16);
const precache = ['./', ...assets.map((path) => `./${path}`)];
const template = readFileSync(swPath, 'utf8');
const filled = template
  .replace(/const VERSION = "[^"]*";/, `const VERSION = "${version}";`)
  .replace(/const PRECACHE = [^;]*;/, `const PRECACHE = ${JSON.stringify(precache)};`);
writeFileSync(swPath, filled);
console.log(`sw.js: version ${version}, ${precache.length} URLs precached`);
