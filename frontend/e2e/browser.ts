import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/**
 * Where the browser tests save what they saw: an ignored folder, so a test run never rewrites tracked
 * files; `npm run docs:screenshots` points it at docs/screenshots to refresh the committed ones.
 */
export const SCREENSHOTS = process.env.SCREENSHOT_DIR
  ? resolve(process.env.SCREENSHOT_DIR)
  : resolve(dirname(fileURLToPath(import.meta.url)), '../../.data/screenshots');

/** Debian's Chromium (installed by .ci/run), with the flags that work on these machines. */
export async function launch(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    // Playwright gives every launch a fresh temporary profile of its own.
  });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}

/** Runs axe-core in the page; fails the test on any serious or critical violation, naming them. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  // Run through the DevTools protocol, which the page's Content-Security-Policy does not govern; a script element
  // added to the page would be refused, as the policy intends.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }
    ).axe.run();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
  });
  expect(violations, `accessibility of ${what}`).toEqual([]);
}

/** Saves the page at a phone width and at a desktop width under SCREENSHOTS. */
export async function screenshots(page: Page, name: string): Promise<void> {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  // After a full-page capture Chromium keeps the scroll offset of the narrow layout (it kept the focused
  // field in view) until focus next moves. The next press would then land on a page that jumps between
  // its mouse-down and mouse-up, and the click would be lost. Start again from the top, as a resized page would.
  await page.evaluate(() => window.scrollTo(0, 0));
}
