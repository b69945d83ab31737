// The audit of one document set: read → segment → align → checks → findings → summary.
// Everything here is deterministic: same files and options, same audit.
import { alignDocuments, alignSentences, multiAlign } from '../align/index.js';
import { CHECKS } from '../checks/index.js';
import { isSpaceCode } from '../corpus/chars.js';
import type {
  Alignment,
  AuditDocument,
  AuditDocumentVersion,
  AuditTarget,
  Bead,
  Check,
  CheckContext,
  Document,
  Finding,
  FindingDraft,
  PreviousSource,
  Range,
  Sentence,
} from '../types/index.js';
import { InputError } from '../types/index.js';
import type { Config } from './config.js';
import { alignThroughPrevious } from './compose.js';
import { compareFindings, dedupe, mergeProblems, resolveFinding, type Frame } from './findings.js';
import { lineRanges } from './place.js';
import { sentencesLength } from '../checks/shared/text.js';
import { NOT_FOR_CATALOGS, keyOf, unitAlignment, withKeys } from '../catalog/set.js';
import { shownCatalogText } from '../catalog/shown.js';
import { summarise } from './summary.js';

export interface DocumentSet {
  name: string;
  source: Document;
  targets: Document[];
  /** Pre-aligned input: line i of each target translates line i of the source. */
  aligned: boolean;
  /** Per target, the source it was translated from (--since, --previous-source): see run/since.ts. */
  previous?: (PreviousSource | undefined)[];
  /** Catalogs: beads made by key (src/catalog/set.ts), one list per target; no aligner runs. */
  beads?: Bead[][];
}

/** Length ratio target/source in characters (Vietnamese and French run longer than English), over
 *  the 1-1 beads when there are any: merged beads may hide a dropped sentence, and counting them
 *  would make the ratio look shorter than the translation really runs. */
export function lengthRatio(source: Document, target: Document, beads: readonly Bead[]): number {
  const over = (keep: (b: Bead) => boolean): [number, number, number] => {
    let s = 0;
    let t = 0;
    let n = 0;
    for (const b of beads) {
      if (b.source.length === 0 || b.target.length === 0 || !keep(b)) continue;
      s += sentencesLength(source, b.source);
      t += sentencesLength(target, b.target);
      n++;
    }
    return [s, t, n];
  };
  let [s, t, n] = over((b) => b.source.length === 1 && b.target.length === 1);
  if (n === 0) [s, t] = over(() => true);
  return s > 0 && t > 0 ? t / s : 1;
}

/** Sentences grouped by the line they start on: the segment frame of --aligned input. */
function sentencesByLine(doc: Document, lines: readonly Range[]): number[][] {
  const groups: number[][] = lines.map(() => []);
  let line = 0;
  for (const s of doc.sentences) {
    while (line < lines.length - 1 && s.start >= lines[line + 1].start) line++;
    groups[line].push(s.index);
  }
  return groups;
}

/** Two or three sentences a side whose lengths pair off one by one, each within a factor of 1.6 of
 *  the document's ratio ("… from 2019. (ref 17)" / "… par rapport à 2019. (réf. 17)"): the 1-1
 *  beads are what the aligner would find, without its search (feature extraction and banded tables
 *  for every line: 5.7 s of a 12 s run on 50,000 such lines). Anything less clear-cut is searched. */
function diagonalFits(source: Document, target: Document, s: readonly number[], t: readonly number[], ratio: number | undefined): boolean {
  const r = ratio ?? 1;
  for (let k = 0; k < s.length; k++) {
    const a = source.sentences[s[k]].text.length * r;
    const b = target.sentences[t[k]].text.length;
    // Short pieces ("(ref 17)") swing widely in proportion: judged on a floor of 20 characters.
    const x = Math.max(a, 20);
    const y = Math.max(b, 20);
    if (x > y * DIAGONAL_SLACK || y > x * DIAGONAL_SLACK) return false;
  }
  return true;
}
const DIAGONAL_SLACK = 1.6;

/** --aligned: align inside each line pair, so a sentence dropped from a 3-sentence segment is still found. */
function alignByLine(source: Document, target: Document, srcLines: readonly Range[], tgtLines: readonly Range[]): Alignment {
  if (srcLines.length !== tgtLines.length) {
    throw new InputError(
      target.file.path,
      `--aligned input has ${tgtLines.length} lines but the source ${source.file.path} has ${srcLines.length}`,
    );
  }
  const src = sentencesByLine(source, srcLines);
  const tgt = sentencesByLine(target, tgtLines);
  const beads: Bead[] = [];
  const segmentOf: number[] = [];
  const texts = (doc: Document, ids: number[]) => ids.map((i) => doc.sentences[i].text);
  // Two or three sentences are too few to estimate the length ratio (a dropped sentence looks
  // like a merge): take it from every line pair of the document.
  let sourceChars = 0;
  let targetChars = 0;
  for (let line = 0; line < src.length; line++) {
    if (src[line].length === 0 || tgt[line].length === 0) continue;
    sourceChars += srcLines[line].end - srcLines[line].start;
    targetChars += tgtLines[line].end - tgtLines[line].start;
  }
  const ratio = sourceChars > 0 && targetChars > 0 ? targetChars / sourceChars : undefined;
  for (let line = 0; line < src.length; line++) {
    const s = src[line];
    const t = tgt[line];
    if (s.length === 0 && t.length === 0) continue;
    if (s.length === 1 && t.length === 1) beads.push({ source: s, target: t });
    else if (s.length === t.length && s.length <= 3 && diagonalFits(source, target, s, t, ratio)) {
      for (let k = 0; k < s.length; k++) beads.push({ source: [s[k]], target: [t[k]] });
    } else if (s.length === 0 || t.length === 0) {
      for (const i of s) beads.push({ source: [i], target: [] });
      for (const j of t) beads.push({ source: [], target: [j] });
    } else {
      const local = alignSentences(texts(source, s), texts(target, t), { sourceLang: source.lang, targetLang: target.lang, ratio, lexical: false });
      for (const b of local) beads.push({ source: b.source.map((k) => s[k]), target: b.target.map((k) => t[k]) });
    }
    while (segmentOf.length < beads.length) segmentOf.push(line);
  }
  return { source, target, beads, segmentOf };
}

/** Line ranges of a document, computed once: an --aligned run needs them for alignment, segment
 *  frames and line/column numbers (four scans of each 5 MB file before: ~70 ms on 50k lines). */
const linesCache = new WeakMap<Document, Range[]>();
function linesOf(doc: Document): Range[] {
  let lines = linesCache.get(doc);
  if (!lines) linesCache.set(doc, (lines = lineRanges(doc.file.text)));
  return lines;
}

function version(doc: Document, segments: readonly Range[], paragraphOf: (r: Range, i: number) => number): AuditDocumentVersion {
  const lines = linesOf(doc);
  let line = 0;
  // A segment that is exactly a sentence (an --aligned line of one sentence) reuses its string
  // (plain text only: a Markdown sentence holds the masked text).
  // HTML too: its masked text has spaces where the tags were ("pendant   24 heures   avant"), which
  // reads better in every report than the raw tags; Markdown keeps its raw text, which the HTML
  // report renders (**bold**, [links]).
  // A catalog shows its values as the file has them ("{count, plural, one {# item} …} in your
  // cart"), not with the placeholders blanked for the checks ("item items in your cart").
  const plain = !doc.units && (doc.file.format === 'text' || doc.file.format === 'html');
  let si = 0;
  const textOf = (r: Range): string => {
    while (si < doc.sentences.length && doc.sentences[si].start < r.start) si++;
    const s = doc.sentences[si];
    return plain && s && s.start === r.start && s.end === r.end ? s.text : doc.file.text.slice(r.start, r.end);
  };
  return {
    lang: doc.lang,
    path: doc.file.path,
    encoding: doc.file.encoding,
    sentences: segments.map((r, i) => {
      // Segments are in file order, so the line pointer only moves forward: linear overall.
      while (line < lines.length - 1 && lines[line + 1].start <= r.start) line++;
      const column = lines.length > 0 ? r.start - lines[line].start + 1 : 1;
      // Keys in the JSON report's order: its reporter then writes these objects without copying them.
      const fields = { start: r.start, end: r.end, line: line + 1, column, paragraph: paragraphOf(r, i), text: textOf(r) };
      // A catalog's segment is a unit: its key goes with it (the HTML report's rows are keyed).
      const key = doc.units ? keyOf(doc, i) : undefined;
      return key === undefined ? fields : { key, ...fields };
    }),
  };
}

const sentenceFrame = (doc: Document): Frame => {
  const shown = doc.units ? shownCatalogText(doc.file.path) : undefined;
  return shown ? { segments: doc.sentences, text: doc.file.text, shown } : { segments: doc.sentences, text: doc.file.text };
};

/** The checks that run on a set's translations, in CHECKS order (which the findings' order relies on). */
export function enabledChecks(set: DocumentSet, config: Config): Check[] {
  return CHECKS.filter((c) => {
    if (set.beads && NOT_FOR_CATALOGS.has(c.id)) return false;
    const setting = config.checks[c.id];
    return setting ? setting.enabled : c.enabled !== false;
  });
}

/** What every check of target `k` sees. */
export function checkContext(set: DocumentSet, alignment: Alignment, k: number, config: Config, previous?: PreviousSource): CheckContext {
  const { source, targets } = set;
  return {
    alignment: set.beads ? unitAlignment(alignment) : alignment,
    others: targets.filter((_, j) => j !== k),
    lengthRatio: lengthRatio(source, alignment.target, alignment.beads),
    allowlist: config.allowlist,
    glossary: config.glossary,
    previous,
    termbase: config.termbase,
    maxLength: config.maxLength,
  };
}

/** A catalog's alignments: its beads by key, no aligner. */
export const catalogAlignments = (set: DocumentSet & { beads: Bead[][] }): Alignment[] => set.targets.map((t, k) => ({ source: set.source, target: t, beads: set.beads[k] }));

/** Checks run elsewhere (cli/offload.ts): `has` names them, `take` gives their drafts for target
 *  `k` (waiting for them if need be), or undefined — then the check runs here. */
export interface Precomputed {
  has(checkId: string): boolean;
  take(k: number, checkId: string): FindingDraft[] | undefined;
}

/** One alignment per translation: by key (catalogs), line by line (--aligned), or exactly `tqc
 *  align`'s — a document's audit never depends on which other documents are in the run (sharding,
 *  --changed-since and caching rely on it). */
export function alignmentsOf(set: DocumentSet): Alignment[] {
  const { source, targets } = set;
  if (set.beads) return catalogAlignments(set as DocumentSet & { beads: Bead[][] });
  if (set.aligned) {
    const srcLines = linesOf(source);
    return targets.map((t) => alignByLine(source, t, srcLines, linesOf(t)));
  }
  return targets.map((t) => alignDocuments(source, t));
}

export function auditDocumentSet(set: DocumentSet, config: Config, precomputed?: Precomputed): AuditDocument {
  const { source, targets } = set;
  let alignments = alignmentsOf(set);
  // --since: the alignment to the source the translation was made from, carried over its edits.
  let previous = set.previous;
  if (previous && !set.aligned && !set.beads) {
    const carried = alignThroughPrevious(source, targets, previous, alignments.map((a) => a.beads));
    alignments = alignments.map((a, k) => ({ ...a, beads: carried.beads[k] }));
    previous = carried.previous;
  }

  // Segment frames: lines for --aligned input, sentences otherwise.
  const srcSegments: readonly Range[] = set.aligned ? linesOf(source) : source.sentences;
  const srcFrame: Frame = set.aligned ? { segments: srcSegments, text: source.file.text } : sentenceFrame(source);
  const keys = versionKeys(targets);

  const auditTargets: AuditTarget[] = alignments.map((alignment, k) => {
    const target = alignment.target;
    const ctx = checkContext(set, alignment, k, config, previous?.[k]);
    const tgtSegments: readonly Range[] = set.aligned ? linesOf(target) : target.sentences;
    const tgtFrame: Frame = set.aligned ? { segments: tgtSegments, text: target.file.text } : sentenceFrame(target);
    let findings: Finding[] = [];
    const checks = enabledChecks(set, config);
    // This thread's checks first; the drafts of checks run elsewhere are waited for only after
    // them. Checks are pure functions of the context: the order they run in changes nothing, the
    // order their drafts are resolved in (CHECKS order) is kept.
    const drafts = checks.map((check) => (precomputed?.has(check.id) ? undefined : check.run(ctx)));
    checks.forEach((check, i) => {
      const setting = config.checks[check.id];
      for (const draft of drafts[i] ?? precomputed?.take(k, check.id) ?? check.run(ctx)) findings.push(resolveFinding(draft, check, setting, target.lang, tgtFrame, srcFrame));
    });
    // A catalog's units are separate strings with their own checks (placeholders, punctuation): not merged.
    findings = (set.beads ? dedupe(findings) : mergeProblems(dedupe(findings), tgtFrame, srcFrame)).sort(compareFindings);
    if (set.beads) findings = withKeys(findings, source, target);
    const beads = set.aligned ? lineBeads(srcSegments, source.file.text, tgtSegments, target.file.text) : alignment.beads.map((b) => ({ source: b.source, target: b.target }));
    return {
      ...version(target, tgtSegments, (r, i) => (set.aligned ? i : (r as Sentence).paragraph)),
      beads,
      findings,
      // Coverage counts the audit's own segments: lines with --aligned, sentences otherwise.
      summary: summarise({ source, target, beads, findings, mqm: config.mqm }),
    };
  });

  const rows = multiAlign(
    srcSegments.length,
    auditTargets.map((t, k) => ({ key: keys[k], beads: t.beads })),
  );
  return {
    name: set.name,
    aligned: set.aligned,
    source: version(source, srcSegments, (r, i) => (set.aligned ? i : (r as Sentence).paragraph)),
    targets: auditTargets,
    rows,
  };
}

/** --aligned: line i ↔ line i; an empty target line is a missing translation (1-0). */
function lineBeads(srcLines: readonly Range[], sourceText: string, tgtLines: readonly Range[], targetText: string): Bead[] {
  // A scan to the first character trim() would keep (white space or U+FEFF), not a slice and a
  // trim per line.
  const blank = (r: Range | undefined, text: string) => {
    if (!r) return true;
    for (let i = r.start; i < r.end; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0xfeff && !isSpaceCode(c)) return false;
    }
    return true;
  };
  return srcLines.map((r, i) => ({
    source: [i],
    target: blank(tgtLines[i], targetText) && !blank(r, sourceText) ? [] : [i],
  }));
}

/** Keys of the versions in rows: the language, or the path when two targets share a language. */
export function versionKeys(targets: readonly Document[]): string[] {
  return targets.map((t) => (targets.filter((o) => o.lang === t.lang).length > 1 ? t.file.path : t.lang));
}

