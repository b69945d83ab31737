// Markdown sources shown as an editor reads them, not as `**…**` and `[…](…)`: inline syntax of a
// segment becomes style ranges (strong, emphasis, code) and hidden ranges (the markers, a link's
// URL), applied by renderMarked piece by piece. The text stays text: every piece is escaped, no tag
// from the document is ever written, a link is shown as its words (its URL in a tooltip would be
// document text in an attribute: it is simply hidden). Offsets are untouched, so the marks of
// findings still fall on their exact characters.

export type MdKind = 'hide' | 'strong' | 'em' | 'code' | 'link';

export interface MdRange {
  start: number;
  end: number;
  kind: MdKind;
}

/** Inline syntax, one pass each; every pattern is a negated class between fixed delimiters, so the
 *  scan stays linear on hostile text (a run of 100,000 `*` included). */
const CODE = /`([^`\n]+)`/g;
const LINK = /!?\[([^\]\n]{1,500})\]\(([^()\s]{0,2000})(?:\s+"[^"\n]{0,500}")?\)/g;
const STRONG = /(\*\*|__)(?=\S)([^*_\n]{1,2000}?)\1/g;
const EM = /(?<![*_\p{L}\p{N}])([*_])(?=\S)([^*_\n]{1,2000}?)\1(?![*_\p{L}\p{N}])/gu;
const LINE_START = /^([ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+))/gm;

export function markdownRanges(text: string): MdRange[] {
  const out: MdRange[] = [];
  const taken: [number, number][] = []; // code spans: nothing inside them is syntax
  const inCode = (i: number) => taken.some(([a, b]) => i >= a && i < b);
  for (const m of text.matchAll(CODE)) {
    const a = m.index;
    const b = a + m[0].length;
    taken.push([a, b]);
    out.push({ start: a, end: a + 1, kind: 'hide' }, { start: a + 1, end: b - 1, kind: 'code' }, { start: b - 1, end: b, kind: 'hide' });
  }
  for (const m of text.matchAll(LINK)) {
    const a = m.index;
    if (inCode(a)) continue;
    const open = m[0].startsWith('!') ? 2 : 1;
    const textEnd = a + open + m[1].length;
    out.push({ start: a, end: a + open, kind: 'hide' }, { start: a + open, end: textEnd, kind: 'link' }, { start: textEnd, end: a + m[0].length, kind: 'hide' });
  }
  for (const [re, kind] of [
    [STRONG, 'strong'],
    [EM, 'em'],
  ] as const) {
    for (const m of text.matchAll(re)) {
      const a = m.index;
      const d = m[1].length;
      const b = a + m[0].length;
      if (inCode(a)) continue;
      out.push({ start: a, end: a + d, kind: 'hide' }, { start: a + d, end: b - d, kind }, { start: b - d, end: b, kind: 'hide' });
    }
  }
  for (const m of text.matchAll(LINE_START)) if (!inCode(m.index)) out.push({ start: m.index, end: m.index + m[1].length, kind: 'hide' });
  return out;
}

/** Markdown by file name, as the corpus reader decides it. */
export const isMarkdownPath = (path: string): boolean => /\.(md|markdown|mdx)$/i.test(path);
