// HTML pages read by parse5: the text a reader sees, at its offsets in the file; markup, code and
// scripts masked; human attributes as their own paragraphs; links and heading ids for `entity`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maskHtml } from '../../src/corpus/html.js';
import { formatOf } from '../../src/corpus/read.js';
import { auditDocumentSet } from '../../src/run/audit.js';
import { defaultConfig } from '../../src/run/config.js';
import { discover } from '../../src/run/discover.js';

const read = (html: string) => {
  const m = maskHtml(html);
  expect(m.masked).toHaveLength(html.length);
  return { ...m, texts: m.paragraphs.map((p) => m.masked.slice(p.start, p.end)) };
};

describe('maskHtml', () => {
  it('keeps text nodes at their offsets, one paragraph per block, inline elements inside it', () => {
    const html = '<html><head><title>About us</title></head><body><p>We ship to <b>14</b> countries.</p><li>Free returns</li></body></html>';
    const { texts, paragraphs, masked } = read(html);
    expect(texts).toEqual(['About us', 'We ship to    14     countries.', 'Free returns']);
    expect(html.slice(paragraphs[1].start, paragraphs[1].start + 10)).toBe('We ship to');
    expect(masked).not.toContain('<');
  });

  it('masks scripts, styles, code and comments, never reading them as words', () => {
    const { texts } = read('<body><script>var total = 40;</script><style>p{color:red}</style><p>Price <code>LG-42</code> today</p><!-- draft --><pre>x = 1</pre></body>');
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/^Price +today$/);
  });

  it('reads alt, title, aria-label, placeholder and the meta description as their own paragraphs', () => {
    const html = '<head><meta name="description" content="Repaired lamps."></head><body><img alt="Our workshop" src="w.jpg"><input placeholder="Your e-mail"><button aria-label="Close menu">×</button></body>';
    expect(read(html).texts).toEqual(['Repaired lamps.', 'Our workshop', 'Your e-mail', 'Close menu', '×']);
  });

  it('blanks character references, keeping a number grouped by &nbsp; readable as one', () => {
    const { texts } = read('<p>Plus de 12&nbsp;500 lampes &amp; 60&nbsp;€.</p>');
    expect(texts[0]).toBe('Plus de      12\u00a0500 lampes       60      €.');
  });

  it('collects links and heading ids, the id placed on the heading text', () => {
    const html = '<h2 id="delivery">Delivery</h2><p>See <a href="/en/terms">our terms</a>.</p>';
    const { markup } = read(html);
    expect(markup.links).toEqual([{ start: html.indexOf('<a '), end: html.indexOf('</a>') + 4, url: '/en/terms' }]);
    expect(markup.anchors).toEqual([{ start: html.indexOf('Delivery'), end: html.indexOf('</h2>'), id: 'delivery' }]);
  });

  it('reads a page nested too deep for its walk as plain lines, without a crash', () => {
    const deep = '<div>'.repeat(20000) + 'text' + '</div>'.repeat(20000);
    expect(() => maskHtml(deep)).not.toThrow();
  });

  it('is chosen by extension: .html, .htm, .xhtml', () => {
    expect(['a.html', 'b.HTM', 'c.xhtml', 'd.txt'].map(formatOf)).toEqual(['html', 'html', 'html', 'text']);
  });
});

describe('corpus/shop-about: an HTML page and its French and Vietnamese translations', () => {
  const [set] = discover(['corpus/shop-about'], { sourceLang: 'en', aligned: false });
  const audit = auditDocumentSet(set, defaultConfig());
  const by = (lang: string) => audit.targets.find((t) => t.lang === lang)!.findings.map((f) => `${f.check}: ${f.target?.text ?? f.source?.text}`);

  it('finds each planted defect and nothing in the navigation, scripts or code', () => {
    expect(by('fr').sort()).toEqual([
      'addition: Partager cet article',
      'entity: À propos', // the heading id "about-us" translated to "a-propos"
      'number: Chaque lampe est testée pendant <strong>24 heures</strong> avant l’expédition.', // 48 → 24 (spans quote the file)
      'untranslated: Our workshop in Lyon, with lamps waiting to be repaired', // alt left in English
    ].sort());
    expect(by('vi').map((f) => f.split(':')[0]).sort()).toEqual(['entity', 'omission']); // mistyped e-mail, dropped sentence
  });

  it('reads “12&nbsp;500” as 12,500 and “60&nbsp;€” as €60 (no number finding on them)', () => {
    expect(by('fr').filter((f) => /12|60/.test(f) && f.startsWith('number'))).toEqual([]);
  });

  it('has every paragraph of the French page read, none of them markup', () => {
    const text = readFileSync('corpus/shop-about/fr.html', 'utf8');
    expect(audit.targets.find((t) => t.lang === 'fr')!.sentences.every((s) => !/[<>]/.test(s.text) && text.includes(s.text.trim().split(/\s+/)[0]))).toBe(true);
  });
});
