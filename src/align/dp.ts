// Banded dynamic programming over bead types 0-1, 1-0, 1-1, 1-2, 2-1, 2-2, 1-3, 3-1.
// The band follows the proportional diagonal (±`band` sentences) and is widened only when the
// best path touches its edge. Everything lives in typed arrays: one back-pointer byte per cell,
// four rolling rows of costs, and per source sentence the running sums of its pair scores with
// the target sentences of its band, so that any bead's anchor score is a few subtractions.
import type { Bead } from '../types/index.js';
import { KIND_NUMBER, PUNCT_CLASSES, type SideFeatures } from './features.js';
import { lengthCost } from './length.js';
import type { Lexicon } from './lexicon.js';
import type { AlignTuning } from './tuning.js';

/** Bead shapes: [source count, target count]. Index = back-pointer value. */
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

export interface DpInput {
  source: SideFeatures;
  target: SideFeatures;
  /** Target/source length ratio in characters. */
  ratio: number;
  tuning: AlignTuning;
  /** Weight of each anchor id (by kind). */
  anchorWeight: Float64Array;
  anchorKind: Uint8Array;
  lexicon: Lexicon | null;
}

function prefixSums(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) out[i + 1] = out[i] + values[i];
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

export function alignBanded(input: DpInput): Bead[] {
  const n = input.source.n;
  const m = input.target.n;
  // Rows must overlap for the path to stay connected: at least the slope plus the largest move.
  let width = Math.max(input.tuning.band, Math.ceil(m / Math.max(1, n)) + 4, Math.ceil(n / Math.max(1, m)) + 4);
  for (;;) {
    const res = run(input, width);
    const full = width >= Math.max(n, m);
    if (!res.touches || full || (n + 1) * (4 * width + 1) > 400_000_000) return res.beads;
    width *= 2;
  }
}

function run(input: DpInput, width: number): { beads: Bead[]; touches: boolean } {
  const { source: S, target: T, ratio, tuning: tu, anchorWeight, anchorKind, lexicon } = input;
  const n = S.n;
  const m = T.n;
  const { lo, hi } = bandOf(n, m, width);
  const rowOff = new Float64Array(n + 2);
  for (let i = 0; i <= n; i++) rowOff[i + 1] = rowOff[i] + (hi[i] - lo[i] + 1);
  const back = new Uint8Array(rowOff[n + 1]);
  const beadCost = new Float32Array(rowOff[n + 1]);

  // Per-sentence sums.
  const PLs = prefixSums(S.len);
  const PLt = prefixSums(T.len);
  const aw = (f: SideFeatures) => {
    const v = new Float64Array(f.n);
    for (let i = 0; i < f.n; i++) for (let k = f.anchorOff[i]; k < f.anchorOff[i + 1]; k++) v[i] += anchorWeight[f.anchorIds[k]];
    return prefixSums(v);
  };
  const PAs = aw(S);
  const PAt = aw(T);
  const PNs = prefixSums(S.numCount);
  const PNt = prefixSums(T.numCount);
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

  // Pair scores of source sentence s with the target sentences of its band, as running sums.
  // Slot s % 4 holds sentence s; a bead ending on row i reads sentences i-3 .. i-1.
  const maxSpan = 2 * width + 8;
  const slotLo = new Int32Array(4);
  const slotHi = new Int32Array(4);
  const cumA: Float64Array[] = [];
  const cumN: Float64Array[] = [];
  const cumL: Float64Array[] = [];
  for (let k = 0; k < 4; k++) {
    cumA.push(new Float64Array(maxSpan + 1));
    cumN.push(new Float64Array(maxSpan + 1));
    cumL.push(new Float64Array(maxSpan + 1));
  }
  const stamp = new Int32Array(anchorWeight.length).fill(-1);
  const lexStamp = lexicon ? new Int32Array(lexicon.targetVocab).fill(-1) : null;
  const fillSlot = (s: number) => {
    const slot = s & 3;
    const tlo = Math.max(0, lo[s + 1] - 3);
    const thi = Math.min(m, hi[Math.min(n, s + 3)]);
    slotLo[slot] = tlo;
    slotHi[slot] = thi;
    for (let k = S.anchorOff[s]; k < S.anchorOff[s + 1]; k++) stamp[S.anchorIds[k]] = s;
    if (lexicon && lexStamp) {
      for (let k = S.tokOff[s]; k < S.tokOff[s + 1]; k++) {
        const w = S.tokIds[k];
        if (w >= lexicon.sourceVocab) continue;
        for (let x = lexicon.linkOff[w]; x < lexicon.linkOff[w + 1]; x++) lexStamp[lexicon.linkTarget[x]] = s;
      }
    }
    const A = cumA[slot];
    const N = cumN[slot];
    const L = cumL[slot];
    A[0] = 0;
    N[0] = 0;
    L[0] = 0;
    for (let t = tlo; t < thi; t++) {
      let a = 0;
      let nn = 0;
      for (let k = T.anchorOff[t]; k < T.anchorOff[t + 1]; k++) {
        const id = T.anchorIds[k];
        if (stamp[id] === s) {
          a += anchorWeight[id];
          if (anchorKind[id] === KIND_NUMBER) nn++;
        }
      }
      let l = 0;
      if (lexStamp) {
        for (let k = T.tokOff[t]; k < T.tokOff[t + 1]; k++) {
          const w = T.tokIds[k];
          if (w < lexStamp.length && lexStamp[w] === s) l++;
        }
      }
      const x = t - tlo;
      A[x + 1] = A[x] + a;
      N[x + 1] = N[x] + nn;
      L[x + 1] = L[x] + l;
    }
  };
  /** Σ over target sentences [j0, j1) of source sentence s's pair scores. */
  const pairSum = (arr: Float64Array[], s: number, j0: number, j1: number): number => {
    const slot = s & 3;
    const base = slotLo[slot];
    const a = Math.max(j0, base) - base;
    const b = Math.min(j1, slotHi[slot]) - base;
    return b > a ? arr[slot][b] - arr[slot][a] : 0;
  };

  const skip = tu.skipCost;
  const priors = [tu.prior11, tu.prior12, tu.prior12, tu.prior22, tu.prior13, tu.prior13];
  const rowCost: Float64Array[] = [];
  for (let k = 0; k < 4; k++) rowCost.push(new Float64Array(2 * width + 2));
  const rowLo = new Int32Array(4);
  const rowHi = new Int32Array(4).fill(-1);
  const INF = Infinity;
  const costAt = (i: number, j: number): number => {
    if (i < 0) return INF;
    const r = i & 3;
    if (j < rowLo[r] || j > rowHi[r]) return INF;
    return rowCost[r][j - rowLo[r]];
  };
  const llrHit = Math.log(tu.anchorMatchRate / tu.anchorRandomRate);
  const llrMiss = Math.log((1 - tu.anchorMatchRate) / (1 - tu.anchorRandomRate));
  const nInv = n > 0 ? 1 / n : 0;
  const mInv = m > 0 ? 1 / m : 0;

  for (let i = 0; i <= n; i++) {
    if (i >= 1) fillSlot(i - 1);
    const r = i & 3;
    const row = rowCost[r];
    rowLo[r] = lo[i];
    rowHi[r] = hi[i];
    const off = rowOff[i];
    for (let j = lo[i]; j <= hi[i]; j++) {
      let best = INF;
      let bestMove = 255;
      let bestCost = 0;
      if (i === 0 && j === 0) best = 0;
      for (let mv = 0; mv < 8; mv++) {
        const a = MOVES[mv][0];
        const b = MOVES[mv][1];
        if (a > i || b > j) continue;
        const prev = a === 0 ? (j - 1 >= lo[i] ? row[j - 1 - lo[i]] : INF) : costAt(i - a, j - b);
        if (prev === INF) continue;
        let c: number;
        if (a === 0) {
          // Later gaps are a hair cheaper: among equal paths the unmatched text goes last, so the
          // 13 English sentences after a cut "Tuần…" are the 1-0s, not the sentence it starts.
          c = skip + 1e-3 * (1 - j * mInv);
        } else if (b === 0) {
          c = skip + 1e-3 * (1 - i * nInv);
        } else {
          const ls = PLs[i] - PLs[i - a];
          const lt = PLt[j] - PLt[j - b];
          const cut = T.truncated[j - 1] === 1;
          c = priors[mv] + tu.lengthWeight * lengthCost(ls, lt, ratio, tu.lengthVariance, cut);
          let shared = 0;
          let numShared = 0;
          let lex = 0;
          for (let s = i - a; s < i; s++) {
            shared += pairSum(cumA, s, j - b, j);
            numShared += pairSum(cumN, s, j - b, j);
            if (lexicon) lex += pairSum(cumL, s, j - b, j);
          }
          const as = PAs[i] - PAs[i - a];
          const at = PAt[j] - PAt[j - b];
          if (tu.anchorLlr > 0) {
            // Likelihood ratio of the shared anchors: a translation shares ~22 % of the anchors it
            // could (the smaller side's count), an unrelated sentence ~2 % (measured on dev).
            const opp = Math.max(Math.min(as, at), shared);
            c -= tu.anchorLlr * (shared * llrHit + (opp - shared) * llrMiss);
          }
          if (as + at > 0) c -= tu.anchorWeight * Math.min(1, (2 * shared) / (as + at));
          const ns = PNs[i] - PNs[i - a];
          const nt = PNt[j] - PNt[j - b];
          const matched = Math.min(numShared, ns, nt);
          const miss = cut ? nt - matched : ns + nt - 2 * matched;
          c += tu.numberMiss * miss - tu.numberMatch * matched;
          let pd = 0;
          for (let k = 0; k < K; k++) {
            const d = PPt[j * K + k] - PPt[(j - b) * K + k] - (PPs[i * K + k] - PPs[(i - a) * K + k]);
            pd += cut ? Math.max(0, d) : Math.abs(d);
          }
          c += tu.punctWeight * pd;
          if (PXt) {
            const linked = PXt[j] - PXt[j - b];
            if (linked > 0) c -= tu.lexicalWeight * Math.min(1, lex / linked);
          }
        }
        const total = prev + c;
        if (total < best) {
          best = total;
          bestMove = mv;
          bestCost = c;
        }
      }
      row[j - lo[i]] = best;
      back[off + j - lo[i]] = bestMove;
      beadCost[off + j - lo[i]] = bestCost;
    }
  }

  // Back-track from (n, m).
  const beads: Bead[] = [];
  let i = n;
  let j = m;
  let touches = false;
  while (i > 0 || j > 0) {
    if ((j === lo[i] && lo[i] > 0) || (j === hi[i] && hi[i] < m)) touches = true;
    const cell = rowOff[i] + j - lo[i];
    const mv = back[cell];
    if (mv === 255) throw new Error(`align: no path through (${i}, ${j})`);
    const a = MOVES[mv][0];
    const b = MOVES[mv][1];
    const src: number[] = [];
    const tgt: number[] = [];
    for (let x = i - a; x < i; x++) src.push(x);
    for (let y = j - b; y < j; y++) tgt.push(y);
    beads.push({ source: src, target: tgt, cost: Math.round(beadCost[cell] * 1000) / 1000 });
    i -= a;
    j -= b;
  }
  beads.reverse();
  return { beads, touches };
}
