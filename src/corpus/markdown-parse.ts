// Markdown and MDX → a syntax tree with file offsets, read by a maintained CommonMark parser
// (micromark/mdast: GFM tables and autolinks, YAML front matter, MDX JSX and expressions) rather
// than by a hand-written scanner: a grammar this size is not ours to get right.
// Real MDX is often sloppy ("<br>" never closed, a stray "{" in prose): a file the MDX parser
// rejects is read as Markdown, where JSX is HTML, instead of failing the run.
import { lib as markdownLib } from '../vendor/markdown.js';
import { lib as mdxLib } from '../vendor/mdx.js';
import { fromCodeUnits } from './chars.js';
import { eachLine } from './lines.js';

/** The parts of an mdast node tqc reads (mdast, GFM, front matter and MDX nodes alike). */
export interface MdNode {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MdNode[];
  value?: string;
  /** A code block's language and the rest of its info string ("js", "src/App.js active"). */
  lang?: string | null;
  meta?: string | null;
  url?: string;
  name?: string | null;
  attributes?: MdAttribute[];
}

export interface MdAttribute {
  type: string;
  name?: string;
  value?: unknown;
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Deepest container nesting read on one line ("> > > > …", "- - - - …"). */
const MAX_DEPTH = 16;
/** Most brackets read for links in one block (between blank lines); a real paragraph has a few dozen. */
const MAX_BRACKETS = 512;

/** Most emphasis marks ("*", "_") read in one block outside fenced code. micromark resolves each
 *  closing run against every opening run before it: "a* a* a* …" (closers that never meet an opener)
 *  took 2.4 s for 32,000 characters, ×11 for ×4 (test/hostile/linear.test.ts). */
const MAX_EMPHASIS = 512;

/** A same-length copy of the text the parser can read in linear time. Document text is untrusted,
 *  and CommonMark has inputs that cost a parser quadratic time or its whole stack: a line of
 *  thousands of "> " (block quotes nested 4,000 deep), of "[a](" (link openers never closed,
 *  each resolved against every later one) or of "a* " (see MAX_EMPHASIS). Markers past the nesting
 *  bound, and the brackets or emphasis marks of a block holding more than MAX_BRACKETS or
 *  MAX_EMPHASIS of them, are read as spaces. Offsets are unchanged; ordinary documents come back
 *  untouched. */
export function tame(text: string): string {
  let copy: Uint16Array | null = null;
  const blank = (i: number) => {
    if (!copy) {
      copy = new Uint16Array(text.length);
      for (let k = 0; k < text.length; k++) copy[k] = text.charCodeAt(k);
    }
    copy[i] = 32;
  };
  const blankAs = (i: number, code: number) => {
    blank(i);
    copy![i] = code;
  };
  let blockStart = 0;
  let brackets = 0;
  let emphasis = 0;
  let fence = false;
  const closeBlock = (end: number) => {
    if (brackets > MAX_BRACKETS || emphasis > MAX_EMPHASIS) {
      let r = 0; // the next fenced range (sorted, disjoint): one walk beside k
      for (let k = blockStart; k < end; k++) {
        const c = text.charCodeAt(k);
        if ((c === 0x5b || c === 0x5d) && brackets > MAX_BRACKETS) blank(k);
        if ((c === 0x2a || c === 0x5f) && emphasis > MAX_EMPHASIS) {
          while (r < fenced.length && fenced[r + 1] <= k) r += 2;
          if (!(r < fenced.length && k >= fenced[r])) blank(k);
        }
      }
    }
    brackets = 0;
    emphasis = 0;
    fenced.length = 0;
  };
  // Fenced code lines of the block being read: their "*" and "_" are code (a C file's pointers, a
  // Python file's names), never counted nor blanked.
  const fenced: number[] = [];
  let afterText = false; // the line before holds text (a definition list's term)
  eachLine(text, (a, b) => {
    // A definition of kramdown's and Pandoc's lists, ": For an object-to-string conversion, …" under
    // its term: its indented paragraphs are indented code to CommonMark, so javascript.info's
    // explanations under `"default"` were hidden on both sides. Read as a list item ("- "), they
    // are its paragraphs, and the marker is markup. Outside fenced code only.
    let d = a;
    while (d < b && d - a < 3 && text.charCodeAt(d) === 32) d++;
    if (afterText && !fence && text.charCodeAt(d) === 0x3a && (text.charCodeAt(d + 1) === 32 || text.charCodeAt(d + 1) === 9)) blankAs(d, 0x2d);
    afterText = d < b && !fence;
    let k = a;
    let depth = 0;
    // The line's container prefix: block quote and list markers, spaces, ordinal numbers.
    while (k < b) {
      const c = text.charCodeAt(k);
      if (c === 0x3e || c === 0x2d || c === 0x2a || c === 0x2b) {
        if (++depth > MAX_DEPTH) blank(k);
      } else if (!(c === 32 || c === 9 || (c >= 48 && c <= 57) || c === 0x2e || c === 0x29)) break;
      k++;
    }
    if (k === b) {
      closeBlock(a);
      blockStart = b;
      return;
    }
    // A fence line opens or closes fenced code (``` or ~~~ after the container prefix).
    const f = text.charCodeAt(k);
    const fenceLine = (f === 0x60 || f === 0x7e) && text.charCodeAt(k + 1) === f && text.charCodeAt(k + 2) === f;
    // An opening backtick fence whose info string quotes code — javascript.info's ```smart
    // header="Calling without an object: `this == undefined`" — is no fence to CommonMark (its info
    // may hold no backtick): the line became prose and the bare closing fence opened a block that
    // ran to the end of the file (a false "translation stops here" on a whole Vietnamese page).
    // Its site renders it as the fence it is: read so, the info's backticks as quotes.
    if (fenceLine && f === 0x60 && !fence) {
      let i = k;
      while (i < b && text.charCodeAt(i) === 0x60) i++;
      if (i < b && /[A-Za-z]/.test(text[i])) for (let j = i; j < b; j++) if (text.charCodeAt(j) === 0x60) blankAs(j, 0x27);
    }
    if (fence || fenceLine) fenced.push(a, b);
    if (fenceLine) fence = !fence;
    for (let i = k; i < b; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x5b || c === 0x5d) brackets++;
      else if ((c === 0x2a || c === 0x5f) && !fence && !fenceLine) emphasis++;
    }
  });
  closeBlock(text.length);
  if (!copy) return text;
  return fromCodeUnits(copy);
}

/** The tree, and whether it was read as MDX (false also when the MDX parser rejected the file).
 *  Positions are offsets into `text`; the parser reads `tame(text)`, of the same length. */
export function parseMarkdown(original: string, mdx: boolean): { tree: MdNode; mdx: boolean } {
  const { fromMarkdown, frontmatter, frontmatterFromMarkdown, gfm, gfmFromMarkdown } = markdownLib();
  const text = tame(original);
  if (mdx) {
    const { mdxjs, mdxFromMarkdown } = mdxLib(); // outside the try: a missing parser is no parse error
    try {
      const tree = fromMarkdown(text, {
        extensions: [frontmatter(['yaml', 'toml']), gfm(), mdxjs()],
        mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmFromMarkdown(), mdxFromMarkdown()],
      }) as MdNode;
      return { tree, mdx: true };
    } catch {
      // Not valid MDX (an unclosed tag, a bare "{" in prose): read it as Markdown below.
    }
  }
  const tree = fromMarkdown(text, {
    extensions: [frontmatter(['yaml', 'toml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmFromMarkdown()],
  }) as MdNode;
  return { tree, mdx: false };
}
