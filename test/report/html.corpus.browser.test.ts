// The HTML audit tqc wrote for the shipped corpus (reports/, kept fresh by test/cli/reports-fresh),
// opened as an editor would: three columns, the cut "Tuần…" and the 13 missing Vietnamese rows in
// view, keyboard and list navigation to findings, and nothing but the report's own script running.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, openPage, OUT, useBrowser } from '../helpers/browser.js';

const REPORT = pathToFileURL(resolve('reports/llama-gpu-cluster.html')).href;

describe.skipIf(!chromiumAvailable)('reports/llama-gpu-cluster.html in Chromium', () => {
  const browser = useBrowser();

  it('shows English, French and Vietnamese side by side with the truncation and the missing rows', async () => {
    const { page, errors } = await openPage(browser(), REPORT);
    const langs = await page.locator('table.align thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('lang')));
    expect(langs).toEqual(['en', 'fr', 'vi']);
    const tuan = page.locator('mark.sev-critical', { hasText: 'Tuần…' });
    await tuan.scrollIntoViewIfNeeded();
    await expect(tuan.isVisible()).resolves.toBe(true);
    const missing = page.locator('td.missing[lang="vi"]');
    await expect(missing.count()).resolves.toBe(13);
    await missing.last().scrollIntoViewIfNeeded();
    await expect(missing.last().isVisible()).resolves.toBe(true);
    // Target-only rows (the French title repeat, the footer) stand alone: no source cell text.
    await expect(page.locator('tr', { hasText: 'Leave a Reply' }).locator('td[lang="en"]').innerText()).resolves.toBe('not in the source');
    await page.screenshot({ path: join(OUT, 'corpus-missing.png') });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('n moves to the first finding and the list’s link scrolls to the truncation mark', async () => {
    const { page, errors } = await openPage(browser(), REPORT);
    await page.keyboard.press('n');
    const first = await page.evaluate(() => document.activeElement?.tagName);
    expect(first).toBe('MARK');
    const item = page.locator('li, article, div').filter({ hasText: 'the translation stops after source sentence 14 of 27' }).locator('a.go').first();
    await item.click();
    const focused = page.locator(':focus');
    await expect(focused.innerText()).resolves.toBe('Tuần…');
    const box = await focused.boundingBox();
    expect(box!.y).toBeGreaterThan(0);
    expect(box!.y).toBeLessThan(900);
    expect(await page.evaluate(() => (window as unknown as { __pwned: number }).__pwned)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
