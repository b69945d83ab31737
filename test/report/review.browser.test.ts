// The HTML audit as an editor works through it, in Chromium: worst first with a switch to text
// order, a phone-width layout with no sideways scrolling, per-finding "accept" / "false alarm"
// buttons whose downloaded baseline and allowlist tqc then reads, Markdown shown as text, and
// hostile Unicode kept in its place. Reports are written by the CLI, as a user gets them.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, openPage, OUT, useBrowser } from '../helpers/browser.js';

const BIN = resolve('bin/tqc.js');
const tqc = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });

/** A directory holding `article/` (the given versions) and its HTML audit `audit/article.html`. */
function audited(files: Record<string, string>): { dir: string; url: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tqc-review-'));
  mkdirSync(join(dir, 'article'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'article', name), text);
  const r = tqc(['check', 'article', '--format', 'html', '--out', 'audit', '--fail-on', 'none', '--quiet'], dir);
  if (r.status !== 0) throw new Error(r.stderr);
  return { dir, url: pathToFileURL(join(dir, 'audit', 'article.html')).href };
}

const seedFiles = () => Object.fromEntries(['en.txt', 'fr.txt', 'vi.txt'].map((f) => [f, readFileSync(join('corpus/llama-gpu-cluster', f), 'utf8')]));
const pageWidth = (page: Page) => page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);

describe.skipIf(!chromiumAvailable)('the HTML review loop in Chromium', () => {
  const browser = useBrowser();

  it('lists findings worst first — the critical "Tuần…" is number 1, at the top — and switches to text order', async () => {
    const { url } = audited(seedFiles());
    const { page, errors } = await openPage(browser(), url);
    const first = page.locator('ol.findings li.finding').first();
    await expect(first.getAttribute('data-sev')).resolves.toBe('critical');
    await expect(first.locator('a.fn').innerText()).resolves.toBe('✖1');
    const box = await first.boundingBox();
    expect(box!.y).toBeLessThan(900); // above the fold at 1400×900
    const order = (sel: string) => page.locator(`ol.findings >> nth=1 >> li.finding`).evaluateAll((lis, a) => lis.map((li) => Number((li as HTMLElement).dataset[a as string])), sel);
    await page.locator('input[name="order"][value="text"]').check();
    const byPos = await order('pos');
    expect(byPos).toEqual([...byPos].sort((a, b) => a - b));
    expect(await page.locator('ol.findings').first().locator('li.finding').first().getAttribute('data-sev')).not.toBe('critical');
    await page.locator('input[name="order"][value="worst"]').check();
    const byRank = await order('rank');
    expect(byRank).toEqual([...byRank].sort((a, b) => a - b));
    // Plain words: "sentence 17 of the Vietnamese", "this audit never fails".
    await expect(page.locator('body').innerText()).resolves.toMatch(/Sentence 17 of the Vietnamese:/);
    await expect(page.locator('p.verdict').innerText()).resolves.toBe('This audit never fails (--fail-on none).');
    expect(await page.locator('body').innerText()).not.toMatch(/target sentence/);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('at 420 px the page is as wide as the screen: versions stacked, labelled, no word broken for lack of room', async () => {
    const { url } = audited(seedFiles());
    const { page, errors } = await openPage(browser(), url);
    await page.setViewportSize({ width: 420, height: 900 });
    expect(await pageWidth(page)).toEqual([420, 420]);
    const cell = page.locator('td[lang="fr"]', { hasText: 'développement' }).first();
    await cell.scrollIntoViewIfNeeded();
    await expect(cell.evaluate((td) => getComputedStyle(td).display)).resolves.toBe('block');
    await expect(cell.evaluate((td) => getComputedStyle(td, '::before').content)).resolves.toBe('"French"');
    // "développement" is on one line: its range has one client rect.
    const rects = await cell.evaluate((td) => {
      const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf('développement');
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 'développement'.length);
        return r.getClientRects().length;
      }
      return -1;
    });
    expect(rects).toBe(1);
    await page.screenshot({ path: join(OUT, 'review-420.png') });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('accept / false alarm build a baseline and an allowlist in the page; tqc reads them back', async () => {
    const { dir, url } = audited(seedFiles());
    const { page, errors } = await openPage(browser(), url);
    await expect(page.locator('#review').isHidden()).resolves.toBe(true);
    const item = (text: string) => page.locator('li.finding', { hasText: text });
    await item('the translation stops after source sentence 14').getByRole('button', { name: 'Accept' }).click();
    await item('English “through cash” left untranslated').getByRole('button', { name: 'False alarm' }).click();
    await item('is written “Chat GPT”').getByRole('button', { name: 'False alarm' }).click();
    await expect(page.locator('#review-count').innerText()).resolves.toBe('1 accepted, 2 false alarms — 2 for the baseline, 1 for the allowlist');
    await expect(item('through cash').getByRole('button', { name: 'False alarm' }).getAttribute('aria-pressed')).resolves.toBe('true');

    const save = async (button: string, name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
      expect(download.suggestedFilename()).toBe(name);
      const path = join(dir, name);
      await download.saveAs(path);
      return path;
    };
    const baseline = await save('#dl-baseline', 'tqc-baseline.json');
    const allowlist = await save('#dl-allowlist', 'tqc-allowlist.json');
    expect(JSON.parse(readFileSync(allowlist, 'utf8'))).toEqual({ allowlist: { vi: ['through cash'] } });
    const entries = JSON.parse(readFileSync(baseline, 'utf8'));
    expect(entries.schema).toBe('tqc-baseline');
    expect(entries.findings.map((e: { check: string }) => e.check).sort()).toEqual(['entity', 'truncation']);
    // The loop closes: with the page's files, those three findings are gone and nothing else is.
    const before = JSON.parse(tqc(['check', 'article', '--quiet', '--fail-on', 'none'], dir).stdout);
    const after = JSON.parse(tqc(['check', 'article', '--quiet', '--fail-on', 'none', '--baseline', baseline, '--config', allowlist], dir).stdout);
    const count = (a: { documents: { targets: { findings: unknown[] }[] }[] }) => a.documents[0].targets.reduce((n, t) => n + t.findings.length, 0);
    expect(count(before) - count(after)).toBe(3);
    // CSP intact: no violation was reported, and no script but the page's own ran.
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned: number }).__pwned)).toBe(0);
    await page.close();
  }, 60_000);

  it('Markdown is shown rendered — emphasis, links as words, code — and its markup never runs', async () => {
    const en = '# Llama\n\nMeta trains **Llama 4** on a [cluster](https://example.com/x) of `H100` chips.\n\nIt is *very* large <img src=x onerror="window.__pwned=1">.\n';
    const fr = '# Llama\n\nMeta entraîne **Llama 4** sur un [cluster](https://example.com/x) de puces `H100`.\n\nIl est *très* grand <img src=x onerror="window.__pwned=1">.\n';
    const { url } = audited({ 'en.md': en, 'fr.md': fr });
    const { page, errors } = await openPage(browser(), url);
    const cell = page.locator('td[lang="fr"]', { hasText: 'Meta entraîne' });
    await expect(cell.innerText()).resolves.toMatch(/Meta entraîne Llama 4 sur un cluster de puces H100\.$/);
    await expect(cell.locator('.md-strong').innerText()).resolves.toBe('Llama 4');
    await expect(cell.locator('.md-link').innerText()).resolves.toBe('cluster');
    await expect(cell.locator('.md-code').innerText()).resolves.toBe('H100');
    await expect(page.locator('td[lang="fr"] .md-em').innerText()).resolves.toBe('très');
    await expect(page.locator('td img, td a[href^="https"]').count()).resolves.toBe(0);
    await expect(page.locator('td[lang="fr"]', { hasText: 'Il est' }).innerText()).resolves.toContain('<img src=x onerror="window.__pwned=1">');
    expect(await page.evaluate(() => (window as unknown as { __pwned: number }).__pwned)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('hostile Unicode stays in its cell: a 500-accent stack, a 300-emoji run, zero-width and bidi characters shown', async () => {
    const en = 'The first sentence is here.\n\nThe second sentence is here.\n\nThe third sentence is here.\n';
    const stack = `e${'\u0301'.repeat(500)}`;
    const emoji = '👩\u200D💻'.repeat(300);
    const fr = `La première phrase est ici ${stack}.\n\nLa deuxième phrase ${emoji} est ici.\n\nLa troisième pass\u200Bword \u202Eevil phrase est ici.\n`;
    const { url } = audited({ 'en.txt': en, 'fr.txt': fr });
    const { page, errors } = await openPage(browser(), url);
    for (const width of [1400, 420]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await pageWidth(page)).toEqual([width, width]);
      const row = page.locator('table.align tbody tr', { hasText: 'La première' });
      // The stack is four accents and a count: the row is a line or two high, not 900 px.
      expect((await row.boundingBox())!.height).toBeLessThan(width === 1400 ? 80 : 160);
      // (Read composed, NFC: "e" and the first accent are one "é"; 499 accents stay, 4 shown.)
      await expect(row.locator('.ctl').innerText()).resolves.toBe('+495◌');
      const emojiCell = page.locator('td[lang="fr"]', { hasText: 'La deuxième' });
      const cellBox = (await emojiCell.boundingBox())!;
      const textRight = await emojiCell.evaluate((td) => Math.max(...[...td.querySelectorAll('bdi')].map((b) => b.getBoundingClientRect().right)));
      expect(textRight).toBeLessThanOrEqual(cellBox.x + cellBox.width + 1);
    }
    const third = await page.locator('td[lang="fr"]', { hasText: 'La troisième' }).innerText();
    expect(third).toContain('pass⟨U+200B⟩word');
    expect(third).toContain('⟨U+202E⟩evil');
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.screenshot({ path: join(OUT, 'review-hostile.png') });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
