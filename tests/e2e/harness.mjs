// Shared set-up for the end-to-end tests: serve the release build (dist/) on a free loopback
// port with Python's static server, and drive Debian's Chromium with playwright-core.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const DIST = resolve(process.env.ATELIER_DIST ?? 'dist');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

/** Starts `python3 -m http.server` on dist/; resolves once it answers. */
export async function serve(root = DIST) {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`no build in ${root}: run trunk build --release first`);
  const port = await freePort();
  const child = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(url);
      if (response.ok) break;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url, stop: () => new Promise((r) => { child.once('exit', r); child.kill(); }) };
}

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh browser profile (its own storage and service workers). */
export async function newContext(browser, options = {}) {
  return browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 }, ...options });
}

/** Opens `fragment` (e.g. "#/eoq?N=1") and waits for the app to render. Collects page errors. */
export async function open(context, base, fragment = '#/') {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  await page.goto(base + fragment);
  await page.waitForSelector('main#main > *');
  return page;
}

export const byId = (page, id) => page.locator(`[data-testid="${id}"]`);

/** The text of a test id, once it is non-empty. */
export async function read(page, id) {
  const locator = byId(page, id);
  await locator.waitFor();
  return (await locator.textContent()).trim();
}

/** Reads a number shown in French or English ("1 234,5", "1,234.5", "−3"). */
export function parseShown(text, lang = 'en') {
  let t = text.replace(/[\s\u00a0\u202f]/g, '').replace('−', '-').replace('%', '');
  t = lang === 'fr' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  return Number(t);
}

/** Waits until a test id shows `expected` (exact text). */
export async function expectText(page, id, expected) {
  await page.waitForFunction(
    ([id, expected]) => document.querySelector(`[data-testid="${id}"]`)?.textContent.trim() === expected,
    [id, expected], { timeout: 5000 },
  ).catch(async () => {
    throw new Error(`${id}: expected "${expected}", got "${await byId(page, id).textContent().catch(() => '<missing>')}"`);
  });
}

/** Waits for the frame after an edit: the app saves and rewrites the address (and the share
 *  link) once the new results are painted, as a learner would see it before clicking on. */
export async function settled(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** The address once the app has written it (after the frame an edit paints). */
export async function addressOf(page) {
  await settled(page);
  return page.url();
}

/** The share link once the app has written it. */
export async function shareLinkOf(page) {
  await settled(page);
  return byId(page, 'share-link').inputValue();
}

/** Replaces an input's text the way a learner types it. */
export async function type(page, id, text) {
  const input = byId(page, id);
  await input.fill(text);
  await settled(page);
}

/** The built lessons, as the home page lists them (cards that are links): derived from the
 *  app's registry, so every lesson is scanned and fuzzed without new test code. */
export async function builtLessons() {
  const server = await serve();
  const browser = await launch();
  try {
    const page = await (await newContext(browser)).newPage();
    await page.goto(server.url + '#/');
    await page.waitForSelector('a.card__link');
    return await page.locator('a.card__link').evaluateAll((links) => links.map((a) => a.getAttribute('href').replace(/^#\//, '')));
  } finally {
    await browser.close();
    await server.stop();
  }
}
