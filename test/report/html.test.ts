import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { renderMarked, type MarkInterval } from '../../src/report/html-marks.js';
import { REPORTERS } from '../../src/report/index.js';
import { payloadAudit, seedAudit } from './fixture.js';

const page = REPORTERS.html(seedAudit());

function mark(start: number, end: number, number: number, extra: Partial<MarkInterval> = {}): MarkInterval {
  return { start, end, key: `d0-f${number}`, number, severity: 'major', check: 'addition', lang: 'fr', primary: true, opens: true, closes: true, label: 'major · addition', ...extra };
}

/** Tags of the output, checked for proper nesting; returns the text with tags removed. */
function balanced(html: string): string {
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)(mark|a|span)\b[^>]*>/g)) {
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else stack.push(m[2]);
  }
  expect(stack).toEqual([]);
  return html.replace(/<a\b[^>]*>.*?<\/a>/g, '').replace(/<[^>]+>/g, '');
}

describe('renderMarked', () => {
  it('nests a span inside another ("Leave a Reply": addition and wrong-language)', () => {
    const out = renderMarked('Leave a Reply', [mark(0, 13, 9), mark(0, 13, 10, { check: 'wrong-language' })]);
    expect(out).toBe(
      '<mark class="f sev-major ck-addition" data-f="d0-f9" data-sev="major" data-check="addition" data-lang="fr" id="m-d0-f9" tabindex="0" aria-describedby="item-d0-f9" aria-label="finding 9: major · addition">' +
        '<mark class="f sev-major ck-wrong-language" data-f="d0-f10" data-sev="major" data-check="wrong-language" data-lang="fr" id="m-d0-f10" tabindex="0" aria-describedby="item-d0-f10" aria-label="finding 10: major · addition">' +
        'Leave a Reply</mark></mark>' +
        '<a class="fn sev-major" href="#item-d0-f9" data-f="d0-f9" data-sev="major" data-check="addition" data-lang="fr" aria-label="details of finding 9">▲9</a>' +
        '<a class="fn sev-major" href="#item-d0-f10" data-f="d0-f10" data-sev="major" data-check="wrong-language" data-lang="fr" aria-label="details of finding 10">▲10</a>',
    );
  });

  it('splits crossing spans so tags nest, and anchors only the first piece', () => {
    const text = 'đang đốt through cash mặc dù';
    const out = renderMarked(text, [mark(5, 21, 1), mark(9, 26, 2)]);
    expect(balanced(out)).toBe(text);
    expect(out.match(/id="m-d0-f2"/g)).toHaveLength(1);
    expect(out).toContain('class="f sev-major ck-addition cont"');
    expect(out.indexOf('▲1')).toBeLessThan(out.indexOf('▲2'));
  });

  it('shows a zero-length span as a caret, and clamps offsets past the text', () => {
    const out = renderMarked('Tuần…', [mark(5, 5, 3, { severity: 'critical' }), mark(2, 99, 4)]);
    expect(balanced(out)).toBe('Tuần…‸');
    expect(out).toContain('class="f sev-critical ck-addition empty"');
  });

  it('marks the source side without anchor or badge', () => {
    const out = renderMarked('9 percent', [mark(0, 9, 8, { primary: false })]);
    expect(out).toContain('class="f sev-major ck-addition side"');
    expect(out).not.toContain('tabindex');
    expect(out).not.toContain('<a ');
  });

  it('escapes text inside marks', () => {
    const out = renderMarked('<b>&', [mark(0, 3, 1)]);
    expect(out).toContain('>&lt;b&gt;</mark>');
    expect(out).toMatch(/<\/a>&amp;$/);
  });
});

describe('html reporter', () => {
  it('is one self-contained page: no external URL, one inline script allowed by its hash', () => {
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(page).not.toMatch(/\b(src|href)="(?!#)/);
    expect(page).not.toMatch(/https?:\/\/(?!www\.wired\.com)/);
    const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256').update(scripts[0][1]).digest('base64');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1].replace(/&#39;/g, "'");
    expect(csp).toBe(`default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`);
  });

  it('lays out source, Vietnamese and French columns with their lang', () => {
    expect(page).toContain('<th scope="col" lang="en" data-col="source:en">English — source');
    expect(page).toContain('<th scope="col" lang="vi" data-col="vi">Vietnamese');
    expect(page).toContain('<th scope="col" lang="fr" data-col="fr">French');
  });

  it('shows the 13 sentences missing from the Vietnamese as marked empty cells', () => {
    expect(page.match(/<td class="missing" lang="vi" data-col="vi" data-label="Vietnamese"><span class="gap">— missing —<\/span><\/td>/g)).toHaveLength(13);
    expect(page.match(/<td class="missing" lang="fr"/g)).toBeNull();
    expect(page.match(/<span class="gap">not in the source<\/span>/g)).toHaveLength(1 + 1 + 2 + 4);
  });

  it('marks "Tuần…" as critical, with a list entry linking to it: finding 1, worst first', () => {
    expect(page).toMatch(/<mark class="f sev-critical ck-truncation" [^>]*id="m-d0-f1" tabindex="0"[^>]*>Tuần…<\/mark>/);
    expect(page).toContain('<li class="finding sev-critical" id="item-d0-f1"');
    expect(page).toContain('<a class="fn sev-critical" href="#m-d0-f1">✖1</a>');
  });

  it('renders every payload as text: no element, attribute or URL comes from the document', () => {
    const evil = REPORTERS.html(payloadAudit());
    expect(evil).not.toMatch(/<(img|svg|iframe|textarea)\b/i);
    expect(evil.match(/<script\b/g)).toHaveLength(1);
    expect(evil).not.toMatch(/href="javascript:/i);
    const tags = evil.replace(/<script>[\s\S]*?<\/script>/, '').match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.length).toBeGreaterThan(50);
    expect(tags.filter((t) => /\son\w+=/i.test(t))).toEqual([]);
    expect(evil).toContain('&lt;script&gt;window.__pwned = 1; alert(1)&lt;/script&gt;');
    expect(evil).toContain('&lt;img src=x onerror=&quot;window.__pwned = 2; alert(2)&quot;&gt;');
    expect(evil).toContain('&amp;lt;b&amp;gt;');
    expect(evil).not.toContain('\u202E');
    expect(evil).toContain('<title>Translation audit — evil &lt;doc&gt; &amp; &quot;name&quot;</title>');
  });
});
