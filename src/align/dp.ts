// Banded dynamic programming over bead types 0-1, 1-0, 1-1, 1-2, 2-1, 2-2, 1-3, 3-1.
// The band follows the proportional diagonal (±`band` sentences) and is widened only when the
// best path touches its edge. Everything lives in typed arrays: one back-pointer byte per cell,
// four rolling rows of costs, and per source sentence the running sums of its pair scores with
// the target sentences of its band, so that any bead's anchor score is a few subtractions.
import type { Bead } from '../types/index.js';
import { KIND_NUMBER, KIND_VERBATIM, PUNCT_CLASSES, type SideFeatures } from './features.js';
import { lengthCost } from './length.js';
import { confidentIslands, enoughIslands, type Lexicon } from './lexicon.js';
import type { AlignTuning } from './tuning.js';

/** Bead shapes: [source count, target count]. Index = back-pointer value (low 4 bits). */
const MOVES: readonly [number, number][] = [
  [1, 1],
  [1, 2],
  [2, 1],
  [2, 2],
  [1, 3],
  [3, 1],
  [1, 0],
  [0, 1],
];
const MOVE_A = Int32Array.from(MOVES, (mv) => mv[0]);
const MOVE_B = Int32Array.from(MOVES, (mv) => mv[1]);
/** Back-pointer of a cell no path reaches. */
const NO_MOVE = 15;

/** The four rolling slots of per-source-sentence running sums over target sentences: slot s & 3
 *  holds source sentence s for target sentences [lo, hi), at offset (s & 3) · width. */
interface Slots {
  lo: Int32Array;
  hi: Int32Array;
  width: number;
}

/** Σ over target sentences [j0, j1) of source sentence s's running-sum array `arr`. */
function slotSum(arr: Float64Array, slots: Slots, s: number, j0: number, j1: number): number {
  const slot = s & 3;
  const base = slots.lo[slot];
  const a = (j0 > base ? j0 : base) - base;
  const b = (j1 < slots.hi[slot] ? j1 : slots.hi[slot]) - base;
  const o = slot * slots.width;
  return b > a ? arr[o + b] - arr[o + a] : 0;
}

/** Anchors of source sentence s shared with the union of target sentences [t-b+1 .. t]. */
function targetUnion(single: Float64Array, g2: Float64Array, g3: Float64Array, slots: Slots, s: number, t: number, b: number): number {
  const slot = s & 3;
  const x = t - slots.lo[slot];
  if (x < 0 || t >= slots.hi[slot]) return 0;
  const o = slot * slots.width + x;
  if (b === 1) return single[o];
  if (b === 2) return (x >= 1 ? single[o - 1] : 0) + g2[o];
  return (x >= 2 ? single[o - 2] : 0) + (x >= 1 ? g2[o - 1] : 0) + g3[o];
}

export interface DpInput {
  source: SideFeatures;
  target: SideFeatures;
  /** Target/source length ratio in characters. */
  ratio: number;
  tuning: AlignTuning;
  /** Weight of each anchor id (by kind). */
  anchorWeight: Float64Array;
  /** The weights the likelihood ratio counts a bead's missed anchors with (align.ts, pairWeights:
   *  a prefix on one side of the document pair only weighs less); `anchorWeight` when absent. */
  opportunityWeight?: Float64Array;
  anchorKind: Uint8Array;
  /** Units of a verbatim anchor (URL 3, hashtag 1). */
  verbatimUnits: Float64Array;
  lexicon: Lexicon | null;
  /** Paragraph index of each sentence, when known (documents; not the benchmark's lines). */
  sourceParagraphs?: ArrayLike<number>;
  targetParagraphs?: ArrayLike<number>;
  /** Both sides set their paragraphs apart with blank lines (plain text: see AlignPair.paragraphsMarked). */
  paragraphsMarked?: boolean;
  /** twins[i] = the target sentence written exactly as source sentence i, each the only one of its
   *  text on its side (a heading kept in English, a product name), or -1. */
  twins?: Int32Array;
}

/** breaks[i] = paragraph breaks between sentences 0 .. i (a break before i counts at i). */
function paragraphBreaks(n: number, paras: ArrayLike<number> | undefined): Float64Array {
  const out = new Float64Array(n);
  if (!paras) return out;
  for (let i = 1; i < n; i++) out[i] = out[i - 1] + (paras[i] !== paras[i - 1] ? 1 : 0);
  return out;
}

/** starts[i] = 1 when sentence i opens a paragraph (the first sentence does); all 0 without
 *  paragraphs (then no bead pays for starting one). */
function paragraphStarts(n: number, paras: ArrayLike<number> | undefined): Uint8Array {
  const out = new Uint8Array(n);
  if (!paras || n === 0) return out;
  out[0] = 1;
  for (let i = 1; i < n; i++) out[i] = paras[i] !== paras[i - 1] ? 1 : 0;
  return out;
}

function prefixSums(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) out[i + 1] = out[i] + values[i];
  return out;
}

/** Anchor weight of the union of the 1, 2 and 3 sentences ending at i: [w1, w2, w3][i]. */
function windowUnions(f: SideFeatures, weight: Float64Array): Float64Array[] {
  const out = [new Float64Array(f.n), new Float64Array(f.n), new Float64Array(f.n)];
  const seen = new Int32Array(weight.length).fill(-1);
  for (let i = 0; i < f.n; i++) {
    let total = 0;
    for (let back = 0; back < 3; back++) {
      const s = i - back;
      if (s >= 0) {
        for (let k = f.anchorOff[s]; k < f.anchorOff[s + 1]; k++) {
          const id = f.anchorIds[k];
          if (seen[id] !== i) {
            seen[id] = i;
            total += weight[id];
          }
        }
      }
      out[back][i] = total;
    }
  }
  return out;
}

/** Column band [lo, hi] of row i (i source sentences consumed). */
function bandOf(n: number, m: number, width: number): { lo: Int32Array; hi: Int32Array } {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const c = n === 0 ? 0 : Math.round((i * m) / n);
    lo[i] = Math.max(0, c - width);
    hi[i] = Math.min(m, c + width);
  }
  lo[0] = 0;
  hi[n] = m;
  return { lo, hi };
}

/** Band of ±`width` columns around a previous alignment's path (coarse-to-fine: the second pass
 *  only refines the first). */
function bandAround(n: number, m: number, path: readonly Bead[], width: number): { lo: Int32Array; hi: Int32Array } {
  const pLo = new Int32Array(n + 1).fill(-1);
  const pHi = new Int32Array(n + 1).fill(-1);
  let i = 0;
  let j = 0;
  const visit = (r: number, c: number) => {
    if (pLo[r] < 0 || c < pLo[r]) pLo[r] = c;
    if (c > pHi[r]) pHi[r] = c;
  };
  visit(0, 0);
  for (const b of path) {
    const a = b.source.length;
    // Rows inside a multi-source bead get the bead's start column.
    for (let r = 1; r < a; r++) visit(i + r, j);
    i += a;
    j += b.target.length;
    visit(i, j);
  }
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let r = 0; r <= n; r++) {
    lo[r] = Math.max(0, pLo[r] - width);
    hi[r] = Math.min(m, pHi[r] + width);
  }
  lo[0] = 0;
  hi[n] = m;
  return { lo, hi };
}

/** Cells of the widest band tried, at 5 bytes a cell (a back-pointer byte and a float cost):
 *  250 MB. 100k sentences a side at ±200 are 40M cells. */
const MAX_CELLS = 50_000_000;
/** Widening must lower the path's cost by this much per sentence to be worth another doubling. */
const MIN_GAIN_PER_SENTENCE = 0.02;

const pathCost = (beads: readonly Bead[]): number => beads.reduce((sum, b) => sum + (b.cost ?? 0), 0);

/** Aligns within a band around the proportional diagonal, widened while the best path touches
 *  its edge and widening pays; with `guide`, first within a narrow band around that path.
 *  Two unrelated documents touch the edge at every width (any path is as bad as any other): the
 *  band used to double up to 400M cells, 122 s and 703 MB at 100k sentences. A displaced but real
 *  alignment (a long passage inserted early) gains many 1-1 beads when widened and keeps going. */
export function alignBanded(input: DpInput, guide?: readonly Bead[]): Bead[] {
  const n = input.source.n;
  const m = input.target.n;
  if (guide && input.tuning.refineBand > 0) {
    const { lo, hi } = bandAround(n, m, guide, input.tuning.refineBand);
    const res = run(input, lo, hi);
    if (!res.touches) return res.beads;
  }
  // Rows must overlap for the path to stay connected: at least the slope plus the largest move.
  let width = Math.max(input.tuning.band, Math.ceil(m / Math.max(1, n)) + 4, Math.ceil(n / Math.max(1, m)) + 4);
  let best: { beads: Bead[]; cost: number } | null = null;
  for (;;) {
    const { lo, hi } = bandOf(n, m, width);
    const res = run(input, lo, hi);
    const cost = pathCost(res.beads);
    if (best && best.cost - cost < MIN_GAIN_PER_SENTENCE * (n + m)) return cost < best.cost ? res.beads : best.beads;
    best = { beads: res.beads, cost };
    const full = width >= Math.max(n, m);
    if (!res.touches || full || (n + 1) * (4 * width + 1) > MAX_CELLS) return res.beads;
    // Nothing in the band is a translation of anything: no displaced path to chase outside it.
    if (!enoughIslands(confidentIslands(res.beads), n, m)) return res.beads;
    width *= 2;
  }
}

function run(input: DpInput, lo: Int32Array, hi: Int32Array): { beads: Bead[]; touches: boolean } {
  const { source: S, target: T, ratio, tuning: tu, anchorWeight, anchorKind, lexicon } = input;
  const n = S.n;
  const m = T.n;
  let maxRow = 0;
  let maxSpan = 8;
  for (let i = 0; i <= n; i++) {
    maxRow = Math.max(maxRow, hi[i] - lo[i] + 1);
    if (i < n) maxSpan = Math.max(maxSpan, hi[Math.min(n, i + 3)] - lo[i + 1] + 4);
  }
  const rowOff = new Float64Array(n + 2);
  for (let i = 0; i <= n; i++) rowOff[i + 1] = rowOff[i] + (hi[i] - lo[i] + 1);
  const back = new Uint8Array(rowOff[n + 1]);
  const beadCost = new Float32Array(rowOff[n + 1]);

  // Per-sentence sums.
  const PLs = prefixSums(S.len);
  const PLt = prefixSums(T.len);
  const US = windowUnions(S, anchorWeight);
  const UT = windowUnions(T, anchorWeight);
  const OS = input.opportunityWeight ? windowUnions(S, input.opportunityWeight) : US;
  const OT = input.opportunityWeight ? windowUnions(T, input.opportunityWeight) : UT;
  const PNs = prefixSums(S.numCount);
  const PNt = prefixSums(T.numCount);
  const PVs = prefixSums(S.verbatimCount);
  const PVt = prefixSums(T.verbatimCount);
  const PBs = paragraphBreaks(n, input.sourceParagraphs);
  const PBt = paragraphBreaks(m, input.targetParagraphs);
  const startsS = paragraphStarts(n, input.sourceParagraphs);
  const startsT = paragraphStarts(m, input.targetParagraphs);
  const K = PUNCT_CLASSES;
  const PPs = new Float64Array((n + 1) * K);
  const PPt = new Float64Array((m + 1) * K);
  for (let i = 0; i < n; i++) for (let k = 0; k < K; k++) PPs[(i + 1) * K + k] = PPs[i * K + k] + S.punct[i * K + k];
  for (let j = 0; j < m; j++) for (let k = 0; k < K; k++) PPt[(j + 1) * K + k] = PPt[j * K + k] + T.punct[j * K + k];
  let PXt: Float64Array | null = null;
  if (lexicon) {
    const v = new Float64Array(m);
    for (let j = 0; j < m; j++) for (let k = T.tokOff[j]; k < T.tokOff[j + 1]; k++) v[j] += lexicon.targetLinked[T.tokIds[k]];
    PXt = prefixSums(v);
  }

  // Pair scores of source sentence s with the target sentences of its band. Slot s % 4 holds
  // sentence s; a bead ending on row i reads sentences i-3 .. i-1. Anchors are counted over the
  // whole bead, not summed over sentence pairs (which would count "OpenAI", present in two
  // sentences on each side, four times and so reward merging): for the source side, the union of
  // the 1, 2 or 3 sentences ending at s against each target sentence (running sums cumU);
  // for the target side, sentence s against the union of the 1, 2 or 3 target sentences ending at
  // t (single, g2, g3: an anchor counts again only when its previous occurrence lies outside).
  const slotLo = new Int32Array(4);
  const slotHi = new Int32Array(4);
  // Four slots of W entries each, flat: slot s & 3 starts at (s & 3) * W.
  const W = maxSpan + 1;
  const mk = () => new Float64Array(4 * W);
  const cumU = [mk(), mk(), mk()];
  const cumL = [mk(), mk(), mk()];
  const cumN = mk();
  const cumV = mk();
  const verbatimUnits = input.verbatimUnits;
  const single = mk();
  const g2 = mk();
  const g3 = mk();
  const V = anchorWeight.length;
  const stamp = [new Int32Array(V).fill(-1), new Int32Array(V).fill(-1), new Int32Array(V).fill(-1)];
  const prevS = new Int32Array(V).fill(-1);
  const prevT = new Int32Array(V);
  const LV = lexicon ? lexicon.targetVocab : 0;
  const lexStamp = [new Int32Array(LV).fill(-1), new Int32Array(LV).fill(-1), new Int32Array(LV).fill(-1)];
  const fillSlot = (s: number) => {
    const slot = s & 3;
    const tlo = Math.max(0, lo[s + 1] - 3);
    const thi = Math.min(m, hi[Math.min(n, s + 3)]);
    slotLo[slot] = tlo;
    slotHi[slot] = thi;
    for (let back = 0; back < 3 && s - back >= 0; back++) {
      const src = s - back;
      for (let k = S.anchorOff[src]; k < S.anchorOff[src + 1]; k++) {
        const id = S.anchorIds[k];
        for (let a = back; a < 3; a++) stamp[a][id] = s;
      }
      if (lexicon) {
        for (let k = S.tokOff[src]; k < S.tokOff[src + 1]; k++) {
          const w = S.tokIds[k];
          if (w >= lexicon.sourceVocab) continue;
          for (let x = lexicon.linkOff[w]; x < lexicon.linkOff[w + 1]; x++) {
            const tw = lexicon.linkTarget[x];
            for (let a = back; a < 3; a++) lexStamp[a][tw] = s;
          }
        }
      }
    }
    const U1 = cumU[0];
    const U2 = cumU[1];
    const U3 = cumU[2];
    const L1 = cumL[0];
    const L2 = cumL[1];
    const L3 = cumL[2];
    const o = slot * W;
    U1[o] = U2[o] = U3[o] = L1[o] = L2[o] = L3[o] = cumN[o] = cumV[o] = 0;
    const st0 = stamp[0];
    const st1 = stamp[1];
    const st2 = stamp[2];
    for (let t = tlo; t < thi; t++) {
      let u1 = 0;
      let u2 = 0;
      let u3 = 0;
      let gg2 = 0;
      let gg3 = 0;
      let nn = 0;
      let vv = 0;
      for (let k = T.anchorOff[t]; k < T.anchorOff[t + 1]; k++) {
        const id = T.anchorIds[k];
        if (st2[id] !== s) continue;
        const w = anchorWeight[id];
        u3 += w;
        if (st1[id] === s) u2 += w;
        if (st0[id] === s) {
          u1 += w;
          if (anchorKind[id] === KIND_NUMBER) nn++;
          else if (anchorKind[id] === KIND_VERBATIM) vv += verbatimUnits[id];
          const gap = prevS[id] === s ? t - prevT[id] : 1e9;
          if (gap >= 2) gg2 += w;
          if (gap >= 3) gg3 += w;
          prevS[id] = s;
          prevT[id] = t;
        }
      }
      let l1 = 0;
      let l2 = 0;
      let l3 = 0;
      if (lexicon) {
        const x0 = lexStamp[0];
        const x1 = lexStamp[1];
        const x2 = lexStamp[2];
        for (let k = T.tokOff[t]; k < T.tokOff[t + 1]; k++) {
          const w = T.tokIds[k];
          if (w >= LV || x2[w] !== s) continue;
          l3++;
          if (x1[w] === s) l2++;
          if (x0[w] === s) l1++;
        }
      }
      const x = o + t - tlo;
      U1[x + 1] = U1[x] + u1;
      U2[x + 1] = U2[x] + u2;
      U3[x + 1] = U3[x] + u3;
      L1[x + 1] = L1[x] + l1;
      L2[x + 1] = L2[x] + l2;
      L3[x + 1] = L3[x] + l3;
      cumN[x + 1] = cumN[x] + nn;
      cumV[x + 1] = cumV[x] + vv;
      single[x] = u1;
      g2[x] = gg2;
      g3[x] = gg3;
    }
  };
  const slots: Slots = { lo: slotLo, hi: slotHi, width: W };

  const skip = tu.skipCost;
  // A short line left unmatched is cheaper: "Source link", "Leave a Reply", captions, page numbers.
  const shortBonus = (len: number): number => (len >= tu.skipShortLength ? 0 : tu.skipShortBonus * (1 - len / tu.skipShortLength));
  const priors = new Float64Array([tu.prior11, tu.prior12, tu.prior12, tu.prior22, tu.prior13, tu.prior13]);
  const rowCost: Float64Array[] = [];
  for (let k = 0; k < 4; k++) rowCost.push(new Float64Array(maxRow));
  const rowLo = new Int32Array(4);
  const rowHi = new Int32Array(4).fill(-1);
  const INF = Infinity;
  // Affine runs (Gotoh 1982): runS[j] = best cost at (i, j) whose last bead is 1-0 (rows i-1 and i,
  // rolling), runT[j] = the same for 0-1 on the current row. A run of unmatched sentences then costs
  // one opening plus cheap extensions: a lost passage or "the translation ends here" is ONE event.
  // Keeping the run in its own state matters: judged cell by cell, the 1-1 bead "Toujours." →
  // "Just like a math formula." won the cell where the trailing run should have started, and the
  // real "Always." became an omission.
  const runS = [new Float64Array(maxRow), new Float64Array(maxRow)];
  const runT = new Float64Array(maxRow);
  /** Cost of leaving source sentence i-1 (or target sentence j-1) unmatched as a run's first bead. */
  const openS = (i: number, j: number): number =>
    // Where the translation ends (j = m) no discount for a repeated line: the cut "… 4 cups of
    // water. Always." otherwise left "Always." / "Toujours." unmatched to start the run on it.
    (S.repeat[i - 1] && j < m ? tu.repeatSkipCost : skip - shortBonus(S.len[i - 1])) + 1e-3 * (1 - i * nInv);
  const openT = (j: number): number => (T.repeat[j - 1] ? tu.repeatSkipCost : skip - shortBonus(T.len[j - 1])) + 1e-3 * (1 - j * mInv);
  /** …and as a further bead of a run: once the translation is used up (j = m), "it ends here". */
  const extendS = (i: number, j: number): number => Math.min(openS(i, j), (j === m ? tu.cutExtend : tu.gapExtend) + 1e-3 * (1 - i * nInv));
  const extendT = (j: number): number => Math.min(openT(j), tu.gapExtend + 1e-3 * (1 - j * mInv));
  const llrHit = Math.log(tu.anchorMatchRate / tu.anchorRandomRate);
  const llrMiss = Math.log((1 - tu.anchorMatchRate) / (1 - tu.anchorRandomRate));
  const nInv = n > 0 ? 1 / n : 0;
  const mInv = m > 0 ? 1 / m : 0;
  const { lengthWeight, lengthVariance, anchorLlr, anchorOpportunity, numberMiss, numberMatch, verbatimMiss, punctWeight, paragraphWeight, paragraphStartWeight, lexicalWeight } = tu;
  const beadAnchorWeight = tu.anchorWeight;
  const { twins } = input;
  const twinApart = tu.twinApart;
  const furnitureApart = tu.furnitureApart;
  const lexicalMinLinked = tu.lexicalMinLinked;

  // Run costs by column (target) and, below, by row (source): the cell loop only reads them.
  const openTA = new Float64Array(m + 1);
  const extendTA = new Float64Array(m + 1);
  // Past the source's end (i = n) short unpunctuated lines — "Partager cet article", "Cookie
  // Policy", "Related Posts" — extend the translation's added tail as cheaply as a cut: else the
  // aligner spread such a footer over the last source sentences of a short article as 1-3 beads
  // and the real last pairs were lost. Only furniture: sentences (a merge conflict's English
  // block at the end of a React page) keep the ordinary gap cost.
  const extendTEnd = new Float64Array(m + 1);
  // A line of furniture that is a paragraph of its own ("Chia sẻ lên Facebook", "Nguồn: Reuters"),
  // opened where the source is between paragraphs too: a paragraph the translation added. At the
  // ordinary skip cost the aligner paired it with the short last sentence of the source paragraph
  // before ("He screamed a lot.", a talk's closing "Thank you.") and merged that sentence's real
  // translation 1-2 into the bead before: the insertion went unreported (held-out talks).
  // Plain text with blank lines only: a Markdown list item is a paragraph of one short line too,
  // and opensource.guide's French "Écrire une traduction pour la documentation du projet" (its
  // link dropped) became a moved item.
  const openTPara = new Float64Array(m + 1);
  for (let j = 1; j <= m; j++) {
    openTA[j] = openT(j);
    const added = input.paragraphsMarked && T.furniture[j - 1] && startsT[j - 1] && (j === m || startsT[j]);
    openTPara[j] = added ? Math.min(openTA[j], tu.addedParagraphCost + 1e-3 * (1 - j * mInv)) : openTA[j];
    extendTA[j] = extendT(j);
    extendTEnd[j] = T.furniture[j - 1] ? Math.min(openTA[j], tu.cutExtend + 1e-3 * (1 - j * mInv)) : extendTA[j];
  }

  // What a bead's cost reads of its 1, 2 or 3 source sentences ending at row i (index a), taken
  // once per row, and of its 1, 2 or 3 target sentences ending at column j (index b), once per
  // cell — not once per bead shape: the six shapes share them, and a 100k-sentence pair has ~40M
  // cells. Every sum is formed exactly as before, so the costs (and the alignment) are the same.
  const rLs = new Float64Array(4);
  const rCutFrom = new Float64Array(4);
  const rAs = new Float64Array(4);
  const rAo = new Float64Array(4);
  const rNs = new Float64Array(4);
  const rVs = new Float64Array(4);
  const rCross = new Float64Array(4);
  const rP = new Float64Array(4 * K);
  const cLt = new Float64Array(4);
  const cAt = new Float64Array(4);
  const cAo = new Float64Array(4);
  const cNt = new Float64Array(4);
  const cVt = new Float64Array(4);
  const cCross = new Float64Array(4);
  const cLinked = new Float64Array(4);
  const cP = new Float64Array(4 * K);

  for (let i = 0; i <= n; i++) {
    if (i >= 1) fillSlot(i - 1);
    const r = i & 3;
    const row = rowCost[r];
    const rs = runS[i & 1];
    rowLo[r] = lo[i];
    rowHi[r] = hi[i];
    const off = rowOff[i];
    const prevRow = i >= 1 ? rowCost[(i - 1) & 3] : row;
    const prevRun = runS[(i - 1) & 1];
    const prevLo = i >= 1 ? lo[i - 1] : 0;
    const prevHi = i >= 1 ? hi[i - 1] : -1;
    // The source stands between two paragraphs after its sentence i-1 (or at an end).
    const atBreakS = i === 0 || i === n || startsS[i] === 1;
    const oS = i >= 1 ? openS(i, 0) : INF;
    const oSm = i >= 1 ? openS(i, m) : INF;
    const xS = i >= 1 ? extendS(i, 0) : INF;
    const xSm = i >= 1 ? extendS(i, m) : INF;
    for (let a = 1; a <= 3 && a <= i; a++) {
      rLs[a] = PLs[i] - PLs[i - a];
      rCutFrom[a] = rLs[a] - S.len[i - 1];
      rAs[a] = US[a - 1][i - 1];
      rAo[a] = OS[a - 1][i - 1];
      rNs[a] = PNs[i] - PNs[i - a];
      rVs[a] = PVs[i] - PVs[i - a];
      rCross[a] = PBs[i - 1] - PBs[i - a];
      for (let k = 0; k < K; k++) rP[a * K + k] = PPs[i * K + k] - PPs[(i - a) * K + k];
    }
    for (let j = lo[i]; j <= hi[i]; j++) {
      const x = j - lo[i];
      // The run states first: their best, and whether it extends a run (flag bits 16 and 32).
      let flags = 0;
      let eS = INF;
      if (j >= prevLo && j <= prevHi) {
        const fromH = prevRow[j - prevLo];
        const fromRun = prevRun[j - prevLo];
        const o = fromH + (j === m ? oSm : oS);
        const e = fromRun + (j === m ? xSm : xS);
        if (e < o) {
          eS = e;
          flags |= 16;
        } else eS = o;
      }
      let eT = INF;
      if (j >= 1 && j - 1 >= lo[i]) {
        const o = row[x - 1] + (atBreakS ? openTPara[j] : openTA[j]);
        const e = runT[x - 1] + (i === n ? extendTEnd[j] : extendTA[j]);
        if (e < o) {
          eT = e;
          flags |= 32;
        } else eT = o;
      }
      rs[x] = eS;
      runT[x] = eT;
      let best = INF;
      let bestMove = NO_MOVE;
      let bestCost = 0;
      if (i === 0 && j === 0) best = 0;
      if (eS < best) {
        best = eS;
        bestMove = 6;
      }
      if (eT < best) {
        best = eT;
        bestMove = 7;
      }
      if (i >= 1 && j >= 1) {
        const cut = T.truncated[j - 1] === 1;
        for (let b = 1; b <= 3 && b <= j; b++) {
          cLt[b] = PLt[j] - PLt[j - b];
          cAt[b] = UT[b - 1][j - 1];
          cAo[b] = OT[b - 1][j - 1];
          cNt[b] = PNt[j] - PNt[j - b];
          cVt[b] = PVt[j] - PVt[j - b];
          cCross[b] = PBt[j - 1] - PBt[j - b];
          if (PXt) cLinked[b] = PXt[j] - PXt[j - b];
          for (let k = 0; k < K; k++) cP[b * K + k] = PPt[j * K + k] - PPt[(j - b) * K + k];
        }
        for (let mv = 0; mv < 6; mv++) {
          const a = MOVE_A[mv];
          const b = MOVE_B[mv];
          if (a > i || b > j) continue;
          const pr = (i - a) & 3;
          const pj = j - b;
          if (pj < rowLo[pr] || pj > rowHi[pr]) continue;
          const prev = rowCost[pr][pj - rowLo[pr]];
          if (prev === INF) continue;
          let c = priors[mv] + lengthWeight * lengthCost(rLs[a], cLt[b], ratio, lengthVariance, cut ? rCutFrom[a] : -1);
          // Shared anchors need anchors on both sides (weights are positive): most beads far from
          // the path have none in common and skip the slot sums.
          const as = rAs[a];
          const at = cAt[b];
          let shared = 0;
          if (as > 0 && at > 0) {
            const sharedS = slotSum(cumU[a - 1], slots, i - 1, pj, j);
            let sharedT = 0;
            for (let s = i - a; s < i; s++) sharedT += targetUnion(single, g2, g3, slots, s, j - 1, b);
            shared = Math.min(sharedS, sharedT);
          }
          if (anchorLlr > 0) {
            // Likelihood ratio of the shared anchors: a translation shares ~22 % of the anchors it
            // could (the smaller side's count), an unrelated sentence ~2 % (measured on dev).
            const os = rAo[a];
            const ot = cAo[b];
            const opp = Math.max(Math.min(os, ot) + anchorOpportunity * Math.abs(os - ot) * 0.5, shared);
            c -= anchorLlr * (shared * llrHit + (opp - shared) * llrMiss);
          }
          if (as + at > 0) c -= beadAnchorWeight * Math.min(1, (2 * shared) / (as + at));
          const ns = rNs[a];
          const nt = cNt[b];
          let matched = 0;
          if (ns > 0 && nt > 0) {
            let numShared = 0;
            for (let s = i - a; s < i; s++) numShared += slotSum(cumN, slots, s, pj, j);
            matched = Math.min(numShared, ns, nt);
          }
          const miss = cut ? nt - matched : ns + nt - 2 * matched;
          c += numberMiss * miss - numberMatch * matched;
          const vs = rVs[a];
          const vt = cVt[b];
          if (vs + vt > 0) {
            let vm = 0;
            if (vs > 0 && vt > 0) {
              let verbShared = 0;
              for (let s = i - a; s < i; s++) verbShared += slotSum(cumV, slots, s, pj, j);
              vm = Math.min(verbShared, vs, vt);
            }
            c += verbatimMiss * (cut ? vt - vm : vs + vt - 2 * vm);
          }
          let pd = 0;
          for (let k = 0; k < K; k++) {
            const d = cP[b * K + k] - rP[a * K + k];
            pd += cut ? Math.max(0, d) : Math.abs(d);
          }
          c += punctWeight * pd;
          // A bead that runs across a paragraph break on one side only: the French seed's last
          // sentence would otherwise swallow the "Source link" and "Leave a Reply" lines after it.
          const cross = rCross[a] - cCross[b];
          if (cross !== 0) c += paragraphWeight * Math.abs(cross);
          // A bead that opens a paragraph on one side only: after a lost paragraph, the next one's
          // first sentence was paired with a sentence inside the paragraph before the gap, which
          // shared "CSS" and "JSX" with it (React's Vietnamese "JavaScript in JSX", a paragraph
          // removed by scripts/eval-damage.ts): two omissions where one paragraph was lost.
          if (startsS[i - a] !== startsT[pj]) c += paragraphStartWeight;
          // A bead whose last line is furniture on one side only: "He screamed a lot." is no
          // "Chia sẻ lên Facebook", however alike their lengths (see furnitureApart in tuning.ts).
          if (S.furniture[i - 1] !== T.furniture[j - 1] && !cut) c += furnitureApart;
          // Twins pair with each other alone: after a lost paragraph, the Vietnamese Kubernetes
          // heading "API server identity" and the sentence the English lacks before it were
          // paired 2-2 with the English heading and the lost paragraph's first sentence (they
          // share "Lease API"), hiding the addition and a third of the omission.
          if (twins !== undefined && a + b > 2) {
            for (let s = i - a; s < i; s++) {
              const t = twins[s];
              if (t >= pj && t < j) {
                c += twinApart;
                break;
              }
            }
          }
          if (PXt) {
            const linked = cLinked[b];
            if (linked > 0) c -= lexicalWeight * Math.min(1, slotSum(cumL[a - 1], slots, i - 1, pj, j) / Math.max(linked, lexicalMinLinked));
          }
          const total = prev + c;
          if (total < best) {
            best = total;
            bestMove = mv;
            bestCost = c;
          }
        }
      }
      row[x] = best;
      back[off + x] = bestMove | flags;
      beadCost[off + x] = bestCost;
    }
  }

  // Back-track from (n, m), in its own function: a first 1-0 or 0-1 bead met there once deoptimised
  // the whole of `run` (its compare had no type feedback yet), and V8 compiled this ~100 ms function
  // anew eight times per 100 documents (node --trace-deopt, `npm run bench -- jobs`).
  return traceBack({ n, m, lo, hi, rowOff, back, beadCost, skip: { extendS, openS, extendT, openT } });
}

interface Trace {
  n: number;
  m: number;
  lo: Int32Array;
  hi: Int32Array;
  rowOff: Float64Array;
  back: Uint8Array;
  beadCost: Float32Array;
  /** Costs of the 1-0 and 0-1 beads, opening or extending a run. */
  skip: { extendS(i: number, j: number): number; openS(i: number, j: number): number; extendT(j: number): number; openT(j: number): number };
}

/** `count` consecutive indices from `from`, in an array of that length: filled by push(), each of a
 *  bead's lists kept room for 16 (~150 bytes; ~30 MB for a 100,000-sentence pair). */
function indices(from: number, count: number): number[] {
  return count === 1 ? [from] : count === 2 ? [from, from + 1] : Array.from({ length: count }, (_, k) => from + k);
}

function traceBack(t: Trace): { beads: Bead[]; touches: boolean } {
  const { n, m, lo, hi, rowOff, back, beadCost } = t;
  const { extendS, openS, extendT, openT } = t.skip;
  const beads: Bead[] = [];
  let i = n;
  let j = m;
  let touches = false;
  // 0: any bead ends here; 1: inside a run of 1-0 beads; 2: inside a run of 0-1 beads.
  let state = 0;
  const round = (c: number) => Math.round(c * 1000) / 1000;
  while (i > 0 || j > 0) {
    if ((j === lo[i] && lo[i] > 0) || (j === hi[i] && hi[i] < m)) touches = true;
    const cell = rowOff[i] + j - lo[i];
    const code = back[cell];
    if (state === 0) {
      const mv = code & 15;
      if (mv === NO_MOVE) throw new Error(`align: no path through (${i}, ${j})`);
      if (mv === 6 || mv === 7) {
        state = mv - 5; // 6 (1-0) → 1, 7 (0-1) → 2
        continue;
      }
      const a = MOVES[mv][0];
      const b = MOVES[mv][1];
      beads.push({ source: indices(i - a, a), target: indices(j - b, b), cost: round(beadCost[cell]) });
      i -= a;
      j -= b;
    } else if (state === 1) {
      const extended = (code & 16) !== 0;
      beads.push({ source: [i - 1], target: [], cost: round(extended ? extendS(i, j) : openS(i, j)) });
      i--;
      state = extended ? 1 : 0;
    } else {
      const extended = (code & 32) !== 0;
      beads.push({ source: [], target: [j - 1], cost: round(extended ? extendT(j) : openT(j)) });
      j--;
      state = extended ? 2 : 0;
    }
  }
  beads.reverse();
  return { beads, touches };
}
