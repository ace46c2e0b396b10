// The quality lessons end to end: tolerances (the course's pistons, a drift typed with a decimal
// comma, limits out of order, an exercise checked against answers computed here) and acceptance
// sampling (the course's pistons with and without replacement, a rate typed in per cent, c above
// n, an exercise checked against binomial sums computed here) and control charts (the course's
// lathe, typed samples, a shift flagged, a rule switched off, a sample of the wrong size).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newContext, open, read, byId, expectText, type, addressOf } from './harness.mjs';

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
  await byId(page, 'tol-curve').locator('svg').first().waitFor();
  // The mean drifts to 50,02 (decimal comma): 2σ to USL.
  await type(page, 'tolerance-input-mean', '50,02');
  await expectText(page, 'tol-above', '2,275\u00a0%');
  assert.equal(await read(page, 'tol-factor'), '8,438');
  assert.equal(await read(page, 'tol-cpk'), '0,6667');
  assert.match(await addressOf(page), /mean=50\.02/);
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

test('Sampling: the course’s pistons with and without replacement, a rate in per cent, c above n', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/sampling?N=1000&n=50&c=0&dist=binomial&p1=0.006&p2=0.015');
  await expectText(page, 'sampling-consumer-risk', '0.4697');
  assert.equal(await read(page, 'sampling-producer-risk'), '0.2599');
  assert.equal(await read(page, 'sampling-laws-hypergeometric-beta'), '0.4607');
  await byId(page, 'sampling-oc').locator('svg').first().waitFor();
  await byId(page, 'sampling-input-dist').selectOption('hypergeometric');
  await expectText(page, 'sampling-consumer-risk', '0.4607');
  assert.equal(await read(page, 'sampling-producer-risk'), '0.2655');
  assert.match(await addressOf(page), /dist=hypergeometric/);
  // p2 typed as a percentage: 3 % gives 0.97⁵⁰ drawn with replacement, about 0.218.
  await byId(page, 'sampling-input-dist').selectOption('binomial');
  await type(page, 'sampling-input-p2', '3 %');
  await expectText(page, 'sampling-consumer-risk', (0.97 ** 50).toFixed(4));
  // More defectives accepted than parts drawn: named at c, the last results kept as stale.
  await type(page, 'sampling-input-c', '60');
  assert.match(await read(page, 'sampling-input-c-error'), /cannot exceed the sample size/);
  await byId(page, 'sampling-stale').waitFor();
  assert.equal(await read(page, 'sampling-consumer-risk'), (0.97 ** 50).toFixed(4));
  assert.deepEqual(page.errors, []);
  await context.close();
});

/** P(X ≤ c) for X binomial (n, p), term by term. */
function binomialCdf(n, p, c) {
  let term = (1 - p) ** n;
  let sum = term;
  for (let k = 1; k <= c; k++) {
    term *= ((n - k + 1) / k) * (p / (1 - p));
    sum += term;
  }
  return sum;
}

test('Sampling exercise: risks from binomial sums are right, the complement is named', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/sampling?mode=exercise&seed=4');
  const statement = await read(page, 'exercise-statement');
  const [lot, n] = statement.match(/Lots of ([\d,]+) parts .*?: ([\d,]+) parts drawn/).slice(1).map((x) => Number(x.replace(/,/g, '')));
  const c = statement.includes('only when none is defective') ? 0 : Number(statement.match(/at most (\d+) are defective/)[1]);
  const [p2, p1] = statement.match(/rejects a quality of ([\d.]+)% defective, the supplier guarantees ([\d.]+)%/).slice(1).map((x) => Number(x) / 100);
  const beta = binomialCdf(n, p2, c);
  const alpha = 1 - binomialCdf(n, p1, c);
  await type(page, 'sampling-answer-beta', (1 - beta).toFixed(5));
  await type(page, 'sampling-answer-alpha', alpha.toFixed(5));
  await type(page, 'sampling-answer-ati', (n + (1 - beta) * (lot - n)).toFixed(2));
  await byId(page, 'exercise-check').click();
  for (const id of ['alpha', 'ati']) await page.waitForSelector(`[data-testid="sampling-mark-${id}"][data-result="right"]`);
  assert.match(await read(page, 'sampling-mark-beta'), /probability of rejecting/);
  await type(page, 'sampling-answer-beta', beta.toFixed(5));
  await byId(page, 'exercise-check').click();
  await page.waitForSelector('[data-testid="sampling-mark-beta"][data-result="right"]');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Control charts: the course’s lathe, typed samples, a shift flagged, rules switched, a wrong sample named', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/spc?preset=course-lathe');
  await expectText(page, 'spc-sd-mean', '0.005');
  assert.deepEqual([await read(page, 'spc-zone3-low'), await read(page, 'spc-zone3-high')], ['49.985', '50.015']);
  assert.equal(await read(page, 'spc-zone1-share'), '68.27%');
  await byId(page, 'spc-xbar-chart').locator('svg').first().waitFor();
  // Typed samples: x̄ of the first is 50.005, its range 0.03.
  await page.goto(`${server.url}#/spc?mean=50&sd=0.01&n=4&source=data&samples=50.01,49.99,50,50.02;50,50.01,49.98,50;49.99,50,50.01,50.02`);
  await expectText(page, 'spc-xbar-1', '50.005');
  assert.equal(await read(page, 'spc-range-2'), '0.03');
  // A sample typed with decimal commas and spaces, one measure short: named by its line.
  await type(page, 'spc-sample-1-values', '50,01 49,99 50');
  assert.match(await read(page, 'spc-error'), /^Line 2: 4 measures/);
  await type(page, 'spc-sample-1-values', '50,01 49,99 50 50,04');
  await expectText(page, 'spc-xbar-2', '50.01');
  // The shifted lathe: flagged from sample 16 on; with every rule off, nothing is.
  await page.goto(`${server.url}#/spc?preset=lathe-shift`);
  await page.waitForSelector('[data-testid^="spc-rule-"]');
  const flagged = await page.locator('[data-testid^="spc-rule-"]').evaluateAll((cells) => cells.map((c) => Number(c.textContent)));
  assert.ok(flagged.some((i) => i >= 16), `${flagged}`);
  for (const rule of ['beyond-3', 'two-of-three', 'four-of-five', 'eight-one-side', 'six-trend']) {
    const box = byId(page, `spc-input-rules-${rule}`);
    if (await box.isChecked()) await box.uncheck();
  }
  await expectText(page, 'spc-flagged-count', '0');
  assert.match(await addressOf(page), /rules=none/);
  await byId(page, 'spc-no-flag').waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Control chart exercise: σ/√n and the zones are right, dividing by n is named', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/spc?mode=exercise&seed=6');
  const statement = await read(page, 'exercise-statement');
  const [mean, sd, n] = statement.match(/mean size ([\d.]+) mm with a standard deviation of ([\d.]+) mm\. Samples of (\d+) parts/).slice(1).map(Number);
  const sdMean = sd / Math.sqrt(n);
  await type(page, 'spc-answer-sd-mean', String(sd / n));
  await type(page, 'spc-answer-zone3-high', String(mean + 3 * sdMean));
  await type(page, 'spc-answer-zone1-share', '68.27');
  await byId(page, 'exercise-check').click();
  for (const id of ['zone3-high', 'zone1-share']) await page.waitForSelector(`[data-testid="spc-mark-${id}"][data-result="right"]`);
  assert.match(await read(page, 'spc-mark-sd-mean'), /divided by n/);
  await type(page, 'spc-answer-sd-mean', String(sdMean));
  await byId(page, 'exercise-check').click();
  await page.waitForSelector('[data-testid="spc-mark-sd-mean"][data-result="right"]');
  assert.deepEqual(page.errors, []);
  await context.close();
});
