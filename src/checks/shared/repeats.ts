// Target sentences that repeat an earlier one without the source repeating it. Shared by
// `duplicate` (which reports them) and `addition` (which leaves such a 0-1 bead to duplicate).
// Real case: the French seed opens with its title twice, as two paragraphs —
// "Les prochains modèles d’IA Llama de Meta s’entraînent sur un cluster GPU «plus grand que tout»" —
// while the English has no title at all: both copies are 0-1, the second is the repeat.
//
// One hash look-up per target sentence (normalised text); no pairwise comparison.
import type { Alignment } from '../../types/index.js';
import { foldHash, hasFinalPunct, memo, normKey } from './text.js';

/** Sentences shorter than this (in words / letters and digits) repeat innocently: "Yes.", "Why?". */
const MIN_WORDS = 3;
const MIN_CHARS = 12;
/** At most this many words without final punctuation make a label (see findRepeats). */
const LABEL_WORDS = 4;

export interface Repeat {
  /** The repeating target sentence. */
  sentence: number;
  /** The copy it repeats (the first one kept). */
  first: number;
}

/** Whether beads `x` and `y` share a source sentence's text: the source repeats it too. Sentence
 *  by sentence, not bead by bead: Astro's English "Why Astro?" opens with its description, "Astro
 *  is an all-in-one web framework for building fast, content-focused websites. Learn more.", then
 *  its first sentence repeats the description's first; the German repeats it as the English does,
 *  and its one sentence for the description's two was read as a repeat the source lacks. */
function sameSource(a: Alignment, x: number, y: number): boolean {
  const keys = new Set(a.beads[x].source.map((i) => nearKey(a.source.sentences[i].text)));
  return a.beads[y].source.some((i) => keys.has(nearKey(a.source.sentences[i].text)));
}

/** A sentence's words, case and inflection aside (each cut to six letters): Node.js's English
 *  page has the title "Installing Node.js via package manager" and the heading "Installing
 *  Node.js via Package Managers" — one text, which the French rightly writes twice alike. */
const nearKey = (text: string): string =>
  normKey(text)
    .split(' ')
    .map((w) => w.slice(0, 6))
    .join(' ');

/** Repeats keyed by target sentence index, in document order. A copy is justified by its own source:
 *  copies in distinct beads that have source text each translate something (the source repeats it, or
 *  two source sentences rightly share one translation); the copies beyond those are repeats. */
export const findRepeats = memo((a: Alignment): Map<number, Repeat> => {
  const beadOf = new Int32Array(a.target.sentences.length).fill(-1);
  a.beads.forEach((b, k) => {
    for (const j of b.target) beadOf[j] = k;
  });
  // Verbatim copies first (one hash look-up per sentence); then, per distinct text, a hash of the
  // normalised text (no string built); the normalised text itself only inside a hash group of two
  // or more distinct texts. Aligned files repeat segments: folding each distinct text once took
  // findRepeats from ~80 ms to ~30 ms on the 50k-line bench target.
  const byText = new Map<string, number[]>();
  for (const s of a.target.sentences) {
    const same = byText.get(s.text);
    if (same) same.push(s.index);
    else byText.set(s.text, [s.index]);
  }
  const byHash = new Map<number, string[]>();
  for (const text of byText.keys()) {
    const f = foldHash(text);
    if (f.chars < MIN_CHARS || f.words < MIN_WORDS) continue;
    // A label of a few words without a stop — a heading, a <summary>, a button — is reused on
    // purpose: Vue's French "Template Refs" heads three <details> blocks "Utilisation avant 3.5".
    if (f.words <= LABEL_WORDS && !hasFinalPunct(text)) continue;
    const g = byHash.get(f.hash);
    if (g) g.push(text);
    else byHash.set(f.hash, [text]);
  }
  const groups: number[][] = [];
  for (const texts of byHash.values()) {
    if (texts.length === 1) {
      const ids = byText.get(texts[0])!;
      if (ids.length > 1) groups.push(ids);
      continue;
    }
    const byKey = new Map<string, number[]>();
    for (const text of texts) {
      const key = normKey(text);
      let k = byKey.get(key);
      if (!k) byKey.set(key, (k = []));
      for (const j of byText.get(text)!) k.push(j); // a loop: a spread of 100k copies would overflow
    }
    // Copies in document order, as if grouped sentence by sentence.
    for (const k of byKey.values()) if (k.length > 1) groups.push(k.sort((x, y) => x - y));
  }
  // Runs of consecutive beads with no source (added text), numbered, with their sizes: a sentence
  // repeated inside a passage that is added as a whole is part of that addition, not a duplicate
  // (Vue's French "Computed Properties" has a section the English lacks, whose one sentence is
  // written twice on purpose, once per API style; the seed's title twice at the top, alone, is
  // still a duplicate).
  const runOf = new Int32Array(a.target.sentences.length).fill(-1);
  const runSize: number[] = [];
  let inRun = false;
  a.beads.forEach((b) => {
    if (b.source.length > 0 || b.target.length === 0) {
      if (b.source.length > 0) inRun = false;
      return;
    }
    if (!inRun) runSize.push(0);
    inRun = true;
    for (const j of b.target) runOf[j] = runSize.length - 1;
    runSize[runSize.length - 1] += b.target.length;
  });
  const out = new Map<number, Repeat>();
  for (const copies of groups) {
    if (copies.length < 2) continue;
    const kept: number[] = [];
    const seenBeads = new Set<number>();
    for (let c = 0; c < copies.length; c++) {
      const j = copies[c];
      const k = beadOf[j];
      if (k < 0 || a.beads[k].source.length === 0 || seenBeads.has(k)) continue;
      // A copy right after its twin translates nothing new, whatever source the aligner gave it,
      // unless that source repeats its twin's too: a Vietnamese talk with one sentence written
      // twice was aligned 1-1 through it (the sentence before had merged two source sentences),
      // each copy with a source sentence, and the duplicate went unreported.
      if (kept.length > 0 && kept[kept.length - 1] === j - 1 && !sameSource(a, beadOf[j - 1], k)) continue;
      seenBeads.add(k);
      kept.push(j);
    }
    if (kept.length === 0) kept.push(copies[0]);
    if (kept.length === copies.length) continue;
    let first = kept[0];
    for (const j of kept) if (j < first) first = j; // a loop: Math.min(...kept) overflowed the stack on 125,000 copies
    const keptSet = new Set(kept);
    const run = runOf[first];
    const inRunCopies = run >= 0 ? copies.filter((j) => runOf[j] === run).length : 0;
    for (const j of copies) {
      if (keptSet.has(j)) continue;
      if (run >= 0 && runOf[j] === run && runSize[run] > inRunCopies) continue;
      out.set(j, { sentence: j, first });
    }
  }
  return new Map([...out.entries()].sort((x, y) => x[0] - y[0]));
});
