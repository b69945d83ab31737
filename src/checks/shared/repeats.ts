// Target sentences that repeat an earlier one without the source repeating it. Shared by
// `duplicate` (which reports them) and `addition` (which leaves such a 0-1 bead to duplicate).
// Real case: the French seed opens with its title twice, as two paragraphs —
// "Les prochains modèles d’IA Llama de Meta s’entraînent sur un cluster GPU «plus grand que tout»" —
// while the English has no title at all: both copies are 0-1, the second is the repeat.
//
// One hash look-up per target sentence (normalised text); no pairwise comparison.
import type { Alignment } from '../../types/index.js';
import { foldHash, memo, normKey } from './text.js';

/** Sentences shorter than this (in words / letters and digits) repeat innocently: "Yes.", "Why?". */
const MIN_WORDS = 3;
const MIN_CHARS = 12;

export interface Repeat {
  /** The repeating target sentence. */
  sentence: number;
  /** The copy it repeats (the first one kept). */
  first: number;
}

/** Repeats keyed by target sentence index, in document order. A copy is justified by its own source:
 *  copies in distinct beads that have source text each translate something (the source repeats it, or
 *  two source sentences rightly share one translation); the copies beyond those are repeats. */
export const findRepeats = memo((a: Alignment): Map<number, Repeat> => {
  const beadOf = new Int32Array(a.target.sentences.length).fill(-1);
  a.beads.forEach((b, k) => {
    for (const j of b.target) beadOf[j] = k;
  });
  // Group by a hash of the normalised text first (no string built per sentence); confirm with the
  // normalised text only inside a hash group of two or more.
  const byHash = new Map<number, number[]>();
  for (const s of a.target.sentences) {
    const f = foldHash(s.text);
    if (f.chars < MIN_CHARS || f.words < MIN_WORDS) continue;
    const g = byHash.get(f.hash);
    if (g) g.push(s.index);
    else byHash.set(f.hash, [s.index]);
  }
  const groups: number[][] = [];
  for (const g of byHash.values()) {
    if (g.length < 2) continue;
    const byKey = new Map<string, number[]>();
    // Copies are mostly verbatim: normalise each distinct text once (a 50k-line target with many
    // repeated segments spent ~80 ms in normKey's regular expression).
    const keyOfText = new Map<string, string>();
    for (const j of g) {
      const text = a.target.sentences[j].text;
      let key = keyOfText.get(text);
      if (key === undefined) keyOfText.set(text, (key = normKey(text)));
      const k = byKey.get(key);
      if (k) k.push(j);
      else byKey.set(key, [j]);
    }
    for (const k of byKey.values()) if (k.length > 1) groups.push(k);
  }
  const out = new Map<number, Repeat>();
  for (const copies of groups) {
    if (copies.length < 2) continue;
    const kept: number[] = [];
    const seenBeads = new Set<number>();
    for (const j of copies) {
      const k = beadOf[j];
      if (k >= 0 && a.beads[k].source.length > 0 && !seenBeads.has(k)) {
        seenBeads.add(k);
        kept.push(j);
      }
    }
    if (kept.length === 0) kept.push(copies[0]);
    if (kept.length === copies.length) continue;
    const first = Math.min(...kept);
    const keptSet = new Set(kept);
    for (const j of copies) if (!keptSet.has(j)) out.set(j, { sentence: j, first });
  }
  return new Map([...out.entries()].sort((x, y) => x[0] - y[0]));
});
