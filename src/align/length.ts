// The Gale & Church (1993) length model: the target length of a bead is normally distributed
// around ratio × source length with a variance that grows with the length.

/** −ln erfc(z) for z ≥ 0, in log form so that long mismatched beads do not underflow
 *  (Numerical Recipes' erfcc, relative error < 1.2e-7). */
export function negLogErfc(z: number): number {
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -1.26551223 +
    t *
      (1.00002368 +
        t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return z * z - poly - Math.log(t);
}

// −ln erfc(δ/√2) tabulated over δ ∈ [0, 16) in steps of 1/64 with linear interpolation: the DP
// asks for it ~16 million times per pass on a 10k-sentence pair.
const STEPS = 64;
const LIMIT = 16;
const TABLE = new Float64Array(LIMIT * STEPS + 2);
for (let k = 0; k < TABLE.length; k++) TABLE[k] = negLogErfc(k / STEPS / Math.SQRT2);

function tailCost(delta: number): number {
  if (delta >= LIMIT) return negLogErfc(delta / Math.SQRT2);
  const x = delta * STEPS;
  const k = x | 0;
  const f = x - k;
  return TABLE[k] + f * (TABLE[k + 1] - TABLE[k]);
}

/** Cost of a bead with source length `ls` and target length `lt` (characters without spaces):
 *  −ln P(|δ| ≥ observed) under N(0, 1), δ = (lt − ratio·ls) / √(variance · mean length).
 *  `cutFrom` ≥ 0: the target is known to be cut ("Tuần…"), so it must cover the source up to
 *  `cutFrom` characters (all source sentences but the last) and then any prefix of the last one:
 *  a target between those bounds costs nothing, a shorter one is measured against the lower bound. */
export function lengthCost(ls: number, lt: number, ratio: number, variance: number, cutFrom = -1): number {
  let expected = ratio * ls;
  if (cutFrom >= 0 && lt < expected) {
    const lower = ratio * cutFrom;
    if (lt >= lower) return 0;
    expected = lower;
  }
  const diff = lt - expected;
  const mean = (expected + lt) / 2;
  if (mean <= 0) return 0;
  const delta = Math.abs(diff) / Math.sqrt(variance * mean);
  return tailCost(delta);
}
