// Markdown and MDX: markup is not text to align, but every offset must still point into the file.
// So the text a reader sees is copied into a same-length "masked" copy, everything else becomes
// spaces (line breaks kept), and segmentation runs on that copy:
//   "See [the report](https://x.com/r) now."  →  " See  the report                  now."
// What stays text: paragraphs, headings, list items, table cells, link text, image alt text, the
// human text of HTML/JSX attributes (alt, title, aria-label, caption=, label=, placeholder=) and
// the front matter's title/description. What is markup: code (fenced, indented, inline), HTML and
// JSX tags, MDX expressions, front matter keys, link and image URLs (the entity check compares
// those, from `markup.links`), heading anchors ("## Node heartbeats {#node-heart-beats}",
// MDX "{/*node-heartbeats*/}"; kept in `markup.anchors`) and Hugo/Jekyll/Liquid shortcodes
// ("{{< glossary_tooltip text="API Group" term_id="api-group" >}}", "{% include x.html %}").
import type { Markup, MarkupAnchor, MarkupCode, MarkupCodeBlock, MarkupLink, Range } from '../types/index.js';
import { fromCodeUnits, trimRange } from './chars.js';
import { eachLine } from './lines.js';
import { isDigitCode, isLetterCode } from '../lang/script.js';
import { parseMarkdown, type MdAttribute, type MdNode } from './markdown-parse.js';

export interface MarkdownBlocks {
  /** Same length as the input; markup replaced by spaces, line breaks kept. */
  masked: string;
  /** Paragraph ranges, trimmed, ascending, disjoint: each paragraph (hard-wrapped lines are one
   *  paragraph), heading, table row, HTML block, and each human attribute of a JSX block element
   *  or front matter title. */
  paragraphs: Range[];
  markup: Markup;
}

/** Attributes whose value a reader sees or hears: checked as text, in its own paragraph. */
const HUMAN_ATTRIBUTES = new Set(['alt', 'title', 'aria-label', 'caption', 'label', 'placeholder']);
/** …and a component's own props named for them: `titleText`, `buttonLabel`, `ariaLabel` (not
 *  `captionPosition`, `titleId`: about the text, not text). React's
 *  French and Vietnamese "useContext" write `<Recipes titleText="Exemples de surcharge de
 *  contexte">` where the English has `title="…"`: read only on one side, the title was "omitted". */
const HUMAN_PROP = /^[a-z][A-Za-z]*[a-z](?:Title|Label|Caption|Text)$/;
const CODE_PROP = /^(?:code|raw|html|css|js|src|source|class|style|data)|(?:Id|ID|Key|Url|URL|Href|Class|Style|Level)$/;
const humanAttribute = (name: string): boolean => HUMAN_ATTRIBUTES.has(name) || (HUMAN_PROP.test(name) && !CODE_PROP.test(name));
/** JSX components that show what a program prints (console, terminal, output): code, not prose. */
const OUTPUT_COMPONENT = /^(?:Console|Terminal|Output|Shell)[A-Za-z]*$|(?:Console|Terminal|Output)(?:Block)?$/;
/** Front matter keys whose value is page text (the title shown in the browser tab and the index). */
const HUMAN_KEYS = /^[ \t]*(title|description|summary|linkTitle|subtitle)[ \t]*[:=][ \t]*(.*)$/gm;
/** A YAML block scalar's indicator: ">", "|", with chomping and indentation ("|-", ">2"). */
const BLOCK_SCALAR = /^[>|][+-]?\d?[+-]?$/;
/** HTML attributes in a raw HTML block or tag: name, then a quoted value. */
/** Elements whose `title` nobody sees: an embedded player's ("YouTube video player" in every
 *  copied YouTube snippet — Slidev's French "Why Slidev" keeps it, as its English does). */
const EMBEDS: ReadonlySet<string> = new Set(['iframe', 'embed', 'object', 'video', 'audio', 'source']);
/** An attribute no reader sees, however human its name: an embed's `title`. (Markdown's raw HTML,
 *  MDX elements and HTML pages alike.) */
export const unseenAttribute = (tag: string, name: string): boolean => name.toLowerCase() === 'title' && EMBEDS.has(tag.toLowerCase());

/** The lower-case name of the tag `raw[at]` stands in ('' when none opens within 2,000 characters). */
function tagAround(raw: string, at: number): string {
  for (let k = at; k >= 0 && at - k <= 2000; k--) {
    if (raw[k] === '>') return '';
    if (raw[k] === '<') return (/^<([A-Za-z][\w-]{0,20})/.exec(raw.slice(k, k + 24))?.[1] ?? '').toLowerCase();
  }
  return '';
}

/** Tags that begin or end a block of their own where a browser lays out HTML. */
/** A GitHub alert's marker opening a blockquote: "[!NOTE]", "[!WARNING]". */
const ALERT = /^\[![A-Za-z]{2,12}\]/;
const BLOCK_TAG = /^<\/?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|pre|table|thead|tbody|tr|td|th|caption|aside|section|article|header|footer|nav|figure|figcaption|details|summary|main)\b/i;
const HTML_ATTRIBUTE = /[\s"'](alt|title|aria-label|caption|label|placeholder)[ \t]*=[ \t]*(?:"([^"<>]*)"|'([^'<>]*)')/gi;
/** Longest shortcode looked for: `{{< … >}}` spanning more is left alone (keeps the scan linear). */
const MAX_SHORTCODE = 2000;

const offsetsOf = (n: { position?: MdNode['position'] }): [number, number] | null => {
  const a = n.position?.start.offset;
  const b = n.position?.end.offset;
  return a === undefined || b === undefined ? null : [a, b];
};

const isAsciiPunct = (c: number) => (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);

class Masker {
  readonly buf: Uint16Array;
  readonly blocks: Range[] = [];
  readonly links: MarkupLink[] = [];
  readonly anchors: MarkupAnchor[] = [];
  readonly codes: MarkupCode[] = [];
  readonly codeBlocks: MarkupCodeBlock[] = [];

  constructor(
    readonly text: string,
    private readonly mdx: boolean,
  ) {
    this.buf = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      this.buf[i] = c === 10 || c === 13 ? c : 32;
    }
  }

  reveal(a: number, b: number): void {
    for (let i = a; i < b; i++) this.buf[i] = this.text.charCodeAt(i);
  }

  hide(a: number, b: number): void {
    for (let i = a; i < b; i++) if (this.buf[i] !== 10 && this.buf[i] !== 13) this.buf[i] = 32;
  }

  visit(node: MdNode, inPhrase: boolean): void {
    const at = offsetsOf(node);
    switch (node.type) {
      case 'text': {
        if (!at) return;
        this.reveal(at[0], at[1]);
        // A backslash escape "\*" is markup, the character after it is text.
        for (let k = at[0]; k < at[1] - 1; k++) {
          if (this.text.charCodeAt(k) === 0x5c && isAsciiPunct(this.text.charCodeAt(k + 1))) {
            this.buf[k] = 32;
            k++;
          }
        }
        if (!this.mdx) this.hideLooseTags(at[0], at[1]);
        return;
      }
      case 'paragraph':
        // Docusaurus reads .md files as MDX: "import Tabs from '@theme/Tabs';" at the top of a page
        // is code, and CommonMark sees a paragraph (web-map-doc's installation.md: "left
        // untranslated" in French). A paragraph made only of import/export statements stays masked.
        if (!this.mdx && at && esmOnly(this.text.slice(at[0], at[1]))) return;
      // falls through
      case 'tableRow':
        if (at) this.blocks.push({ start: at[0], end: at[1] });
        this.children(node, true);
        return;
      case 'heading':
        if (at) this.blocks.push({ start: at[0], end: at[1] });
        this.children(node, true);
        if (at) this.anchor(at[0], at[1]);
        return;
      case 'link':
      case 'definition':
        if (at && node.url) this.links.push({ start: at[0], end: at[1], url: node.url });
        this.children(node, inPhrase);
        return;
      case 'image':
        if (at && node.url) this.links.push({ start: at[0], end: at[1], url: node.url });
        if (at) this.imageAlt(at[0], at[1]);
        return;
      case 'imageReference':
        if (at) this.imageAlt(at[0], at[1]);
        return;
      case 'html':
        if (at) this.html(at[0], at[1], inPhrase);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        // What a program prints is quoted as printed, in the language it prints in: React's
        // <ConsoleBlock> holds "Warning: Each child in a list should have a unique "key" prop."
        // in the French page too. Components named for a console, a terminal or program output
        // are code.
        if (node.name && OUTPUT_COMPONENT.test(node.name)) return;
        for (const attr of node.attributes ?? []) if (!(attr.type === 'mdxJsxAttribute' && attr.name && unseenAttribute(node.name ?? '', attr.name))) this.attribute(attr, !inPhrase);
        this.children(node, inPhrase || node.type === 'mdxJsxTextElement');
        return;
      case 'blockquote': {
        this.children(node, inPhrase);
        // The "> " that continues a quote on its next lines lies inside the text node's range.
        if (at) this.hideQuoteMarkers(at[0], at[1]);
        // A GitHub alert, "> [!NOTE]" (MDN's pages, GitHub READMEs): the marker is markup, kept
        // as written in every language. Read as text it was a sentence "[!" paired with a heading.
        const first = node.children?.[0];
        const start = first?.type === 'paragraph' ? offsetsOf(first)?.[0] : undefined;
        if (start !== undefined) {
          const marker = ALERT.exec(this.text.slice(start, start + 24));
          if (marker) this.hide(start, start + marker[0].length);
        }
        return;
      }
      case 'yaml':
      case 'toml':
        if (at) this.frontMatter(at[0], at[1]);
        return;
      case 'inlineCode':
        if (at && typeof node.value === 'string') this.codes.push({ start: at[0], end: at[1], value: node.value });
        return; // markup: stays masked
      case 'code':
        if (at && typeof node.lang === 'string' && ADMONITIONS.has(node.lang.toLowerCase())) {
          this.admonition(at[0], at[1]);
          return;
        }
        // Compared whole by the code-block check (a Sandpack's styles.css the translation lost).
        if (at) this.codeBlocks.push({ start: at[0], end: at[1], info: [node.lang, node.meta].filter(Boolean).join(' '), value: node.value ?? '' });
        return; // markup: stays masked
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
      case 'mdxjsEsm':
      case 'thematicBreak':
      case 'break':
      case 'footnoteReference':
      case 'math':
      case 'inlineMath':
        return; // markup: stays masked
      default:
        this.children(node, inPhrase);
    }
  }

  /** A fenced block that is a box of prose, not code: javascript.info writes its notes
   *  ```smart header="The consequences of unbound `this`" … ``` (and warn, online, compare): read as
   *  code, a Vietnamese page's translated notes were hidden from every check and the English
   *  sentences they translate reported lost. The fence lines are markup but for the header's title
   *  (a block of its own); what lies between them is read as Markdown. */
  private admonition(a: number, b: number): void {
    const t = this.text;
    const firstEnd = t.indexOf('\n', a);
    if (firstEnd < 0 || firstEnd >= b) return;
    const opening = t.slice(a, firstEnd);
    const header = /\bheader\s*=\s*"/.exec(opening);
    if (header) {
      const ts = a + header.index + header[0].length;
      const te = a + opening.lastIndexOf('"');
      // A title that is code — javascript.info's header="new function() { ... }" — stays markup.
      if (te > ts && codeTitle(t.slice(ts, te))) this.codes.push({ start: ts, end: te, value: t.slice(ts, te) });
      else if (te > ts) {
        this.blocks.push({ start: ts, end: te });
        this.reveal(ts, te);
        // Its inline code (`this == undefined`) is markup, as anywhere else.
        for (let q = t.indexOf('`', ts); q >= 0 && q < te; ) {
          const close = t.indexOf('`', q + 1);
          if (close < 0 || close >= te) break;
          this.codes.push({ start: q, end: close + 1, value: t.slice(q + 1, close) });
          this.hide(q, close + 1);
          q = t.indexOf('`', close + 1);
        }
      }
    }
    // The closing fence: the block's last line, when it is one (an unclosed block runs to the end).
    let end = b;
    const lastStart = t.lastIndexOf('\n', b - 1) + 1;
    if (lastStart > firstEnd && /^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*$/.test(t.slice(lastStart, b))) end = lastStart;
    const from = firstEnd + 1;
    if (end <= from) return;
    let tree: MdNode;
    try {
      tree = parseMarkdown(t.slice(from, end), false).tree;
    } catch {
      return;
    }
    shiftPositions(tree, from);
    this.children(tree, false);
  }

  /** Hides the quote markers (">", spaces before and one after) that open each line of [a, b). */
  private hideQuoteMarkers(a: number, b: number): void {
    for (let i = a; i < b; ) {
      let k = i;
      while (k < b && (this.text[k] === ' ' || this.text[k] === '\t' || this.text[k] === '>')) k++;
      if (this.text.slice(i, k).includes('>')) this.hide(i, k);
      const nl = this.text.indexOf('\n', k);
      if (nl < 0 || nl >= b) return;
      i = nl + 1;
    }
  }

  private children(node: MdNode, inPhrase: boolean): void {
    for (const c of node.children ?? []) this.visit(c, inPhrase);
  }

  // "## Node heartbeats {#node-heart-beats}", MDX "## Title {/*title*/}": the anchor is markup,
  // and deep links point at it (the entity check compares it).
  private anchor(start: number, end: number): void {
    const from = Math.max(start, end - 300);
    const tail = this.text.slice(from, end);
    const m = /\{#([^\s{}]{1,200})\}[ \t#]*$/.exec(tail) ?? /\{\/\*[ \t]*([^*{}\s]{1,200})[ \t]*\*\/\}[ \t#]*$/.exec(tail);
    // An id that lost its "#": Vue's French "### Liaison par tableau {binding-to-arrays-1}" — the
    // page has no such anchor and shows the braces (its "1" was read as a number added). Kept as
    // markup, marked broken: the entity check reports it where the source has the id.
    const lost = m ? null : /\{([a-z0-9]+(?:[-_][a-z0-9]+)*)\}[ \t#]*$/.exec(tail);
    const found = m ?? lost;
    if (!found) return;
    const a = from + found.index;
    const b = a + found[0].trimEnd().replace(/[ \t#]+$/, '').length;
    this.hide(a, b);
    this.anchors.push(lost ? { start: a, end: b, id: found[1], broken: true } : { start: a, end: b, id: found[1] });
  }

  /** "![alt](src)": the alt text between "![" and its closing bracket is text. */
  private imageAlt(start: number, end: number): void {
    let depth = 0;
    for (let k = start + 2; k < end; k++) {
      const c = this.text.charCodeAt(k);
      if (c === 0x5c) k++;
      else if (c === 0x5b) depth++;
      else if (c === 0x5d && depth-- === 0) {
        this.reveal(start + 2, k);
        return;
      }
    }
  }

  /** A JSX attribute: `alt="…"`, `caption='…'` is text; in a block element, its own paragraph. */
  private attribute(attr: MdAttribute, ownBlock: boolean): void {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name || !humanAttribute(attr.name) || typeof attr.value !== 'string') return;
    const at = offsetsOf(attr);
    if (!at) return;
    const raw = this.text.slice(at[0], at[1]);
    const eq = raw.indexOf('=');
    const q = eq < 0 ? -1 : raw.slice(eq + 1).search(/["']/);
    if (q < 0) return;
    const a = at[0] + eq + 1 + q + 1;
    const b = at[1] - 1;
    if (b <= a) return;
    this.reveal(a, b);
    if (ownBlock) this.blocks.push({ start: a, end: b });
  }

  /** Raw HTML: tags and comments are markup; text between tags (`<p>Text</p>`) and human
   *  attribute values are text. A block is one paragraph; an inline tag adds to its paragraph. */
  private html(start: number, end: number, inPhrase: boolean): void {
    const raw = this.text.slice(start, end);
    const values: Range[] = [];
    HTML_ATTRIBUTE.lastIndex = 0;
    for (let m = HTML_ATTRIBUTE.exec(raw); m; m = HTML_ATTRIBUTE.exec(raw)) {
      if (unseenAttribute(tagAround(raw, m.index), m[1])) continue;
      const value = m[2] ?? m[3] ?? '';
      const a = start + m.index + m[0].length - 1 - value.length;
      this.reveal(a, a + value.length);
      if (value.trim().length > 0) values.push({ start: a, end: a + value.length });
    }
    if (inPhrase) return;
    // A block of tags only — JSX components read as HTML because the MDX parser rejected the file
    // (React's Vietnamese "State as a Snapshot", made invalid by a merge conflict): each caption
    // and alt text is its own paragraph, as the MDX reader has them, not one run-on sentence.
    if (values.length > 1 && !hasTextOutsideTags(raw)) {
      for (const v of values) this.blocks.push(v);
      return;
    }
    // Text between tags, outside comments and <script>/<style>. Inside a block marked
    // markdown="1" (kramdown, Jekyll), that text is Markdown: read it so, links and emphasis as
    // markup. opensource.guide's pull quotes end in a credit line "— @lord, ["Tips for new open
    // source maintainers"](https://lord.io/blog/2014/oss-tips/)" inside <aside markdown="1">.
    const show = KRAMDOWN_MARKDOWN.test(raw.slice(0, raw.indexOf('>') + 1)) ? (a: number, b: number) => this.markdownInside(a, b) : (a: number, b: number) => this.reveal(a, b);
    let k = 0;
    let textFrom = 0;
    let skipUntil: string | null = null;
    // Paragraphs as a browser lays them out: a block-level tag (<p>, <div>, <br>, <li> …) ends one,
    // and so does a tag whose alt or title text is read, which is a paragraph of its own.
    // opensource.guide's English pull quote has no blank line between `<img … alt="avatar">`, the
    // quotation and its `<p markdown="1" class="pquote-credit">`: one paragraph, whose sentences
    // ran "avatar" into the quotation and the credit into its last sentence (its German page has
    // the blank lines, so the two did not align).
    const blocks: Range[] = [];
    let paraFrom = start;
    while (k < raw.length) {
      if (raw.charCodeAt(k) !== 0x3c) {
        k++;
        continue;
      }
      if (!skipUntil && k > textFrom) show(start + textFrom, start + k);
      const close = raw.startsWith('<!--', k) ? raw.indexOf('-->', k + 4) : raw.indexOf('>', k + 1);
      if (close < 0) {
        textFrom = raw.length;
        break;
      }
      if (!raw.startsWith('<!--', k) && (BLOCK_TAG.test(raw.slice(k, k + 12)) || values.some((v) => v.start >= start + k && v.start < start + close))) {
        if (start + k > paraFrom) blocks.push({ start: paraFrom, end: start + k });
        paraFrom = start + close + 1;
      }
      const tag = raw.slice(k, Math.min(close, k + 10)).toLowerCase();
      if (skipUntil && tag.startsWith(skipUntil)) skipUntil = null;
      else if (!skipUntil && (tag.startsWith('<script') || tag.startsWith('<style'))) skipUntil = tag.startsWith('<script') ? '</script' : '</style';
      k = raw.startsWith('<!--', k) ? close + 3 : close + 1;
      textFrom = k;
    }
    if (!skipUntil && textFrom < raw.length) show(start + textFrom, end);
    if (end > paraFrom) blocks.push({ start: paraFrom, end });
    for (const b of blocks) this.blocks.push(b);
    for (const v of values) this.blocks.push(v);
  }

  /** Text of an HTML block that kramdown reads as Markdown: parsed on its own, its nodes moved to
   *  their place in the file. A segment that parses as an indented code block (kramdown strips the
   *  block's indentation; CommonMark would not) is read as text, as before. */
  private markdownInside(a: number, b: number): void {
    const raw = this.text.slice(a, b);
    if (!/\S/.test(raw)) return;
    // Prose without a Markdown character is read as it is: a parse costs ~0.2 ms.
    if (!MARKDOWN_CHAR.test(raw)) {
      this.reveal(a, b);
      return;
    }
    let tree: MdNode;
    try {
      tree = parseMarkdown(raw, false).tree;
    } catch {
      this.reveal(a, b);
      return;
    }
    if ((tree.children ?? []).some((n) => n.type === 'code' || n.type === 'html')) {
      this.reveal(a, b);
      return;
    }
    shiftPositions(tree, a);
    for (const n of tree.children ?? []) this.visit(n, true);
  }

  /** Front matter: keys and values are markup, except the page's title and description. */
  private frontMatter(start: number, end: number): void {
    const raw = this.text.slice(start, end);
    HUMAN_KEYS.lastIndex = 0;
    for (let m = HUMAN_KEYS.exec(raw); m; m = HUMAN_KEYS.exec(raw)) {
      let value = m[2].trimEnd();
      let a = start + m.index + m[0].length - m[2].length;
      const q = value[0];
      if ((q === '"' || q === "'") && value.length >= 2 && value.endsWith(q)) {
        value = value.slice(1, -1);
        a++;
      }
      if (value.length === 0) continue;
      if (BLOCK_SCALAR.test(value)) {
        this.blockScalar(raw, start, m.index + m[0].length, m[0].length - m[0].trimStart().length);
        continue;
      }
      this.reveal(a, a + value.length);
      this.blocks.push({ start: a, end: a + value.length });
    }
  }

  /** A YAML block scalar ("description: >" then indented lines, as Kubernetes pages write their
   *  description): its lines, more indented than the key, are the value; the ">" is markup. */
  private blockScalar(raw: string, base: number, from: number, keyIndent: number): void {
    let first = -1;
    let last = -1;
    let k = raw.indexOf('\n', from);
    while (k >= 0 && k + 1 < raw.length) {
      const lineStart = k + 1;
      const next = raw.indexOf('\n', lineStart);
      const lineEnd = next < 0 ? raw.length : next;
      const line = raw.slice(lineStart, lineEnd);
      const indent = line.length - line.trimStart().length;
      if (line.trim() !== '') {
        if (indent <= keyIndent) break;
        if (first < 0) first = lineStart + indent;
        last = lineStart + line.trimEnd().length;
      }
      k = next;
    }
    if (first < 0) return;
    this.reveal(base + first, base + last);
    this.blocks.push({ start: base + first, end: base + last });
  }

  /** Read as Markdown, a JSX tag that is not valid HTML (`<img style={{margin: 0}} />`, from an
   *  .md file of an MDX site or an .mdx file the MDX parser rejected) is text to CommonMark: hide
   *  `<Name …>` up to its `>` outside quotes and braces, within the text node. */
  private hideLooseTags(start: number, end: number): void {
    const t = this.text;
    for (let k = start; k < end; k++) {
      if (t.charCodeAt(k) !== 0x3c) continue;
      const prev = k > 0 ? t.charCodeAt(k - 1) : 32;
      if (/[\p{L}\p{N}]/u.test(String.fromCharCode(prev))) continue; // Array<string>
      let n = k + 1;
      if (t.charCodeAt(n) === 0x2f) n++;
      if (!/[A-Za-z]/.test(t[n] ?? '')) continue;
      let depth = 0;
      let quote = 0;
      let close = -1;
      for (let j = n; j < end && j - k < MAX_SHORTCODE; j++) {
        const c = t.charCodeAt(j);
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === 0x22 || c === 0x27) quote = c;
        else if (c === 0x7b) depth++;
        else if (c === 0x7d) depth--;
        else if (c === 0x3e && depth <= 0) {
          close = j;
          break;
        }
      }
      if (close < 0) continue;
      this.hide(k, close + 1);
      k = close;
    }
  }

  /** The container fences of Docusaurus, Starlight and VitePress — ":::note", ":::caution[Be
   *  careful]", "::: tip Useful hint", and the ":::" that closes them — are markup, read as text
   *  by CommonMark: Astro's French "Layouts" page had the sentence ":::", paired as the
   *  translation of a real sentence the English has, and its notes opened with ":::note A
   *  Markdown/MDX layout …". Each fence line is hidden but for its title, which stays with the
   *  text it heads: a title made a paragraph of its own ("Note", "Lưu ý") was left unpaired when
   *  Vue's Vietnamese placed its note after the paragraph the English has it before. */
  hideContainerFences(): void {
    const t = this.text;
    if (!t.includes(':::')) return;
    for (const b of this.blocks) {
      for (let i = b.start; i < b.end; ) {
        let eol = t.indexOf('\n', i);
        if (eol < 0 || eol > b.end) eol = b.end;
        // Only a line whose first non-blank character is ":" is read (no slice of every line).
        let c = i;
        while (c < eol && c - i < 4 && (t[c] === ' ' || t[c] === '\t')) c++;
        const m = t[c] === ':' ? CONTAINER_FENCE.exec(t.slice(i, eol)) : null;
        // Visible colons only: a fence shown inside a code block stays as written.
        if (m && this.buf[i + m[1].length] === 0x3a) {
          const title = (m[2] ?? '').trimEnd();
          const titleAt = i + m[0].trimEnd().length - title.length;
          this.hide(i, titleAt);
          if (title.startsWith('[')) {
            this.hide(titleAt, titleAt + 1);
            this.hide(titleAt + title.length - 1, titleAt + title.length);
          }
        }
        i = eol + 1;
      }
    }
  }

  /** A paragraph that is one bracketed directive of the site's renderer — javascript.info's
   *  "[cut]" (the excerpt ends here), `[recent browser="new"]`, `[iframe src="…" height=100]` — is
   *  markup, not a sentence: "[recent browser="new"]" was "left untranslated" on two pages, "[cut]"
   *  an omission where a newer translation dropped it. A lower-case word alone, or a word with
   *  attributes; never a link ("[Next]" stays text) nor a label with a definition ("[cut]: /x"). */
  hideDirectives(): void {
    const t = this.text;
    for (const b of this.blocks) {
      let a = b.start;
      while (a < b.end && (t[a] === ' ' || t[a] === '\t')) a++;
      if (t[a] !== '[' || b.end - a > 300 || this.buf[a] !== 0x5b) continue;
      const raw = t.slice(a, b.end).trimEnd();
      const m = DIRECTIVE.exec(raw);
      if (m && !t.includes(`\n[${m[1]}]:`)) this.hide(a, a + raw.length);
    }
  }

  /** What a reader types or clicks: `<kbd>Ctrl</kbd>`, and the labels of a user interface the
   *  translation's reader sees in English too — Astro's French "Deploy to Netlify" has "Choisissez
   *  <kbd>Import an existing project</kbd>", the button's own words. Kept as written, like inline
   *  code: no text to translate. One forward pass (the next "</kbd>" is looked up again only once
   *  passed: 100,000 "<kbd>" with no closing tag cost one scan, not one each); a <kbd> with no
   *  closing tag within MAX_KBD characters on its line is left as it is. */
  hideKeys(): void {
    const t = this.text;
    let next = -1; // the next "</kbd>" at or after the current tag, -2 when there is none
    for (let k = t.indexOf('<kbd'); k >= 0; k = t.indexOf('<kbd', k + 4)) {
      if (t[k + 4] !== '>' && t[k + 4] !== ' ') continue;
      const open = t.slice(k, k + 40).indexOf('>') + k;
      if (open < k) continue;
      if (next !== -2 && next < open) next = t.indexOf('</kbd>', open);
      if (next < 0) {
        next = -2;
        continue;
      }
      const close = next;
      if (close - open > MAX_KBD || t.slice(open, close).includes('\n')) continue;
      // Shown text only: a <kbd> inside a code block is code already.
      if (this.buf[open + 1] === 0x20 && t[open + 1] !== ' ') continue;
      this.hide(open + 1, close);
      k = close;
    }
  }

  /** Hugo, Jekyll and Liquid shortcodes in text: `{{< … >}}`, `{{% … %}}`, `{{ … }}`, `{% … %}`.
   *  One forward pass; each closing look-up starts where the last one stopped. */
  hideShortcodes(): void {
    const t = this.text;
    const nextClose: Record<string, number> = { '}}': -1, '%}': -1 };
    for (let k = t.indexOf('{'); k >= 0 && k < t.length - 1; k = t.indexOf('{', k + 1)) {
      const c = t.charCodeAt(k + 1);
      if (c !== 0x7b && c !== 0x25) continue; // "{{" or "{%"
      const closer = c === 0x7b ? '}}' : '%}';
      if (nextClose[closer] < k + 2 && nextClose[closer] !== -2) {
        const found = t.indexOf(closer, k + 2);
        nextClose[closer] = found < 0 ? -2 : found;
      }
      const close = nextClose[closer];
      if (close < 0 || close - k > MAX_SHORTCODE) continue;
      this.hide(k, close + 2);
      k = close + 1;
    }
  }
}

/** A renderer's directive alone in a paragraph (see hideDirectives). Anchored and bounded: linear. */
const DIRECTIVE = /^\[([a-z][\w-]{0,30})(?:(?:[ \t]+[\w-]{1,30}=(?:"[^"\n]{0,200}"|[^\s\]"]{1,100}))+)?\]$/;

/** A box's title written as code: brackets of a call or a block, an arrow or an assignment, and at
 *  most four words ("new function() { ... }", "obj?.prop", "a = b ?? c"). */
function codeTitle(title: string): boolean {
  const marks = title.match(/[(){}[\];=]|=>|\?\./g)?.length ?? 0;
  return marks >= 2 && title.trim().split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length <= 4;
}

/** Fenced blocks whose "language" names a box of prose: javascript.info's smart, warn, online,
 *  compare, summary; the admonition names of other sites. */
const ADMONITIONS = new Set(['smart', 'warn', 'warning', 'online', 'compare', 'summary', 'note', 'tip', 'info', 'caution', 'danger', 'important', 'hint']);

/** Longest text of a <kbd> element hidden as a key or a label. */
const MAX_KBD = 120;

/** A container fence line: indent, ":::" or more, a type word, and a title — "[in brackets]"
 *  (Starlight, Docusaurus 3) or the rest of the line (VitePress). Bounded, anchored: linear. */
const CONTAINER_FENCE = /^([ \t]{0,3}):{3,}[ \t]*(?:[A-Za-z][\w-]{0,30})?[ \t]*(\[[^\]\n]{1,200}\]|[^\s[{][^\n]{0,200})?[ \t]*$/;

/** Characters that may make Markdown markup inside a kramdown block. */
const MARKDOWN_CHAR = /[[\]*_`!\\&#|~]/;

/** kramdown's switch for Markdown inside an HTML block: markdown="1", "block" or "span". */
const KRAMDOWN_MARKDOWN = /\smarkdown\s*=\s*["']?(?:1|block|span)\b/i;

/** Moves a parsed fragment's positions by `by` code units (it was parsed out of the file at `by`). */
function shiftPositions(node: MdNode, by: number): void {
  const p = node.position;
  if (p) {
    if (p.start.offset !== undefined) p.start.offset += by;
    if (p.end.offset !== undefined) p.end.offset += by;
  }
  for (const c of node.children ?? []) shiftPositions(c, by);
}

/** Letters or digits outside `<…>` (one pass: no regular expression to backtrack on a long block). */
function hasTextOutsideTags(raw: string): boolean {
  let inTag = false;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c === 0x3c) inTag = true;
    else if (c === 0x3e) inTag = false;
    else if (!inTag && (isLetterCode(c) || isDigitCode(c))) return true;
  }
  return false;
}

export function plainBlocks(text: string): MarkdownBlocks {
  const paragraphs: Range[] = [];
  eachLine(text, (a, b) => {
    const [x, y] = trimRange(text, a, b);
    if (y > x) paragraphs.push({ start: x, end: y });
  });
  return { masked: text, paragraphs, markup: { links: [], anchors: [] } };
}


/** An .md file written in MDX: react.dev keeps its pages in `src/content/**\/*.md`, with JSX
 *  components (`<Sandpack>`, `<Intro>`) and `{/*id*\/}` heading ids. Read as CommonMark, a closing
 *  tag followed by a line of text opens an HTML block that swallows the paragraph: the Vietnamese
 *  "useState" page's "</Sandpack>" then "Lưu ý rằng …" lost both links of that paragraph, reported
 *  missing. Such a file is parsed as MDX first (and as Markdown if the MDX parser rejects it). */
export function looksLikeMdx(text: string): boolean {
  const comment = text.indexOf('{/*');
  if (comment >= 0 && text.indexOf('*/}', comment + 3) >= 0) return true;
  return JSX_LINE.test(text);
}
/** A line opening or closing a component: a capitalised tag name, as JSX writes components. */
const JSX_LINE = /^<\/?[A-Z][A-Za-z0-9]{0,40}(?:[ \t>]|\/>|$)/m;

export function maskMarkdown(text: string, opts: { mdx?: boolean } = {}): MarkdownBlocks {
  let m: Masker;
  try {
    const { tree, mdx } = parseMarkdown(text, opts.mdx === true || looksLikeMdx(text));
    m = new Masker(text, mdx);
    m.visit(tree, false);
  } catch (err) {
    // Nesting thousands deep ("> > > > …" on one line) overflows the parser's stack: no document
    // is written so, and such a file is read line by line, as plain text.
    if (!(err instanceof RangeError)) throw err;
    return plainBlocks(text);
  }
  m.hideShortcodes();
  m.hideContainerFences();
  m.hideDirectives();
  if (text.includes('<kbd')) m.hideKeys();
  const masked = fromCodeUnits(m.buf);
  return { masked, paragraphs: blockParagraphs(masked, m.blocks), markup: { links: m.links, anchors: m.anchors, codes: m.codes, codeBlocks: m.codeBlocks } };
}

/** The paragraphs of a masked text from its block ranges, in order, trimmed; a block inside one
 *  already taken, or with nothing left to read, is none (Markdown and HTML readers alike). */
export function blockParagraphs(masked: string, blocks: Range[]): Range[] {
  const paragraphs: Range[] = [];
  let last = -1;
  for (const r of blocks.sort((x, y) => x.start - y.start || y.end - x.end)) {
    const [a, b] = trimRange(masked, r.start, r.end);
    if (b <= a || a < last) continue;
    paragraphs.push({ start: a, end: b });
    last = b;
  }
  return paragraphs;
}

/** Is `text` only ES module statements, one per line ("import X from '…';", "export const …")? */
function esmOnly(text: string): boolean {
  if (!/^(?:import|export)\s/.test(text)) return false;
  return text.split('\n').every((line) => line.trim() === '' || ESM_LINE.test(line.trim()));
}
// Anchored at both ends of one line; "[^'\"]*" stops at the quote that must follow it, so a failed
// match gives up at once (linear on a hostile 1 MB line).
const ESM_LINE = /^(?:import\s[^'"]*['"][^'"]*['"]|export\s+(?:default|const|let|var|function|class|\{)[^]*?);?$/;
