// Benchmark (not a pass/fail test): run `./.ci/build` first, then `node .ci/bench.mjs`.
// Measures, against the release build served on loopback in headless Chromium:
//  1. bytes as gzip -9 (python's static server does not compress, so gzip is computed here; the
//     service worker's xz pack of the split modules as it is):
//     the critical path (every file requested before the first result is on screen) and the
//     whole first visit (the page plus the service worker's precache, each file once);
//  2. time from navigation start to the first result (eoq-q) on screen;
//  3. input-to-updated-result latency: from an input event to the result showing its new value
//     (the DOM mutation), and to the next animation frame after it (what the eye sees): EOQ, and
//     the largest lists the caps allow (ABC at 500 items, policies at 104 periods, PERT and
//     crashing at 50 tasks).
// The bytes each lesson adds to the whole app are measured by .ci/bench-lessons.mjs (it rebuilds).
// BYTES_ONLY=1 stops after the bytes (for a build of some lessons: ATELIER_FEATURES=lesson-eoq,…).
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { serve, launch, DIST, builtLessons } from '../tests/e2e/harness.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const EDITS = Number(process.env.EDITS ?? 60);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

const server = await serve();
const browser = await launch();
// The modules' pack is xz already: served as it is, whatever the server does.
const gzipOf = (path) => {
  const file = join(DIST, path === '/' ? 'index.html' : decodeURIComponent(path.slice(1)));
  if (!existsSync(file)) return 0;
  return file.endsWith('.pack') ? readFileSync(file).length : gzipSync(readFileSync(file), { level: 9 }).length;
};
const sum = (paths) => [...paths].reduce((total, path) => total + gzipOf(path), 0);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Input → DOM and input → frame, over `edits` edits of `input` (a test id), watching `output`. */
async function latency(page, input, output, values) {
  return page.evaluate(async ([inputId, outputId, values]) => {
    const field = document.querySelector(`[data-testid="${inputId}"]`);
    const dom = [];
    const frame = [];
    for (const value of values) {
      const before = document.querySelector(`[data-testid="${outputId}"]`).textContent;
      const start = performance.now();
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          const now = document.querySelector(`[data-testid="${outputId}"]`);
          if (now && now.textContent !== before) { observer.disconnect(); resolve(performance.now()); }
        });
        observer.observe(document.querySelector('main'), { childList: true, characterData: true, subtree: true });
      });
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      const domAt = await changed;
      await new Promise((r) => requestAnimationFrame(() => r()));
      dom.push(domAt - start);
      frame.push(performance.now() - start);
    }
    return { dom, frame };
  }, [input, output, values]);
}

/** Marks the moment the first result appears, from inside the page (no polling delay). */
const markFirstResult = (page) => page.addInitScript(() => {
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid="eoq-q"]')?.textContent) {
      performance.mark('atelier-first-result');
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
});

const report = (name, { dom, frame }) =>
  `${name}: input → DOM median ${median(dom).toFixed(2)} ms, p95 ${p95(dom).toFixed(2)} ms; input → next frame median ${median(frame).toFixed(2)} ms, p95 ${p95(frame).toFixed(2)} ms`;

try {
  // 1. Bytes: the critical path, then the whole first visit.
  const context = await browser.newContext();
  const page = await context.newPage();
  const requested = new Set();
  // What crossed the network: a request the worker answered from its cache is not counted.
  context.on('requestfinished', async (r) => {
    if (r.url().startsWith(server.url) && !(await r.response())?.fromServiceWorker()) requested.add(new URL(r.url()).pathname);
  });
  await markFirstResult(page);
  await page.goto(server.url + '#/eoq');
  await page.waitForSelector('[data-testid="eoq-q"]:not(:empty)');
  // The critical path: the page and every resource it started fetching before the first result.
  const critical = new Set(['/', ...await page.evaluate(() => {
    const shown = performance.getEntriesByName('atelier-first-result')[0].startTime;
    return performance.getEntriesByType('resource').filter((r) => r.startTime < shown).map((r) => new URL(r.name).pathname);
  })]);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const rows = [...requested].sort().map((path) => `  ${path.padEnd(44)} ${String(gzipOf(path)).padStart(7)} B gzip${critical.has(path) ? '  (critical path)' : ''}`);
  // What opening each lesson first costs, measured: a cold visit of `#/<lesson>`, every file it
  // started fetching before its first result showed (the shell, the lesson's bundle and
  // the bundles of the parts its page draws at once, such as the table editor).
  const firstOpen = [];
  for (const id of await builtLessons()) {
    const cold = await browser.newContext({ serviceWorkers: 'block' });
    const lessonPage = await cold.newPage();
    await lessonPage.addInitScript(() => {
      new MutationObserver((_, observer) => {
        // A headline number, or the first computed cell of a lesson whose results are a grid.
        if (document.querySelector('.result__value, table.grid td, table.data-table:not(.data-table--edit) td')?.textContent) {
          performance.mark('atelier-first-result');
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await lessonPage.goto(server.url + `#/${id}`);
    await lessonPage.waitForFunction(() => performance.getEntriesByName('atelier-first-result').length > 0, null, { timeout: 10000 })
      .catch(() => { throw new Error(`#/${id}: no headline result within 10 s`); });
    const paths = ['/', ...await lessonPage.evaluate(() => {
      const shown = performance.getEntriesByName('atelier-first-result')[0].startTime;
      return performance.getEntriesByType('resource').filter((r) => r.startTime < shown).map((r) => new URL(r.name).pathname);
    })];
    firstOpen.push(`${id} ${kib(sum(new Set(paths)))}`);
    await cold.close();
  }
  await context.close();

  // A build of some lessons only (ATELIER_FEATURES) has not the lessons the timings open.
  if (process.env.BYTES_ONLY) {
    console.log(`Critical path to the first result: ${critical.size} files, ${kib(sum(critical))} gzip`);
    console.log(`Whole first visit (page + offline precache): ${requested.size} files, ${kib(sum(requested))} gzip`);
    console.log(rows.join('\n'));
    console.log(`Critical path opening each lesson first (measured): ${firstOpen.join(', ')}`);
    await browser.close();
    await server.stop();
    process.exit(0);
  }

  // 2. Navigation to first result, fresh profile each run (no cache, no service worker).
  const firstResult = [];
  for (let i = 0; i < RUNS; i++) {
    const ctx = await browser.newContext({ serviceWorkers: 'block' });
    const p = await ctx.newPage();
    await markFirstResult(p);
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
  const eoq = await latency(p, 'eoq-input-N', 'eoq-q', Array.from({ length: EDITS }, (_, i) => String(1000 + 37 * (i + 1))));
  const items = Array.from({ length: 500 }, (_, i) => `P${i}:${100 + ((i * 7919) % 9000)}:${1 + (i % 50)}`).join(';');
  await p.goto(server.url + `#/abc?items=${items}`);
  await p.waitForSelector('[data-testid="abc-total"]:not(:empty)');
  const abc = await latency(p, 'abc-item-0-quantity', 'abc-total', Array.from({ length: 20 }, (_, i) => String(5000 + 13 * (i + 1))));
  const demand = Array.from({ length: 104 }, (_, i) => 100 + ((i * 37) % 600));
  await p.goto(server.url + `#/policies?preset=fig-2-4&demand=${demand.join(';')}`);
  await p.waitForSelector('[data-testid="policy-stock-104"]');
  const policies = await latency(p, 'policies-input-demand', 'policy-stock-1', Array.from({ length: 20 }, (_, i) => [700 + i, ...demand.slice(1)].join(' ')));
  // PERT: 50 tasks with three estimates; typing updates the dates at once, the 10 000-run
  // simulation follows once typing pauses (250 ms), so it is timed from the end of that pause.
  const tasks = Array.from({ length: 50 }, (_, i) => `T${i}:2/${4 + (i % 5)}/${12 + (i % 7)}${i < 3 ? '' : `:T${i - 1},T${Math.floor(i / 2)}`}`).join(';');
  await p.goto(server.url + `#/pert?tasks=${tasks}&T=300&p=0.9&runs=10000`);
  await p.waitForSelector('[data-testid="pert-simulation"][aria-busy="false"]');
  const pert = await latency(p, 'pert-task-49-duration', 'pert-duration', Array.from({ length: 20 }, (_, i) => `2/${5 + i / 10}/20`));
  const simulation = await p.evaluate(async () => {
    const field = document.querySelector('[data-testid="pert-task-49-duration"]');
    const times = [];
    for (let k = 0; k < 5; k++) {
      const start = performance.now();
      field.value = `2/${7 + k / 10}/20`;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => r()));
      await new Promise((resolve) => {
        const check = () => (document.querySelector('[data-testid="pert-simulation"]').getAttribute('aria-busy') === 'false' ? resolve() : setTimeout(check, 2));
        check();
      });
      times.push(performance.now() - start - 250);
    }
    return times;
  });
  // Crashing at its caps: 50 tasks, 241 whole durations between the normal and the minimum one,
  // each a least-cost LP; the indirect cost changes every total.
  const crash = Array.from({ length: 50 }, (_, i) => {
    const [dn, dc, cn] = [50, 10, 1000 + ((i * 37) % 500)];
    const after = i < 10 ? '' : `:T${i - 10}${i % 3 === 0 ? `,T${i - 9}` : ''}`;
    return `T${i}:${dn}/${dc}/${cn}/${cn + (dn - dc) * (10 + ((i * 13) % 90))}${after}`;
  }).join(';');
  await p.goto(server.url + `#/crashing?tasks=${crash}&indirect=500`);
  await p.waitForSelector('[data-testid="crash-best-cost"]');
  const crashing = await latency(p, 'crashing-input-indirect', 'crash-best-cost', Array.from({ length: 20 }, (_, i) => String(510 + 7 * i)));
  // The worst case: a task's crash cost, so the 241 LPs are solved again.
  const crashingTask = await latency(p, 'crash-task-3-cc', 'crash-min-duration-cost', Array.from({ length: 20 }, (_, i) => String(5000 + 7 * i)));
  // The cell over 100 000 days: a new seed redraws every day; the four-method comparison
  // follows the pause.
  await p.goto(server.url + '#/cell?variant=toc&source=seed&days=100000&seed=1');
  await p.waitForSelector('[data-testid="cell-simulation"][aria-busy="false"]');
  const cell = await latency(p, 'cell-input-seed', 'cell-days', Array.from({ length: 20 }, (_, i) => String(2 + i)));
  // The least-cost S&OP plan at its 36-month cap: an integer programme solved on each edit (the
  // level and chase plans and the comparison come with it).
  const months = Array.from({ length: 36 }, (_, i) => (5 + ((i * 37) % 90) / 10).toFixed(1)).join(',');
  await p.goto(server.url + `#/pic?demand=${months}&stock0=1.1&ss=1.1&workers0=50&rate=0.2&ot=0.05&wmax=60&otcost=350&hire=60&fire=20&hold=125&strategy=optimal`);
  await p.waitForSelector('[data-testid="pic-total-cost"]');
  const pic = await latency(p, 'pic-input-hire', 'pic-total-cost', Array.from({ length: 20 }, (_, i) => String(40 + 3 * i)));
  // MRP at its 500-item cap: five levels of 100 items over 52 periods, a third of the items with
  // a second parent; an on-hand edit re-explodes the whole bill (only the first 20 grids are drawn).
  const mrpName = (level, i) => `L${level}_${i}`;
  const mrpItems = [];
  const mrpBom = [];
  for (let level = 0; level < 5; level += 1) {
    for (let i = 0; i < 100; i += 1) {
      const rule = ['l4l', 'fixed50', 'group3', 'poq2'][(i + level) % 4];
      mrpItems.push(`${mrpName(level, i)}:${1 + ((i + level) % 3)}:${(i * 7) % 60}:${rule}`);
      if (level > 0) {
        mrpBom.push(`${mrpName(level - 1, i)}/${mrpName(level, i)}:${1 + (i % 3)}`);
        if (i % 3 === 0) mrpBom.push(`${mrpName(level - 1, (i + 7) % 100)}/${mrpName(level, i)}:0.5`);
      }
    }
  }
  const mrpWeekly = (i) => Array.from({ length: 52 }, (_, t) => (t < 8 ? 0 : 10 + ((i * 13 + t * 7) % 30))).join(',');
  const mrpDemand = Array.from({ length: 100 }, (_, i) => `${mrpName(0, i)}:${mrpWeekly(i)}`).join(';');
  await p.goto(server.url + `#/mrp?periods=52&items=${mrpItems.join(';')}&bom=${mrpBom.join(';')}&demand=${mrpDemand}&receipts=`);
  await p.waitForSelector('[data-testid="mrp-L0_0-avail-0"]');
  const mrpGrids = await p.locator('table.grid').count();
  const mrp = await latency(p, 'mrp-item-0-onhand', 'mrp-L0_0-avail-0', Array.from({ length: 20 }, (_, i) => String(100 + i)));
  await ctx.close();

  console.log('Atelier benchmark (release build, headless Chromium, loopback)');
  console.log(`Critical path to the first result: ${critical.size} files, ${kib(sum(critical))} gzip`);
  console.log(`Whole first visit (page + offline precache): ${requested.size} files, ${kib(sum(requested))} gzip`);
  console.log(rows.join('\n'));
  console.log(`Critical path opening each lesson first (measured): ${firstOpen.join(', ')}`);
  console.log(`Navigation → first result: median ${median(firstResult).toFixed(0)} ms, max ${Math.max(...firstResult).toFixed(0)} ms over ${RUNS} cold loads`);
  console.log(report(`EOQ (${EDITS} edits)`, eoq));
  console.log(report('ABC at its 500-item cap (20 edits)', abc));
  console.log(report('Policies at its 104-period cap (20 edits)', policies));
  console.log(report('PERT, 50 tasks (20 edits)', pert));
  console.log(report('Crashing at its caps, 50 tasks × 241 durations, indirect cost (20 edits)', crashing));
  console.log(report('Crashing at its caps, a task\'s crash cost: every LP again (20 edits)', crashingTask));
  console.log(report('Cell, 100 000 days (20 edits)', cell));
  console.log(report('S&OP least-cost plan, 36 months (20 edits)', pic));
  console.log(report(`MRP, 500 items × 52 periods, ${mrpGrids} grids drawn (20 edits)`, mrp));
  console.log(`PERT, 50 tasks: 10 000-run simulation shown ${median(simulation).toFixed(0)} ms (median, max ${Math.max(...simulation).toFixed(0)}) after the 250 ms pause`);
} finally {
  await browser.close();
  await server.stop();
}
