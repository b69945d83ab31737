// Small text and bead helpers shared by the coverage checks (truncation, omission, addition,
// duplicate, entity). Everything here is linear in the text and allocation-light: these run on
// every bead of 50,000-pair inputs.
import type { Alignment, Bead, CheckContext, Document, Range } from '../../types/index.js';

/** Absolute range of sentences `ids` (contiguous, ascending) of `doc`. */
export function sentencesRange(doc: Document, ids: readonly number[]): Range {
  return { start: doc.sentences[ids[0]].start, end: doc.sentences[ids[ids.length - 1]].end };
}

/** Total characters of sentences `ids` (spaces between sentences not counted, like the run's ratio). */
export function sentencesLength(doc: Document, ids: readonly number[]): number {
  const code = doc.markup?.codes?.length ? inlineCodeChars(doc) : null;
  let n = 0;
  for (const i of ids) n += visibleLength(doc.sentences[i].text) + (code?.get(i) ?? 0);
  return n;
}

const OTHER_SPACE = /[\t\n\v\f\r\u00a0\u202f\u2009\u2007\u3000]/;

/** Characters of inline code per sentence: masked like markup, but shown to the reader and kept
 *  by the translation as written, so part of the sentence's length. React's French "Voyez comme le
 *  remplacement de `setScore(score + 1)` par `setScore(s => s + 1)` corrige le bouton « +3 »." is
 *  mostly code: deleted from a two-sentence paragraph, it was missed once code weighed nothing. */
const codeChars = new WeakMap<Document, Map<number, number>>();
function inlineCodeChars(doc: Document): Map<number, number> {
  let out = codeChars.get(doc);
  if (out) return out;
  out = new Map();
  const s = doc.sentences;
  let i = 0;
  for (const c of doc.markup?.codes ?? []) {
    while (i < s.length && s[i].end <= c.start) i++;
    if (i < s.length && s[i].start <= c.start) out.set(i, (out.get(i) ?? 0) + c.end - c.start);
  }
  codeChars.set(doc, out);
  return out;
}

/** Characters of a sentence as a reader sees it: each run of white space counts as one. In Markdown
 *  the markup a sentence spans is masked to spaces: "Learn more about Kubernetes
 *  [finalizers](/docs/concepts/overview/working-with-objects/finalizers/)." counted its 56-character
 *  link target, and the Vietnamese list item, which ends before it, was "cut short" at 46 %. */
export function visibleLength(t: string): number {
  // Most sentences have single ASCII spaces only: then every character counts (two native scans
  // instead of a loop over 100,000 sentences' characters in each thread).
  if (t.indexOf('  ') < 0 && !OTHER_SPACE.test(t)) return t.length;
  let n = 0;
  let space = false;
  for (let k = 0; k < t.length; k++) {
    const sp = isSpaceCode(t.charCodeAt(k));
    if (!sp || !space) n++;
    space = sp;
  }
  return n;
}

/** Words: runs of non-space characters holding at least one letter or digit. */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (!counted && isAlnumCode(text, i)) {
      n++;
      counted = true;
    }
  }
  return n;
}

export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007 || c === 0x3000;
}

const ALNUM = /[\p{L}\p{N}\p{M}]/u;
/** Letter, digit or combining mark at `i` (ASCII fast path; surrogates checked as a pair). */
export function isAlnumCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) return ALNUM.test(text.slice(i - 1, i + 1));
  if (c >= 0xd800 && c <= 0xdbff) return ALNUM.test(text.slice(i, i + 2));
  return ALNUM.test(text[i]);
}

/** Closing quotes and brackets that may follow a sentence's final punctuation: `… control.”`. */
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '}', '*', '_', '」', '』', '）']);
// By code unit (all are one): these run on the last characters of every bead's sentences.
const CLOSER_CODES = new Set([...CLOSERS].map((c) => c.charCodeAt(0)));

/** End of the sentence without trailing spaces and closing quotes/brackets (no string built). */
function closedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && (isSpaceCode(text.charCodeAt(end - 1)) || CLOSER_CODES.has(text.charCodeAt(end - 1)))) end--;
  return end;
}

/** The sentence without trailing spaces and closing quotes/brackets. */
export function trimClosers(text: string): string {
  return text.slice(0, closedEnd(text));
}

/** Ends in `…` or `...` (after closing quotes): "Tuần…". */
export function endsWithEllipsis(text: string): boolean {
  const end = closedEnd(text);
  if (end >= 1 && text.charCodeAt(end - 1) === 0x2026) return true;
  return end >= 3 && text.charCodeAt(end - 1) === 46 && text.charCodeAt(end - 2) === 46 && text.charCodeAt(end - 3) === 46;
}

/** Ends in sentence-final punctuation: . ! ? … (and their CJK forms), after closing quotes. */
export function hasFinalPunct(text: string): boolean {
  const end = closedEnd(text);
  if (end === 0) return false;
  const c = text.charCodeAt(end - 1);
  // . ! ? … 。 ！ ？
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** Case-, punctuation- and space-insensitive key: "Les prochains modèles d’IA…" and
 *  "les prochains modeles d IA" are not equal (accents stay), but spacing and quotes do not count. */
export function normKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ').trim();
}

/** The target/source character ratio to expect, from the run (beads with both sides);
 *  a defensive 1 when the context carries none. */
export function expectedRatio(ctx: CheckContext): number {
  const r = ctx.lengthRatio;
  return Number.isFinite(r) && r > 0 ? r : 1;
}

/** A bead with text on both sides. */
export const isAligned = (b: Bead): boolean => b.source.length > 0 && b.target.length > 0;

/** Memoise a per-alignment analysis: two checks (e.g. addition and duplicate) share one pass. */
export function memo<T>(fn: (a: Alignment) => T): (a: Alignment) => T {
  const cache = new WeakMap<Alignment, T>();
  return (a) => {
    let v = cache.get(a);
    if (v === undefined) {
      v = fn(a);
      cache.set(a, v);
    }
    return v;
  };
}

/** The bead each sentence stands in (-1: none), per side, built once per alignment: the anchor and
 *  code-block checks look headings and blocks up through it. */
const sourceBeads = memo((a: Alignment) => beadIndex(a, 'source'));
const targetBeads = memo((a: Alignment) => beadIndex(a, 'target'));
export const beadsBySentence = (a: Alignment, side: 'source' | 'target'): Int32Array => (side === 'source' ? sourceBeads(a) : targetBeads(a));
function beadIndex(a: Alignment, side: 'source' | 'target'): Int32Array {
  const out = new Int32Array(a[side].sentences.length).fill(-1);
  a.beads.forEach((b, k) => {
    for (const i of b[side]) out[i] = k;
  });
  return out;
}

/** 1-based "sentence 7" or "sentences 7–9" for messages. */
export function sentenceLabel(ids: readonly number[]): string {
  const a = ids[0] + 1;
  const b = ids[ids.length - 1] + 1;
  return a === b ? `sentence ${a}` : `sentences ${a}–${b}`;
}

/** Percentage for messages: one decimal below 10 %, whole numbers above. */
export function percent(part: number, whole: number): string {
  if (whole <= 0) return '0 %';
  const p = (100 * part) / whole;
  return `${p < 10 ? Math.round(p * 10) / 10 : Math.round(p)} %`;
}

// ---- A fast hash of the normalised text (the hot path of duplicate detection) -------------------

// Code unit → its lower-case code unit + 2, 1 if not alnum, 0 not yet known: a typed array, since
// a Map look-up per non-ASCII character showed in profiles of 50k-sentence French targets.
const lowerTable = new Int32Array(0x10000);

/** Lower-case code unit of `c` if it is a letter/digit/mark, else -1 (cached for non-ASCII). */
export function foldUnit(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if (c >= 97 && c <= 122) return c;
    if (c >= 65 && c <= 90) return c | 0x20;
    if (c >= 48 && c <= 57) return c;
    return -1;
  }
  if (c >= 0xd800 && c <= 0xdfff) return isAlnumCode(text, i) ? c : -1; // astral: keep as is
  const t = lowerTable[c];
  if (t !== 0) return t - 2;
  const ch = String.fromCharCode(c);
  const lo = ch.toLowerCase();
  const v = ALNUM.test(ch) ? (lo.length === 1 ? lo.charCodeAt(0) : c) : -1;
  lowerTable[c] = v + 2;
  return v;
}

export interface FoldHash {
  /** 32-bit FNV-1a hash of the `normKey` form (words of letters/digits, lower case, single spaces). */
  hash: number;
  /** Letters and digits counted. */
  chars: number;
  words: number;
}

/** `normKey` without building the string: equal normKeys give equal hashes. */
export function foldHash(text: string): FoldHash {
  let h = 0x811c9dc5;
  let chars = 0;
  let words = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const u = foldUnit(text, i);
    if (u < 0) {
      gap = chars > 0;
      continue;
    }
    if (gap || chars === 0) {
      if (gap) {
        h = Math.imul(h ^ 32, 0x01000193);
      }
      words++;
      gap = false;
    }
    h = Math.imul(h ^ u, 0x01000193);
    chars++;
  }
  return { hash: h >>> 0, chars, words };
}

/** The start of the line holding `at`, looked for at most `max` characters back; -1 when the line
 *  starts further back (a hostile one-line file: no scan of the whole line per sentence). */
export function lineStartWithin(text: string, at: number, max: number): number {
  let k = at;
  while (k > 0 && at - k < max && text.charCodeAt(k - 1) !== 10) k--;
  return k === 0 || text.charCodeAt(k - 1) === 10 ? k : -1;
}

/** The content range of the quotation text[start, end) stands in: the nearest marks of `quotes` on
 *  either side, on the same line and within `reach` characters; null when there is none. */
export function quotationAround(text: string, start: number, end: number, quotes: ReadonlySet<string>, reach: number): { start: number; end: number } | null {
  let a = start - 1;
  while (a >= 0 && start - a <= reach && !quotes.has(text[a]) && text[a] !== '\n') a--;
  let b = end;
  while (b < text.length && b - end <= reach && !quotes.has(text[b]) && text[b] !== '\n') b++;
  if (a < 0 || b >= text.length || !quotes.has(text[a]) || !quotes.has(text[b])) return null;
  return { start: a + 1, end: b };
}

/** Is every letter of `text` inside one of `ranges` (offsets into `text`)? False for no ranges. */
export function lettersCovered(text: string, ranges: readonly { start: number; end: number }[]): boolean {
  if (ranges.length === 0) return false;
  let r = 0;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  for (let i = 0; i < text.length; i++) {
    while (r < sorted.length && sorted[r].end <= i) r++;
    const inside = r < sorted.length && sorted[r].start <= i;
    if (!inside && /\p{L}/u.test(text[i])) return false;
  }
  return true;
}

/** A URL as a message shows it: whole up to 100 characters, else its first 70 and last 20 around
 *  "…". A playground link carries its whole example in its fragment — Vue's "sfc.vuejs.org/#eyJB…",
 *  1.5 KB of base64 — and one message held it twice. The finding's `expected` and `actual` keep it whole. */
export function shownUrl(url: string): string {
  if (url.length <= 100) return url;
  // Cut on code-point boundaries: half a surrogate pair would be written as U+FFFD.
  const high = (i: number) => { const c = url.charCodeAt(i); return c >= 0xd800 && c <= 0xdbff; };
  const head = high(69) ? 69 : 70;
  const tail = high(url.length - 21) ? url.length - 21 : url.length - 20;
  return `${url.slice(0, head)}…${url.slice(tail)}`;
}

/** The file's text as its readers see it: HTML comments (`<!-- … -->`) and MDX comments
 *  (`{/* … *\/}`) blanked, offsets kept. The French Rust book keeps the English it translated in a
 *  comment above each paragraph, code blocks included: searched whole, the file still "wrote"
 *  `search` and `buffer`, which its prose and its code call `rechercher` and `tampon`. */
export function shownText(doc: Document): string {
  if (doc.file.format === 'text') return doc.file.text;
  let shown = shownTexts.get(doc);
  if (shown === undefined) {
    shown = blankComments(doc.file.text);
    shownTexts.set(doc, shown);
  }
  return shown;
}
const shownTexts = new WeakMap<Document, string>();

function blankComments(text: string): string {
  let out = '';
  let last = 0;
  // One forward pass over both kinds: the nearer opener first; an unclosed comment runs to the end.
  let html = text.indexOf('<!--');
  let mdx = text.indexOf('{/*');
  while (html >= 0 || mdx >= 0) {
    const isHtml = html >= 0 && (mdx < 0 || html < mdx);
    const at = isHtml ? html : mdx;
    const closer = isHtml ? '-->' : '*/}';
    const found = text.indexOf(closer, at + (isHtml ? 4 : 3));
    const end = found < 0 ? text.length : found + closer.length;
    out += text.slice(last, at) + text.slice(at, end).replace(/[^\n\r]/g, ' ');
    last = end;
    if (html >= 0 && html < end) html = text.indexOf('<!--', end);
    if (mdx >= 0 && mdx < end) mdx = text.indexOf('{/*', end);
  }
  return last === 0 ? text : out + text.slice(last);
}

/** The last sentence of `doc` whose start (or end) is at or before `offset`, or -1. Binary search:
 *  sentences are in file order. */
export function lastSentenceAt(doc: Document, offset: number, edge: 'start' | 'end'): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.sentences[mid][edge] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
