// The aligner: features → first pass (length + anchors) → a lexicon learned from the confident
// beads of every document pair of the run → second pass. Works for any language pair: nothing
// here needs data about the languages (the lexicon is learned from the documents themselves).
import type { Alignment, Bead, Document } from '../types/index.js';
import { alignBanded } from './dp.js';
import { AnchorVocab, KIND_CODE, KIND_NUMBER, WordVocab, extractFeatures, type SideFeatures } from './features.js';
import { trainLexicon, type Lexicon, type TrainingPair } from './lexicon.js';
import { DEFAULT_TUNING, type AlignTuning } from './tuning.js';

export interface AlignOptions {
  sourceLang: string;
  targetLang: string;
  /** The second, lexical pass (default on). Off = length and anchors only. */
  lexical?: boolean;
  tuning?: Partial<AlignTuning>;
}

export interface AlignPair {
  source: readonly string[];
  target: readonly string[];
  sourceLang: string;
  targetLang: string;
}

export interface AlignManyOptions {
  lexical?: boolean;
  tuning?: Partial<AlignTuning>;
}

/** Target/source ratio in characters, from whole documents or from the beads of a first pass. */
function ratioOf(S: SideFeatures, T: SideFeatures, beads: readonly Bead[] | null): number {
  let ls = 0;
  let lt = 0;
  if (beads) {
    for (const b of beads) {
      if (b.source.length === 0 || b.target.length === 0) continue;
      for (const i of b.source) ls += S.len[i];
      for (const j of b.target) lt += T.len[j];
    }
  } else {
    for (let i = 0; i < S.n; i++) ls += S.len[i];
    for (let j = 0; j < T.n; j++) lt += T.len[j];
  }
  if (ls <= 0 || lt <= 0) return 1;
  return Math.min(5, Math.max(0.2, lt / ls));
}

/** Aligns several document pairs; pairs that share a language pair share one learned lexicon
 *  (training over all documents of a run beats training per document). */
export function alignMany(pairs: readonly AlignPair[], opts: AlignManyOptions = {}): Bead[][] {
  const tuning: AlignTuning = { ...DEFAULT_TUNING, ...opts.tuning };
  const lexical = opts.lexical ?? true;
  const anchors = new AnchorVocab();
  const vocabs = new Map<string, WordVocab>();
  const vocab = (lang: string) => {
    let v = vocabs.get(lang);
    if (!v) vocabs.set(lang, (v = new WordVocab()));
    return v;
  };
  // A source shared by several targets (tqc check with several translations) is read once.
  const cache = new Map<readonly string[], Map<string, SideFeatures>>();
  const features = (sentences: readonly string[], lang: string): SideFeatures => {
    let byLang = cache.get(sentences);
    if (!byLang) cache.set(sentences, (byLang = new Map()));
    let f = byLang.get(lang);
    if (!f) byLang.set(lang, (f = extractFeatures(sentences, lang, anchors, vocab(lang))));
    return f;
  };
  const feats = pairs.map((p) => ({ S: features(p.source, p.sourceLang), T: features(p.target, p.targetLang) }));
  const anchorKind = Uint8Array.from(anchors.kinds);
  const anchorWeight = new Float64Array(anchorKind.length);
  for (let k = 0; k < anchorKind.length; k++) {
    anchorWeight[k] = anchorKind[k] === KIND_NUMBER ? tuning.numberAnchor : anchorKind[k] === KIND_CODE ? tuning.codeAnchor : 1;
  }

  const first = feats.map(({ S, T }) =>
    alignBanded({ source: S, target: T, ratio: ratioOf(S, T, null), tuning, anchorWeight, anchorKind, lexicon: null }),
  );
  if (!lexical) return first;

  const groups = new Map<string, number[]>();
  pairs.forEach((p, k) => {
    const key = `${p.sourceLang}\u0000${p.targetLang}`;
    const g = groups.get(key);
    if (g) g.push(k);
    else groups.set(key, [k]);
  });
  const lexicons: (Lexicon | null)[] = new Array(pairs.length).fill(null);
  for (const members of groups.values()) {
    const p0 = pairs[members[0]];
    const training: TrainingPair[] = members.map((k) => ({ source: feats[k].S, target: feats[k].T, beads: first[k] }));
    const lex = trainLexicon(training, vocab(p0.sourceLang).size, vocab(p0.targetLang).size, tuning);
    for (const k of members) lexicons[k] = lex.linkTarget.length > 0 ? lex : null;
  }
  return feats.map(({ S, T }, k) =>
    alignBanded({ source: S, target: T, ratio: ratioOf(S, T, first[k]), tuning, anchorWeight, anchorKind, lexicon: lexicons[k] }),
  );
}

/** Aligns one source with one translation, both given as sentence lists. */
export function alignSentences(source: readonly string[], target: readonly string[], opts: AlignOptions): Bead[] {
  return alignMany([{ source, target, sourceLang: opts.sourceLang, targetLang: opts.targetLang }], {
    lexical: opts.lexical,
    tuning: opts.tuning,
  })[0];
}

/** Aligns two segmented documents (by `sentences[i].text`). */
export function alignDocuments(source: Document, target: Document, opts: Omit<AlignOptions, 'sourceLang' | 'targetLang'> = {}): Alignment {
  const beads = alignSentences(
    source.sentences.map((s) => s.text),
    target.sentences.map((s) => s.text),
    { ...opts, sourceLang: source.lang, targetLang: target.lang },
  );
  return { source, target, beads };
}
