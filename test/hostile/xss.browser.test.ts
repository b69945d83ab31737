// XSS payloads through the REAL pipeline (segmentation → alignment → checks → findings → html
// reporter), opened in headless Chromium: nothing from the documents runs (alert hooked, dialogs
// and console watched, a sentinel global), the payloads are visible as text, and the CSP meta tag
// is present and strict. test/report/html.browser.test.ts covers a hand-made audit; this one
// covers what the checks really put in messages, actual/expected and spans.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { segmentText } from '../../src/corpus/index.js';
import { REPORTERS } from '../../src/report/index.js';
import { CONTENT_SECURITY_POLICY } from '../../src/report/html.js';
import { auditDocumentSet } from '../../src/run/audit.js';
import { defaultConfig } from '../../src/run/config.js';
import type { Audit, Document } from '../../src/types/index.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing in CI: install Debian's chromium package`);

/** Each payload is its own paragraph; the ones a check reacts to are placed where it looks. */
export const XSS = [
  '<script>window.__pwned = 1; alert(1)</script>',
  '<img src=x onerror="window.__pwned = 2; alert(2)">',
  '<a href="javascript:alert(3)">click 3</a> and javascript:alert(33)',
  '</textarea><textarea>x',
  '</style><style>body{display:none}</style>',
  '<svg onload="window.__pwned = 4; alert(4)">',
  '"><img src=x onerror=alert(5)>',
  "'><iframe src=javascript:alert(6)>",
  '<!-- --><script>alert(7)</script>',
  '{{constructor.constructor("alert(8)")()}}',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(9)>',
];
const BIDI = 'Total \u202Eevil\u202C and \u2066isolated\u2069 100.';

function doc(lang: string, text: string, path: string): Document {
  const { paragraphs, sentences } = segmentText(text, lang);
  return { file: { path, text, encoding: 'utf-8', format: 'text' }, lang, langFrom: 'name', paragraphs, sentences };
}

export function xssAudit(): Audit {
  const en = [
    'Meta expects to spend as much as 40 billion dollars this year.',
    ...XSS.map((p, i) => `Sentence ${i + 1} quotes ${p} as an example.`),
    BIDI,
    'Visit https://example.com/"><script>alert(10)</script> for more about GPT-5.',
  ].join('\n');
  const fr = [
    'Meta prévoit de dépenser jusqu’à 41 milliards de dollars cette année.', // a changed number
    ...XSS.map((p, i) => (i % 2 === 0 ? `La phrase ${i + 1} cite ${p} comme exemple.` : `Sentence ${i + 1} quotes ${p} as an example.`)), // half left in English
    BIDI,
    BIDI, // a duplicate
    'Visitez https://example.com/"><script>alert(10)</script> pour en savoir plus sur Chat GPT 5.', // altered name
  ].join('\n');
  const set = { name: '<img src=x onerror=alert(11)>', source: doc('en', en, 'evil/<b>en</b>.txt'), targets: [doc('fr', fr, 'evil/"fr".txt')], aligned: false };
  const d = auditDocumentSet(set, defaultConfig());
  return { schema: 'tqc-audit', version: 1, tool: { name: 'tqc', version: '0.0.0' }, failOn: 'major', documents: [d] };
}

describe.skipIf(!available)('XSS payloads through the real pipeline, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('runs nothing, shows every payload as text, and carries a strict CSP', async () => {
    const audit = xssAudit();
    const findings = audit.documents[0].targets[0].findings;
    // The payloads reached the reporter inside findings (spans, messages), not only in the table.
    expect(findings.length).toBeGreaterThan(3);
    expect(findings.some((f) => XSS.some((p) => (f.target?.text ?? '').includes(p) || f.message.includes(p)))).toBe(true);

    const html = REPORTERS.html(audit);
    const out = join(process.cwd(), 'test-output');
    mkdirSync(out, { recursive: true });
    const file = join(out, 'xss-pipeline.html');
    writeFileSync(file, html);

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const events: string[] = [];
    page.on('pageerror', (e) => events.push(`pageerror: ${e.message}`));
    page.on('console', (m) => events.push(`console ${m.type()}: ${m.text()}`));
    page.on('dialog', (d) => {
      events.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) events.push(`request: ${r.url()}`);
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __pwned: number; __alerts: number };
      w.__pwned = 0;
      w.__alerts = 0;
      window.alert = () => {
        w.__alerts++;
      };
    });
    await page.goto(pathToFileURL(file).href);
    // Move through every finding (tooltips render messages) and hover each mark.
    const marks = page.locator('mark[tabindex]');
    const count = await marks.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await page.keyboard.press('n');
    for (let i = 0; i < Math.min(count, 10); i++) await marks.nth(i).hover();
    await page.waitForTimeout(200);

    const state = await page.evaluate(() => {
      const w = window as unknown as { __pwned: number; __alerts: number };
      return { pwned: w.__pwned, alerts: w.__alerts };
    });
    expect(state).toEqual({ pwned: 0, alerts: 0 });
    expect(events.filter((e) => !e.startsWith('console log'))).toEqual([]);
    await expect(page.locator('img, svg, iframe, textarea, math, a[href^="javascript:"]').count()).resolves.toBe(0);
    await expect(page.locator('script').count()).resolves.toBe(1); // the report's own, allowed by hash
    await expect(page.locator('style').count()).resolves.toBe(1);

    const text = await page.locator('body').innerText();
    for (const p of XSS) expect(text).toContain(p);
    expect(text).toContain('⟨U+202E⟩evil⟨U+202C⟩');
    expect(text).toContain('⟨U+2066⟩isolated⟨U+2069⟩');
    expect(text).toContain('<img src=x onerror=alert(11)>'); // the document name

    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    const directives = Object.fromEntries(csp!.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toHaveLength(1);
    expect(directives['script-src'][0]).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['form-action']).toEqual(["'none'"]);
    await page.screenshot({ path: join(out, 'xss-pipeline.png') });
    await page.close();
  }, 90_000);
});
