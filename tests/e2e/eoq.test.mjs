// The EOQ lesson, end to end against the release build: links, editing, persistence,
// validation, language, exercises.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newContext, open, read, byId, expectText, type, parseShown, addressOf, shareLinkOf } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

test('a link opens the lesson on its scenario and shows the results', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/eoq?N=1000&L=10&a=5&p=0.1');
  await expectText(page, 'eoq-q', '200');
  assert.equal(await read(page, 'eoq-cost'), '100');
  assert.equal(await read(page, 'eoq-orders'), '5');
  assert.equal(await read(page, 'eoq-cycle-days'), '73');
  assert.equal(await read(page, 'eoq-peak'), '200');
  assert.match(await read(page, 'eoq-steps-lot'), /√\(2 × 10 × 1,000 \/ \(0\.1 × 5\)\) = 200/);
  assert.equal(await byId(page, 'eoq-cost-table').locator('tbody tr').count(), 7);
  // The chart is drawn (an SVG inside its container) next to its table.
  await byId(page, 'eoq-cost-chart').locator('svg').first().waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the chart speaks the page\'s language: French numbers on its axes, marks and tooltip, redrawn on an edit', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/eoq?N=24000&L=100&a=6&p=0.2&lang=fr');
  const chart = byId(page, 'eoq-cost-chart');
  const svg = chart.locator('svg').first();
  await svg.waitFor();
  const texts = async () => svg.locator('text').allTextContents();
  // Q* = √(2 × 100 × 24 000 / (0,2 × 6)) = 2 000.
  assert.ok((await texts()).includes('Q* = 2\u00a0000'), (await texts()).join(' | '));
  assert.ok((await texts()).some((t) => /^\d{1,3}\u00a0\d{3}$/.test(t)), 'an axis number grouped with a no-break space');
  assert.ok((await texts()).includes('Coût annuel (€)'));
  await svg.scrollIntoViewIfNeeded();
  const box = await svg.boundingBox();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.6);
  const tip = chart.locator('.chart-tip');
  await tip.waitFor();
  assert.match(await tip.textContent(), /Coût total \d[\d\u00a0]*,\d/);
  await type(page, 'eoq-input-N', '96000');
  await expectText(page, 'eoq-q', '4\u00a0000');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="eoq-cost-chart"] svg text')].some((t) => t.textContent === 'Q* = 4\u00a0000'));
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('editing an input updates results and the address bar, and survives a reload', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/eoq?N=1000&L=10&a=5&p=0.1');
  await type(page, 'eoq-input-N', '4000');
  await expectText(page, 'eoq-q', '400');
  assert.match(await addressOf(page), /[?&]N=4000(&|$)/);
  const historyLength = await page.evaluate(() => history.length);
  await type(page, 'eoq-input-L', '12,5');
  await expectText(page, 'eoq-q', '447.21');
  assert.match(await addressOf(page), /[?&]L=12\.5(&|$)/);
  assert.equal(await page.evaluate(() => history.length), historyLength, 'no history entry per keystroke');
  // Reload from a bare lesson link: the saved state comes back.
  await page.goto(server.url + '#/eoq');
  await expectText(page, 'eoq-q', '447.21');
  assert.equal(await byId(page, 'eoq-input-L').inputValue(), '12.5');
  await context.close();
});

test('a link wins over saved work for the visit and offers it back', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/eoq');
  await type(page, 'eoq-input-N', '4000');
  await expectText(page, 'eoq-q', '400');
  await page.goto(server.url + '#/eoq?N=1000&L=10&a=5&p=0.1');
  await page.reload();
  await expectText(page, 'eoq-q', '200');
  await byId(page, 'restore-notice').waitFor();
  await byId(page, 'restore-work').click();
  await expectText(page, 'eoq-q', '400');
  assert.equal(await byId(page, 'eoq-input-N').inputValue(), '4000');
  await context.close();
});

test('bad input shows a message next to the field and keeps the last valid result', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/eoq?N=1000&L=10&a=5&p=0.1');
  await type(page, 'eoq-input-L', 'abc');
  assert.match(await read(page, 'eoq-input-L-error'), /number/);
  assert.equal(await byId(page, 'eoq-input-L').getAttribute('aria-invalid'), 'true');
  assert.equal(await read(page, 'eoq-q'), '200');
  await type(page, 'eoq-input-L', '0');
  assert.match(await read(page, 'eoq-input-L-error'), /≥ 0\.000001 and ≤ 10,000,000/);
  // A bad value in a field marks the results stale too.
  await byId(page, 'eoq-stale').waitFor();
  await type(page, 'eoq-input-L', '10');
  // A percentage where a fraction is expected: "30" suggests 0.3, "30 %" is read as 0.3.
  await type(page, 'eoq-input-p', '30');
  assert.match(await read(page, 'eoq-input-p-error'), /Did you mean 0\.3\?/);
  await type(page, 'eoq-input-p', '30 %');
  await expectText(page, 'eoq-q', '115.47');
  await type(page, 'eoq-input-p', '0.1');
  await expectText(page, 'eoq-q', '200');
  // Scientific notation is read.
  await type(page, 'eoq-input-N', '1e3');
  await expectText(page, 'eoq-q', '200');
  // A cross-field error comes from the solver, next to CO, with the last result kept and flagged.
  await type(page, 'eoq-input-PR', '5');
  assert.match(await read(page, 'eoq-input-CO-error'), /CO/);
  await type(page, 'eoq-input-CO', '8');
  assert.match(await read(page, 'eoq-input-CO-error'), /below PR/);
  await byId(page, 'eoq-stale').waitFor();
  assert.equal(await read(page, 'eoq-q'), '200');
  // Neither storage nor the address bar holds the invalid scenario: a reload shows the last valid one.
  assert.doesNotMatch(await addressOf(page), /CO=8/);
  await page.reload();
  await expectText(page, 'eoq-q', '200');
  assert.equal(await byId(page, 'eoq-input-PR').inputValue(), '');
  await type(page, 'eoq-input-PR', '5');
  await type(page, 'eoq-input-CO', '4');
  await expectText(page, 'eoq-q', '447.21');
  assert.equal(await read(page, 'eoq-peak'), '89.44');
  await context.close();
});

test('French: labels, decimal commas in and out, and lang= in the link', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/eoq?N=12000&L=75&a=8.5&p=0.25&lang=fr');
  await expectText(page, 'eoq-cost', '1\u00a0955,76');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.match(await page.locator('h1').textContent(), /Quantité économique/);
  await type(page, 'eoq-input-p', '0,3');
  await expectText(page, 'eoq-q', '840,17');
  await byId(page, 'lang-en').click();
  await expectText(page, 'eoq-q', '840.17');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await addressOf(page), /lang=en/);
  // The choice is remembered for the next visit without lang=.
  const next = await open(context, server.url, '#/eoq');
  assert.match(await next.locator('h1').textContent(), /Economic order quantity/);
  await context.close();
});

test('a malformed link opens with defaults and names each bad parameter', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/eoq?N=lots&L=-3&zz=1&preset=nope&a=%ZZ');
  const notice = byId(page, 'link-notice');
  await notice.waitFor();
  const params = await notice.locator('li').evaluateAll((items) => items.map((li) => li.dataset.param));
  assert.deepEqual(params.sort(), ['L', 'N', 'a', 'preset', 'zz'].sort());
  await expectText(page, 'eoq-q', '200');
  const missing = await open(context, server.url, '#/no-such-lesson');
  await byId(missing, 'link-notice').waitFor();
  assert.deepEqual([...page.errors, ...missing.errors], []);
  await context.close();
});

test('share link reproduces exactly what is on screen', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/eoq?preset=epq-workshop');
  await type(page, 'eoq-input-Q', '2000');
  const link = await shareLinkOf(page);
  const other = await (await newContext(browser)).newPage();
  await other.goto(link);
  for (const id of ['eoq-q', 'eoq-cost', 'eoq-peak', 'eoq-compare-extra']) {
    await expectText(other, id, await read(page, id));
  }
  await context.close();
});

test('exercise: wrong then right answers, score on the home page, seed in the link', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/eoq?mode=exercise&seed=42');
  const statement = await read(page, 'exercise-statement');
  // Same seed, same exercise, for a whole class.
  const classmate = await open(await newContext(browser), server.url, '#/eoq?mode=exercise&seed=42');
  assert.equal(await read(classmate, 'exercise-statement'), statement);
  await type(page, 'eoq-answer-q', '1');
  await byId(page, 'exercise-check').click();
  await page.waitForSelector('[data-testid="eoq-mark-q"][data-result="wrong"]');
  assert.match(await read(page, 'eoq-mark-q'), /Too low/);
  await byId(page, 'exercise-hint').click();
  await byId(page, 'exercise-hint-text').waitFor();
  // Each question gets its own hint: the formula it needs.
  assert.match(await read(page, 'eoq-hint-orders'), /N \/ Q\*/);
  // The classmate (another browser) shows the solution; its right check after that does not count.
  await byId(classmate, 'exercise-solution').click();
  const answers = {};
  for (const id of ['q', 'cost', 'orders']) {
    answers[id] = String(parseShown((await read(classmate, `eoq-expected-${id}`)).replace(/^Answer:\s*/, '')));
  }
  // A common mistake is named: Q*/√2 means the 2 was forgotten.
  await type(classmate, 'eoq-answer-q', String(Number(answers.q) / Math.SQRT2));
  await byId(classmate, 'exercise-check').click();
  await classmate.waitForSelector('[data-testid="eoq-mark-q"][data-result="wrong"]');
  assert.match(await read(classmate, 'eoq-mark-q'), /the 2 of 2·L·N is missing/);
  for (const id of ['q', 'cost', 'orders']) await type(classmate, `eoq-answer-${id}`, answers[id]);
  await byId(classmate, 'exercise-check').click();
  await classmate.waitForSelector('[data-testid="eoq-mark-q"][data-result="right"]');
  const classmateHome = await open(classmate.context(), server.url, '#/');
  assert.match(await read(classmateHome, 'progress-eoq'), /0 solved in 2 attempts$/);
  // Here the solution was never shown: the right answers count.
  for (const id of ['q', 'cost', 'orders']) await type(page, `eoq-answer-${id}`, answers[id]);
  await byId(page, 'exercise-check').click();
  for (const id of ['q', 'cost', 'orders']) {
    await page.waitForSelector(`[data-testid="eoq-mark-${id}"][data-result="right"]`);
  }
  assert.match(await addressOf(page), /mode=exercise&seed=42/);
  // Answers survive a reload.
  await page.reload();
  assert.notEqual(await byId(page, 'eoq-answer-q').inputValue(), '');
  const home = await open(context, server.url, '#/');
  assert.match(await read(home, 'progress-eoq'), /1 solved in 2 attempts/);
  await context.close();
});

test('corrupt saved data falls back to defaults, with a notice and a backup', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/');
  await page.evaluate(() => localStorage.setItem('atelier.v1.eoq', '{broken'));
  await page.goto(server.url + '#/eoq');
  await byId(page, 'storage-notice').waitFor();
  await expectText(page, 'eoq-q', '200');
  assert.equal(await page.evaluate(() => localStorage.getItem('atelier.backup.v1.eoq')), '{broken');
  await context.close();
});

test('every table number has a test id: the cost table row at Q*', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/eoq?N=1000&L=10&a=5&p=0.1');
  await expectText(page, 'eoq-cost-table-3-0', '200');
  assert.equal(await read(page, 'eoq-cost-table-3-3'), '100');
  assert.equal(await read(page, 'eoq-stock-table-1-1'), '200');
  await context.close();
});

test('without local storage the app still works and says work will not be kept', async () => {
  const context = await newContext(browser);
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  const page = await open(context, server.url, '#/eoq?N=4000&L=10&a=5&p=0.1');
  await expectText(page, 'eoq-q', '400');
  assert.match(await read(page, 'storage-notice'), /not allow saving/);
  await type(page, 'eoq-input-N', '1000');
  await expectText(page, 'eoq-q', '200');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a full storage is reported and the lesson keeps working', async () => {
  const context = await newContext(browser);
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.startsWith('atelier.v1.eoq')) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  const page = await open(context, server.url, '#/eoq');
  await type(page, 'eoq-input-N', '4000');
  await expectText(page, 'eoq-q', '400');
  assert.match(await read(page, 'storage-notice'), /full/);
  await context.close();
});

test('two tabs editing the same lesson leave valid stored data', async () => {
  const context = await newContext(browser);
  const first = await open(context, server.url, '#/eoq');
  const second = await open(context, server.url, '#/eoq');
  for (let i = 1; i <= 10; i++) {
    await type(first, 'eoq-input-N', String(1000 + i));
    await type(second, 'eoq-input-L', String(10 + i));
  }
  // Each write is one whole scenario: the stored value is exactly one tab's, never a mix.
  const value = JSON.parse(await first.evaluate(() => localStorage.getItem('atelier.v1.eoq')));
  const pair = `${value.N}/${value.L}`;
  assert.ok(['1010/10', '1000/20'].includes(pair), pair);
  await first.reload();
  await byId(first, 'eoq-q').waitFor();
  assert.deepEqual(first.errors, []);
  await context.close();
});

test('solution=off: an exercise without "show solution", for a test', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/eoq?mode=exercise&seed=4&solution=off');
  await byId(page, 'exercise-panel').waitFor();
  assert.equal(await byId(page, 'exercise-solution').count(), 0);
  await byId(page, 'exercise-hint').waitFor();
  assert.match(await shareLinkOf(page), /mode=exercise&seed=4&solution=off/);
  await context.close();
});

test('a link with lang=fr wins in a tab already open in English', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/eoq?N=1000&L=10&a=5&p=0.1&lang=en');
  await expectText(page, 'eoq-q', '200');
  await page.evaluate(() => { location.hash = '#/eoq?N=12000&L=75&a=8.5&p=0.25&lang=fr'; });
  await expectText(page, 'eoq-q', '920,36');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.match(await addressOf(page), /lang=fr/);
  await context.close();
});

test('toolbar: preset picker, reset, practise and back', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/eoq?N=4000&L=10&a=5&p=0.1');
  await expectText(page, 'eoq-q', '400');
  await page.selectOption('[data-testid="preset-picker"]', 'epq-workshop');
  await page.waitForFunction(() => document.querySelector('[data-testid="eoq-input-PR"]').value === '300');
  await expectText(page, 'eoq-peak', '2,121.32');
  assert.match(await addressOf(page), /PR=300/);
  // Reset asks first: cancelling keeps the learner's values, confirming restores the defaults.
  page.once('dialog', (dialog) => dialog.dismiss());
  await byId(page, 'reset-button').click();
  assert.equal(await byId(page, 'eoq-input-PR').inputValue(), '300');
  page.once('dialog', (dialog) => dialog.accept());
  await byId(page, 'reset-button').click();
  await expectText(page, 'eoq-q', '200');
  assert.equal(await byId(page, 'eoq-input-PR').inputValue(), '');
  await byId(page, 'exercise-button').click();
  await byId(page, 'exercise-panel').waitFor();
  assert.match(await addressOf(page), /mode=exercise&seed=\d+/);
  const first = await read(page, 'exercise-statement');
  await byId(page, 'exercise-new').click();
  await page.waitForFunction((old) => document.querySelector('[data-testid="exercise-statement"]').textContent.trim() !== old, first);
  // Leaving the exercise opens its own data for exploring.
  const annualDemand = parseShown((await read(page, 'exercise-statement')).match(/uses ([\d,.]+) units/)[1]);
  await byId(page, 'exercise-exit').click();
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid="eoq-input-N"]')?.value) === n, annualDemand);
  assert.doesNotMatch(await addressOf(page), /mode=exercise/);
  await context.close();
});
