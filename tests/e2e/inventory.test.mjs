// The inventory lessons end to end: safety stock and reorder point, policies (Fig 2.4), ABC.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newContext, open, read, byId, expectText, type, parseShown, addressOf, shareLinkOf } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

/** Solves an open exercise through "Show solution", then checks every mark is right. */
async function solveExercise(page, lesson) {
  await byId(page, 'exercise-solution').click();
  const expected = await page.locator(`[data-testid^="${lesson}-expected-"]`).evaluateAll((nodes) =>
    nodes.map((n) => [n.dataset.testid.replace(/^.*-expected-/, ''), n.textContent.replace(/^[^:]*:\s*/, '')]));
  assert.ok(expected.length >= 3);
  for (const [id, value] of expected) await type(page, `${lesson}-answer-${id}`, String(parseShown(value)));
  await byId(page, 'exercise-check').click();
  for (const [id] of expected) await page.waitForSelector(`[data-testid="${lesson}-mark-${id}"][data-result="right"]`);
}

test('reorder point: the issue link, models, worst case, French', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/reorder-point?d=325&sd=50&lt=2&sl=0.95');
  await expectText(page, 'rop-z', '1.6449');
  assert.equal(await read(page, 'rop-ss'), '164.49');
  assert.equal(await read(page, 'rop-pc'), '814.49');
  assert.equal(await read(page, 'rop-table-z'), '1.65');
  assert.equal(await read(page, 'rop-service'), '95%');
  await byId(page, 'rop-chart').locator('svg').first().waitFor();
  await page.selectOption('[data-testid="reorder-point-input-model"]', 'sqrt');
  await expectText(page, 'rop-ss', '116.31');
  assert.match(await addressOf(page), /model=sqrt/);
  await type(page, 'reorder-point-input-sl', '1,2');
  assert.match(await read(page, 'reorder-point-input-sl-error'), /< 1/);
  assert.equal(await read(page, 'rop-ss'), '116.31');
  const trial = await open(context, server.url, '#/reorder-point?preset=what-if-200');
  await expectText(trial, 'rop-trial-service', '97.725%');
  assert.equal(await read(trial, 'rop-trial-stockout'), '2.275%');
  const worst = await open(context, server.url, '#/reorder-point?method=worst&d=325&lt=2&dmax=450&ltmax=3&sd=50&lang=fr');
  await expectText(worst, 'rop-ss', '700');
  assert.equal(await read(worst, 'rop-pc'), '1\u00a0350');
  assert.equal(await read(worst, 'rop-z'), '—');
  assert.deepEqual([...page.errors, ...worst.errors], []);
  await context.close();
});

test('reorder point: exercise right and wrong', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/reorder-point?mode=exercise&seed=11');
  await type(page, 'reorder-point-answer-ss', '1');
  await byId(page, 'exercise-check').click();
  await page.waitForSelector('[data-testid="reorder-point-mark-ss"][data-result="wrong"]');
  await solveExercise(page, 'reorder-point');
  await context.close();
});

test('policies: preset fig-2-4 reproduces the figure', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/policies?preset=fig-2-4');
  const stocks = [700, 250, 1150, 700, 600, 900, 450, 350, 1250, 1150];
  await expectText(page, 'policy-stock-10', '1,150');
  for (const [i, stock] of stocks.entries()) assert.equal(parseShown(await read(page, `policy-stock-${i + 1}`)), stock);
  for (let t = 1; t <= 10; t++) {
    assert.equal(parseShown(await read(page, `policy-order-${t}`)), [1, 4, 7].includes(t) ? 1000 : 0, `order ${t}`);
    assert.equal(parseShown(await read(page, `policy-receipt-${t}`)), [3, 6, 9].includes(t) ? 1000 : 0, `receipt ${t}`);
  }
  assert.equal(await read(page, 'policy-avg-stock'), '750');
  assert.equal(await read(page, 'policy-orders'), '3');
  assert.equal(await read(page, 'policy-stockout-units'), '0');
  await byId(page, 'policy-chart').locator('svg').first().waitFor();
  await context.close();
});

test('policies: editing demand, a bad entry, and comparing two policies', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/policies?preset=fig-2-4');
  await type(page, 'policies-input-demand', '700 450 x');
  assert.match(await read(page, 'policies-input-demand-error'), /Entry 3/);
  assert.equal(await read(page, 'policy-stock-10'), '1,150');
  await type(page, 'policies-input-demand', '1500 100');
  await expectText(page, 'policy-stockout-units', '200');
  assert.equal(await read(page, 'policy-stock-1'), '0');
  assert.match(await addressOf(page), /demand=1500;100/);
  await page.selectOption('[data-testid="policies-input-compare"]', 'periodic');
  await byId(page, 'policy-compare-avg-stock').waitFor();
  assert.match(await addressOf(page), /compare=periodic/);
  await context.close();
});

test('policies: fill the grid yourself, one wrong cell explained', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/policies?preset=fig-2-4');
  await byId(page, 'policy-grid-fill').click();
  // Fig 2.4: orders launched in 1, 4, 7 arrive in 3, 6, 9; one stock is mistyped (period 4 is 700).
  const receipts = [0, 0, 1000, 0, 0, 1000, 0, 0, 1000, 0];
  const stocks = [1400, 700, 250, 1150, 750, 600, 900, 450, 350, 1250, 1150];
  const orders = [1000, 0, 0, 1000, 0, 0, 1000, 0, 0, 0];
  for (const [t, v] of receipts.entries()) await type(page, `policy-receipt-${t + 1}-answer`, String(v));
  for (const [t, v] of stocks.entries()) await type(page, `policy-stock-${t}-answer`, String(v));
  for (const [t, v] of orders.entries()) await type(page, `policy-order-${t + 1}-answer`, String(v));
  await byId(page, 'policy-grid-check').click();
  await page.waitForSelector('[data-testid="policy-stock-4"][data-result="wrong"]');
  assert.equal(await byId(page, 'policy-stock-3').getAttribute('data-result'), 'right');
  assert.equal(await read(page, 'policy-grid-score'), '30 of 31 cells right.');
  assert.match(await read(page, 'policy-grid-explain'), /period 4: not yet\. S4 = S3 \+ R4 − D4 = 1,150 \+ 0 − 450 = 700/);
  await type(page, 'policy-stock-4-answer', '700');
  await byId(page, 'policy-grid-check').click();
  await expectText(page, 'policy-grid-score', '31 of 31 cells right.');
  // Back to the computed grid, with its marks.
  await byId(page, 'policy-grid-fill').click();
  await expectText(page, 'policy-stock-4', '700');
  assert.equal(await byId(page, 'policy-order-1').getAttribute('data-mark'), 'release');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('policies: exercise', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/policies?mode=exercise&seed=5&lang=fr');
  await solveExercise(page, 'policies');
  await context.close();
});

test('tables and grids redrawn cell by cell equal a fresh drawing', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/abc?items=X:80:1;Y:15:1;Z:5:1&rule=value');
  await expectText(page, 'abc-total', '100');
  // Z moves from last to first: the ranked rows change their names, ids and classes in place.
  await type(page, 'abc-item-2-quantity', '500');
  await expectText(page, 'abc-total', '595');
  assert.equal(await read(page, 'abc-class-Z'), 'A');
  const drawn = (p, id) => byId(p, id).evaluate((table) => table.outerHTML);
  const patched = await drawn(page, 'abc-ranked');
  const fresh = await open(context, server.url, new URL(await shareLinkOf(page)).hash);
  await expectText(fresh, 'abc-total', '595');
  assert.equal(patched, await drawn(fresh, 'abc-ranked'));
  // The policies grid: a demand edit rewrites the stock row's numbers in place.
  const grid = await open(context, server.url, '#/policies?preset=fig-2-4');
  await grid.waitForSelector('[data-testid="policy-stock-1"]');
  const stockBefore = await read(grid, 'policy-stock-1');
  await type(grid, 'policies-input-demand', '650 450 100 450 100 700 450 100 100 100');
  await grid.waitForFunction((before) => document.querySelector('[data-testid="policy-stock-1"]').textContent !== before, stockBefore);
  const patchedGrid = await drawn(grid, 'policy-grid');
  const freshGrid = await open(context, server.url, new URL(await shareLinkOf(grid)).hash);
  await freshGrid.waitForSelector('[data-testid="policy-stock-1"]');
  assert.equal(patchedGrid, await drawn(freshGrid, 'policy-grid'));
  await context.close();
});

test('ABC: classes, shares, link items, paste with decimal commas', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/abc?items=X:80:1;Y:15:1;Z:5:1&rule=value');
  await expectText(page, 'abc-total', '100');
  // Regression: an empty row was added at start-up (a bare `>=` in the view ended a tag early).
  assert.equal(await byId(page, 'abc-items').locator('tbody tr').count(), 3);
  assert.equal(await read(page, 'abc-count-c'), '1');
  assert.equal(await read(page, 'abc-class-X'), 'A');
  assert.equal(await read(page, 'abc-class-Y'), 'B');
  assert.equal(await read(page, 'abc-class-Z'), 'C');
  assert.equal(await read(page, 'abc-share-Y'), '15.00');
  await page.selectOption('[data-testid="abc-input-rule"]', 'count');
  assert.match(await addressOf(page), /rule=count/);
  await page.locator('details.paste summary').click();
  await type(page, 'abc-paste', 'Article\tQuantité\tPrix\nVis\t1 000\t0,5\nMoteur\t10\t250\nJoint\t400\t1,25');
  await byId(page, 'abc-import').click();
  await expectText(page, 'abc-total', '3,500');
  assert.equal(await read(page, 'abc-class-Moteur'), 'A');
  assert.equal(await byId(page, 'abc-item-0-name').inputValue(), 'Vis');
  await type(page, 'abc-item-0-quantity', '2000');
  await expectText(page, 'abc-total', '4,000');
  await type(page, 'abc-item-1-name', 'Vis');
  assert.match(await read(page, 'abc-error'), /Two items/);
  // The culprit cell is the second "Vis", highlighted; the total stays, marked stale.
  assert.equal(await byId(page, 'abc-item-1-name').getAttribute('aria-invalid'), 'true');
  await byId(page, 'abc-stale').waitFor();
  await type(page, 'abc-item-1-name', 'Moteur');
  // Rows move down and up.
  await byId(page, 'abc-down-0').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="abc-item-1-name"]').value === 'Vis');
  await byId(page, 'abc-up-1').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="abc-item-0-name"]').value === 'Vis');
  // A cell that does not read says so at the cell.
  await type(page, 'abc-item-2-price', 'cher');
  assert.equal(await byId(page, 'abc-item-2-price').getAttribute('aria-invalid'), 'true');
  assert.match(await read(page, 'abc-item-2-price-error'), /line 3, column “Unit price a”/);
  await byId(page, 'abc-stale').waitFor();
  // A pasted table with a bad cell is refused, naming its line and column.
  await type(page, 'abc-paste', 'A\t10\t1\nB\tbeaucoup\t2');
  await byId(page, 'abc-import').click();
  assert.match(await read(page, 'abc-paste-error'), /line 2, column “Annual quantity N”/);
  await byId(page, 'abc-pareto').locator('svg').first().waitFor();
  await context.close();
});

test('ABC: exercise', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/abc?mode=exercise&seed=3');
  await solveExercise(page, 'abc');
  await context.close();
});
