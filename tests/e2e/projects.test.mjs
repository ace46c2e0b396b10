// The project lessons end to end: PERT (Figs 5.10–5.12, an edit, a cycle, an exercise checked
// against answers this file computes itself from the statement).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newContext, open, read, byId, expectText, type, parseShown } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

const FIG_5_10 = 'tasks=A:12;B:9;C:10:A;D:10:B;E:24:B;F:10:A;G:35:C;H:40:D;I:15:A;J:4:E,G,H;K:6:F,I,J';

test('PERT: the course link, an edit that moves the critical path, a cycle named', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, `#/pert?${FIG_5_10}`);
  await expectText(page, 'pert-duration', '69');
  assert.equal(await read(page, 'pert-critical'), 'B-D-H-J-K');
  // Fig 5.12.
  const starts = { A: [0, 2], B: [0, 0], C: [12, 14], D: [9, 9], E: [9, 35], F: [12, 53], G: [22, 24], H: [19, 19], I: [12, 48], J: [59, 59], K: [63, 63] };
  for (const [id, [es, ls]] of Object.entries(starts)) {
    assert.equal(await read(page, `est-${id}`), String(es), `est-${id}`);
    assert.equal(await read(page, `lst-${id}`), String(ls), `lst-${id}`);
  }
  assert.equal(await read(page, 'slack-F'), '41');
  // The network: boxes like Fig 5.12, the critical ones marked.
  const critical = await page.locator('[data-testid^="pert-node-"][data-critical="true"]').evaluateAll((nodes) => nodes.map((n) => n.dataset.testid.slice(10)).sort());
  assert.deepEqual(critical, ['B', 'D', 'H', 'J', 'K']);
  await byId(page, 'pert-no-curve').waitFor();
  // Step by step: the forward pass reveals one date at a time, in topological order.
  await byId(page, 'pert-passes-step').click();
  const shownRows = () => page.locator('[data-testid="pert-passes"] tbody tr:not([hidden])').count();
  assert.equal(await shownRows(), 1);
  await byId(page, 'pert-passes-next').click();
  await byId(page, 'pert-passes-next').click();
  assert.match(await read(page, 'pert-passes-count'), /^Step 3 of 22: [A-K]$/);
  assert.equal(await shownRows(), 3);
  await byId(page, 'pert-passes-prev').click();
  assert.equal(await shownRows(), 2);
  await byId(page, 'pert-passes-step').click();
  assert.equal(await shownRows(), 22);

  // H down to 30 days: J now waits for G (22 + 35 = 57), the project ends at 57 + 4 + 6 = 67.
  await type(page, 'pert-task-7-duration', '30');
  await expectText(page, 'pert-duration', '67');
  assert.equal(await read(page, 'pert-critical'), 'A-C-G-J-K');
  assert.match(page.url(), /H:30:D/);

  // A after K closes a loop: the message names the tasks in it, the cell is marked, the last
  // valid results stay on screen as stale, and the address keeps the valid scenario.
  await type(page, 'pert-task-0-after', 'K');
  const message = await read(page, 'pert-error');
  assert.match(message, /^Cycle: A → .* → K → A/);
  await byId(page, 'pert-stale').waitFor();
  assert.equal(await byId(page, 'pert-task-0-after').getAttribute('aria-invalid'), 'true');
  assert.equal(await read(page, 'pert-duration'), '67');
  assert.match(page.url(), /tasks=A:12;/);
  // A name that is not an id is refused at the cell.
  await type(page, 'pert-task-0-after', '<img src=x>');
  assert.match(await read(page, 'pert-task-0-after-error'), /identifiers separated by commas/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('PERT: three estimates give the probability of a date, in French', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/pert?preset=launch&lang=fr');
  await expectText(page, 'pert-duration', '21,83');
  assert.equal(await read(page, 'pert-critical'), 'A-C-E-F');
  assert.equal(await read(page, 'pert-prob'), '86,66\u00a0%');
  await byId(page, 'pert-curve').locator('canvas').first().waitFor();
  // The simulation follows once typing pauses: near-critical paths make it later than D.
  await page.waitForSelector('[data-testid="pert-simulation"][aria-busy="false"]');
  assert.ok(parseShown(await read(page, 'pert-mc-mean'), 'fr') > 21.9);
  assert.ok(parseShown(await read(page, 'pert-mc-prob'), 'fr') < 86.66);
  // T = 21 days, typed with a decimal comma: z = (21 − 21,833) / 1,951.
  await type(page, 'pert-input-T', '21,0');
  await page.waitForFunction(() => !document.querySelector('[data-testid="pert-prob"]').textContent.startsWith('86'));
  const shown = parseShown(await read(page, 'pert-prob'), 'fr');
  assert.ok(Math.abs(shown - 100 * phi((21 - 131 / 6) / Math.sqrt(137 / 36))) < 0.006, `${shown}`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

/** Φ(z) by the Abramowitz–Stegun erf approximation (error below 1e-7): independent of the app's. */
function phi(z) {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** The answers to a PERT exercise, from its English statement alone. */
function answers(statement) {
  const list = statement.match(/days: (.*)\. Find/)[1];
  const tasks = list.split('; ').map((item) => {
    const [, id, a, m, b, after] = item.match(/^(\w+) ([\d.]+)\/([\d.]+)\/([\d.]+)(?: after (.*))?$/);
    return { id, a: +a, m: +m, b: +b, after: after ? after.split(', ') : [] };
  });
  const byName = Object.fromEntries(tasks.map((t) => [t.id, t]));
  for (const t of tasks) { t.mean = (t.a + 4 * t.m + t.b) / 6; t.variance = ((t.b - t.a) / 6) ** 2; }
  // Every predecessor comes earlier in the statement: one pass each way.
  for (const t of tasks) { t.es = Math.max(0, ...t.after.map((p) => byName[p].es + byName[p].mean)); }
  const duration = Math.max(...tasks.map((t) => t.es + t.mean));
  for (const t of [...tasks].reverse()) {
    const next = tasks.filter((s) => s.after.includes(t.id));
    t.lf = Math.min(duration, ...next.map((s) => s.ls));
    t.ls = t.lf - t.mean;
  }
  // The critical path with the largest variance, by walking every chain of zero-float tasks.
  const critical = (t) => Math.abs(t.ls - t.es) < 1e-9;
  let variance = -1;
  let addedSds = 0;
  const walk = (t, sum, sds) => {
    const next = tasks.filter((s) => s.after.includes(t.id) && critical(s) && Math.abs(s.es - (t.es + t.mean)) < 1e-9);
    if (next.length === 0) {
      if (Math.abs(t.es + t.mean - duration) < 1e-9 && sum > variance) { variance = sum; addedSds = sds; }
      return;
    }
    for (const s of next) walk(s, sum + s.variance, sds + Math.sqrt(s.variance));
  };
  for (const t of tasks.filter((t) => t.after.length === 0 && critical(t))) walk(t, t.variance, Math.sqrt(t.variance));
  const named = byName[statement.match(/total float of task (\w+)/)[1]];
  const due = Number(statement.match(/within ([\d.]+) days/)[1]);
  const sd = Math.sqrt(variance);
  return { answers: { duration, slack: named.ls - named.es, sd, prob: 100 * phi((due - duration) / sd) }, addedSds };
}

test('PERT exercise: answers worked out from the statement are right, adding σ is named', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/pert?mode=exercise&seed=11');
  const { answers: expected, addedSds } = answers(await read(page, 'exercise-statement'));
  assert.ok(addedSds - expected.sd > 0.05, 'seed 11 tells the two apart');
  await type(page, 'pert-answer-sd', addedSds.toFixed(3));
  for (const [id, value] of Object.entries(expected)) {
    if (id !== 'sd') await type(page, `pert-answer-${id}`, value.toFixed(3));
  }
  await byId(page, 'exercise-check').click();
  for (const id of ['duration', 'slack', 'prob']) await page.waitForSelector(`[data-testid="pert-mark-${id}"][data-result="right"]`);
  assert.equal(await byId(page, 'pert-mark-sd').getAttribute('data-result'), 'wrong');
  assert.match(await read(page, 'pert-mark-sd'), /add the variances/);
  await type(page, 'pert-answer-sd', expected.sd.toFixed(3));
  await byId(page, 'exercise-check').click();
  await page.waitForSelector('[data-testid="pert-mark-sd"][data-result="right"]');
  assert.deepEqual(page.errors, []);
  await context.close();
});
