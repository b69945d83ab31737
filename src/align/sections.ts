// Sections both versions mark with the same heading id: fixed points of the alignment.
//
// Documentation sites keep their heading ids when they translate a page (MDX "{/*troubleshooting*/}"
// comments on react.dev, "{#node-heartbeats}" on Hugo and Docusaurus sites), so a heading whose id
// occurs once on each side is, with near certainty, the translation of the other. The search by
// length and anchors does not know that: React's "memo" page in Vietnamese lacks the 18-sentence
// section "Do I still need React.memo if I use React Compiler?" that the English gained before
// "Troubleshooting", and the cheapest path paired the translated "Troubleshooting" section with
// the start of the new one, read the rest as "the translation stops here" (a critical truncation)
// and the translated section as added text. Between fixed points the alignment is found as before
// (Bertalign's and hunalign's two steps: fix what is certain, align between).
import type { Bead, Document } from '../types/index.js';

/** Sentence indices (source, target) where a section with a shared heading id starts on each side:
 *  the first sentence of the heading's paragraph. Ids found more than once on a side are not used;
 *  of the rest, the longest chain in the same order on both sides (a moved section breaks it and is
 *  left to the search). */
export function sectionStarts(source: Document, target: Document): [number, number][] {
  const src = headingStarts(source);
  const tgt = headingStarts(target);
  return chainOf(src, tgt, numberedTwins(src, tgt));
}

function chainOf(src: Map<string, number>, tgt: Map<string, number>, numbered: ReadonlySet<string>): [number, number][] {
  const pairs: [number, number][] = [];
  for (const [id, i] of src) {
    const j = tgt.get(id);
    if (j !== undefined && !numbered.has(id)) pairs.push([i, j]);
  }
  // Two ids on one heading name one sentence: such pairs are dropped, so each index is used once.
  const count = (xs: number[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<number, number>());
  const bySource = count(pairs.map((p) => p[0]));
  const byTarget = count(pairs.map((p) => p[1]));
  return increasingChain(pairs.filter(([i, j]) => bySource.get(i) === 1 && byTarget.get(j) === 1));
}

/** Sections whose heading id both versions carry but that lie off the chain of sectionStarts: the
 *  translation placed them elsewhere. Each as [first sentence, end) on each side, up to the next
 *  heading with an id (or the end of the document). */
export function crossingSections(source: Document, target: Document): { source: [number, number]; target: [number, number] }[] {
  const src = headingStarts(source);
  const tgt = headingStarts(target);
  if (src.size === 0 || tgt.size === 0) return [];
  const numbered = numberedTwins(src, tgt);
  const chain = new Set(chainOf(src, tgt, numbered).map(([i]) => i));
  const ends = (starts: Iterable<number>, n: number) => {
    const sorted = [...new Set(starts)].sort((a, b) => a - b);
    return (i: number) => sorted.find((x) => x > i) ?? n;
  };
  const srcEnd = ends(src.values(), source.sentences.length);
  const tgtEnd = ends(tgt.values(), target.sentences.length);
  const out: { source: [number, number]; target: [number, number] }[] = [];
  for (const [id, i] of src) {
    const j = tgt.get(id);
    if (j === undefined || chain.has(i) || numbered.has(id)) continue;
    out.push({ source: [i, srcEnd(i)], target: [j, tgtEnd(j)] });
  }
  return out.sort((a, b) => a.source[0] - b.source[0]);
}

/** Ids a site numbered to tell apart headings of one title ("binding-to-objects",
 *  "binding-to-objects-1"), where the two versions number them differently: such a number says
 *  which of the twins it is only if both versions have the same twins. Vue's French "Class and
 *  Style Bindings" has "{#binding-to-objects-1}" and "-2" for the English's "{#binding-to-objects}"
 *  and "-1": read as fixed points, the French section on classes was paired with the English one
 *  on styles, 35 sentences reported omitted and 34 added in a page translated section by section. */
function numberedTwins(src: Map<string, number>, tgt: Map<string, number>): Set<string> {
  const family = (ids: Iterable<string>): Map<string, string[]> => {
    const out = new Map<string, string[]>();
    for (const id of ids) {
      const base = id.replace(/-\d{1,2}$/, '');
      const list = out.get(base);
      if (list) list.push(id);
      else out.set(base, [id]);
    }
    return out;
  };
  const a = family(src.keys());
  const b = family(tgt.keys());
  const out = new Set<string>();
  for (const [base, ids] of a) {
    const theirs = b.get(base);
    if (!theirs || (ids.length < 2 && theirs.length < 2)) continue;
    if (ids.length === theirs.length && ids.every((id) => theirs.includes(id))) continue;
    for (const id of [...ids, ...theirs]) out.add(id);
  }
  return out;
}

/**
 * Paragraphs both versions open with the same link: fixed points too, (source sentence, target
 * sentence). Astro's German "Configuring Astro" lacks the English section "Environment Variables"
 * just before the page's last one, which both open with "📚 Read Astro's [API configuration
 * reference](/en/reference/configuration-reference/)…": the search, for which a translation that
 * ends early is cheap, paired the last German heading and sentence with the first two of the lost
 * section and called the rest a truncation (critical) — the real omission went unreported. A link
 * target both versions use as many times (that page links its reference twice) pairs its uses in
 * order. Only where the sentence opens its paragraph on both sides: a link a translator moved
 * within its paragraph, or a paragraph split or merged, proves no bead start.
 */
export function linkStarts(source: Document, target: Document, anchors: { source: ReadonlyMap<number, readonly string[]>; target: ReadonlyMap<number, readonly string[]> }): [number, number][] {
  const src = linkUses(source, anchors.source);
  const tgt = linkUses(target, anchors.target);
  const pairs: [number, number][] = [];
  for (const [key, uses] of src) {
    const theirs = tgt.get(key);
    if (!theirs || theirs.length !== uses.length) continue;
    for (let k = 0; k < uses.length; k++) if (uses[k] >= 0 && theirs[k] >= 0) pairs.push([uses[k], theirs[k]]);
  }
  return pairs;
}

/** Each link anchor ("→host/path", markup-anchors.ts) with its uses in order: the sentence, where it
 *  opens its paragraph, else -1. */
function linkUses(doc: Document, bySentence: ReadonlyMap<number, readonly string[]>): Map<string, number[]> {
  const s = doc.sentences;
  const out = new Map<string, number[]>();
  for (const i of [...bySentence.keys()].sort((a, b) => a - b)) {
    const opens = i === 0 || s[i - 1].paragraph !== s[i].paragraph;
    for (const a of bySentence.get(i) ?? []) {
      if (!a.startsWith('→')) continue;
      const uses = out.get(a);
      if (uses) uses.push(opens ? i : -1);
      else out.set(a, [opens ? i : -1]);
    }
  }
  return out;
}

/** Each heading id used once, with the first sentence of its heading. */
function headingStarts(doc: Document): Map<string, number> {
  const s = doc.sentences;
  const out = new Map<string, number>();
  const twice = new Set<string>();
  const anchors = (doc.markup?.anchors ?? []).filter((a) => !a.broken).sort((a, b) => a.start - b.start);
  let k = 0;
  for (const a of anchors) {
    // The heading's sentence: the last one starting before the id, on the id's line.
    while (k + 1 < s.length && s[k + 1].start <= a.start) k++;
    if (k >= s.length || s[k].start > a.start || doc.file.text.slice(s[k].end, a.start).includes('\n')) continue;
    let first = k;
    while (first > 0 && s[first - 1].paragraph === s[k].paragraph) first--;
    if (out.has(a.id)) twice.add(a.id);
    out.set(a.id, first);
  }
  for (const id of twice) out.delete(id);
  return out;
}

/** The longest chain of (source, target) pairs increasing in both: by source ascending, target
 *  descending within a source (so two pairs of one sentence never chain), then the longest strictly
 *  increasing run of targets (patience sorting, O(k log k)). Also the aligner's anchor points. */
export function increasingChain(input: readonly [number, number][]): [number, number][] {
  const pairs = [...input].sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const tails: number[] = [];
  const prev = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]][1] < pairs[k][1]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1];
    tails[lo] = k;
  }
  const chain: [number, number][] = [];
  for (let k = tails.length > 0 ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) chain.push(pairs[k]);
  return chain.reverse();
}
