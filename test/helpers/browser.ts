// Headless Debian Chromium through playwright-core, for the HTML report's tests: no browser
// download, no network. Skipped only when Chromium is absent outside CI (CI installs it).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM);
if (!chromiumAvailable && process.env.CI) throw new Error(`${CHROMIUM} is missing in CI: install Debian's chromium package`);
if (!chromiumAvailable) console.warn(`skipping the HTML browser tests: ${CHROMIUM} not found (apt-get install -y chromium)`);

/** Screenshots and pages written by tests (git-ignored). */
export const OUT = join(process.cwd(), 'test-output');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export function writePage(name: string, html: string): string {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, name);
  writeFileSync(file, html);
  return pathToFileURL(file).href;
}

/** Opens `url` with every sign of a script run collected in `errors`: page errors, console errors
 *  and warnings, dialogs, and a hooked `window.alert` that also sets the sentinel `__pwned = -1`. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.addInitScript(() => {
    (window as unknown as { __pwned: number }).__pwned = 0;
    window.alert = (msg?: unknown) => {
      (window as unknown as { __pwned: number }).__pwned = -1;
      console.error(`alert(${String(msg)})`);
    };
  });
  await page.goto(url);
  return { page, errors };
}

/** One browser for the enclosing describe block: launched before its tests, closed after. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not launched yet');
    return browser;
  };
}
