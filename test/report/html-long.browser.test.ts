// A long document's side-by-side table in Chromium: it comes in parts of 500 rows that the browser
// lays out only near the screen (content-visibility), each with its own sticky column headings;
// n/p still walk the findings in reading order across parts. The audit is the CLI's own, on 1,200
// generated news sentences a side (the benchmark's generator, with its changed numbers).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePairs } from '../../scripts/bench/pairs.js';
import { chromiumAvailable as available, openPage, useBrowser, writePage } from '../helpers/browser.js';

const dir = mkdtempSync(join(tmpdir(), 'tqc-long-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function longReport(): string {
  const { en, fr } = generatePairs(1200, 7);
  const para = (xs: string[]) => xs.map((s, i) => s + (i % 4 === 3 ? '\n\n' : ' ')).join('');
  writeFileSync(join(dir, 'en.txt'), para(en));
  writeFileSync(join(dir, 'fr.txt'), para(fr));
  const run = spawnSync('node', [resolve('bin/tqc.js'), 'check', join(dir, 'en.txt'), join(dir, 'fr.txt'), '--format', 'html', '--fail-on', 'none', '--quiet'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(run.status).toBe(0);
  return run.stdout;
}

describe.skipIf(!available)('a long side-by-side table in Chromium', () => {
  const browser = useBrowser();

  it('comes in parts with their headings, every row there, and n walks findings across parts', async () => {
    const html = longReport();
    const { page, errors } = await openPage(browser(), writePage('long.html', html));
    const parts = page.locator('div.part');
    const count = await parts.count();
    expect(count).toBeGreaterThanOrEqual(3);
    // Every part is a table with the column headings; rows are all there, one per source sentence
    // or added line.
    await expect(page.locator('div.part > table.align > thead th').count()).resolves.toBe(2 * count);
    const rows = await page.locator('table.align tbody tr').count();
    expect(rows).toBeGreaterThan(1000);
    expect(rows).toBeLessThanOrEqual(500 * count);

    // From the top, n goes to the first finding of the text.
    const firstMark = await page.locator('table.align mark[tabindex]').first().getAttribute('id');
    await page.keyboard.press('n');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(firstMark);

    // From the middle of the last part, n goes to a finding below, not back to the first one.
    await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
    await parts.last().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, 200));
    await page.keyboard.press('n');
    const where = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const all = Array.from(document.querySelectorAll('div.part'));
      return { part: all.indexOf(el.closest('div.part') as Element), of: all.length, top: el.getBoundingClientRect().top };
    });
    expect(where.part).toBe(where.of - 1);
    // …and p from there goes back to the finding before it, in reading order.
    const marks = await page.locator('table.align mark[tabindex]').evaluateAll((ms) => ms.map((m) => m.id));
    const at = marks.indexOf((await page.evaluate(() => document.activeElement?.id)) as string);
    await page.keyboard.press('p');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(marks[at - 1]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
