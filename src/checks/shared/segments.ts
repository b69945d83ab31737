// Beads a check may look across. An aligner can put a clause one bead off, so the number and
// entity checks forgive a value found in the neighbouring bead; when the input itself paired the
// text (catalog units, --aligned lines: Alignment.segmentOf), nothing slid, and a number dropped
// from one PO entry and added to the next is two defects, not one match.
import type { Alignment } from '../../types/index.js';

/** Whether beads `k` and `n` may share text: `n` exists and, with an input-given pairing, lies
 *  in the same segment as `k`. */
export function mayShare(alignment: Alignment, k: number, n: number): boolean {
  if (n < 0 || n >= alignment.beads.length) return false;
  return alignment.segmentOf === undefined || alignment.segmentOf[k] === alignment.segmentOf[n];
}

/** The segment of bead `k`: the input's own, or 0 for all when the aligner paired the text. */
export const segmentOfBead = (alignment: Alignment, k: number): number => alignment.segmentOf?.[k] ?? 0;
