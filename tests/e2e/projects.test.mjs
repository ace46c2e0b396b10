// The project lessons end to end: PERT (Figs 5.10–5.12, an edit, a cycle, an exercise checked
// against answers this file computes itself from the statement) and crashing (a link, edits, bad
// figures, a cycle, an exercise whose answers this file finds by trying every crash).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newContext, open, read, byId, expectText, type, parseShown, addressOf } from './harness.mjs';

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
  assert.match(await addressOf(page), /H:30:D/);

  // A after K closes a loop: the message names the tasks in it, the cell is marked, the last
  // valid results stay on screen as stale, and the address keeps the valid scenario.
  await type(page, 'pert-task-0-after', 'K');
  const message = await read(page, 'pert-error');
  assert.match(message, /^Cycle: A → .* → K → A/);
  await byId(page, 'pert-stale').waitFor();
  assert.equal(await byId(page, 'pert-task-0-after').getAttribute('aria-invalid'), 'true');
  assert.equal(await read(page, 'pert-duration'), '67');
  assert.match(await addressOf(page), /tasks=A:12;/);
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
  await byId(page, 'pert-curve').locator('svg').first().waitFor();
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

const SHARED = 'tasks=A:4/2/100/160;B:4/2/100/160;C:6/4/150/250:A,B&indirect=55';

test('Crashing: a link, the course’s method beside the optimum, edits, bad figures and a cycle named', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, `#/crashing?${SHARED}`);
  // C (50 a period) shortens both critical paths: twice, for 8 periods and 450 + 55 × 8.
  await expectText(page, 'crash-best-duration', '8');
  assert.equal(await read(page, 'crash-best-cost'), '890');
  assert.equal(await read(page, 'crash-min-duration'), '6');
  assert.equal(await read(page, 'crash-slope-C'), '50');
  assert.deepEqual([await read(page, 'crash-direct-9'), await read(page, 'crash-greedy-9'), await read(page, 'crash-total-9')], ['400', '410', '895']);
  // The course's method shortens A and B (60 > 55 saved): it stops at once.
  assert.equal(await read(page, 'crash-greedy-stop-duration'), '10');
  assert.match(await read(page, 'crash-greedy-note'), /^At duration 9, the course’s method costs €10 more/);
  await byId(page, 'crash-chart').locator('svg').first().waitFor();
  // Step by step through the course's method.
  await byId(page, 'crash-greedy-steps-step').click();
  const shownRows = () => page.locator('[data-testid="crash-greedy-steps"] tbody tr:not([hidden])').count();
  assert.equal(await shownRows(), 1);
  await byId(page, 'crash-greedy-steps-next').click();
  assert.equal(await shownRows(), 2);

  // Indirect cost 45 a period: no crash pays any more.
  await type(page, 'crashing-input-indirect', '45');
  await expectText(page, 'crash-best-duration', '10');
  assert.equal(await read(page, 'crash-best-cost'), '800');
  // C cheaper to crash (200: 25 a period): crash it twice again, 400 + 45 × 8 = 760.
  await type(page, 'crash-task-2-cc', '200');
  await expectText(page, 'crash-best-cost', '760');
  assert.match(await addressOf(page), /C:6\/4\/150\/200:A,B/);

  // A crash duration above the normal one: named, its cell marked, the last results kept as stale.
  await type(page, 'crash-task-0-dc', '5');
  assert.match(await read(page, 'crash-error'), /^Task A: the crash duration DC must be at most the normal duration DN/);
  await byId(page, 'crash-stale').waitFor();
  assert.equal(await byId(page, 'crash-task-0-dc').getAttribute('aria-invalid'), 'true');
  assert.equal(await read(page, 'crash-best-cost'), '760');
  assert.match(await addressOf(page), /A:4\/2\/100\/160/);
  await type(page, 'crash-task-0-dc', '2');
  // A after C closes a loop, named in order.
  await type(page, 'crash-task-0-after', 'C');
  assert.match(await read(page, 'crash-error'), /^Cycle: A → C → A/);
  await type(page, 'crash-task-0-after', '');
  // A target below the minimum duration is refused at its field.
  await type(page, 'crashing-input-target', '5');
  assert.match(await read(page, 'crashing-input-target-error'), /cannot end before its minimum duration, 6/);
  await type(page, 'crashing-input-target', '7');
  await expectText(page, 'crash-target-cost', '460');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Crashing: the course’s network with bonus and penalty, in French', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/crashing?preset=course-network&lang=fr');
  await expectText(page, 'crash-normal-duration', '69');
  assert.equal(await read(page, 'crash-best-duration'), '64');
  assert.equal(await read(page, 'crash-best-cost'), '74\u00a0950');
  assert.equal(await read(page, 'crash-incentive-60'), '\u2212400');
  assert.equal(await read(page, 'crash-target-cost'), '54\u00a0900');
  const critical = await page.locator('[data-testid^="crash-node-"][data-critical="true"]').evaluateAll((nodes) => nodes.map((n) => n.dataset.testid.slice(11)).sort());
  assert.deepEqual(critical, ['A', 'B', 'C', 'D', 'G', 'H', 'J', 'K'], 'two critical paths at 64');
  assert.deepEqual(page.errors, []);
  await context.close();
});

/** The answers to a crashing exercise from its English statement alone: every whole crash of
 *  every task is tried (a few thousand), the longest path found by recursion. */
function crashAnswers(statement) {
  const list = statement.match(/euros\): (.*)\. Indirect/)[1];
  const tasks = list.split('; ').map((item) => {
    const [, id, dn, dc, cn, cc, after] = item.match(/^(\w+) ([\d.]+)\/([\d.]+) ([\d.,]+)\/([\d.,]+)(?: after (.*))?$/);
    const money = (text) => Number(text.replace(/,/g, ''));
    return { id, dn: +dn, dc: +dc, cn: money(cn), cc: money(cc), after: after ? after.split(', ') : [] };
  });
  const indirect = Number(statement.match(/Indirect costs are €([\d.,]+) a week/)[1].replace(/,/g, ''));
  const slope = (t) => (t.cc - t.cn) / (t.dn - t.dc);
  const length = (durations) => {
    const finish = {};
    for (const [i, t] of tasks.entries()) finish[t.id] = Math.max(0, ...t.after.map((p) => finish[p])) + durations[i];
    return Math.max(...Object.values(finish));
  };
  const best = new Map();
  const visit = (i, durations, cost) => {
    if (i === tasks.length) {
      const d = length(durations);
      if (!best.has(d) || cost < best.get(d)) best.set(d, cost);
      return;
    }
    const t = tasks[i];
    for (let x = 0; x <= t.dn - t.dc; x++) visit(i + 1, [...durations, t.dn - x], cost + t.cn + x * slope(t));
  };
  visit(0, [], 0);
  const durations = [...best.keys()].sort((a, b) => a - b);
  // The least direct cost within d is the cheapest of every duration up to d.
  let cheapest = Infinity;
  const totals = durations.map((d) => { cheapest = Math.min(cheapest, best.get(d)); return [d, cheapest + indirect * d]; });
  const [bestDuration, bestTotal] = totals.reduce((a, b) => (b[1] < a[1] - 1e-9 ? b : a));
  const named = tasks.find((t) => t.id === statement.match(/crash task (\w+) per week/)[1]);
  return { slope: slope(named), normal: Math.max(...durations), minimum: durations[0], best: bestDuration, total: bestTotal };
}

test('Crashing exercise: answers found by trying every crash are right, a wrong total is told', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/crashing?mode=exercise&seed=5');
  const expected = crashAnswers(await read(page, 'exercise-statement'));
  for (const [id, value] of Object.entries(expected)) await type(page, `crashing-answer-${id}`, String(id === 'total' ? value + 100 : value));
  await byId(page, 'exercise-check').click();
  for (const id of ['slope', 'normal', 'minimum', 'best']) await page.waitForSelector(`[data-testid="crashing-mark-${id}"][data-result="right"]`);
  assert.equal(await byId(page, 'crashing-mark-total').getAttribute('data-result'), 'wrong');
  await type(page, 'crashing-answer-total', String(expected.total));
  await byId(page, 'exercise-check').click();
  await page.waitForSelector('[data-testid="crashing-mark-total"][data-result="right"]');
  assert.deepEqual(page.errors, []);
  await context.close();
});
