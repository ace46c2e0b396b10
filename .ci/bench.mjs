// Benchmark (not a pass/fail test): run `./.ci/build` first, then `node .ci/bench.mjs`.
// Measures, against the release build served on loopback in headless Chromium:
//  1. bytes transferred on a first visit, as gzip -9 of every file the page or the service worker's
//     precache requests, each file once (the worker revalidates what the page already has: 304s);
//     python's static server does not compress, so the gzip size is computed here;
//  2. time from navigation start to the first result (eoq-q) on screen;
//  3. input-to-updated-result latency: time from an input event on N to eoq-q showing the new
//     value (the DOM mutation), and to the next animation frame after it (what the eye sees).
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { serve, launch, DIST } from '../tests/e2e/harness.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const EDITS = Number(process.env.EDITS ?? 60);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

const server = await serve();
const browser = await launch();
try {
  // 1. First-visit bytes.
  const context = await browser.newContext();
  const page = await context.newPage();
  const requested = new Set();
  context.on('request', (r) => { if (r.url().startsWith(server.url)) requested.add(new URL(r.url()).pathname); });
  await page.goto(server.url + '#/eoq');
  await page.waitForSelector('[data-testid="eoq-q"]:not(:empty)');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 });
  await page.waitForLoadState('networkidle');
  let raw = 0;
  let gzip = 0;
  const rows = [];
  for (const path of [...requested].sort()) {
    const file = join(DIST, path === '/' ? 'index.html' : decodeURIComponent(path.slice(1)));
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    const zipped = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzip += zipped;
    rows.push(`  ${path.padEnd(44)} ${String(bytes.length).padStart(8)} B  ${String(zipped).padStart(7)} B gzip`);
  }
  await context.close();

  // 2. Navigation to first result, fresh profile each run (no cache, no service worker).
  const firstResult = [];
  for (let i = 0; i < RUNS; i++) {
    const ctx = await browser.newContext({ serviceWorkers: 'block' });
    const p = await ctx.newPage();
    // Marks the moment the first result appears, from inside the page (no polling delay).
    await p.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-testid="eoq-q"]')?.textContent) {
          performance.mark('atelier-first-result');
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await p.goto(server.url + '#/eoq?N=1000&L=10&a=5&p=0.1');
    await p.waitForSelector('[data-testid="eoq-q"]:not(:empty)');
    firstResult.push(await p.evaluate(() => performance.getEntriesByName('atelier-first-result')[0].startTime));
    await ctx.close();
  }

  // 3. Input latency, measured inside the page.
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  const p = await ctx.newPage();
  await p.goto(server.url + '#/eoq?N=1000&L=10&a=5&p=0.1');
  await p.waitForSelector('[data-testid="eoq-q"]:not(:empty)');
  const latencies = await p.evaluate(async (edits) => {
    const input = document.querySelector('[data-testid="eoq-input-N"]');
    const output = document.querySelector('[data-testid="eoq-q"]');
    const dom = [];
    const frame = [];
    for (let i = 0; i < edits; i++) {
      const before = output.textContent;
      const start = performance.now();
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (output.textContent !== before) { observer.disconnect(); resolve(performance.now()); }
        });
        observer.observe(output, { childList: true, characterData: true, subtree: true });
      });
      input.value = String(1000 + 37 * (i + 1));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const domAt = await changed;
      await new Promise((r) => requestAnimationFrame(() => r()));
      dom.push(domAt - start);
      frame.push(performance.now() - start);
    }
    return { dom, frame };
  }, EDITS);
  await ctx.close();

  console.log('Atelier benchmark (release build, headless Chromium, loopback)');
  console.log(`First visit: ${requested.size} requests, ${raw} B raw, ${gzip} B gzip -9 (${(gzip / 1024).toFixed(1)} KiB)`);
  console.log(rows.join('\n'));
  console.log(`Navigation → first result: median ${median(firstResult).toFixed(0)} ms, max ${Math.max(...firstResult).toFixed(0)} ms over ${RUNS} cold loads`);
  console.log(`Input → result in the DOM: median ${median(latencies.dom).toFixed(2)} ms, p95 ${p95(latencies.dom).toFixed(2)} ms over ${EDITS} edits`);
  console.log(`Input → next frame: median ${median(latencies.frame).toFixed(2)} ms, p95 ${p95(latencies.frame).toFixed(2)} ms`);
} finally {
  await browser.close();
  await server.stop();
}
