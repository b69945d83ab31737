// The second, lexical pass (Moore 2002 in spirit, Dice instead of IBM Model 1): word pairs that
// co-occur in the confident 1-1 "island" beads of the first pass become translation links.
// Counting uses integer word ids and one sorted Float64Array of pair codes, never a hash map
// keyed by word pairs: 20,000 beads × ~200 pairs stay a few megabytes.
import type { Bead } from '../types/index.js';
import type { SideFeatures } from './features.js';
import type { AlignTuning } from './tuning.js';

/** Links from source word ids to target word ids, CSR by source id. */
export interface Lexicon {
  sourceVocab: number;
  targetVocab: number;
  linkOff: Int32Array;
  linkTarget: Int32Array;
  /** 1 for target words that have at least one link (only those can be explained). */
  targetLinked: Uint8Array;
}

export interface TrainingPair {
  source: SideFeatures;
  target: SideFeatures;
  beads: Bead[];
}

/** Cost below which a first-pass bead is one the anchors vouch for. */
export const CONFIDENT_COST = -2;
const MIN_CONFIDENT_ISLANDS = 3;

/** Islands the anchors vouch for. On Text+Berg every test document has them for ≥ 3 % of its
 *  sentences; two unrelated documents have none. */
export function confidentIslands(beads: readonly Bead[]): number {
  let n = 0;
  for (const k of islands(beads)) if ((beads[k].cost ?? 0) < CONFIDENT_COST) n++;
  return n;
}

/** Enough confident islands to say the two documents are translations of each other here. */
export function enoughIslands(count: number, n: number, m: number): boolean {
  return count >= Math.max(MIN_CONFIDENT_ISLANDS, 0.005 * Math.min(n, m));
}

/** 1-1 beads whose neighbours are 1-1 too: the first pass is rarely wrong there. */
export function islands(beads: readonly Bead[]): number[] {
  const out: number[] = [];
  const one = (b: Bead | undefined) => b !== undefined && b.source.length === 1 && b.target.length === 1;
  for (let k = 0; k < beads.length; k++) {
    if (one(beads[k]) && one(beads[k - 1]) && one(beads[k + 1])) out.push(k);
  }
  return out;
}

export function trainLexicon(pairs: readonly TrainingPair[], sourceVocab: number, targetVocab: number, t: AlignTuning): Lexicon {
  const all: { p: TrainingPair; s: number; t: number }[] = [];
  for (const p of pairs) {
    for (const k of islands(p.beads)) all.push({ p, s: p.beads[k].source[0], t: p.beads[k].target[0] });
  }
  // Evenly spaced sample, deterministic.
  const step = all.length > t.lexMaxBeads ? all.length / t.lexMaxBeads : 1;
  const chosen: typeof all = [];
  for (let x = 0; x < all.length && chosen.length < t.lexMaxBeads; x += step) chosen.push(all[Math.floor(x)]);

  const cS = new Int32Array(sourceVocab);
  const cT = new Int32Array(targetVocab);
  let total = 0;
  for (const { p, s, t: ti } of chosen) {
    const src = p.source;
    const tgt = p.target;
    const ns = src.tokOff[s + 1] - src.tokOff[s];
    const nt = tgt.tokOff[ti + 1] - tgt.tokOff[ti];
    total += ns * nt;
    for (let k = src.tokOff[s]; k < src.tokOff[s + 1]; k++) cS[src.tokIds[k]]++;
    for (let k = tgt.tokOff[ti]; k < tgt.tokOff[ti + 1]; k++) cT[tgt.tokIds[k]]++;
  }
  const maxCount = Math.max(t.lexMinCount, t.lexMaxShare * chosen.length);
  const codes = new Float64Array(total);
  let w = 0;
  for (const { p, s, t: ti } of chosen) {
    const src = p.source;
    const tgt = p.target;
    for (let a = src.tokOff[s]; a < src.tokOff[s + 1]; a++) {
      const sw = src.tokIds[a];
      if (cS[sw] > maxCount || cS[sw] < t.lexMinCount) continue;
      for (let b = tgt.tokOff[ti]; b < tgt.tokOff[ti + 1]; b++) {
        const tw = tgt.tokIds[b];
        if (cT[tw] > maxCount || cT[tw] < t.lexMinCount) continue;
        codes[w++] = sw * targetVocab + tw;
      }
    }
  }
  const sorted = codes.subarray(0, w).sort();
  const linkSrc: number[] = [];
  const linkTgt: number[] = [];
  for (let a = 0; a < w; ) {
    let b = a + 1;
    while (b < w && sorted[b] === sorted[a]) b++;
    const count = b - a;
    if (count >= t.lexMinCount) {
      const sw = Math.floor(sorted[a] / targetVocab);
      const tw = sorted[a] - sw * targetVocab;
      const dice = (2 * count) / (cS[sw] + cT[tw]);
      if (dice >= t.lexMinDice) {
        linkSrc.push(sw);
        linkTgt.push(tw);
      }
    }
    a = b;
  }
  // Codes were sorted by source id then target id, so the links already are in CSR order.
  const linkOff = new Int32Array(sourceVocab + 1);
  for (const s of linkSrc) linkOff[s + 1]++;
  for (let s = 0; s < sourceVocab; s++) linkOff[s + 1] += linkOff[s];
  const targetLinked = new Uint8Array(targetVocab);
  for (const tw of linkTgt) targetLinked[tw] = 1;
  return { sourceVocab, targetVocab, linkOff, linkTarget: Int32Array.from(linkTgt), targetLinked };
}
