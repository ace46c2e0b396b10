// The app shell: home page, offline use, accessibility.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { cpSync, mkdtempSync, appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, newContext, open, byId, expectText, DIST, builtLessons, shareLinkOf } from './harness.mjs';

const LESSONS = await builtLessons();

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

test('home lists every chapter; unbuilt lessons are marked, not linked', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/');
  assert.equal(await page.locator('section.chapter').count(), 9);
  assert.equal(await byId(page, 'card-eoq').getAttribute('href'), '#/eoq');
  const soon = byId(page, 'card-horizons');
  assert.equal(await soon.locator('a').count(), 0);
  assert.match(await soon.textContent(), /Coming soon/);
  await byId(page, 'card-eoq').click();
  await byId(page, 'eoq-q').waitFor();
  await byId(page, 'home-link').click();
  await byId(page, 'card-eoq').waitFor();
  await context.close();
});

test('the browser language picks the default language', async () => {
  const context = await newContext(browser, { locale: 'fr-FR' });
  const page = await open(context, server.url, '#/');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.match(await byId(page, 'card-horizons').textContent(), /Bientôt/);
  await context.close();
});

/**
 * One visit to `site`, then offline: lessons never opened (a table lesson, the S&OP integer
 * programme, an exercise) start from the worker's cache. Returns the wasm files the worker fetched
 * from the network.
 */
async function offlineAfterOneVisit(site) {
  const own = await serve(site);
  const context = await newContext(browser);
  const fetched = [];
  context.on('request', (request) => {
    if (request.serviceWorker() && /\.(wasm|pack|bundle)$/.test(request.url())) fetched.push(request.url().split('/').pop());
  });
  const page = await open(context, own.url, '#/');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  // Controlled once the worker has claimed the page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 });
  await own.stop();
  const offline = await context.newPage();
  await offline.goto(own.url + '#/eoq?N=4000&L=10&a=5&p=0.1');
  await expectText(offline, 'eoq-q', '400');
  await offline.reload();
  await expectText(offline, 'eoq-q', '400');
  await byId(offline, 'eoq-cost-chart').locator('svg').first().waitFor();
  await offline.goto(own.url + '#/abc?preset=workshop-value');
  await byId(offline, 'abc-item-0-quantity').waitFor();
  await byId(offline, 'abc-total').waitFor();
  await offline.goto(own.url + '#/pic?preset=optimal');
  await byId(offline, 'pic-total-cost').waitFor();
  await offline.goto(own.url + '#/reorder-point?mode=exercise&seed=3');
  await offline.reload();
  await byId(offline, 'exercise-statement').waitFor();
  await context.close();
  return fetched;
}

test('after one visit the app works offline, deep links included: the modules come from one xz pack', async () => {
  const fetched = await offlineAfterOneVisit(DIST);
  assert.ok(fetched.includes('modules.pack'), 'the worker fetched the pack');
  // The toolbar's, the work file's and the chart widget's modules (the chart drawn offline above)
  // come out of the bundle every lesson page fetches after its first result.
  assert.ok(fetched.includes('around_results.bundle'), 'the worker sliced the shared bundle');
  assert.deepEqual(fetched.filter((name) => /^(split|chunk)_/.test(name)), []);
});

/** `offlineAfterOneVisit` on a copy of the build whose `web-…/<file>` is cut to `bytes` bytes. */
async function offlineWithCutFile(file, bytes) {
  const site = mkdtempSync(join(tmpdir(), 'atelier-cut-'));
  cpSync(DIST, site, { recursive: true });
  const cut = join(site, readdirSync(site).find((f) => f.startsWith('web-')), file);
  writeFileSync(cut, readFileSync(cut).subarray(0, bytes));
  return offlineAfterOneVisit(site);
}

test('a shared bundle that cannot be read leaves offline use whole: the worker fetches its modules one by one', async () => {
  // Its index reads, its modules do not add up: refused whole.
  const fetched = await offlineWithCutFile('around_results.bundle', 5000);
  assert.ok(fetched.includes('split_around_results.wasm'), 'the worker fell back to the loose modules');
  assert.ok(!fetched.includes('split_abc.wasm'), 'the pack still gave the others');
});

test('a pack that cannot be read leaves offline use whole: the worker fetches the modules one by one', async () => {
  // A cut-short download: xz's own check and the lengths refuse it.
  const fetched = await offlineWithCutFile('modules.pack', 200000);
  assert.ok(fetched.includes('split_abc.wasm') && fetched.includes('split_pic.wasm'), 'the worker fell back to the loose modules');
});

test('a WebAssembly module that cannot load gives a message, not a blank page', async () => {
  const site = mkdtempSync(join(tmpdir(), 'atelier-broken-'));
  cpSync(DIST, site, { recursive: true });
  const modules = readdirSync(site).find((f) => f.startsWith('web-'));
  writeFileSync(join(site, modules, 'atelier_bg.wasm'), 'not wasm');
  const own = await serve(site);
  const context = await newContext(browser, { serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(own.url + '#/eoq');
  const message = byId(page, 'boot-error');
  await message.waitFor();
  assert.match(await message.textContent(), /could not start/);
  await own.stop();
  await context.close();
});

test('a first visit downloads the shell and the lesson it opens, not the other lessons', async () => {
  const context = await newContext(browser, { serviceWorkers: 'block' });
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    if (/\.(wasm|bundle)$/.test(name)) fetched.push(name);
  });
  // What was fetched when the first result showed: the shell, then the lesson's module and the
  // chunks it needs as one bundle.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-testid="eoq-q"]')?.textContent) {
        window.atFirstResult = performance.getEntriesByType('resource').map((r) => r.name.split('/').pop()).filter((n) => /\.(wasm|bundle)$/.test(n));
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto(server.url + '#/eoq');
  await expectText(page, 'eoq-q', '200');
  assert.deepEqual(await page.evaluate(() => window.atFirstResult), ['atelier_bg.wasm', 'eoq.bundle']);
  // Then, once it is painted, the toolbar, work file and chart widget in one module.
  await byId(page, 'share-link').waitFor();
  assert.deepEqual(fetched, ['atelier_bg.wasm', 'eoq.bundle', 'around_results.bundle']);
  // Practising fetches exercise mode then; another lesson its own bundle, with the table
  // editor it declares.
  await byId(page, 'exercise-button').click();
  await byId(page, 'eoq-answer-q').waitFor();
  await page.goto(server.url + '#/abc');
  await byId(page, 'abc-item-0-name').waitFor();
  assert.deepEqual(fetched.slice(0, 4), ['atelier_bg.wasm', 'eoq.bundle', 'around_results.bundle', 'exercise.bundle']);
  assert.deepEqual(fetched.slice(4).sort(), ['abc.bundle', 'table_editor.bundle']);
  await context.close();
});

// A lesson's module, and a part a lesson declares (ABC's table editor): never a page without them.
for (const { module, fragment, ready } of [
  { module: 'mrp', fragment: '#/mrp', ready: 'lesson-mrp' },
  { module: 'table_editor', fragment: '#/abc', ready: 'abc-item-0-name' },
]) {
  test(`a module that cannot be downloaded (${module}) is said, with a way to try again`, async () => {
    const context = await newContext(browser, { serviceWorkers: 'block' });
    const page = await context.newPage();
    const files = new RegExp(`/(${module}\\.bundle|split_${module}\\.wasm)$`);
    await page.route(files, (route) => route.abort('internetdisconnected'));
    await page.goto(server.url + fragment);
    const notice = byId(page, 'module-missing');
    await notice.waitFor();
    assert.match(await notice.textContent(), /could not be downloaded/);
    assert.equal(await byId(page, 'crash-panel').count(), 0);
    assert.ok(await byId(page, 'home-link').isVisible());
    await page.unroute(files);
    await byId(page, 'module-retry').click();
    await byId(page, ready).waitFor();
    await context.close();
  });
}

test('the loading line disappears once the app starts', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/');
  await byId(page, 'card-eoq').waitFor();
  assert.equal(await page.locator('#boot').count(), 0);
  await context.close();
});

test('a new deploy replaces the cache whole: one version at a time', async () => {
  const site = mkdtempSync(join(tmpdir(), 'atelier-deploy-'));
  cpSync(DIST, site, { recursive: true });
  const own = await serve(site);
  const context = await newContext(browser);
  const page = await open(context, own.url, '#/eoq');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 });
  const before = await page.evaluate(() => caches.keys());
  assert.equal(before.length, 1);
  // Deploy: change one file and fill sw.js again, as the post-build hook does.
  const css = readdirSync(site).find((f) => f.endsWith('.css'));
  appendFileSync(join(site, css), '\n/* new deploy */\n');
  execFileSync('node', ['.ci/precache.mjs', site]);
  await page.reload();
  await page.waitForFunction((old) => caches.keys().then((keys) => keys.length === 1 && keys[0] !== old), before[0], { timeout: 10000, polling: 200 });
  await page.reload();
  await byId(page, 'eoq-q').waitFor();
  await own.stop();
  await context.close();
});

test('every lesson of the registry is built and listed', () => {
  assert.deepEqual([...LESSONS].sort(), ['abc', 'business-plan', 'capacity', 'cell', 'crashing', 'dbr', 'eoq', 'io-control', 'kanban', 'load-profile', 'mps', 'mrp', 'mto', 'overlap', 'pert', 'pic', 'policies', 'priority', 'product-mix', 'rccp', 'reorder-point', 'runout', 'sampling', 'sequencing', 'spc', 'strategy', 'tolerance']);
});

const scans = [['home', '#/'], ['teacher tools', '#/teach?lesson=mrp'], ['class pack with key', '#/print?lesson=mrp&seeds=1-2&key=1&lang=fr'], ['EOQ flat bottom', '#/eoq?preset=flat-bottom'], ['reorder point', '#/reorder-point?preset=lead-time-varies'], ['policies compared', '#/policies?preset=compare-variable&lang=fr']];
for (const lesson of LESSONS) scans.push([`${lesson}`, `#/${lesson}`], [`${lesson} in French`, `#/${lesson}?lang=fr`], [`${lesson} exercise`, `#/${lesson}?mode=exercise&seed=2`]);
for (const [name, fragment] of scans) {
  test(`accessibility scan: ${name} has no serious or critical violation`, async () => {
    const context = await newContext(browser);
    const page = await open(context, server.url, fragment);
    await page.waitForTimeout(200);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
    await context.close();
  });
}

for (const lesson of LESSONS) {
  test(`${lesson}: opening its own share link changes nothing`, async () => {
    // Regression: a view that ran an event handler while drawing added a row at every start.
    const context = await newContext(browser);
    const page = await open(context, server.url, `#/${lesson}`);
    await byId(page, `lesson-${lesson}`).waitFor();
    const first = await shareLinkOf(page);
    const again = await open(await newContext(browser), server.url, new URL(first).hash);
    await byId(again, `lesson-${lesson}`).waitFor();
    await again.waitForTimeout(200);
    assert.equal(await shareLinkOf(again).then((u) => new URL(u).hash), new URL(first).hash);
    assert.deepEqual([...page.errors, ...again.errors], []);
    await context.close();
  });

  test(`${lesson}: unreadable saved work is backed up and a newer version's is left alone`, async () => {
    const context = await newContext(browser);
    const page = await open(context, server.url, `#/${lesson}`);
    await byId(page, `lesson-${lesson}`).waitFor();
    await page.waitForTimeout(100);
    const key = await page.evaluate((l) => Object.keys(localStorage).find((k) => new RegExp(`^atelier\\.v\\d+\\.${l}$`).test(k)), lesson);
    assert.ok(key, 'the lesson saves its work');
    const newer = key.replace(/\.v(\d+)\./, (_, v) => `.v${Number(v) + 1}.`);
    await page.evaluate(([k, n]) => { localStorage.setItem(k, '{not json'); localStorage.setItem(n, '{"from":"a newer Atelier"}'); }, [key, newer]);
    await page.reload();
    await byId(page, 'storage-notice').waitFor();
    const backup = key.replace('atelier.', 'atelier.backup.');
    assert.match(await byId(page, 'storage-notice').textContent(), new RegExp(backup.replace(/\./g, '\\.')));
    assert.equal(await page.evaluate((b) => localStorage.getItem(b), backup), '{not json');
    assert.equal(await page.evaluate((n) => localStorage.getItem(n), newer), '{"from":"a newer Atelier"}');
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  test(`narrow screen: no horizontal scroll on ${lesson}`, async () => {
    const context = await newContext(browser, { viewport: { width: 360, height: 740 } });
    const page = await open(context, server.url, `#/${lesson}`);
    await byId(page, `lesson-${lesson}`).waitFor();
    await page.waitForTimeout(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    await context.close();
  });
}
