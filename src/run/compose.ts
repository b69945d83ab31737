// With --since, the translation is known to translate the *old* source: its alignment to the old
// source, carried over the source's edits, aligns it to today's source more surely than aligning
// afresh. On the three-edit test article, fresh alignment paired the inserted English sentence "A
// second driverless line is planned to open in 2030." with the Vietnamese cost sentence, and
// `number` compared "120 triệu euro" with "2030"; carried over, it compares it with "€135 million".
import { alignSentences } from '../align/index.js';
import { rawSentences, sourceMap } from '../checks/shared/sentence-edits.js';
import type { Bead, Document, PreviousSource } from '../types/index.js';

const paragraphsOf = (doc: Document) => doc.sentences.map((s) => s.paragraph);

/** Old-source beads carried to the new source: each old sentence becomes the new sentences it
 *  became; beads that would overlap or cross are merged; new sentences nothing carries are 1-0
 *  beads in place. Null when the result is not a valid alignment (then fresh alignment stands). */
export function carryBeads(oldBeads: readonly Bead[], oldToNew: readonly number[][], newCount: number, targetCount: number): Bead[] | null {
  const composed: Bead[] = [];
  const lastSource = (): number => {
    for (let k = composed.length - 1; k >= 0; k--) if (composed[k].source.length) return composed[k].source[composed[k].source.length - 1];
    return -1;
  };
  for (const b of oldBeads) {
    let cur: Bead = { source: [...new Set(b.source.flatMap((i) => oldToNew[i] ?? []))].sort((x, y) => x - y), target: [...b.target] };
    if (cur.source.length === 0 && cur.target.length === 0) continue;
    // A new sentence two old beads both became (two sentences merged into one): one bead.
    while (cur.source.length && lastSource() >= cur.source[0]) {
      const prev = composed.pop()!;
      cur = { source: [...new Set([...prev.source, ...cur.source])].sort((x, y) => x - y), target: [...prev.target, ...cur.target] };
    }
    composed.push(cur);
  }
  const covered = new Uint8Array(newCount);
  for (const b of composed) for (const j of b.source) covered[j] = 1;
  const out: Bead[] = [];
  let j = 0;
  const addUncovered = (until: number) => {
    for (; j < until; j++) if (!covered[j]) out.push({ source: [j], target: [] });
  };
  for (const b of composed) {
    if (b.source.length) {
      addUncovered(b.source[0]);
      const last = b.source[b.source.length - 1];
      // A sentence added between two that one bead carries belongs to that bead.
      b.source = Array.from({ length: last - b.source[0] + 1 }, (_, k) => b.source[0] + k);
      j = last + 1;
    }
    out.push(b);
  }
  addUncovered(newCount);
  return valid(out, newCount, targetCount) ? out : null;
}

function valid(beads: readonly Bead[], sources: number, targets: number): boolean {
  let s = 0;
  let t = 0;
  for (const b of beads) {
    for (const i of b.source) if (i !== s++) return false;
    for (const i of b.target) if (i !== t++) return false;
  }
  return s === sources && t === targets;
}

/** For each target with a previous source: its alignment to the old source (kept in `previous`
 *  for the stale check) and, carried over, to today's source (replacing `fresh[k]`). */
export function alignThroughPrevious(source: Document, targets: readonly Document[], previous: readonly (PreviousSource | undefined)[], fresh: Bead[][]): { beads: Bead[][]; previous: (PreviousSource | undefined)[] } {
  const ks = targets.map((_, k) => k).filter((k) => previous[k]);
  if (ks.length === 0) return { beads: fresh, previous: [...previous] };
  // Each translation aligned to its old source on its own: no lexicon pooled across translations,
  // so a translation's audit never depends on which others are in the run.
  const old = ks.map((k) => {
    const prev = previous[k]!.source;
    return alignSentences(
      prev.sentences.map((s) => s.text),
      targets[k].sentences.map((s) => s.text),
      { sourceLang: prev.lang, targetLang: targets[k].lang, sourceParagraphs: paragraphsOf(prev), targetParagraphs: paragraphsOf(targets[k]) },
    );
  });
  const beads = [...fresh];
  const withBeads: (PreviousSource | undefined)[] = [...previous];
  ks.forEach((k, n) => {
    const prev = previous[k]!;
    const { oldToNew } = sourceMap(rawSentences(prev.source), rawSentences(source), { old: paragraphsOf(prev.source), new: paragraphsOf(source) });
    withBeads[k] = { ...prev, beads: old[n] };
    beads[k] = carryBeads(old[n], oldToNew, source.sentences.length, targets[k].sentences.length) ?? fresh[k];
  });
  return { beads, previous: withBeads };
}
