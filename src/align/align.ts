// The aligner: features → a length-free pass whose confident beads give the length ratio → first
// pass (length + anchors) → a lexicon learned from its confident beads → second pass. Works for any
// language pair: nothing here needs data about the languages (the lexicon is learned from the
// documents themselves). The CLI and the audit align one document pair per call (alignDocuments):
// a document's alignment never depends on which other documents are in the run.
import type { Alignment, Bead, Document } from '../types/index.js';
import { alignBanded, type DpInput } from './dp.js';
import { AnchorVocab, KIND_CODE, KIND_NUMBER, PUNCT_CLASSES, URL_UNITS, WordVocab, extractFeatures, type SideFeatures } from './features.js';
import { CONFIDENT_COST, confidentIslands, enoughIslands, trainLexicon, type Lexicon, type TrainingPair } from './lexicon.js';
import { DEFAULT_TUNING, type AlignTuning } from './tuning.js';

export interface AlignOptions {
  sourceLang: string;
  targetLang: string;
  /** The second, lexical pass (default on). Off = length and anchors only. */
  lexical?: boolean;
  tuning?: Partial<AlignTuning>;
  sourceParagraphs?: ArrayLike<number>;
  targetParagraphs?: ArrayLike<number>;
  /** Known target/source length ratio (see AlignPair.ratio). */
  ratio?: number;
}

export interface AlignPair {
  source: readonly string[];
  target: readonly string[];
  sourceLang: string;
  targetLang: string;
  /** Paragraph index of each sentence, when known: a bead rarely crosses a paragraph break on one side only. */
  sourceParagraphs?: ArrayLike<number>;
  targetParagraphs?: ArrayLike<number>;
  /** Target/source length ratio known from elsewhere. --aligned input aligns each line pair alone:
   *  two or three sentences are too few to estimate it, the whole document is not. */
  ratio?: number;
}

export interface AlignManyOptions {
  lexical?: boolean;
  tuning?: Partial<AlignTuning>;
}

/** Paragraph indices are evidence only when a paragraph usually holds more than one sentence.
 *  With one sentence per line (`--sentences-per-line`, subtitles, a list of short lines) every
 *  sentence is its own paragraph: the paragraph-crossing penalty then fought every 1-2 and 2-1
 *  bead, and Text+Berg test fell from strict F1 0.862 to 0.752 through `tqc align`. */
export const MAX_BREAK_SHARE = 0.8;
function informative(paras: ArrayLike<number> | undefined): boolean {
  if (!paras || paras.length < 2) return false;
  let breaks = 0;
  for (let i = 1; i < paras.length; i++) if (paras[i] !== paras[i - 1]) breaks++;
  return breaks <= MAX_BREAK_SHARE * (paras.length - 1);
}

/** Target/source ratio in characters over whole documents. */
function documentRatio(S: SideFeatures, T: SideFeatures): number {
  let ls = 0;
  let lt = 0;
  for (let i = 0; i < S.n; i++) ls += S.len[i];
  for (let j = 0; j < T.n; j++) lt += T.len[j];
  return clampRatio(ls, lt);
}

function clampRatio(ls: number, lt: number): number {
  if (ls <= 0 || lt <= 0) return 1;
  return Math.min(5, Math.max(0.2, lt / ls));
}

/** Ratio over the beads the anchors vouch for (cost below `maxCost`), or null when too few.
 *  The whole-document ratio is wrong when a translation stops half-way: the Vietnamese seed
 *  covers 14 of the 27 English sentences, so its document ratio says Vietnamese is half as long. */
function confidentRatio(S: SideFeatures, T: SideFeatures, beads: readonly Bead[], maxCost: number): number | null {
  let ls = 0;
  let lt = 0;
  let count = 0;
  for (const b of beads) {
    if (b.source.length === 0 || b.target.length === 0 || (b.cost ?? 0) > maxCost) continue;
    if (b.target.some((j) => T.truncated[j] === 1)) continue;
    for (const i of b.source) ls += S.len[i];
    for (const j of b.target) lt += T.len[j];
    count++;
  }
  return count >= 3 ? clampRatio(ls, lt) : null;
}

/** Sentences of each side the length-free vouching pass reads. */
const VOUCH_PREFIX = 600;

/** The features of the first k sentences (views, no copy). */
function prefixFeatures(f: SideFeatures, k: number): SideFeatures {
  if (k >= f.n) return f;
  return {
    n: k,
    len: f.len.subarray(0, k),
    anchorOff: f.anchorOff.subarray(0, k + 1),
    anchorIds: f.anchorIds,
    numCount: f.numCount.subarray(0, k),
    verbatimCount: f.verbatimCount.subarray(0, k),
    punct: f.punct.subarray(0, k * PUNCT_CLASSES),
    tokOff: f.tokOff.subarray(0, k + 1),
    tokIds: f.tokIds,
    truncated: f.truncated.subarray(0, k),
    repeat: f.repeat.subarray(0, k),
  };
}

/** First pass; re-run with the ratio of its confident beads when that differs by over 15 %. */
function firstPass(S: SideFeatures, T: SideFeatures, base: Omit<DpInput, 'source' | 'target' | 'ratio' | 'lexicon'>, known?: number): { beads: Bead[]; ratio: number } {
  if (known !== undefined && known > 0) {
    const ratio = Math.min(5, Math.max(0.2, known));
    return { beads: alignBanded({ ...base, source: S, target: T, ratio, lexicon: null }), ratio };
  }
  // The ratio comes from the beads the anchors vouch for in a pass that ignores length: a
  // translation cut half-way has half the source's characters, and a first pass at that document
  // ratio merged its sentences two by two (Text+Berg test 006 cut: strict F1 0.05).
  // The first VOUCH_PREFIX sentences (of the longer side) are enough to measure a ratio, and keep
  // this extra pass cheap on long documents.
  // Proportional prefixes, so that the band's diagonal still fits the translation.
  const scale = Math.min(1, VOUCH_PREFIX / Math.max(S.n, T.n));
  const [Sp, Tp] = [prefixFeatures(S, Math.ceil(S.n * scale)), prefixFeatures(T, Math.ceil(T.n * scale))];
  const vouching = alignBanded({ ...base, tuning: { ...base.tuning, lengthWeight: 0 }, source: Sp, target: Tp, ratio: 1, lexicon: null });
  let ratio = confidentRatio(Sp, Tp, vouching, CONFIDENT_COST) ?? documentRatio(S, T);
  let beads = alignBanded({ ...base, source: S, target: T, ratio, lexicon: null });
  for (let round = 0; round < 2; round++) {
    const r = confidentRatio(S, T, beads, CONFIDENT_COST);
    if (r === null || Math.abs(Math.log(r / ratio)) < Math.log(1.15)) break;
    ratio = r;
    beads = alignBanded({ ...base, source: S, target: T, ratio, lexicon: null });
  }
  return { beads, ratio: confidentRatio(S, T, beads, CONFIDENT_COST) ?? ratio };
}

/** Aligns several document pairs; pairs that share a language pair share one learned lexicon.
 *  Pooling helps a little (Text+Berg test 0.876 pooled over 7 documents, 0.862 one by one), but the
 *  CLI does not pool: an audit must not depend on which documents share the run. */
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

  const verbatimUnits = new Float64Array(anchorKind.length);
  for (let k = 0; k < anchorKind.length; k++) verbatimUnits[k] = anchors.urlIds.has(k) ? URL_UNITS : 1;
  // Paragraph breaks count only when both sides have informative ones.
  const paras = (k: number) => {
    const { sourceParagraphs: sp, targetParagraphs: tp } = pairs[k];
    return informative(sp) && informative(tp) ? { sourceParagraphs: sp, targetParagraphs: tp } : {};
  };
  const passes = feats.map(({ S, T }, k) => firstPass(S, T, { tuning, anchorWeight, anchorKind, verbatimUnits, ...paras(k) }, pairs[k].ratio));
  const first = passes.map((p) => p.beads);
  if (!lexical) return first;

  const groups = new Map<string, number[]>();
  pairs.forEach((p, k) => {
    const key = `${p.sourceLang}\u0000${p.targetLang}`;
    const g = groups.get(key);
    if (g) g.push(k);
    else groups.set(key, [k]);
  });
  const lexicons: (Lexicon | null)[] = new Array(pairs.length).fill(null);
  for (const all of groups.values()) {
    // Only related documents teach a lexicon: on Text+Berg every test document has confident islands
    // for ≥ 3 % of its sentences, unrelated pairs have none. Without this, two unrelated 100k-sentence
    // documents ran a second full search to learn noise.
    const members = all.filter((k) => enoughIslands(confidentIslands(first[k]), feats[k].S.n, feats[k].T.n));
    if (members.length === 0) continue;
    const p0 = pairs[members[0]];
    const training: TrainingPair[] = members.map((k) => ({ source: feats[k].S, target: feats[k].T, beads: first[k] }));
    const lex = trainLexicon(training, vocab(p0.sourceLang).size, vocab(p0.targetLang).size, tuning);
    for (const k of members) lexicons[k] = lex.linkTarget.length > 0 ? lex : null;
  }
  // Without a lexicon the second pass would repeat the first (unrelated documents learn none).
  return feats.map(({ S, T }, k) =>
    lexicons[k] === null
      ? first[k]
      : alignBanded({ ...paras(k), source: S, target: T, ratio: passes[k].ratio, tuning, anchorWeight, anchorKind, verbatimUnits, lexicon: lexicons[k] }, first[k]),
  );
}

/** Aligns one source with one translation, both given as sentence lists. */
export function alignSentences(source: readonly string[], target: readonly string[], opts: AlignOptions): Bead[] {
  const { sourceLang, targetLang, sourceParagraphs, targetParagraphs, ratio } = opts;
  return alignMany([{ source, target, sourceLang, targetLang, sourceParagraphs, targetParagraphs, ratio }], {
    lexical: opts.lexical,
    tuning: opts.tuning,
  })[0];
}

/** Aligns two segmented documents (by `sentences[i].text`). */
export function alignDocuments(source: Document, target: Document, opts: Omit<AlignOptions, 'sourceLang' | 'targetLang'> = {}): Alignment {
  const beads = alignSentences(
    source.sentences.map((s) => s.text),
    target.sentences.map((s) => s.text),
    {
      ...opts,
      sourceLang: source.lang,
      targetLang: target.lang,
      sourceParagraphs: source.sentences.map((s) => s.paragraph),
      targetParagraphs: target.sentences.map((s) => s.paragraph),
    },
  );
  return { source, target, beads };
}
