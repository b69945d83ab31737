// The CLI writes the HTML page in pieces (as one string, with its rows, the page of a
// 100,000-sentence document held ~400 MB); the pieces must be the very bytes `html()` gives.
import { describe, expect, it } from 'vitest';
import { html, htmlChunks } from '../../src/report/html.js';
import type { Audit } from '../../src/types/index.js';
import { payloadAudit, seedAudit } from './fixture.js';

describe('streamed HTML page', () => {
  it('is byte-identical to html() on the seed audit and on hostile payloads', () => {
    for (const audit of [seedAudit(), payloadAudit()]) expect([...htmlChunks(audit)].join('')).toBe(html(audit));
  });

  it('is byte-identical with no document and with several', () => {
    const audit = seedAudit();
    for (const documents of [[], [...audit.documents, ...audit.documents]]) {
      const a = { ...audit, documents } as Audit;
      expect([...htmlChunks(a)].join('')).toBe(html(a));
    }
  });

  it('comes in pieces of about 16k characters on a long side-by-side table, never one string', () => {
    const audit = seedAudit();
    const doc = audit.documents[0];
    const rows = Array.from({ length: 20 }, () => doc.rows).flat();
    const many = { ...audit, documents: [{ ...doc, rows }] } as Audit;
    const pieces = [...htmlChunks(many)];
    const page = pieces.join('');
    expect(page.length).toBeGreaterThan(4 * 65536);
    expect(pieces.length).toBeGreaterThan(4);
    // The last pieces hold the stylesheet-free tail; every piece of the table stays near 16k (small
    // enough for V8's young generation, not its large-object space).
    const table = pieces.filter((p) => p.includes('<tr class='));
    expect(pieces.length).toBeGreaterThan(16);
    expect(Math.max(...table.map((p) => p.length))).toBeLessThan(3 * 16384);
    expect(page).toBe(html(many));
  });
});

describe('a long side-by-side table', () => {
  it('comes in parts of 500 rows, each a table with the column headings, in a div laid out only near the screen', () => {
    const audit = seedAudit();
    const doc = audit.documents[0];
    const rows = Array.from({ length: 40 }, () => doc.rows).flat();
    const page = html({ ...audit, documents: [{ ...doc, rows }] } as Audit);
    const parts = page.split('<div class="part"><table class="align"><thead>').length - 1;
    expect(parts).toBe(Math.ceil(rows.length / 500));
    expect(page.split('<tr class=').length - 1).toBe(rows.length);
    expect(page).toContain('div.part { content-visibility: auto;');
  });

  it('is one table, as before, for an article (the seed)', () => {
    const page = html(seedAudit());
    expect(page).not.toContain('<div class="part">');
    expect(page.split('<table class="align">').length - 1).toBe(1);
  });
});
