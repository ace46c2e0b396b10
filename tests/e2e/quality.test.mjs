// The quality lessons end to end: tolerances (the course's pistons, a drift typed with a decimal
// comma, limits out of order, an exercise checked against answers computed here).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newContext, open, read, byId, expectText, type } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

/** P(Z > z) by the Abramowitz–Stegun erfc approximation (error below 1e-7): independent of the app's. */
function upperTail(z) {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}

test('Tolerance: the course’s piston, a drift typed in French, limits out of order', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/tolerance?mean=50&sd=0.02&lsl=49.94&usl=50.06&lang=fr');
  await expectText(page, 'tol-in', '99,73\u00a0%');
  assert.equal(await read(page, 'tol-cp'), '1');
  await byId(page, 'tol-curve').locator('canvas').first().waitFor();
  // The mean drifts to 50,02 (decimal comma): 2σ to USL.
  await type(page, 'tolerance-input-mean', '50,02');
  await expectText(page, 'tol-above', '2,275\u00a0%');
  assert.equal(await read(page, 'tol-factor'), '8,438');
  assert.equal(await read(page, 'tol-cpk'), '0,6667');
  assert.match(page.url(), /mean=50\.02/);
  // The lathe's ±6σ in the ±kσ table.
  assert.equal(await read(page, 'tol-sigma-6-out'), '1,973 × 10⁻⁹');
  // USL below LSL: named at its field, the last results kept as stale.
  await type(page, 'tolerance-input-usl', '49');
  assert.match(await read(page, 'tolerance-input-usl-error'), /limite haute USL/);
  await byId(page, 'tol-stale').waitFor();
  assert.equal(await read(page, 'tol-above'), '2,275\u00a0%');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Tolerance exercise: answers computed from the statement are right, Cp for Cpk is named', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/tolerance?mode=exercise&seed=8');
  const statement = await read(page, 'exercise-statement');
  const [mean, sd, lower, upper] = statement.match(/mean ([\d.]+) mm and standard deviation ([\d.]+) mm\. The tolerance is ([\d.]+) to ([\d.]+) mm/).slice(1).map(Number);
  const above = upperTail((upper - mean) / sd);
  const below = upperTail((mean - lower) / sd);
  const cp = (upper - lower) / (6 * sd);
  const cpk = Math.min(upper - mean, mean - lower) / (3 * sd);
  assert.ok(Math.abs(cp - cpk) > 0.01, 'seed 8 has a drifted mean');
  await type(page, 'tolerance-answer-above', (100 * above).toFixed(4));
  await type(page, 'tolerance-answer-out', (100 * (above + below)).toFixed(4));
  await type(page, 'tolerance-answer-cp', cp.toFixed(4));
  await type(page, 'tolerance-answer-cpk', cp.toFixed(4));
  await byId(page, 'exercise-check').click();
  for (const id of ['above', 'out', 'cp']) await page.waitForSelector(`[data-testid="tolerance-mark-${id}"][data-result="right"]`);
  assert.match(await read(page, 'tolerance-mark-cpk'), /That is Cp/);
  await type(page, 'tolerance-answer-cpk', cpk.toFixed(4));
  await byId(page, 'exercise-check').click();
  await page.waitForSelector('[data-testid="tolerance-mark-cpk"][data-result="right"]');
  assert.deepEqual(page.errors, []);
  await context.close();
});
