// Run by .ci/precache.mjs (Trunk's post_build hook): minifies the wasm-bindgen JS glue (Trunk's own minifier fails on it) and
// updates its subresource-integrity hash in index.html. About 2 KiB gzip off the critical path.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const root = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
if (process.env.TRUNK_PROFILE === 'release') {
  const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  const indexPath = join(root, 'index.html');
  let index = readFileSync(indexPath, 'utf8');
  for (const name of readdirSync(root).filter((n) => /^atelier-[0-9a-f]+\.js$/.test(n))) {
    const path = join(root, name);
    const original = readFileSync(path);
    const { code } = transformSync(original.toString('utf8'), { minify: true, format: 'esm', target: 'es2020' });
    writeFileSync(path, code);
    index = index.split(sri(original)).join(sri(code));
    console.log(`${name}: ${original.length} → ${code.length} bytes`);
  }
  writeFileSync(indexPath, index);
}
