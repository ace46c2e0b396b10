// The MRP lessons end to end: Fig 3.23 from the link format, a cell explained, a lot rule
// edited, a cycle named; a grid filled by hand with one wrong cell; an exercise checked against an
// explosion worked here from its statement.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newContext, open, read, byId, expectText, type, addressOf } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

const FIG_3_23 = 'periods=5&items=SE:1:350:fixed250;C:2:100:fixed500;M:3:200:fixed200&bom=SE/C:2;C/M:0.1&demand=SE:120,150,220,200,150&receipts=C:0,500,0,0,0;M:0,0,200,0,0';

test('MRP: Fig 3.23 from its link, a cell explained, a lot rule edited, a cycle named', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, `#/mrp?${FIG_3_23}`);
  await expectText(page, 'mrp-SE-avail-5', '10');
  assert.equal(await read(page, 'mrp-SE-avail-0'), '350');
  assert.equal(await read(page, 'mrp-SE-release-2'), '250');
  assert.equal(await byId(page, 'mrp-SE-release-2').getAttribute('data-mark'), 'release');
  assert.equal(await read(page, 'mrp-C-gross-3'), '500');
  assert.equal(await read(page, 'mrp-C-release-1'), '500');
  assert.equal(await read(page, 'mrp-M-avail-3'), '350');
  assert.equal(await read(page, 'mrp-M-llc'), '2');
  assert.equal(await read(page, 'mrp-C-pastdue'), '0');
  await byId(page, 'mrp-diagram-C').waitFor();
  // "Why is this 500?"
  await byId(page, 'mrp-C-gross-2').click();
  assert.equal(await read(page, 'mrp-C-grid-why'), 'Gross requirements, period S2: demand 0 + SE 250 × 2');
  // SE lot for lot: the S3 order is the net need, 140; C now needs 280 in S2.
  await type(page, 'mrp-item-0-rule', 'l4l');
  await expectText(page, 'mrp-SE-receipt-3', '140');
  assert.equal(await read(page, 'mrp-C-gross-2'), '280');
  assert.match(decodeURIComponent(await addressOf(page)), /items=SE:1:350:l4l;C:2:100:fixed500/);
  // M made of SE: a cycle, named with its items; the last grids stay.
  await byId(page, 'mrp-bom-add').click();
  await type(page, 'mrp-link-2-parent', 'M');
  await type(page, 'mrp-link-2-child', 'SE');
  await byId(page, 'mrp-stale').waitFor();
  assert.match(await read(page, 'mrp-bom-error'), /SE → C → M → SE/);
  assert.equal(await read(page, 'mrp-SE-receipt-3'), '140');
  // The link removed, a lot rule the lesson does not know: its row is named.
  await byId(page, 'mrp-bom-remove-2').click();
  await page.waitForSelector('[data-testid="mrp-stale"]', { state: 'detached' });
  await type(page, 'mrp-item-0-rule', 'fixed');
  await byId(page, 'mrp-stale').waitFor();
  assert.match(await read(page, 'mrp-items-error'), /^SE: unknown lot rule/);
  assert.equal(await byId(page, 'mrp-item-0-rule').getAttribute('aria-invalid'), 'true');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('MRP: fill the SE grid yourself, one wrong cell explained', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/mrp?preset=fig-3-22&lang=fr');
  await byId(page, 'mrp-SE-grid-fill').click();
  const rows = {
    avail: [350, 230, 80, 110, 160, 10],
    net: [0, 0, 140, 90, 0],
    receipt: [0, 0, 250, 250, 0],
    release: [0, 250, 250, 0, 0],
  };
  for (const [w, v] of rows.avail.entries()) await type(page, `mrp-SE-avail-${w}-answer`, String(w === 3 ? 90 : v));
  for (const key of ['net', 'receipt', 'release']) {
    for (const [w, v] of rows[key].entries()) await type(page, `mrp-SE-${key}-${w + 1}-answer`, String(v));
  }
  await byId(page, 'mrp-SE-grid-check').click();
  await page.waitForSelector('[data-testid="mrp-SE-avail-3"][data-result="wrong"]');
  assert.equal(await read(page, 'mrp-SE-grid-score'), '20 cases justes sur 21.');
  assert.equal(await read(page, 'mrp-SE-grid-explain'), 'Disponible projeté, période S3 : pas encore. 80 + 0 + 250 − 220');
  await type(page, 'mrp-SE-avail-3-answer', '110');
  await byId(page, 'mrp-SE-grid-check').click();
  await page.waitForSelector('[data-testid="mrp-SE-avail-3"][data-result="right"]');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('MRP exercise: an explosion worked here from the statement is right, forgetting B’s needs of C is named', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/mrp?mode=exercise&seed=4');
  const statement = await read(page, 'exercise-statement');
  const num = (s) => Number(s.replace(/,/g, ''));
  const items = Object.fromEntries([...statement.matchAll(/([ABC]) \(lead time ([\d.]+), on hand ([\d,.]+), (lot for lot|lots of ([\d,.]+))\)/g)]
    .map((m) => [m[1], { lead: num(m[2]), onHand: num(m[3]), lot: m[5] ? num(m[5]) : 0 }]));
  const per = Object.fromEntries([...statement.matchAll(/([\d.]+) × ([BC]) per ([AB])/g)].map((m) => [`${m[3]}/${m[2]}`, num(m[1])]));
  const demand = statement.match(/period by period: ([\d, .]+)\./)[1].split(', ').map(num);
  const periods = demand.length;
  // One item, lot for lot or fixed lots: its projected available and its releases (past due kept apart).
  const plan = ({ lead, onHand, lot }, gross) => {
    let stock = onHand;
    const avail = [stock];
    const releases = new Array(periods).fill(0);
    let pastDue = 0;
    for (let t = 0; t < periods; t += 1) {
      stock -= gross[t];
      if (stock < 0) {
        const order = lot ? Math.ceil(-stock / lot) * lot : -stock;
        stock += order;
        if (t - lead >= 0) releases[t - lead] += order; else pastDue += order;
      }
      avail.push(stock);
    }
    return { avail, releases, pastDue };
  };
  const needs = (parent, key) => parent.releases.map((r, t) => (r + (t === 0 ? parent.pastDue : 0)) * per[key]);
  const a = plan(items.A, demand);
  const b = plan(items.B, needs(a, 'A/B'));
  const fromA = needs(a, 'A/C');
  const fromB = needs(b, 'B/C');
  const sum = (xs) => xs.reduce((x, y) => x + y, 0);
  await type(page, 'mrp-answer-a-avail-3', String(a.avail[3]));
  await type(page, 'mrp-answer-b-releases', String(sum(b.releases) + b.pastDue));
  await type(page, 'mrp-answer-c-gross', String(sum(fromA)));
  await type(page, 'mrp-answer-c-llc', '2');
  await byId(page, 'exercise-check').click();
  for (const id of ['a-avail-3', 'b-releases', 'c-llc']) await page.waitForSelector(`[data-testid="mrp-mark-${id}"][data-result="right"]`);
  assert.match(await read(page, 'mrp-mark-c-gross'), /C also goes into B/);
  await type(page, 'mrp-answer-c-gross', String(sum(fromA) + sum(fromB)));
  await byId(page, 'exercise-check').click();
  await page.waitForSelector('[data-testid="mrp-mark-c-gross"][data-result="right"]');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Load profile: Fig 3.31 from its link, an actual week typed, a missing actual output named, the MRP releases imported', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/load-profile?opening=1200&cap=400&in=435,350,410,390,380,380&out=400,400,400,400,400,400&actual_in=390,340,420&actual_out=390,380,420');
  await expectText(page, 'lp-observed', '2.958');
  assert.equal(await read(page, 'lp-queue-2'), '1,150');
  assert.equal(await read(page, 'lp-actual-queue-3'), '1,160');
  assert.equal(await read(page, 'lp-mean-queue'), '1,173.33');
  await byId(page, 'lp-chart').locator('svg').first().waitFor();
  // A fourth week worked: 400 in, 380 out → actual queue 1 180, S2 re-planned from it.
  await type(page, 'load-profile-input-actual_in', '390 340 420 400');
  await byId(page, 'lp-stale').waitFor();
  assert.match(await read(page, 'load-profile-input-actual_in-error'), /same weeks/);
  assert.equal(await read(page, 'lp-observed'), '2.958');
  await type(page, 'load-profile-input-actual_out', '390 380 420 380');
  await expectText(page, 'lp-actual-queue-4', '1,180');
  assert.equal(await read(page, 'lp-queue-5'), '1,160');
  assert.match(decodeURIComponent(await addressOf(page)), /actual_out=390,380,420,380/);
  // The MRP's Fig 3.22 releases (never saved: its default) at 1 h per piece.
  await byId(page, 'load-profile-import-mrp').click();
  await expectText(page, 'lp-in-1', '500');
  assert.equal(await read(page, 'lp-in-2'), '250');
  assert.equal(await read(page, 'lp-pct-1'), '125%');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Load profile exercise: values worked here are right, dividing by the input is named', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/load-profile?mode=exercise&seed=6');
  const statement = await read(page, 'exercise-statement');
  const num = (s) => Number(s.replace(/,/g, ''));
  const cap = num(statement.match(/A centre of ([\d,.]+) h/)[1]);
  const opening = num(statement.match(/a queue of ([\d,.]+) h/)[1]);
  const inputs = statement.match(/S1 to S5: ([\d, .]+) h\./)[1].split(', ').map(num);
  const queue3 = opening + inputs[0] + inputs[1] + inputs[2] - 3 * cap;
  await type(page, 'load-profile-answer-queue-3', String(queue3));
  await type(page, 'load-profile-answer-lead-3', (queue3 / inputs[2]).toFixed(2));
  await type(page, 'load-profile-answer-pct-max', String((Math.max(...inputs) / cap) * 100));
  await byId(page, 'exercise-check').click();
  for (const id of ['queue-3', 'pct-max']) await page.waitForSelector(`[data-testid="load-profile-mark-${id}"][data-result="right"]`);
  assert.match(await read(page, 'load-profile-mark-lead-3'), /capacity works the queue off/);
  await type(page, 'load-profile-answer-lead-3', (queue3 / cap).toFixed(2));
  await byId(page, 'exercise-check').click();
  await page.waitForSelector('[data-testid="load-profile-mark-lead-3"][data-result="right"]');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('MTO: Fig 3.36 from its link, an order booked, an unknown variant named', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/mto?materials=Mat1,Mat2&families=PB:1:2000:1,0;MB:2:1000:0.6,0.4;GB:5:500:0.2,0.8&weeks=10&plan=70&orders=PB1:40,40,40,20,20,20;MB1:30,0,0,0,30;GB1:0,30;MB2:0,0,30,30,0,0,0,20;GB2:0,0,0,0,0,30');
  await expectText(page, 'mto-Mat1-2', '190');
  assert.equal(await read(page, 'mto-Mat1-4'), '41.2');
  assert.equal(await read(page, 'mto-Mat2-6'), '166');
  assert.equal(await read(page, 'mto-generic-8'), '50');
  assert.equal(await read(page, 'mto-coef-Mat1'), 'Mat1: 1.06 (≈ 1.0571)');
  await byId(page, 'mto-chart').locator('svg').first().waitFor();
  // 30 large boxes in Mat2 booked for S9: 40 generic left, Mat2 = 40 × 0.8 + 150.
  await type(page, 'mto-order-4-weekly', '0 0 0 0 0 30 0 0 30');
  await expectText(page, 'mto-Mat2-9', '182');
  assert.equal(await read(page, 'mto-Mat1-9'), '42.4');
  assert.match(decodeURIComponent(await addressOf(page)), /GB2:0,0,0,0,0,30,0,0,30/);
  await type(page, 'mto-order-4-variant', 'XB2');
  await byId(page, 'mto-stale').waitFor();
  assert.equal(await read(page, 'mto-orders-error'), 'XB2: a variant is a listed family followed by a material’s number (PB1).');
  assert.equal(await read(page, 'mto-Mat2-9'), '182');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('MTO exercise: a coefficient worked here is right, an unweighted average is named', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/mto?mode=exercise&seed=2');
  const statement = await read(page, 'exercise-statement');
  const num = (s) => Number(s.replace(/,/g, ''));
  const families = [...statement.matchAll(/([SML]): ([\d.]+) kg, ([\d,]+) sold, (\d+)% Mat1/g)].map((m) => ({ name: m[1], mass: num(m[2]), sold: num(m[3]), share: num(m[4]) / 100 }));
  assert.equal(families.length, 3);
  const plan = num(statement.match(/Schedule: ([\d,]+) units/)[1]);
  const orders = Object.fromEntries([...statement.matchAll(/([SML][12]) ([\d .]+?)(?:,|\.$)/g)].map((m) => [m[1], m[2].trim().split(' ').map(num)]));
  const total = families.reduce((a, f) => a + f.sold, 0);
  const coef = families.reduce((a, f) => a + f.sold * f.mass * f.share, 0) / total;
  const unweighted = families.reduce((a, f) => a + f.mass * f.share, 0) / 3;
  const generic = plan - Object.values(orders).reduce((a, o) => a + (o[0] ?? 0), 0);
  const need = generic * coef + (orders.S1?.[0] ?? 0) * families.find((f) => f.name === 'S').mass;
  await type(page, 'mto-answer-coef-1', unweighted.toFixed(3));
  await type(page, 'mto-answer-generic-1', String(generic));
  await type(page, 'mto-answer-need-1', need.toFixed(2));
  await byId(page, 'exercise-check').click();
  for (const id of ['generic-1', 'need-1']) await page.waitForSelector(`[data-testid="mto-mark-${id}"][data-result="right"]`);
  assert.match(await read(page, 'mto-mark-coef-1'), /by last year’s sales/);
  await type(page, 'mto-answer-coef-1', coef.toFixed(3));
  await byId(page, 'exercise-check').click();
  await page.waitForSelector('[data-testid="mto-mark-coef-1"][data-result="right"]');
  assert.deepEqual(page.errors, []);
  await context.close();
});
