// Per-target summary: counts by check and severity, an MQM-style score and coverage.
// MQM (ISO 5060) scores sum penalty points per severity and normalise per 1,000 words of the
// evaluated text; we normalise by the source's words so versions of one document compare.
import type { Bead, Document, Finding, Severity, Span, TargetSummary } from '../types/index.js';
import { SEVERITIES } from '../types/index.js';

/** Words = runs of letters, marks or digits (\p{L}\p{M}\p{N}, whole code points); "H100" and
 *  "GPT-5" count like words. A hand-written linear scan over a per-code-unit table: the regular
 *  expression's match arrays were ~90 MB of garbage on a 50,000-sentence source. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const wordTable = new Uint8Array(0x10000); // 0 = not yet known, 1 = word character, 2 = not
function isWordUnit(c: number): boolean {
  let v = wordTable[c];
  if (v === 0) v = wordTable[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let word: boolean;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      word = WORD_CHAR.test(text.slice(i, i + 2)); // an astral code point
      i++;
    } else word = (c & 0xf800) !== 0xd800 && isWordUnit(c); // a lone surrogate is no word character
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}

/** Words of a document, counted once per document (every target's summary needs its source's) and
 *  once per distinct sentence text (aligned files repeat segments). */
const documentWords = new WeakMap<Document, number>();
function wordsOf(doc: Document): number {
  let n = documentWords.get(doc);
  if (n === undefined) {
    const byText = new Map<string, number>();
    n = 0;
    for (const s of doc.sentences) {
      let w = byText.get(s.text);
      if (w === undefined) byText.set(s.text, (w = countWords(s.text)));
      n += w;
    }
    documentWords.set(doc, n);
  }
  return n;
}

/** Words a problem counts as one error for: about a sentence. MQM counts errors, and a page left
 *  entirely in English is not one error: it counts once per WORDS_PER_ERROR words it affects, so it
 *  scores far worse than a good translation with a few doubtful kept terms. */
export const WORDS_PER_ERROR = 15;

/** The text a finding is about: the source text that went missing for an omission, a truncation
 *  or a dropped number or name (`expected` with no `actual`: their target span only says where —
 *  the Vietnamese seed lost 13 sentences after "Tuần…"), else the flagged target text, else the
 *  source span. */
export function flaggedSpan(f: Finding): Span | null {
  const missing = f.category === 'Accuracy/Omission' || f.category === 'Design and markup/Truncation' || (f.actual === undefined && f.expected !== undefined);
  return missing ? (f.source ?? f.target) : (f.target ?? f.source);
}

/** Words a finding affects (see flaggedSpan). */
export function affectedWords(f: Finding): number {
  const span = flaggedSpan(f);
  return span ? countWords(span.text) : 0;
}

/** A finding's weight in the score: its severity’s points per sentence-sized share (WORDS_PER_ERROR words) of
 *  the text it affects (at least once). */
export const penaltyOf = (f: Finding, mqm: Record<Severity, number>): number =>
  // A passage placed elsewhere (`moved`) is one error however long it is: its words are all there.
  f.category === 'Design and markup/Layout' ? mqm[f.severity] : mqm[f.severity] * Math.max(1, affectedWords(f) / WORDS_PER_ERROR);

/** Counts and MQM score of a list of findings (also used after a baseline removed some). Each
 *  finding is one problem (checks that saw the same text are folded into it as `alsoSeenBy`). */
export function tally(findings: readonly Finding[], mqm: Record<Severity, number>, sourceWords: number): Pick<TargetSummary, 'counts' | 'mqmScore'> {
  const byCheck: Record<string, number> = {};
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let penalty = 0;
  for (const f of findings) {
    byCheck[f.check] = (byCheck[f.check] ?? 0) + 1;
    bySeverity[f.severity]++;
    penalty += penaltyOf(f, mqm);
  }
  const sortedByCheck = Object.fromEntries(Object.entries(byCheck).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    counts: { byCheck: sortedByCheck, bySeverity, total: findings.length },
    mqmScore: sourceWords > 0 ? Math.round((penalty * 1000 * 100) / sourceWords) / 100 : 0,
  };
}

export function summarise(args: {
  source: Document;
  target: Document;
  beads: readonly Bead[];
  findings: readonly Finding[];
  mqm: Record<Severity, number>;
}): TargetSummary {
  const { source, target, beads, findings, mqm } = args;
  const words = wordsOf(source);
  // Source sentences of a passage the translator moved are translated, only elsewhere.
  const elsewhere = new Set<number>();
  for (const f of findings) if (f.check === 'moved' && f.source) for (let i = f.source.segments[0]; i <= f.source.segments[1]; i++) elsewhere.add(i);
  let covered = 0;
  let total = 0;
  for (const b of beads) {
    total += b.source.length;
    if (b.target.length > 0) covered += b.source.length;
    else for (const i of b.source) if (elsewhere.has(i)) covered++;
  }
  return {
    lang: target.lang,
    path: target.file.path,
    ...tally(findings, mqm, words),
    sourceWords: words,
    coverage: total > 0 ? Math.round((covered / total) * 10000) / 10000 : 1,
  };
}
