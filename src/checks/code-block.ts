// Code blocks of a Markdown page, source against translation. The checks of text never see them
// (they are markup, masked out of the sentences), so a translation that lost a whole example was
// quiet: React's Vietnamese "useReducer" page has 37 code blocks for the English 38 — the
// styles.css of the Immer sandbox is gone, and the example renders unstyled.
//
// Translators rewrite the strings and comments of an example ("// 🚩 Sai: gọi trình xử lý…") and
// sometimes its variable names, so blocks are compared by the identifiers and numbers left once
// strings and comments are blanked, as sets (Dice). Blocks are paired in order, as a diff pairs
// lines; a block left over on one side is paired with a like block anywhere on the other (a
// section the translator moved). A source block with no like block in the translation is an
// omission; a translation block no source block is like is a minor addition (a translator's own
// example). Blocks too small to tell apart (fewer than MIN_TOKENS identifiers: `npm start`) say
// nothing, nor does a block after the point where the translation stops (truncation says that).
import type { Check, CheckContext, Document, FindingDraft, MarkupCodeBlock } from '../types/index.js';
import { trailingGap } from './shared/coverage.js';
import { beadsBySentence, lastSentenceAt } from './shared/text.js';

/** Identifiers and numbers a block needs before it can be told missing. */
const MIN_TOKENS = 3;
/** Dice of two blocks' token sets at which they are the same example. */
const SAME = 0.5;
/** A block whose tokens lie mostly (this share) in a translation block was merged into it. */
const CONTAINED = 0.8;

export const codeBlock: Check = {
  id: 'code-block',
  description: 'Markdown code blocks: a source example with no like block in the translation (major), or a translation block that no source block is like (minor). Strings and comments may be translated; identifiers and numbers are compared.',
  category: 'Accuracy/Omission',
  severity: 'major',
  run(ctx) {
    const { source, target } = ctx.alignment;
    const sb = source.markup?.codeBlocks ?? [];
    const tb = target.markup?.codeBlocks ?? [];
    // Every pair is compared (quadratic): a page has tens of examples; a 10,000-block file would
    // take 800 MB of tables.
    if ((sb.length === 0 && tb.length === 0) || sb.length * tb.length > MAX_PAIRS) return [];
    const st = sb.map(tokensOf);
    const tt = tb.map(tokensOf);
    const pairOf = pairBlocks(sb, tb, slotMates(ctx, sb, tb));
    const taken = new Set(pairOf.filter((j) => j >= 0));
    const out: FindingDraft[] = [];
    const stop = stopOffset(ctx);
    // A sentence in a bead with nothing on the other side: left out, or added.
    const { beads } = ctx.alignment;
    const alone = (side: 'source' | 'target', si: number): boolean => {
      const k = si < 0 ? -1 : beadsBySentence(ctx.alignment, side)[si];
      return k >= 0 && beads[k][side === 'source' ? 'target' : 'source'].length === 0;
    };
    for (let i = 0; i < sb.length; i++) {
      if (pairOf[i] >= 0 || st[i].size < MIN_TOKENS || sb[i].start >= stop) continue;
      // Inside a passage the translation lacks: `omission` reports the passage, examples and all.
      if (alone('source', sentenceBefore(source, sb[i].start))) continue;
      if (mergedInto(st, tt, pairOf, taken, i)) continue;
      out.push(missing(source, target, sb, pairOf, i));
    }
    for (let j = 0; j < tb.length; j++) {
      if (taken.has(j) || tt[j].size < MIN_TOKENS) continue;
      // An example of a section the source lacks (Vue's French "Computed Properties" has "Obtenir
      // la valeur précédente", newer than its English, with two examples): one `addition`.
      if (alone('target', sentenceBefore(target, tb[j].start))) continue;
      if (st.some((s) => containedShare(tt[j], s) >= CONTAINED)) continue;
      out.push(addedBlock(target, tb[j]));
    }
    return out;
  },
};

/** Widest stretch of sentences between which a block's place counts as known. */
const SLOT = 3;

/** Whether target block `j` stands where source block `i` is translated: after the translation of
 *  the source sentence before the block, and before that of the sentence after it, the two at
 *  most SLOT sentences apart. */
function slotMates(ctx: CheckContext, sb: readonly MarkupCodeBlock[], tb: readonly MarkupCodeBlock[]): (i: number, j: number) => boolean {
  const { source, target, beads } = ctx.alignment;
  const beadOf = beadsBySentence(ctx.alignment, 'source');
  /** The last target sentence of the beads up to source sentence `si`'s (−1 before the first). */
  const lastTargetUpTo = (si: number): number => {
    for (let k = si < 0 ? -1 : beadOf[si]; k >= 0; k--) if (beads[k].target.length > 0) return beads[k].target[beads[k].target.length - 1];
    return -1;
  };
  const slots = sb.map((b) => {
    const before = sentenceBefore(source, b.start);
    const lo = lastTargetUpTo(before);
    // The first target sentence after: that of the next source sentence's bead, or the end.
    let hi = target.sentences.length;
    for (let k = before + 1 < source.sentences.length ? beadOf[before + 1] : beads.length; k >= 0 && k < beads.length; k++) {
      if (beads[k].target.length > 0) {
        hi = beads[k].target[0];
        break;
      }
    }
    return { lo, hi };
  });
  const at = tb.map((b) => sentenceBefore(target, b.start));
  return (i, j) => slots[i].hi - slots[i].lo <= SLOT && at[j] >= slots[i].lo && at[j] < slots[i].hi;
}

/** The last sentence of `doc` that ends at or before `offset`, or -1. */
const sentenceBefore = (doc: Document, offset: number): number => lastSentenceAt(doc, offset, 'end');

/** Where the translation stops, in the source file: blocks after the last source sentence it
 *  translates are truncation's — those between that sentence and the first untranslated one too
 *  (a React page cut after a paragraph loses the example that followed it). */
function stopOffset(ctx: CheckContext): number {
  const gap = trailingGap(ctx);
  if (!gap) return Infinity;
  const { source, beads } = ctx.alignment;
  for (const k of gap.beads) for (const i of beads[k].source) return i > 0 ? source.sentences[i - 1].end : 0;
  return Infinity;
}

/** Each source block's partner in the translation, or -1: in order first (the pairing that
 *  maximises the summed likeness of pairs at least SAME alike, as a diff would), then the blocks
 *  left over on both sides, most alike first (a moved section). */
function pairBlocks(sb: readonly MarkupCodeBlock[], tb: readonly MarkupCodeBlock[], mates: (i: number, j: number) => boolean): number[] {
  const n = sb.length;
  const m = tb.length;
  const free = sb.map((s) => tb.map((t) => likeness(s, t)));
  // In order, a block of the same kind and length also counts as the same example: a program's
  // output the translation rewrote with its renamed values ("CustomSmartPointers created." as
  // "PointeurPerso créés" in the French Rust book) shares no word with it. So does a block between
  // the translations of the sentences around the source's: MDN's French writes
  // `voiture.fabricant = Ford;` for `car.make = Ford`, and "for ([expressionInitiale]; [condition];
  // [expressionIncrément])" for "for (initialization; condition; afterthought)".
  const sim = sb.map((s, i) => tb.map((t, j) => Math.max(free[i][j], sameShape(s, t) || mates(i, j) ? SAME : 0)));
  // best[i][j]: the most likeness pairing source blocks from i and target blocks from j can gather.
  const best: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      let v = Math.max(best[i + 1][j], best[i][j + 1]);
      if (sim[i][j] >= SAME) v = Math.max(v, sim[i][j] + best[i + 1][j + 1]);
      best[i][j] = v;
    }
  }
  const pairOf = new Array<number>(n).fill(-1);
  const taken = new Set<number>();
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (sim[i][j] >= SAME && best[i][j] === sim[i][j] + best[i + 1][j + 1]) {
      pairOf[i] = j;
      taken.add(j);
      i++;
      j++;
    } else if (best[i][j] === best[i + 1][j]) i++;
    else j++;
  }
  const left: [number, number, number][] = [];
  for (let i = 0; i < n; i++) {
    if (pairOf[i] >= 0) continue;
    for (let j = 0; j < m; j++) if (!taken.has(j) && free[i][j] >= SAME) left.push([free[i][j], i, j]);
  }
  left.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  for (const [, i, j] of left) {
    if (pairOf[i] >= 0 || taken.has(j)) continue;
    pairOf[i] = j;
    taken.add(j);
  }
  return pairOf;
}

/** Block pairs compared at most: 500 examples a side (two tables of 250,000 numbers). A generated
 *  file with more is not checked for lost examples — no finding rather than a guess. */
const MAX_PAIRS = 250_000;

// Strings (one line at most) and comments blanked: what a translator may rewrite. Linear on
// hostile input: a comment left open runs to the end of the block (matched, not retried from each
// later "/*"), and a quote never looks past its line.
const TRANSLATABLE = /\/\*(?:[^*]|\*(?!\/))*(?:\*\/|$)|\/\/[^\n]*|<!--(?:[^-]|-(?!->))*(?:-->|$)|(?<![\w$&])#[^\n{]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g;
const TOKEN = /[A-Za-z_$][\w$]*|\d+(?:\.\d+)?/g;

interface Reading {
  /** Identifiers and numbers, strings and comments left out. */
  tokens: Set<string>;
  /** Each line's punctuation, strings and comments blanked, letters and digits dropped: what
   *  stays when the text between tags is translated ("<li>Invent new traffic lights</li>" and
   *  "<li>Inventer de nouveaux feux tricolores</li>" are both "<></>"). Empty lines left out. */
  skeleton: Map<string, number>;
  lines: number;
  /** The info string's first word: "js", "text", "" for none. */
  kind: string;
}

const readings = new WeakMap<MarkupCodeBlock, Reading>();
function read(block: MarkupCodeBlock): Reading {
  let r = readings.get(block);
  if (!r) {
    const code = block.value.replace(TRANSLATABLE, (m) => m[0] + m[0]);
    const skeleton = new Map<string, number>();
    for (const line of code.split('\n')) {
      const shape = line.replace(/[\p{L}\p{N}\p{M}_\s]+/gu, '');
      if (shape !== '') skeleton.set(shape, (skeleton.get(shape) ?? 0) + 1);
    }
    r = { tokens: new Set(code.replace(TRANSLATABLE, ' ').match(TOKEN) ?? []), skeleton, lines: block.value.split('\n').length, kind: block.info.split(/\s/)[0] };
    readings.set(block, r);
  }
  return r;
}

const tokensOf = (block: MarkupCodeBlock): Set<string> => read(block).tokens;

/** How alike two blocks are, in [0, 1]: by their identifiers, or by their punctuation line by
 *  line (markup whose text was translated), whichever says more. */
function likeness(a: MarkupCodeBlock, b: MarkupCodeBlock): number {
  const ra = read(a);
  const rb = read(b);
  return Math.max(dice(ra.tokens, rb.tokens), bagDice(ra.skeleton, rb.skeleton));
}

/** Same kind ("js", "text") and the same number of lines. */
function sameShape(a: MarkupCodeBlock, b: MarkupCodeBlock): boolean {
  const ra = read(a);
  const rb = read(b);
  return ra.lines === rb.lines && ra.kind === rb.kind;
}

/** Dice of two multisets: skeleton lines such as "}" repeat within a block. */
function bagDice(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let na = 0;
  let nb = 0;
  let shared = 0;
  for (const [k, v] of a) {
    na += v;
    shared += Math.min(v, b.get(k) ?? 0);
  }
  for (const v of b.values()) nb += v;
  // Two or three lines of punctuation ("{", "}") tell nothing apart.
  if (na + nb < 6) return 0;
  return (2 * shared) / (na + nb);
}

/** Tokens two sets share. */
function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  return (2 * sharedCount(a, b)) / (a.size + b.size);
}

/** Source block `i` written together with the block before or after it, as one block of the
 *  translation: that block holds most of its identifiers and more than its own partner's. Only a
 *  neighbour's partner or a block left unpaired counts: React's "Adding Interactivity" writes its
 *  counter three times, each a little longer, and a counter the translation lost lies whole inside
 *  the next one. */
function mergedInto(st: readonly Set<string>[], tt: readonly Set<string>[], pairOf: readonly number[], taken: ReadonlySet<number>, i: number): boolean {
  for (const k of [i - 1, i + 1]) {
    if (k < 0 || k >= st.length || pairOf[k] < 0) continue;
    const t = tt[pairOf[k]];
    if (containedShare(st[i], t) >= CONTAINED && 1 - containedShare(t, st[k]) >= 0.3) return true;
  }
  for (let j = 0; j < tt.length; j++) if (!taken.has(j) && containedShare(st[i], tt[j]) >= CONTAINED && tt[j].size > st[i].size) return true;
  return false;
}

/** The share of `a`'s tokens that `b` holds. */
function containedShare(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  return a.size === 0 ? 0 : sharedCount(a, b) / a.size;
}

/** "a code block of the source (css, 6 lines: “button { margin: 5px; }”) has no counterpart in the
 *  translation", placed where the translation would have it: after the partner of the source
 *  block before it, or before the partner of the one after it. */
function missing(source: Document, target: Document, sb: readonly MarkupCodeBlock[], pairOf: readonly number[], i: number): FindingDraft {
  const block = sb[i];
  const tb = target.markup?.codeBlocks ?? [];
  let at = 0;
  for (let k = i - 1; k >= 0; k--) {
    if (pairOf[k] >= 0) {
      at = tb[pairOf[k]].end;
      break;
    }
  }
  if (at === 0) {
    for (let k = i + 1; k < sb.length; k++) {
      if (pairOf[k] >= 0) {
        at = tb[pairOf[k]].start;
        break;
      }
    }
  }
  return {
    check: 'code-block',
    message: `a code block of the source (${describe(block)}) has no counterpart in the translation`,
    source: openingLine(source, block),
    target: { start: at, end: at },
  };
}

function addedBlock(target: Document, block: MarkupCodeBlock): FindingDraft {
  return {
    check: 'code-block',
    severity: 'minor',
    category: 'Accuracy/Addition',
    message: `a code block of the translation (${describe(block)}) has no counterpart in the source`,
    source: null,
    target: openingLine(target, block),
  };
}

/** "css, 6 lines: “button { margin: 5px; }”" */
function describe(block: MarkupCodeBlock): string {
  const lines = block.value.split('\n');
  const first = lines.find((l) => l.trim() !== '')?.trim() ?? '';
  const shown = first.length > 60 ? `${first.slice(0, 59)}…` : first;
  const { kind } = read(block);
  return `${kind ? `${kind}, ` : ''}${lines.length} line${lines.length === 1 ? '' : 's'}: “${shown}”`;
}

/** The block's first line in the file (its opening fence and info string, or its first line of
 *  indented code): the span a report shows, not the whole example. */
function openingLine(doc: Document, block: MarkupCodeBlock): { start: number; end: number } {
  const text = doc.file.text;
  let end = text.indexOf('\n', block.start);
  if (end < 0 || end > block.end) end = block.end;
  if (text.charCodeAt(end - 1) === 13) end--;
  return { start: block.start, end };
}
