// Screenshots of the release build as a user sees it (not a test): run `./.ci/build` first, then
//   node .ci/screenshot.mjs "name|#/eoq?lang=fr|390" "name2|#/policies|1920|section.panel|policy-grid-fill"
// Each argument is name|fragment|viewport width[|CSS selector to capture[|test id to click first]];
// PNGs go to $SHOTS (default /tmp/atelier-shots). 390 px is a phone, 1920 px a projector.
import { mkdirSync } from 'node:fs';
import { serve, launch } from '../tests/e2e/harness.mjs';

const dir = process.env.SHOTS ?? '/tmp/atelier-shots';
mkdirSync(dir, { recursive: true });
const server = await serve();
const browser = await launch();
try {
  for (const spec of process.argv.slice(2)) {
    const [name, fragment, width, selector, click] = spec.split('|');
    const context = await browser.newContext({ viewport: { width: Number(width), height: Number(width) > 1000 ? 1080 : 844 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(server.url + fragment);
    await page.waitForSelector('main#main > *');
    if (click) await page.click(`[data-testid="${click}"]`);
    // Charts load after the numbers and draw on their next frame.
    await page.waitForTimeout(1200);
    const path = `${dir}/${name}.png`;
    if (selector) await page.locator(selector).first().screenshot({ path });
    else await page.screenshot({ path });
    console.log(path);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
