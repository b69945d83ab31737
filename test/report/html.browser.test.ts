// The HTML audit in a real headless Chromium: layout, keyboard and link navigation, filters, and
// that no payload from a document runs. Skipped only when Chromium is absent outside CI.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPORTERS } from '../../src/report/index.js';
import { chromiumAvailable as available, openPage, OUT, useBrowser, writePage } from '../helpers/browser.js';
import { payloadAudit, PAYLOADS, seedAudit } from './fixture.js';

describe.skipIf(!available)('html report in Chromium', () => {
  const browser = useBrowser();

  const open = (name: string, html: string): Promise<{ page: Page; errors: string[] }> => openPage(browser(), writePage(name, html));

  it('renders the three columns, "Tuần…" and the missing Vietnamese rows', async () => {
    const { page, errors } = await open('seed.html', REPORTERS.html(seedAudit()));
    await expect(page.locator('table.align thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('lang')))).resolves.toEqual(['en', 'vi', 'fr']);
    const tuan = page.locator('mark.sev-critical[tabindex]', { hasText: 'Tuần…' });
    await expect(tuan.isVisible()).resolves.toBe(true);
    const missing = page.locator('td.missing[lang="vi"]');
    await expect(missing.count()).resolves.toBe(13);
    await missing.nth(12).scrollIntoViewIfNeeded();
    await expect(missing.nth(12).isVisible()).resolves.toBe(true);
    await expect(missing.nth(12).innerText()).resolves.toBe('— missing —');
    await page.screenshot({ path: join(OUT, 'seed-missing.png') });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(OUT, 'seed-top.png') });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('moves from finding to finding with n/p and from the list to the text, showing the message', async () => {
    const { page, errors } = await open('seed.html', REPORTERS.html(seedAudit()));
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    await page.keyboard.press('n');
    const first = await focused();
    expect(first).toMatch(/^m-d0-f\d+$/);
    await expect(page.locator('#tip').isVisible()).resolves.toBe(true);
    await page.keyboard.press('n');
    const second = await focused();
    expect(second).not.toBe(first);
    await page.keyboard.press('p');
    await expect(focused()).resolves.toBe(first);

    // The list entry of the truncation links to its mark: focus moves there and the tooltip tells why.
    await page.locator('#item-d0-f1 a.go').click();
    await expect(focused()).resolves.toBe('m-d0-f1');
    const box = await page.locator('#m-d0-f1').boundingBox();
    expect(box!.y).toBeGreaterThan(0);
    expect(box!.y).toBeLessThan(900);
    await expect(page.locator('#tip').innerText()).resolves.toContain('The translation stops at “Tuần…”');
    await page.screenshot({ path: join(OUT, 'seed-focus.png') });

    // The badge after a mark leads back to the list entry.
    await page.locator('a.fn[href="#item-d0-f1"]').click();
    await expect(focused()).resolves.toBe('item-d0-f1');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('filters by severity, check and language', async () => {
    const { page, errors } = await open('seed.html', REPORTERS.html(seedAudit()));
    const visibleItems = () => page.locator('li.finding:visible').count();
    await expect(visibleItems()).resolves.toBe(11);
    await page.locator('input[data-filter="sev"][value="major"]').uncheck();
    await expect(visibleItems()).resolves.toBe(3);
    await expect(page.locator('#shown').innerText()).resolves.toBe('3');
    await expect(page.locator('#m-d0-f2').evaluate((m) => getComputedStyle(m).backgroundColor)).resolves.toBe('rgba(0, 0, 0, 0)');
    await page.keyboard.press('n');
    const onlyVisible = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.sev);
    expect(onlyVisible).not.toBe('major');
    await page.locator('input[data-filter="sev"][value="major"]').check();
    await page.locator('input[data-filter="lang"][value="fr"]').uncheck();
    await expect(visibleItems()).resolves.toBe(6);
    await expect(page.locator('th[data-col="fr"]').isVisible()).resolves.toBe(false);
    await page.locator('input[data-filter="check"][value="untranslated"]').uncheck();
    await expect(visibleItems()).resolves.toBe(4);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('runs nothing from the document and shows the payloads as text', async () => {
    const { page, errors } = await open('payloads.html', REPORTERS.html(payloadAudit()));
    await page.locator('mark[tabindex]').first().hover();
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    await page.waitForTimeout(100);
    await expect(page.evaluate(() => (window as unknown as { __pwned: number }).__pwned)).resolves.toBe(0);
    await expect(page.locator('img, svg, iframe, textarea').count()).resolves.toBe(0);
    await expect(page.locator('a[href^="javascript:"]').count()).resolves.toBe(0);
    const text = await page.locator('table.align').innerText();
    for (const p of PAYLOADS.slice(0, 4)) expect(text).toContain(p);
    expect(text).toContain('⟨U+202E⟩evil⟨U+202C⟩');
    await page.screenshot({ path: join(OUT, 'payloads.png') });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('the CSP blocks a script that got in some other way', async () => {
    const html = REPORTERS.html(seedAudit()).replace('</main>', '<script>window.__pwned = 9</script></main>');
    const { page, errors } = await open('csp.html', html);
    await expect(page.evaluate(() => (window as unknown as { __pwned: number }).__pwned)).resolves.toBe(0);
    expect(errors.some((e) => e.includes('Content Security Policy'))).toBe(true);
    await page.close();
  }, 60_000);
});
