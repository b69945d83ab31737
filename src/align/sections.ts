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
  const pairs: [number, number][] = [];
  for (const [id, i] of src) {
    const j = tgt.get(id);
    if (j !== undefined) pairs.push([i, j]);
  }
  // Two ids on one heading name one sentence: such pairs are dropped, so each index is used once.
  const count = (xs: number[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<number, number>());
  const bySource = count(pairs.map((p) => p[0]));
  const byTarget = count(pairs.map((p) => p[1]));
  const unique = pairs.filter(([i, j]) => bySource.get(i) === 1 && byTarget.get(j) === 1);
  unique.sort((a, b) => a[0] - b[0]);
  return increasingChain(unique);
}

/** Each heading id used once, with the first sentence of its heading. */
function headingStarts(doc: Document): Map<string, number> {
  const s = doc.sentences;
  const out = new Map<string, number>();
  const twice = new Set<string>();
  const anchors = [...(doc.markup?.anchors ?? [])].sort((a, b) => a.start - b.start);
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

/** The longest chain of pairs increasing on both sides (pairs sorted by distinct sources, distinct
 *  targets): a longest increasing subsequence of the targets, O(n log n). */
function increasingChain(pairs: readonly [number, number][]): [number, number][] {
  const tails: number[] = []; // index into pairs of the smallest tail of each chain length
  const prev = new Int32Array(pairs.length).fill(-1);
  for (let p = 0; p < pairs.length; p++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]][1] < pairs[p][1]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[p] = tails[lo - 1];
    tails[lo] = p;
  }
  const out: [number, number][] = [];
  for (let p = tails.length > 0 ? tails[tails.length - 1] : -1; p >= 0; p = prev[p]) out.push(pairs[p]);
  return out.reverse();
}
