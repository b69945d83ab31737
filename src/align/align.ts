// The aligner: features → anchor points (anchors found once on each side) give the length ratio →
// first pass (length + anchors) → a lexicon learned from its confident beads → second pass. Works for any
// language pair: nothing here needs data about the languages (the lexicon is learned from the
// documents themselves). The CLI and the audit align one document pair per call (alignDocuments):
// a document's alignment never depends on which other documents are in the run.
import type { Alignment, Bead, Document } from '../types/index.js';
import { alignBanded, type DpInput } from './dp.js';
import { markupAnchorsBySentence, sharedPhraseCodes } from './markup-anchors.js';
import { increasingChain, linkStarts, sectionStarts } from './sections.js';
import { AnchorVocab, KIND_CODE, KIND_NUMBER, KIND_PREFIX, URL_UNITS, WordVocab, extractFeatures, isFurniture, type SideFeatures } from './features.js';
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
  /** The paragraphs are set apart by blank lines (see AlignPair.paragraphsMarked). */
  paragraphsMarked?: boolean;
  /** Known target/source length ratio (see AlignPair.ratio). */
  ratio?: number;
  /** Identifiers in inline code by sentence (see AlignPair.sourceCodes). */
  sourceCodes?: ReadonlyMap<number, readonly string[]>;
  targetCodes?: ReadonlyMap<number, readonly string[]>;
}

export interface AlignPair {
  source: readonly string[];
  target: readonly string[];
  sourceLang: string;
  targetLang: string;
  /** Paragraph index of each sentence, when known: a bead rarely crosses a paragraph break on one side only. */
  sourceParagraphs?: ArrayLike<number>;
  targetParagraphs?: ArrayLike<number>;
  /** Both sides set their paragraphs apart with blank lines: then a paragraph of one sentence is
   *  still a paragraph the writer made, and its breaks are evidence (see informative). */
  paragraphsMarked?: boolean;
  /** Target/source length ratio known from elsewhere. --aligned input aligns each line pair alone:
   *  two or three sentences are too few to estimate it, the whole document is not. */
  ratio?: number;
  /** Identifiers in inline code by sentence index: Markdown masks code out of the sentence text,
   *  but a translation keeps `messageCount` as written, so they are anchors (src/corpus/inline-codes.ts). */
  sourceCodes?: ReadonlyMap<number, readonly string[]>;
  targetCodes?: ReadonlyMap<number, readonly string[]>;
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

/** Whether most paragraph breaks of a plain-text document are blank lines: a news article of one
 *  sentence per paragraph, where the French seed-like "Partager sur Facebook Partager sur Twitter
 *  Copier le lien" after the last paragraph was merged 1-2 into it (the break-share rule above
 *  had set its paragraphs aside). One sentence per line with no blank line between (aligner
 *  benchmarks, --sentences-per-line) is not marked. */
function blankLineParagraphs(doc: Document): boolean {
  const ps = doc.paragraphs;
  if (doc.file.format !== 'text' || ps.length < 2) return false;
  let blank = 0;
  for (let k = 1; k < ps.length; k++) if (BLANK_LINE.test(doc.file.text.slice(ps[k - 1].end, ps[k].start))) blank++;
  return blank * 2 >= ps.length - 1;
}
const BLANK_LINE = /\n[ \t\f\v\u00a0]*\r?\n/;

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

/** Anchor points: sentence pairs that share an anchor found in exactly one sentence on each side
 *  ("Kingspitz", "4478", "GPT-5"), kept in document order (the longest chain that never crosses),
 *  as hunalign and Bertalign fix their anchors before aligning between them. */
export function anchorPoints(S: SideFeatures, T: SideFeatures, vocabulary: number): [number, number][] {
  const inS = new Int32Array(vocabulary).fill(-1);
  const inT = new Int32Array(vocabulary).fill(-1);
  const mark = (f: SideFeatures, at: Int32Array) => {
    for (let i = 0; i < f.n; i++) {
      for (let k = f.anchorOff[i]; k < f.anchorOff[i + 1]; k++) {
        const id = f.anchorIds[k];
        at[id] = at[id] === -1 ? i : -2; // -2: in several sentences
      }
    }
  };
  mark(S, inS);
  mark(T, inT);
  const pairs: [number, number][] = [];
  for (let id = 0; id < vocabulary; id++) if (inS[id] >= 0 && inT[id] >= 0) pairs.push([inS[id], inT[id]]);
  return increasingChain(pairs);
}

/** Fewer anchor points than this: the document ratio is all there is. */
const MIN_ANCHOR_POINTS = 5;

/** Target/source ratio from the anchor points (median of their sentence ratios), or null. A
 *  translation cut half-way has half the source's characters, so the document ratio says it runs
 *  half as long, and a first pass at that ratio merged its sentences two by two (Text+Berg test 006
 *  cut: strict F1 0.05); its anchor points all lie in the translated half. */
function anchorRatio(S: SideFeatures, T: SideFeatures, vocabulary: number): number | null {
  const points = anchorPoints(S, T, vocabulary);
  if (points.length < MIN_ANCHOR_POINTS) return null;
  const ratios = points.filter(([i, j]) => S.len[i] > 0 && T.len[j] > 0 && T.truncated[j] === 0).map(([i, j]) => T.len[j] / S.len[i]);
  if (ratios.length < MIN_ANCHOR_POINTS) return null;
  ratios.sort((x, y) => x - y);
  return Math.min(5, Math.max(0.2, ratios[ratios.length >> 1]));
}

/** Target/source ratio over the first min(n, m) sentences of each side, or null when either side
 *  has fewer than 2: what a translation cut at its end still shows (a page cut after its title and
 *  first sentence: at the document ratio, clamped to 0.2, the title took both English sentences). */
function prefixRatio(S: SideFeatures, T: SideFeatures): number | null {
  const k = Math.min(S.n, T.n);
  if (k < 2) return null;
  let ls = 0;
  let lt = 0;
  for (let i = 0; i < k; i++) ls += S.len[i];
  for (let j = 0; j < k; j++) lt += T.len[j];
  return clampRatio(ls, lt);
}

/** Sentences written identically on both sides, each the only one of its text on its side (see
 *  DpInput.twins), compared as written but for the white space around them; undefined when there
 *  are none. Texts with a letter, at most TWIN_MAX characters: headings, labels, names. */
function twins(source: readonly string[], target: readonly string[]): Int32Array | undefined {
  const key = (t: string): string | null => {
    const k = t.trim();
    return k.length >= 3 && k.length <= TWIN_MAX && HAS_LETTER.test(k) ? k : null;
  };
  // -1: seen twice on that side.
  const inTarget = new Map<string, number>();
  target.forEach((t, j) => {
    const k = key(t);
    if (k !== null) inTarget.set(k, inTarget.has(k) ? -1 : j);
  });
  if (inTarget.size === 0) return undefined;
  const inSource = new Map<string, number>();
  source.forEach((t, i) => {
    const k = key(t);
    if (k !== null && inTarget.has(k)) inSource.set(k, inSource.has(k) ? -1 : i);
  });
  let out: Int32Array | undefined;
  for (const [k, i] of inSource) {
    const j = inTarget.get(k)!;
    if (i < 0 || j < 0) continue;
    out ??= new Int32Array(source.length).fill(-1);
    out[i] = j;
  }
  return out;
}
const TWIN_MAX = 200;
const HAS_LETTER = /\p{L}/u;

function totalCost(beads: readonly Bead[]): number {
  let c = 0;
  for (const b of beads) c += b.cost ?? 0;
  return c;
}

/** First pass; re-run with the ratio of its confident beads when that differs by over 15 %. */
function firstPass(S: SideFeatures, T: SideFeatures, base: Omit<DpInput, 'source' | 'target' | 'ratio' | 'lexicon'>, known?: number): { beads: Bead[]; ratio: number } {
  if (known !== undefined && known > 0) {
    const ratio = Math.min(5, Math.max(0.2, known));
    return { beads: alignBanded({ ...base, source: S, target: T, ratio, lexicon: null }), ratio };
  }
  const anchored = anchorRatio(S, T, base.anchorKind.length);
  let ratio = anchored ?? documentRatio(S, T);
  let beads = alignBanded({ ...base, source: S, target: T, ratio, lexicon: null });
  // Too few anchor points to vouch for a ratio (a short page): the document ratio of a translation
  // that stops half-way says it runs half as long, and the pass merges its sentences two by two
  // (React's "Updating Arrays in State" cut after half its French blocks: [1, 2]:[1], []:[2]). The
  // ratio over the first sentences of both sides does not see a cut; the cheaper path of the two wins.
  if (anchored === null) {
    const prefix = prefixRatio(S, T);
    if (prefix !== null && Math.abs(Math.log(prefix / ratio)) >= Math.log(1.15)) {
      const other = alignBanded({ ...base, source: S, target: T, ratio: prefix, lexicon: null });
      if (totalCost(other) < totalCost(beads)) {
        ratio = prefix;
        beads = other;
      }
    }
  }
  for (let round = 0; round < 2; round++) {
    const r = confidentRatio(S, T, beads, CONFIDENT_COST);
    if (r === null || Math.abs(Math.log(r / ratio)) < Math.log(1.15)) break;
    ratio = r;
    beads = alignBanded({ ...base, source: S, target: T, ratio, lexicon: null }, beads);
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
  const features = (sentences: readonly string[], lang: string, codes: ReadonlyMap<number, readonly string[]> | undefined): SideFeatures => {
    let byLang = cache.get(sentences);
    if (!byLang) cache.set(sentences, (byLang = new Map()));
    let f = byLang.get(lang);
    if (!f) byLang.set(lang, (f = extractFeatures(sentences, lang, anchors, vocab(lang), codes)));
    return f;
  };
  const feats = pairs.map((p) => ({ S: features(p.source, p.sourceLang, p.sourceCodes), T: features(p.target, p.targetLang, p.targetCodes) }));
  const anchorKind = Uint8Array.from(anchors.kinds);
  const anchorWeight = new Float64Array(anchorKind.length);
  for (let k = 0; k < anchorKind.length; k++) {
    anchorWeight[k] = anchorKind[k] === KIND_NUMBER ? tuning.numberAnchor : anchorKind[k] === KIND_CODE ? tuning.codeAnchor : 1;
  }

  const verbatimUnits = new Float64Array(anchorKind.length);
  for (let k = 0; k < anchorKind.length; k++) verbatimUnits[k] = anchors.urlIds.has(k) ? URL_UNITS : 1;
  // Paragraph breaks count only when both sides have informative ones.
  const paras = (k: number) => {
    const { sourceParagraphs: sp, targetParagraphs: tp, paragraphsMarked } = pairs[k];
    if (paragraphsMarked && sp && tp) return { sourceParagraphs: sp, targetParagraphs: tp, paragraphsMarked: true };
    return informative(sp) && informative(tp) ? { sourceParagraphs: sp, targetParagraphs: tp } : {};
  };
  const twinsOf = pairs.map((p) => twins(p.source, p.target));
  const weights = feats.map(({ S, T }) => pairWeights(S, T, anchorWeight, anchorKind, tuning.oneSidedAnchor));
  const passes = feats.map(({ S, T }, k) => firstPass(S, T, { tuning, anchorWeight, opportunityWeight: weights[k], anchorKind, verbatimUnits, ...paras(k), twins: twinsOf[k] }, pairs[k].ratio));
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
  return feats.map(({ S, T }, k) => {
    const lexicon = lexicons[k];
    if (lexicon === null) return first[k];
    const beads = alignBanded({ ...paras(k), twins: twinsOf[k], source: S, target: T, ratio: passes[k].ratio, tuning, anchorWeight, opportunityWeight: weights[k], anchorKind, verbatimUnits, lexicon }, first[k]);
    evidence.set(beads, { lexicon, source: { tokOff: S.tokOff, tokIds: S.tokIds }, target: { tokOff: T.tokOff, tokIds: T.tokIds } });
    return beads;
  });
}

/** The weights a bead's missed anchors are counted with in the likelihood ratio, for one document
 *  pair (the Dice share keeps the shared weights): a prefix found on one side only can be shared by
 *  no bead, so it is no evidence for or against any — yet counted in full, it made every bead look
 *  like a bad match. English and Vietnamese share few 4-letter prefixes: a correct 2-1 bead of the
 *  talk "Before I die" had 19 anchors a side and none shared, and lost to a Vietnamese sentence
 *  left unmatched beside a bead that shared the one spurious "that" (from "thật"). Weighted
 *  `oneSided` (0.5) rather than dropped: 0 did no better on dev. Undefined: the shared weights. */
function pairWeights(S: SideFeatures, T: SideFeatures, base: Float64Array, kinds: Uint8Array, oneSided: number): Float64Array | undefined {
  if (oneSided === 1) return undefined;
  const seen = new Uint8Array(base.length);
  for (let k = 0; k < S.anchorIds.length; k++) seen[S.anchorIds[k]] |= 1;
  for (let k = 0; k < T.anchorIds.length; k++) seen[T.anchorIds[k]] |= 2;
  const out = Float64Array.from(base);
  for (let id = 0; id < out.length; id++) if (seen[id] !== 3 && kinds[id] === KIND_PREFIX) out[id] *= oneSided;
  return out;
}

/** What the lexical pass knew about one alignment: the lexicon learned from the document pair and
 *  the word ids of each sentence. Kept (by the beads array) for the checks that judge sentences
 *  the alignment left unmatched (checks/shared/coverage.ts: a moved passage); ~8 bytes a word. */
export interface LexicalEvidence {
  lexicon: Lexicon;
  source: Pick<SideFeatures, 'tokOff' | 'tokIds'>;
  target: Pick<SideFeatures, 'tokOff' | 'tokIds'>;
}
const evidence = new WeakMap<readonly Bead[], LexicalEvidence>();

/** The lexical evidence behind `beads`, when they came from a lexical pass. */
export const lexicalEvidence = (beads: readonly Bead[]): LexicalEvidence | undefined => evidence.get(beads);

/** How much of two passages the learned lexicon links to each other: the mean of the share of the
 *  target words it can explain that some source word of the passage links to, and the same share
 *  seen from the source. A passage and its translation share many links; two passages of the same
 *  page on the same subject share some (the page's vocabulary: "component" ↔ "composant"), so the
 *  figure means something only against other passages (see movedSentences). */
export class LexicalCover {
  private readonly marks: Int32Array;
  private readonly present: Int32Array;
  private stamp = 0;
  constructor(private readonly ev: LexicalEvidence) {
    this.marks = new Int32Array(ev.lexicon.targetVocab);
    this.present = new Int32Array(ev.lexicon.targetVocab);
  }
  score(sourceIds: readonly number[], targetIds: readonly number[]): number {
    const { lexicon: L, source: S, target: T } = this.ev;
    const st = ++this.stamp;
    // Target words linked from the source passage, and target words present in the target passage.
    for (const i of sourceIds) {
      for (let k = S.tokOff[i]; k < S.tokOff[i + 1]; k++) {
        const w = S.tokIds[k];
        if (w >= L.sourceVocab) continue;
        for (let x = L.linkOff[w]; x < L.linkOff[w + 1]; x++) this.marks[L.linkTarget[x]] = st;
      }
    }
    let tExplainable = 0;
    let tHit = 0;
    for (const j of targetIds) {
      for (let k = T.tokOff[j]; k < T.tokOff[j + 1]; k++) {
        const w = T.tokIds[k];
        if (w >= L.targetVocab) continue;
        this.present[w] = st;
        if (L.targetLinked[w] === 0) continue;
        tExplainable++;
        if (this.marks[w] === st) tHit++;
      }
    }
    let sExplainable = 0;
    let sHit = 0;
    for (const i of sourceIds) {
      for (let k = S.tokOff[i]; k < S.tokOff[i + 1]; k++) {
        const w = S.tokIds[k];
        if (w >= L.sourceVocab || L.linkOff[w] === L.linkOff[w + 1]) continue;
        sExplainable++;
        for (let x = L.linkOff[w]; x < L.linkOff[w + 1]; x++) {
          if (this.present[L.linkTarget[x]] === st) {
            sHit++;
            break;
          }
        }
      }
    }
    return ((tExplainable > 0 ? tHit / tExplainable : 0) + (sExplainable > 0 ? sHit / sExplainable : 0)) / 2;
  }
}

/** Aligns one source with one translation, both given as sentence lists. */
export function alignSentences(source: readonly string[], target: readonly string[], opts: AlignOptions): Bead[] {
  const { sourceLang, targetLang, sourceParagraphs, targetParagraphs, paragraphsMarked, ratio, sourceCodes, targetCodes } = opts;
  return alignMany([{ source, target, sourceLang, targetLang, sourceParagraphs, targetParagraphs, paragraphsMarked, ratio, sourceCodes, targetCodes }], {
    lexical: opts.lexical,
    tuning: opts.tuning,
  })[0];
}

/** Two segmented documents as a pair to align: their sentences' texts, languages and paragraphs. */
export function documentPair(source: Document, target: Document): AlignPair {
  return {
    source: source.sentences.map((s) => s.text),
    target: target.sentences.map((s) => s.text),
    sourceLang: source.lang,
    targetLang: target.lang,
    sourceParagraphs: source.sentences.map((s) => s.paragraph),
    targetParagraphs: target.sentences.map((s) => s.paragraph),
  };
}

/** Aligns two segmented documents (by `sentences[i].text`). */
export function alignDocuments(source: Document, target: Document, opts: Omit<AlignOptions, 'sourceLang' | 'targetLang'> = {}): Alignment {
  const whole: AlignPair = {
    ...documentPair(source, target),
    paragraphsMarked: blankLineParagraphs(source) && blankLineParagraphs(target),
    ratio: opts.ratio,
    ...markupAnchors(source, target),
  };
  const many = { lexical: opts.lexical, tuning: opts.tuning };
  const beads = alignMany([whole], many)[0];
  // Sections both versions mark with the same heading id are fixed points (sections.ts), and so,
  // where the search read the translation as ending early, are paragraphs opened by a shared link
  // (fixedPoints). Where the search started no bead at one, the sections on either side of it are
  // aligned again, each on its own, at the whole document's length ratio; the rest keeps the beads found.
  const starts = fixedPoints(source, target, whole, beads);
  if (starts.length === 0) return { source, target, beads };
  const kept = beadStarts(beads);
  if (starts.every(([i, j]) => kept.has(key(i, j)))) return { source, target, beads };
  const ratio = opts.ratio ?? pairedRatio(whole, beads);
  const cuts: [number, number][] = [[0, 0], ...starts.filter(([i, j]) => i > 0 || j > 0), [whole.source.length, whole.target.length]];
  const respected = (c: [number, number]) => (c[0] === 0 && c[1] === 0) || (c[0] === whole.source.length && c[1] === whole.target.length) || kept.has(key(c[0], c[1]));
  const parts: { s0: number; s1: number; t0: number; t1: number; redo: boolean }[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [s0, t0] = cuts[k];
    const [s1, t1] = cuts[k + 1];
    parts.push({ s0, s1, t0, t1, redo: !(respected(cuts[k]) && respected(cuts[k + 1])) });
  }
  const redo = parts.filter((p) => p.redo && p.s1 > p.s0 && p.t1 > p.t0);
  const aligned = alignMany(redo.map((p) => slicePair(whole, p.s0, p.s1, p.t0, p.t1, ratio)), many);
  // The beads found, by section (a bead belongs to the section its first sentence is in).
  const found: Bead[][] = parts.map(() => []);
  const sectionOf = (x: number, side: 's0' | 't0') => {
    let lo = 0;
    let hi = parts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (parts[mid][side] <= x) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const b of beads) found[b.source.length > 0 ? sectionOf(b.source[0], 's0') : sectionOf(b.target[0], 't0')].push(b);
  const out: Bead[] = [];
  let next = 0;
  for (const [k, p] of parts.entries()) {
    if (!p.redo) {
      // Both ends kept: the beads found partition the section already.
      for (const b of found[k]) out.push(b);
    } else if (p.s1 === p.s0 || p.t1 === p.t0) {
      for (let i = p.s0; i < p.s1; i++) out.push({ source: [i], target: [] });
      for (let j = p.t0; j < p.t1; j++) out.push({ source: [], target: [j] });
    } else {
      for (const b of aligned[next++]) out.push({ ...b, source: b.source.map((i) => i + p.s0), target: b.target.map((j) => j + p.t0) });
    }
  }
  return { source, target, beads: out };
}

/** The fixed points of sections.ts: shared heading ids, in one increasing chain; and where the
 *  search found that the translation stops early, paragraphs opened by a shared link inside the
 *  source's unmatched tail (a heading's pair wins where both name one sentence). Only there: a
 *  link is weaker evidence than a heading id — pages translated from an older English link the
 *  same target from paragraphs that no longer correspond (MDN's French "Using promises"). */
function fixedPoints(source: Document, target: Document, whole: AlignPair, beads: readonly Bead[]): [number, number][] {
  const headings = sectionStarts(source, target);
  const cut = unmatchedTail(beads);
  if (cut < 0 || !whole.sourceCodes || !whole.targetCodes) return headings;
  const links = linkStarts(source, target, { source: whole.sourceCodes, target: whole.targetCodes }).filter(([i]) => i >= cut);
  if (links.length === 0) return headings;
  // The title line right before such a paragraph on both sides is its title's translation: the
  // German "Konfigurationsreferenz" of "Configuration Reference", not of the lost section's
  // "Environment Variables" (the same cost either way, by length, for the search).
  const titled: [number, number][] = [];
  for (const [i, j] of links) if (i > 0 && j > 0 && titleLine(source, i - 1) && titleLine(target, j - 1)) titled.push([i - 1, j - 1]);
  const all = headings.concat(links, titled);
  const taken = new Set(headings.map(([i]) => i));
  const takenT = new Set(headings.map(([, j]) => j));
  return increasingChain(all.filter(([i, j], k) => k < headings.length || (!taken.has(i) && !takenT.has(j))));
}

/** The first source sentence of the run of 1-0 beads that ends the alignment after the last
 *  translated sentence (the search's "the translation ends here"), or -1. */
function unmatchedTail(beads: readonly Bead[]): number {
  let k = beads.length;
  while (k > 0 && beads[k - 1].target.length === 0) k--;
  if (k === beads.length || k === 0) return -1;
  for (let x = k; x < beads.length; x++) if (beads[x].source.length > 0) return beads[x].source[0];
  return -1;
}

/** A sentence that is a paragraph of its own, short and unpunctuated: a heading, a label. */
function titleLine(doc: Document, i: number): boolean {
  const s = doc.sentences;
  const own = (i === 0 || s[i - 1].paragraph !== s[i].paragraph) && (i + 1 === s.length || s[i + 1].paragraph !== s[i].paragraph);
  return own && isFurniture(s[i].text);
}

const key = (i: number, j: number): string => `${i}:${j}`;

/** Where beads pairing text start: "source:target". */
function beadStarts(beads: readonly Bead[]): Set<string> {
  const out = new Set<string>();
  for (const b of beads) if (b.source.length > 0 && b.target.length > 0) out.add(key(b.source[0], b.target[0]));
  return out;
}

/** Target/source length ratio over the beads that pair text. */
function pairedRatio(pair: AlignPair, beads: readonly Bead[]): number | undefined {
  let s = 0;
  let t = 0;
  for (const b of beads) {
    if (b.source.length === 0 || b.target.length === 0) continue;
    for (const i of b.source) s += pair.source[i].length;
    for (const j of b.target) t += pair.target[j].length;
  }
  return s > 0 && t > 0 ? t / s : undefined;
}

/** Source sentences [s0, s1) and target sentences [t0, t1) of `pair`, as a pair of their own. */
function slicePair(pair: AlignPair, s0: number, s1: number, t0: number, t1: number, ratio: number | undefined): AlignPair {
  const codes = (m: ReadonlyMap<number, readonly string[]> | undefined, a: number, b: number) => {
    if (!m) return undefined;
    const out = new Map<number, readonly string[]>();
    for (const [i, list] of m) if (i >= a && i < b) out.set(i - a, list);
    return out;
  };
  const slice = (xs: ArrayLike<number> | undefined, a: number, b: number) => (xs ? Array.prototype.slice.call(xs, a, b) as number[] : undefined);
  return {
    source: pair.source.slice(s0, s1),
    target: pair.target.slice(t0, t1),
    sourceLang: pair.sourceLang,
    targetLang: pair.targetLang,
    sourceParagraphs: slice(pair.sourceParagraphs, s0, s1),
    targetParagraphs: slice(pair.targetParagraphs, t0, t1),
    paragraphsMarked: pair.paragraphsMarked,
    ratio,
    sourceCodes: codes(pair.sourceCodes, s0, s1),
    targetCodes: codes(pair.targetCodes, t0, t1),
  };
}

/** Inline code and links to anchor by, when both versions have some. (Heading ids are no such
 *  soft anchor: a shared one is a fixed point, see sections.ts.) */
function markupAnchors(source: Document, target: Document): Pick<AlignOptions, 'sourceCodes' | 'targetCodes'> {
  const has = (doc: Document) => (doc.markup?.codes?.length ?? 0) > 0 || (doc.markup?.links.length ?? 0) > 0;
  if (!has(source) || !has(target)) return {};
  const langs = [source.lang, target.lang];
  const phrases = sharedPhraseCodes(source, target);
  return { sourceCodes: markupAnchorsBySentence(source, langs, phrases), targetCodes: markupAnchorsBySentence(target, langs, phrases) };
}
