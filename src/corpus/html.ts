// HTML pages, read by parse5 (the WHATWG-conformant parser behind jsdom; MIT, maintained, with
// source offsets for every node and attribute). Like Markdown (markdown.ts), the text a reader
// sees is copied into a same-length masked copy and everything else becomes spaces, so every
// finding still points into the file:
//   <p>Prix : <b>40 €</b> <img alt="Un chat" src="chat.png"></p>  →  "   Prix :    40 €       …"
// Text: text nodes outside <script>, <style>, <code>, <pre>, <template>, <svg>, <math>; the human
// attributes alt, title, aria-label, placeholder, label and <meta name="description"> content, each
// its own paragraph. A paragraph is the text between block boundaries (p, li, h1–h6, td, div, …);
// inline elements (a, b, em, span, …) stay inside it. Character references ("&amp;", "&nbsp;") are
// blanked: the parser's decoded text would not keep the file's offsets. Links (a href, img src)
// go to the entity check; heading ids are anchors that must survive translation unchanged.
import type { DefaultTreeAdapterMap } from 'parse5';
import { lib as parse5 } from '../vendor/parse5.js';
import type { MarkupAnchor, MarkupLink, Range } from '../types/index.js';
import { fromCodeUnits } from './chars.js';
import { blockParagraphs, plainBlocks, unseenAttribute, type MarkdownBlocks } from './markdown.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements whose content is code or data, never prose. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'code', 'pre', 'kbd', 'samp', 'var', 'svg', 'math', 'textarea', 'iframe', 'object']);
/** Elements that do not break a paragraph. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'data', 'dfn', 'em', 'font', 'i', 'img', 'ins', 'del', 'mark', 'q', 's', 'small',
  'span', 'strong', 'sub', 'sup', 'time', 'u', 'wbr', 'label', 'output', 'meter', 'progress',
]);
const HUMAN_ATTRIBUTES = new Set(['alt', 'title', 'aria-label', 'placeholder', 'label']);
const HEADING = /^h[1-6]$/;
/** Character references that stand for a space inside a number ("12&nbsp;500"). */
const SPACE_ENTITY = /^&(?:nbsp|thinsp|#160|#xa0|#8239|#x202f|#8201|#x2009);$/i;
const isDigit = (c: number) => c >= 48 && c <= 57;

class HtmlMasker {
  readonly buf: Uint16Array;
  readonly blocks: Range[] = [];
  readonly links: MarkupLink[] = [];
  readonly anchors: MarkupAnchor[] = [];
  private open: Range | null = null;

  constructor(readonly text: string) {
    this.buf = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      this.buf[i] = c === 10 || c === 13 ? c : 32;
    }
  }

  /** Ends the paragraph being gathered. */
  flush(): void {
    if (this.open) this.blocks.push(this.open);
    this.open = null;
  }

  /** A text node's raw range: shown, character references blanked, added to the paragraph. */
  addText(a: number, b: number): void {
    const t = this.text;
    const raw = t.slice(a, b);
    // White space between blocks is no paragraph; and the white space parse5 moves into <body>
    // from after "</body>" keeps a location spanning the end tags: markup, not text.
    if (raw.trim() === '' || /<[/!A-Za-z]/.test(raw)) return;
    for (let i = a; i < b; i++) this.buf[i] = t.charCodeAt(i);
    for (let i = a; i < b; i++) {
      if (t.charCodeAt(i) !== 0x26) continue; // &
      let j = i + 1;
      while (j < b && j - i <= 32 && /[A-Za-z0-9#]/.test(t[j])) j++;
      if (j < b && t[j] === ';' && j > i + 1) {
        for (let k = i; k <= j; k++) this.buf[k] = 32;
        if (SPACE_ENTITY.test(t.slice(i, j + 1)) && isDigit(t.charCodeAt(i - 1)) && isDigit(t.charCodeAt(j + 1))) this.groupDigits(a, i, j + 1);
        i = j;
      }
    }
    if (this.open) this.open.end = b;
    else this.open = { start: a, end: b };
  }

  /** "12&nbsp;500": the digits before the reference move right, next to a no-break space, so that
   *  the number reads as 12 500 (numbers are read on this copy); its span shifts by a few columns. */
  private groupDigits(from: number, amp: number, after: number): void {
    let k = amp;
    while (k > from && (isDigit(this.buf[k - 1]) || this.buf[k - 1] === 0xa0)) k--;
    const chunk = this.buf.slice(k, amp);
    this.buf.fill(32, k, after);
    this.buf.set(chunk, after - 1 - chunk.length);
    this.buf[after - 1] = 0xa0;
  }

  visit(node: Node): void {
    if (node.nodeName === '#text') {
      const loc = (node as DefaultTreeAdapterMap['textNode']).sourceCodeLocation;
      if (loc) this.addText(loc.startOffset, loc.endOffset);
      return;
    }
    if (!('tagName' in node)) {
      for (const c of (node as { childNodes?: Node[] }).childNodes ?? []) this.visit(c);
      return;
    }
    const el = node as Element;
    const name = el.tagName;
    if (SKIP.has(name)) return;
    const block = !INLINE.has(name);
    if (block) this.flush();
    this.attributes(el);
    for (const c of el.childNodes) this.visit(c);
    if (block) this.flush();
  }

  private attributes(el: Element): void {
    const loc = el.sourceCodeLocation;
    if (!loc) return;
    for (const attr of el.attrs) {
      const at = loc.attrs?.[attr.name];
      if (!at) continue;
      const value = this.valueRange(at.startOffset, at.endOffset);
      if (!value) continue;
      const human = (HUMAN_ATTRIBUTES.has(attr.name) && !unseenAttribute(el.tagName, attr.name)) || (attr.name === 'content' && el.tagName === 'meta' && /^(description|og:title|og:description)$/i.test(metaName(el)));
      if (human && value.end > value.start) {
        for (let i = value.start; i < value.end; i++) this.buf[i] = this.text.charCodeAt(i);
        this.blocks.push(value);
      } else if ((attr.name === 'href' && el.tagName === 'a') || (attr.name === 'src' && el.tagName === 'img')) {
        this.links.push({ start: loc.startOffset, end: loc.endOffset, url: attr.value });
      } else if (attr.name === 'id' && HEADING.test(el.tagName)) {
        // Placed on the heading's text, where an editor looks for it (not on the tag).
        const inner = loc.startTag && loc.endTag ? { start: loc.startTag.endOffset, end: loc.endTag.startOffset } : { start: at.startOffset, end: at.endOffset };
        this.anchors.push({ ...inner, id: attr.value });
      }
    }
  }

  /** The value of `name="value"` (quoted or not) within the attribute's range. */
  private valueRange(a: number, b: number): Range | null {
    const eq = this.text.indexOf('=', a);
    if (eq < 0 || eq >= b) return null;
    let s = eq + 1;
    while (s < b && /\s/.test(this.text[s])) s++;
    const q = this.text[s];
    if (q === '"' || q === "'") return { start: s + 1, end: Math.max(s + 1, b - 1) };
    return { start: s, end: b };
  }
}

function metaName(el: Element): string {
  return el.attrs.find((x) => x.name === 'name' || x.name === 'property')?.value ?? '';
}

export function maskHtml(text: string): MarkdownBlocks {
  const m = new HtmlMasker(text);
  try {
    m.visit(parse5().parse(text, { sourceCodeLocationInfo: true }) as unknown as Node);
  } catch (err) {
    // Elements nested tens of thousands deep overflow the walk's stack: no page is written so;
    // such a file is read as plain text, line by line (as Markdown does, markdown.ts).
    if (!(err instanceof RangeError)) throw err;
    return plainBlocks(text);
  }
  m.flush();
  const masked = fromCodeUnits(m.buf);
  return { masked, paragraphs: blockParagraphs(masked, m.blocks), markup: { links: m.links, anchors: m.anchors } };
}
