// The scheduling lessons end to end: sequencing (five jobs, Johnson, an exercise), priority rules (Figs 5.7 and 5.8, an exercise), run-out time (Fig 5.2, a lot typed, a product without usage,
// an exercise chained here) and input/output control (the course's Fig 5.9 from its link, a
// service level typed in per cent, the target emptied and kept empty in the link, actual outputs
// of the wrong length, the grid filled by hand, an exercise checked against answers computed here).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newContext, open, read, byId, expectText, type, addressOf } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

test('I/O control: Fig 5.9 from its link, a service level in per cent, an emptied target, a bad row', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/io-control?preset=fig-5-9&lang=fr');
  await expectText(page, 'io-queue-5', '28');
  const row = async (key, days) => Promise.all(days.map((d) => read(page, `io-${key}-${d}`)));
  assert.deepEqual(await row('queue', [0, 1, 2, 3, 4, 5]), ['32', '27', '31', '36', '28', '28']);
  assert.deepEqual(await row('planned-queue', [6, 7, 8, 9, 10]), ['24', '20', '16', '12', '10']);
  assert.deepEqual(await row('planned-out', [6, 7, 8, 9, 10]), ['20', '20', '20', '20', '18']);
  assert.equal(await read(page, 'io-sd-queue'), '3,286');
  assert.equal(await read(page, 'io-target-queue'), '10,156');
  await byId(page, 'io-chart').locator('svg').first().waitFor();
  assert.equal(await byId(page, 'see-also-spc').getAttribute('href'), '#/spc');
  // 99 % typed as a percentage: the course's 2.33.
  await type(page, 'io-control-input-s', '99 %');
  await expectText(page, 'io-z', '2,326');
  assert.equal(await read(page, 'io-target-queue'), '7,645');
  // The target emptied: the plan aims at the size needed, and the link keeps the field empty.
  await type(page, 'io-control-input-target', '');
  await expectText(page, 'io-plan-target', '7,645');
  assert.equal(await read(page, 'io-planned-queue-10'), '8');
  assert.match(await addressOf(page), /target=(&|$)/);
  const again = await open(context, server.url, new URL(await addressOf(page)).hash);
  await expectText(again, 'io-plan-target', '7,645');
  // Two actual outputs for five inputs: the row is named, the last results stay, marked stale.
  await type(page, 'io-control-input-out', '17 15');
  assert.match(await read(page, 'io-control-input-out-error'), /Sorties réelles : 2 valeur\(s\) pour 5/);
  await byId(page, 'io-stale').waitFor();
  assert.equal(await read(page, 'io-planned-queue-10'), '8');
  assert.deepEqual(page.errors, []);
  assert.deepEqual(again.errors, []);
  await context.close();
});

test('I/O control: fill the grid yourself, one wrong queue explained', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/io-control?preset=fig-5-9');
  await byId(page, 'io-grid-fill').click();
  const fill = async (key, values, first = 1) => {
    for (const [i, v] of values.entries()) await type(page, `io-${key}-${i + first}-answer`, String(v));
  };
  await fill('in-dev', [-4, 3, 6, -6, -1]);
  await fill('in-cum', [-4, -1, 5, -1, -2]);
  await fill('out-dev', [1, -1, 1, 2, -1]);
  await fill('out-cum', [1, 0, 1, 3, 2]);
  await fill('planned-queue', [32, 32, 32, 32, 32, 32, 24, 20, 16, 12, 10], 0);
  // The day J-3 queue mistyped: 22 in, 17 out from 31 is 36.
  await fill('queue', [32, 27, 31, 35, 28, 28], 0);
  await byId(page, 'io-grid-check').click();
  await page.waitForSelector('[data-testid="io-queue-3"][data-result="wrong"]');
  assert.equal(await read(page, 'io-grid-score'), '36 of 37 cells right.');
  assert.match(await read(page, 'io-grid-explain'), /D-3: not yet\. D-3: previous queue \+ input − output = 31 \+ 22 − 17/);
  await type(page, 'io-queue-3-answer', '36');
  await byId(page, 'io-grid-check').click();
  await expectText(page, 'io-grid-score', '37 of 37 cells right.');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('I/O control exercise: answers computed from the statement are right, n − 1 is named', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/io-control?mode=exercise&seed=4');
  const statement = await read(page, 'exercise-statement');
  const [, capacity, opening, inputs, outputs, service] = statement.match(
    /A ([\d.]+) h\/day centre had ([\d.]+) h of work queued.*the inputs were ([\d.; ]+) and the outputs ([\d.; ]+)\. .*probability ([\d.]+) %/,
  );
  const list = (text) => text.split(';').map(Number);
  const [ins, outs] = [list(inputs), list(outputs)];
  const queues = [];
  let queue = Number(opening);
  for (const [d, input] of ins.entries()) { queue += input - outs[d]; queues.push(queue); }
  const inCum = ins.reduce((sum, v) => sum + v - Number(capacity), 0);
  const mean = queues.reduce((a, b) => a + b, 0) / queues.length;
  const squares = queues.reduce((sum, q) => sum + (q - mean) ** 2, 0);
  const sd = Math.sqrt(squares / queues.length);
  const z = { '95': 1.6448536, '99': 2.3263479, '99.9': 3.0902323 }[service];
  assert.ok(z, `a tabled service level: ${service}`);
  await type(page, 'io-control-answer-queue', String(queue));
  await type(page, 'io-control-answer-in-cum', String(inCum));
  await type(page, 'io-control-answer-sd', Math.sqrt(squares / (queues.length - 1)).toFixed(4));
  await type(page, 'io-control-answer-needed', (z * sd).toFixed(3));
  await byId(page, 'exercise-check').click();
  for (const id of ['queue', 'in-cum', 'needed']) await page.waitForSelector(`[data-testid="io-control-mark-${id}"][data-result="right"]`);
  assert.match(await read(page, 'io-control-mark-sd'), /not n − 1/);
  await type(page, 'io-control-answer-sd', sd.toFixed(4));
  await byId(page, 'exercise-check').click();
  await page.waitForSelector('[data-testid="io-control-mark-sd"][data-result="right"]');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Run-out: Fig 5.2 from its link, a smaller lot typed, a product without usage named', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/runout?products=A:0.8:0.2:4;B:1:0.1:2;C:1.5:0.2:1.5;D:0.6:0.04:1.5&rate=0.5&lang=fr');
  await expectText(page, 'runout-short-C', '0,5');
  assert.equal(await read(page, 'runout-short-B'), '1');
  assert.equal(await read(page, 'runout-rank-C'), '2');
  assert.equal(await read(page, 'runout-first'), 'A');
  await byId(page, 'runout-gantt').locator('svg').first().waitFor();
  await type(page, 'runout-product-0-lot', '2');
  await expectText(page, 'runout-total-short', '0');
  assert.match(await addressOf(page), /A:0\.8:0\.2:2/);
  await type(page, 'runout-product-1-usage', '0');
  assert.match(await read(page, 'runout-error'), /B : sans sortie/);
  await byId(page, 'runout-stale').waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Run-out exercise: the lots chained here give the right shortages', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/runout?mode=exercise&seed=3');
  const statement = await read(page, 'exercise-statement');
  const rate = Number(statement.match(/makes ([\d.]+) t a day/)[1]);
  const products = [...statement.matchAll(/([A-D]) ([\d.]+) \/ ([\d.]+) \/ ([\d.]+)/g)].map((m) => ({ id: m[1], stock: Number(m[2]), usage: Number(m[3]), lot: Number(m[4]) }));
  assert.equal(products.length, 4);
  products.forEach((p) => { p.out = p.stock / p.usage; });
  const order = [...products].sort((a, b) => a.out - b.out);
  let clock = 0;
  let short = 0;
  for (const p of order) { short += Math.max(0, clock - p.out); clock += p.lot / rate; }
  await type(page, 'runout-answer-runout-a', products[0].out.toFixed(4));
  await type(page, 'runout-answer-rank-b', String(order.findIndex((p) => p.id === 'B') + 1));
  await type(page, 'runout-answer-short', short.toFixed(4));
  await byId(page, 'exercise-check').click();
  for (const id of ['runout-a', 'rank-b', 'short']) await page.waitForSelector(`[data-testid="runout-mark-${id}"][data-result="right"]`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Priority: Fig 5.7 from its link, Fig 5.8 typed late, a duplicate order named', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/priority?preset=fig-5-6');
  await expectText(page, 'seq-cr', '2-1-3-4');
  assert.equal(await read(page, 'seq-slack'), '1-2-4-3');
  assert.equal(await read(page, 'seq-for'), '4-1-3-2');
  assert.equal(await read(page, 'cr-2'), '0.7368');
  await byId(page, 'priority-gantt').locator('svg').first().waitFor();
  // The day axis spans the orders (days 125 to 133), not 0 to 133 with the bars squeezed at its end.
  // (Its labels are centred under their tick; the orders' numbers stand right-aligned at the left.)
  const days = (await byId(page, 'priority-gantt').locator('svg text[text-anchor="middle"]').allTextContents()).filter((t) => /^\d+$/.test(t)).map(Number);
  assert.ok(days.length >= 2 && Math.min(...days) >= 120 && Math.max(...days) <= 140, days.join(' '));
  await byId(page, 'priority-input-rule').selectOption('edd');
  await expectText(page, 'priority-start-2', '126.5');
  // Order 4's due date moved before today: the critical ratio puts it first.
  await type(page, 'priority-job-3-due', '120');
  await expectText(page, 'seq-cr', '4-2-1-3');
  await type(page, 'priority-job-3-id', '1');
  assert.match(await read(page, 'priority-error'), /Order 1 is listed twice/);
  await byId(page, 'priority-stale').waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Priority exercise: ratios and the sequence computed here are right, the due-date order is named', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/priority?mode=exercise&seed=6');
  const statement = await read(page, 'exercise-statement');
  const today = Number(statement.match(/On day ([\d.]+)/)[1]);
  const jobs = [...statement.matchAll(/(\d): ([\d.]+), ([\d.]+), ([\d.]+), ([\d.]+), ([\d.]+)/g)].map((m) => ({ id: m[1], due: Number(m[2]), ptr: Number(m[4]), mtr: Number(m[5]) }));
  assert.equal(jobs.length, 4);
  const cr = (j) => (j.due - today) / j.mtr;
  const byCr = jobs.map((j, i) => ({ j, i })).sort((a, b) => cr(a.j) - cr(b.j) || a.i - b.i).map(({ j }) => j.id).join('');
  const byDue = jobs.map((j, i) => ({ j, i })).sort((a, b) => a.j.due - b.j.due || a.i - b.i).map(({ j }) => j.id).join('');
  await type(page, 'priority-answer-cr-1', cr(jobs[0]).toFixed(4));
  await type(page, 'priority-answer-slack-2', String(jobs[1].due - today - jobs[1].ptr));
  await type(page, 'priority-answer-seq-cr', byCr === byDue ? byCr : byDue);
  await byId(page, 'exercise-check').click();
  for (const id of ['cr-1', 'slack-2']) await page.waitForSelector(`[data-testid="priority-mark-${id}"][data-result="right"]`);
  if (byCr !== byDue) {
    assert.match(await read(page, 'priority-mark-seq-cr'), /due-date order/);
    await type(page, 'priority-answer-seq-cr', byCr);
    await byId(page, 'exercise-check').click();
  }
  await page.waitForSelector('[data-testid="priority-mark-seq-cr"][data-result="right"]');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Sequencing: five jobs side by side, Johnson, a second-machine job that does not exist named', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/sequencing?preset=two-machines');
  await expectText(page, 'seq-spt', 'B-D-A-C-E');
  assert.equal(await read(page, 'metric-spt-flow'), '13');
  assert.equal(await read(page, 'makespan-johnson'), '30');
  await byId(page, 'sequencing-gantt').locator('svg').first().waitFor();
  await type(page, 'sequencing-job-0-time', '1');
  await expectText(page, 'seq-spt', 'A-B-D-C-E');
  await type(page, 'sequencing-m2-1-id', 'Z');
  assert.match(await read(page, 'sequencing-m2-error'), /Z is not one of the jobs/);
  await byId(page, 'sequencing-stale').waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Sequencing exercise: SPT, EDD and Johnson worked here are right', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/sequencing?mode=exercise&seed=2');
  const statement = await read(page, 'exercise-statement');
  const jobs = [...statement.matchAll(/([A-E]): ([\d.]+), ([\d.]+), ([\d.]+)/g)].map((m, i) => ({ i, id: m[1], p: Number(m[2]), due: Number(m[3]), q: Number(m[4]) }));
  assert.equal(jobs.length, 5);
  const completions = (order) => { let t = 0; return order.map((j) => (t += j.p)); };
  const stable = (key) => [...jobs].sort((a, b) => key(a) - key(b) || a.i - b.i);
  const spt = completions(stable((j) => j.p));
  const eddOrder = stable((j) => j.due);
  const late = completions(eddOrder).filter((c, k) => c > eddOrder[k].due).length;
  const first = jobs.filter((j) => j.p <= j.q).sort((a, b) => a.p - b.p || a.i - b.i);
  const last = jobs.filter((j) => j.p > j.q).sort((a, b) => b.q - a.q || a.i - b.i);
  let [m1, m2] = [0, 0];
  for (const j of [...first, ...last]) { m1 += j.p; m2 = Math.max(m2, m1) + j.q; }
  await type(page, 'sequencing-answer-spt-flow', (spt.reduce((a, b) => a + b, 0) / 5).toFixed(2));
  await type(page, 'sequencing-answer-edd-late', String(late));
  await type(page, 'sequencing-answer-johnson', String(m2));
  await byId(page, 'exercise-check').click();
  for (const id of ['spt-flow', 'edd-late', 'johnson']) await page.waitForSelector(`[data-testid="sequencing-mark-${id}"][data-result="right"]`);
  assert.deepEqual(page.errors, []);
  await context.close();
});
