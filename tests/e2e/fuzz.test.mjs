// Seeded fuzz of every built lesson (found on the home page, so a new lesson is fuzzed without new
// code): a few hundred hostile links, each failing the run on a page error, the crash panel, a
// blank page, injected markup (in the page or in a chart's tooltip, hovered whenever a link
// carries markup), or ∞ / NaN / inf / undefined among the computed output.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newContext, open, byId, builtLessons, shareLinkOf } from './harness.mjs';

const LESSONS = await builtLessons();
const LINKS_PER_LESSON = Number(process.env.FUZZ_LINKS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

/** mulberry32: the same links on every run for a seed, so a failure can be replayed. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE = [
  '0', '-1', '-0', '1e308', '1e-308', '1' + '0'.repeat(300), '0.' + '0'.repeat(300) + '1', 'NaN', 'inf', '-inf', 'Infinity',
  '', ' ', '1e9', '1e10', '999999999999999999', '0,5', '1.234,5', '30 %', '%', '<img src=x onerror=window.__xss=1>',
  '"><script>window.__xss=1</script>', 'é', '😀', 'A:1:1;A:2:2', 'A:0:0', 'X:-1:1', ';;;', ':::', '1;2;x', '1e5;1e5;1e5',
  // Markup as the name of a table row (an ABC item; later, an activity or a BOM item), for the charts' tooltips.
  '<img src=x onerror=window.__xss=1>:5:1;B:1:1', '<img src=x onerror=window.__xss=1>:5',
  'count', 'value', 'worst', 'stat', 'sqrt', 'periodic', 'variable', 'exercise', 'fr', 'en', 'off', 'nope',
];

/** Sweeps the pointer over every drawn chart so its tooltips show the names they hold. */
async function hoverEveryChart(page) {
  await page.waitForTimeout(200);
  for (const chart of await page.locator('main figure .chart__canvas svg').all()) {
    const box = await chart.boundingBox();
    if (!box) continue;
    await chart.scrollIntoViewIfNeeded();
    const shown = await chart.boundingBox();
    for (const x of [0.15, 0.3, 0.5, 0.7, 0.9]) await page.mouse.move(shown.x + shown.width * x, shown.y + shown.height * 0.6);
  }
  await page.waitForTimeout(100);
}

for (const lesson of LESSONS) {
  test(`fuzz: ${LINKS_PER_LESSON} hostile links on #/${lesson}`, async () => {
    const context = await newContext(browser);
    const page = await open(context, server.url, `#/${lesson}`);
    // The lesson's own parameters, read from its share link.
    const share = await shareLinkOf(page);
    const params = [...new URL(share).hash.split('?')[1].split('&').map((p) => p.split('=')[0]), 'preset', 'mode', 'seed', 'lang', 'solution'];
    const next = random(SEED + lesson.length);
    const pick = (list) => list[Math.floor(next() * list.length)];
    await page.evaluate(() => { window.__xss = undefined; });
    for (let i = 0; i < LINKS_PER_LESSON; i++) {
      const pairs = Array.from({ length: 1 + Math.floor(next() * 4) }, () => `${encodeURIComponent(pick(params))}=${encodeURIComponent(pick(HOSTILE))}`);
      const fragment = `#/${lesson}?${pairs.join('&')}`;
      await page.evaluate((f) => { location.hash = f; }, fragment);
      await page.waitForSelector(`[data-testid="lesson-${lesson}"]`);
      await page.waitForTimeout(30);
      if (fragment.includes(encodeURIComponent('<img'))) await hoverEveryChart(page);
      const state = await page.evaluate(() => {
        const main = document.querySelector('main');
        const computed = [...document.querySelectorAll('main output, main .data-table, main .steps, main .exercise__statement, main figure svg text')].map((e) => e.textContent).join(' ');
        return {
          crashed: document.querySelector('[data-testid="crash-panel"]') !== null,
          blank: !main || main.textContent.trim() === '',
          injected: window.__xss !== undefined || document.querySelector('main img[src="x"], main script') !== null,
          bad: computed.match(/∞|NaN|\binf\b|undefined/)?.[0],
        };
      });
      assert.deepEqual(page.errors, [], `${fragment}: page error`);
      assert.ok(!state.crashed, `${fragment}: crash panel`);
      assert.ok(!state.blank, `${fragment}: blank page`);
      assert.ok(!state.injected, `${fragment}: injected markup ran`);
      assert.equal(state.bad, undefined, `${fragment}: "${state.bad}" in the computed output`);
    }
    await context.close();
  });
}

test('an item named like markup stays text, in the tables and in the chart tooltip', async () => {
  const context = await newContext(browser);
  const evil = '<img src=x onerror=window.__xss=1>';
  const page = await open(context, server.url, `#/abc?items=${encodeURIComponent(`${evil}:80:1;B:20:1`)}`);
  await byId(page, 'abc-total').waitFor();
  assert.equal(await byId(page, `abc-class-${evil}`).textContent(), 'A');
  const chart = byId(page, 'abc-pareto').locator('svg').first();
  await chart.waitFor();
  const box = await chart.boundingBox();
  // Hover the first bar so the tooltip shows the item's name.
  for (const x of [0.2, 0.25, 0.3]) await page.mouse.move(box.x + box.width * x, box.y + box.height * 0.6);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.locator('img[src="x"]').count(), 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});
