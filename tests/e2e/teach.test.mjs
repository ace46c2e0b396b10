// Teacher tools end to end: a link built on #/teach whose QR code decodes back to it (with a
// pure-JS decoder from npm) and opens the lesson; a class pack of 30 printed to PDF, one page per
// variant, with and without its answer key.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { serve, launch, newContext, open, read, byId } from './harness.mjs';

const require = createRequire(import.meta.url);
const JSQR = require.resolve('jsqr/dist/jsQR.js');

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

/** Draws the QR code's SVG on a canvas and decodes it in the page. */
async function decodeQr(page, testId) {
  await page.addScriptTag({ path: JSQR });
  return page.evaluate(async (id) => {
    const svg = document.querySelector(`[data-testid="${id}"]`);
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([svg.outerHTML], { type: 'image/svg+xml' }));
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 400;
    canvas.height = 400;
    const ctx = canvas.getContext('2d');
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(image, 0, 0, 400, 400);
    const pixels = ctx.getImageData(0, 0, 400, 400);
    return window.jsQR(pixels.data, 400, 400)?.data ?? null;
  }, testId);
}

/** Pages of a PDF printed from the page as it is, A4. */
async function printedPages(page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test('Teach: a preset link and its QR code decode to the same address, which opens the lesson; exercise links', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/teach?lesson=mrp&preset=fig-3-22');
  const link = await read(page, 'teach-link');
  assert.equal(link, `${server.url}#/mrp?preset=fig-3-22&lang=en`);
  assert.equal(await decodeQr(page, 'teach-qr'), link);
  // The same class exercise in French, then one per student.
  await byId(page, 'teach-opening').selectOption('exercise');
  await byId(page, 'teach-seed').fill('7');
  await byId(page, 'teach-lang').selectOption('fr');
  await page.waitForFunction(() => document.querySelector('[data-testid="teach-link"]').textContent.endsWith('#/mrp?mode=exercise&seed=7&lang=fr'));
  assert.equal(await decodeQr(page, 'teach-qr'), await read(page, 'teach-link'));
  await byId(page, 'teach-opening').selectOption('each');
  await page.waitForFunction(() => document.querySelector('[data-testid="teach-link"]').textContent.endsWith('#/mrp?mode=exercise&lang=fr'));
  // The preset link opens the lesson on Fig 3.23.
  const lesson = await open(context, server.url, link.slice(server.url.length));
  await byId(lesson, 'mrp-SE-avail-5').waitFor();
  assert.equal(await read(lesson, 'mrp-SE-avail-5'), '10');
  assert.deepEqual([...page.errors, ...lesson.errors], []);
  await context.close();
});

test('Print: a class pack of 30 prints one page per variant with distinct data; the key only with key=1', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/print?lesson=eoq&seeds=1-30');
  await byId(page, 'worksheet-30').waitFor();
  const statements = await page.locator('.worksheet__statement').allTextContents();
  assert.equal(statements.length, 30);
  assert.equal(new Set(statements).size, 30, 'every variant has its own data');
  assert.equal(await page.locator('[data-testid="answer-key"]').count(), 0);
  assert.equal(await page.locator('.key__answers, .key__summary').count(), 0, 'no answers anywhere without the key');
  assert.equal(await decodeQr(page, 'worksheet-12-qr'), `${server.url}#/eoq?mode=exercise&seed=12&lang=en`);
  assert.equal(await printedPages(page), 30);
  // With the key: a summary page and one page per variant's solution.
  const keyed = await open(context, server.url, '#/print?lesson=eoq&seeds=1-30&key=1');
  await byId(keyed, 'answer-key').waitFor();
  assert.equal(await keyed.locator('[data-testid="answer-key-summary"] tbody tr').count(), 30);
  assert.equal(await printedPages(keyed), 61);
  // The key's Q* for variant 5 is what the exercise itself expects.
  const summary = await keyed.locator('[data-testid="answer-key-summary"] tbody tr').nth(4).locator('td').first().textContent();
  const exercise = await open(context, server.url, '#/eoq?mode=exercise&seed=5');
  await byId(exercise, 'exercise-solution').click();
  const expected = (await read(exercise, 'eoq-expected-q')).replace(/^[^:]*:\s*/, '');
  assert.equal(summary, expected);
  assert.match(await read(keyed, 'answer-key-5-steps'), /Q\*/);
  assert.deepEqual([...page.errors, ...keyed.errors, ...exercise.errors], []);
  await context.close();
});

test('Print: a bad range is named, not a blank page', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/print?lesson=eoq&seeds=1-99');
  assert.match(await read(page, 'print-notice'), /1 to 60 consecutive seeds/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Projector mode from a link: large type, the main result on screen at 1920 × 1080 without scrolling; the toggle turns it off', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/mrp?preset=fig-3-22&view=projector');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await byId(page, 'mrp-orders').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('projector')), true);
  assert.equal(await page.locator('[data-testid="link-notice"]').count(), 0, 'view is a parameter every page understands');
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '22px');
  const box = await byId(page, 'mrp-orders').boundingBox();
  assert.ok(box.y + box.height <= 1080, `main result at ${box.y + box.height} px`);
  assert.equal(await byId(page, 'projector-toggle').getAttribute('aria-pressed'), 'true');
  await byId(page, 'projector-toggle').click();
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('projector')), false);
  assert.deepEqual(page.errors, []);
  await context.close();
});

/** The text of the file a click on `testId` downloads. */
async function downloaded(page, testId) {
  const [file] = await Promise.all([page.waitForEvent('download'), byId(page, testId).click()]);
  const stream = await file.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** A CSV line's fields (quotes respected). */
function fields(line, separator) {
  const out = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = !quoted;
    else if (c === separator && !quoted) { out.push(field); field = ''; } else field += c;
  }
  out.push(field);
  return out;
}

for (const [lang, separator, decimal] of [['fr', ';', ','], ['en', ',', '.']]) {
  test(`Exports (${lang}): a grid's CSV reads back to the numbers on screen; a copy pastes as tab-separated text; a chart saves as PNG`, async () => {
    const context = await newContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await open(context, server.url, `#/load-profile?preset=fig-3-31&lang=${lang}`);
    await byId(page, 'lp-queue-1').waitFor();
    const { name, bytes } = await downloaded(page, 'lp-grid-csv');
    assert.equal(name, 'lp-grid.csv');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte-order mark');
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n').map((l) => fields(l, separator));
    const toNumber = (text) => Number(text.replace(decimal, '.'));
    const queueRow = lines.find((row) => row[0] === (lang === 'fr' ? 'File prévue' : 'Planned queue'));
    const leadRow = lines.find((row) => row[0].startsWith(lang === 'fr' ? 'Délai' : 'Lead time'));
    const onScreen = async (id) => Number((await read(page, id)).replace(/[\u00a0\u202f ,]/g, (c) => (c === ',' && lang === 'fr' ? '.' : '')));
    assert.equal(toNumber(queueRow[1]), 1200, 'the opening column');
    for (let w = 1; w <= 6; w += 1) {
      assert.equal(toNumber(queueRow[w + 1]), await onScreen(`lp-queue-${w}`));
      assert.equal(toNumber(leadRow[w + 1]), await onScreen(`lp-leadtime-${w}`));
    }
    assert.equal(leadRow[2], `3${decimal}088`);
    await byId(page, 'lp-grid-copy').click();
    const pasted = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(pasted.split('\n')[0].split('\t').length, 8);
    assert.match(pasted, lang === 'fr' ? /\t1235\t1150\t/ : /\t1235\t1150\t/);
    await byId(page, 'lp-chart').locator('svg').first().waitFor();
    const png = await downloaded(page, 'lp-chart-png');
    assert.equal(png.name, 'lp-chart.png');
    assert.deepEqual([...png.bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}

test('Work file: saved and opened again after an edit; a corrupt file is refused with a message and changes nothing', async () => {
  const context = await newContext(browser);
  const page = await open(context, server.url, '#/eoq?N=2000');
  await byId(page, 'eoq-q').waitFor();
  const shown = await read(page, 'eoq-q');
  await page.locator('.work-file summary').click();
  const saved = await downloaded(page, 'eoq-download');
  assert.equal(saved.name, 'atelier-eoq.json');
  assert.equal(JSON.parse(saved.bytes.toString('utf8')).values.N, 2000);
  // A corrupt file: named, nothing replaced, storage untouched.
  const stored = await page.evaluate(() => localStorage.getItem('atelier.v1.eoq'));
  await byId(page, 'eoq-upload').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"atelier","lesson":"eoq","version":1,"values":{"N":-3}}') });
  await expectMessage(page, 'eoq-upload-error', 'This file’s value “N” is not valid.');
  assert.equal(await read(page, 'eoq-q'), shown);
  assert.equal(await page.evaluate(() => localStorage.getItem('atelier.v1.eoq')), stored);
  await byId(page, 'eoq-upload').setInputFiles({ name: 'abc.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"atelier","lesson":"abc","version":1,"values":{}}') });
  await expectMessage(page, 'eoq-upload-error', 'This file is work of the “abc” lesson: open it in that lesson.');
  // The saved file opened after an edit: asked first, then restored.
  await byId(page, 'eoq-input-N').fill('500');
  await page.waitForFunction((before) => document.querySelector('[data-testid="eoq-q"]').textContent !== before, shown);
  await byId(page, 'eoq-upload').setInputFiles({ name: saved.name, mimeType: 'application/json', buffer: saved.bytes });
  await byId(page, 'eoq-upload-confirm').click();
  await page.waitForFunction((before) => document.querySelector('[data-testid="eoq-q"]').textContent === before, shown);
  assert.deepEqual(page.errors, []);
  await context.close();
});

async function expectMessage(page, id, text) {
  await page.waitForFunction(([id, text]) => document.querySelector(`[data-testid="${id}"]`)?.textContent === text, [id, text], { timeout: 5000 })
    .catch(async () => { throw new Error(`${id}: got "${await read(page, id)}"`); });
}
