// The benchmark scorer of the sentence-alignment papers (Bleualign, Vecalign, Bertalign), exactly as
// /work/shared/bench/align/textberg/README.md "Scoring" defines it:
// - precision over all predicted beads; a predicted 0-1 or 1-0 bead is right only if the identical
//   bead is in gold;
// - recall over gold beads with both sides non-empty (against predicted beads with both sides non-empty);
// - strict: the identical bead (indices compared as sets);
//   lax: the bead shares at least one source and one target sentence with one bead of the other side;
// - counts are summed over documents before P, R and F1 = 2PR / (P + R).
import type { Bead } from '../types/index.js';

export interface ScoreCounts {
  /** Precision side: predicted beads right (strict / lax) and predicted beads in total. */
  strictRight: number;
  laxRight: number;
  predicted: number;
  /** Recall side: gold beads found (strict / lax) and gold beads scored. */
  strictFound: number;
  laxFound: number;
  gold: number;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface AlignScore {
  strict: PRF;
  lax: PRF;
  counts: ScoreCounts;
}

const key = (b: Bead): string => `${[...b.source].sort((x, y) => x - y).join(',')}:${[...b.target].sort((x, y) => x - y).join(',')}`;

/** Distinct beads, empty-on-both-sides beads dropped (the reference scorer works on sets). */
function distinct(beads: readonly Bead[]): Bead[] {
  const seen = new Set<string>();
  const out: Bead[] = [];
  for (const b of beads) {
    if (b.source.length === 0 && b.target.length === 0) continue;
    const k = key(b);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(b);
  }
  return out;
}

/** How many of `test` are right against `ref`: identical (strict) or linked by a shared
 *  (source, target) pair of one `ref` bead (lax). */
function matches(ref: readonly Bead[], test: readonly Bead[]): { strict: number; lax: number } {
  const refKeys = new Set(ref.map(key));
  // source index → target indices sharing a ref bead with it
  const links = new Map<number, Set<number>>();
  for (const b of ref) {
    for (const s of b.source) {
      let set = links.get(s);
      if (!set) links.set(s, (set = new Set()));
      for (const t of b.target) set.add(t);
    }
  }
  let strict = 0;
  let lax = 0;
  for (const b of test) {
    if (refKeys.has(key(b))) {
      strict++;
      lax++;
      continue;
    }
    if (b.source.some((s) => b.target.some((t) => links.get(s)?.has(t) ?? false))) lax++;
  }
  return { strict, lax };
}

export function emptyCounts(): ScoreCounts {
  return { strictRight: 0, laxRight: 0, predicted: 0, strictFound: 0, laxFound: 0, gold: 0 };
}

/** Counts for one document. */
export function scoreCounts(gold: readonly Bead[], predicted: readonly Bead[]): ScoreCounts {
  const g = distinct(gold);
  const p = distinct(predicted);
  const prec = matches(g, p);
  const both = (b: Bead) => b.source.length > 0 && b.target.length > 0;
  const gBoth = g.filter(both);
  const rec = matches(p.filter(both), gBoth);
  return { strictRight: prec.strict, laxRight: prec.lax, predicted: p.length, strictFound: rec.strict, laxFound: rec.lax, gold: gBoth.length };
}

export function addCounts(a: ScoreCounts, b: ScoreCounts): ScoreCounts {
  return {
    strictRight: a.strictRight + b.strictRight,
    laxRight: a.laxRight + b.laxRight,
    predicted: a.predicted + b.predicted,
    strictFound: a.strictFound + b.strictFound,
    laxFound: a.laxFound + b.laxFound,
    gold: a.gold + b.gold,
  };
}

function prf(right: number, predicted: number, found: number, gold: number): PRF {
  const precision = predicted > 0 ? right / predicted : 0;
  const recall = gold > 0 ? found / gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function scoreFromCounts(c: ScoreCounts): AlignScore {
  return {
    strict: prf(c.strictRight, c.predicted, c.strictFound, c.gold),
    lax: prf(c.laxRight, c.predicted, c.laxFound, c.gold),
    counts: c,
  };
}

/** Scores several documents: counts summed before P, R and F1. */
export function scoreAlignments(docs: readonly { gold: readonly Bead[]; predicted: readonly Bead[] }[]): AlignScore {
  let c = emptyCounts();
  for (const d of docs) c = addCounts(c, scoreCounts(d.gold, d.predicted));
  return scoreFromCounts(c);
}
