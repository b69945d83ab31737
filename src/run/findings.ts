// Post-processing of check output as a chain of small steps (textlint's habit): resolve defaults
// and config overrides, place spans, fingerprint, dedupe, sort. Each step is pure.
import { createHash } from 'node:crypto';
import type { Check, Finding, FindingDraft, Lang, Range, Severity, Span } from '../types/index.js';
import type { CheckSetting } from './config.js';
import { placeRange } from './place.js';
import { flaggedSpan } from './summary.js';

export interface Frame {
  /** Segments of the version (sentences, or lines with --aligned), absolute ranges into the file. */
  segments: readonly Range[];
  text: string;
  /** How a span of the file reads (a catalog's escapes decoded: Home Assistant's JSON writes every
   *  "é" as "\u00e9"); the raw slice when absent. */
  shown?: (raw: string) => string;
}

/** Case, Unicode form, white space and the punctuation around a span do not make another finding. */
const normalise = (s: string): string =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');

/** Stable across edits elsewhere in the file: check, language and normalised texts, no offsets. */
export function fingerprint(check: string, lang: Lang, flagged: string, counterpart: string): string {
  return createHash('sha1')
    .update(`${check}\u0000${lang}\u0000${normalise(flagged)}\u0000${normalise(counterpart)}`)
    .digest('hex')
    .slice(0, 16);
}

/** What a finding is about, not the sentence around it: the flagged text (`actual` when the check
 *  quotes a piece of the target) and its source counterpart (`expected`, else the source span). A
 *  dropped number or an omitted clause marks the whole target sentence only to say where: their
 *  key is what is missing. Keyed on the whole sentence, a baselined finding in Vietnamese came back
 *  when "tăng" became "đã tăng" elsewhere in that sentence. */
export function findingKey(f: Pick<Finding, 'check' | 'lang' | 'category' | 'target' | 'source' | 'actual' | 'expected'>): string {
  const target = f.target?.text ?? '';
  const flagged =
    f.actual !== undefined && f.actual !== '' && target.includes(f.actual)
      ? f.actual
      : f.actual === undefined && (f.expected !== undefined || f.category === 'Accuracy/Omission')
        ? ''
        : target;
  return fingerprint(f.check, f.lang, flagged, f.expected ?? f.source?.text ?? '');
}

/** Findings placed so far per target frame and place. Past MAX_PER_PLACE + 1 at one place,
 *  foldCrowds drops them, so their fingerprint — a hash of the whole span text, quadratic when
 *  thousands of findings quote one long sentence — is left empty, for foldCrowds to compute should
 *  it keep one after all (when dedupe dropped exact repeats before it). */
const placed = new WeakMap<Frame, Map<string, number>>();
const placeOf = (check: string, t: Span | null, s: Span | null): string => `${check}|${t?.segments}|${s?.segments}`;

export function resolveFinding(
  draft: FindingDraft,
  check: Check,
  setting: CheckSetting | undefined,
  lang: Lang,
  target: Frame,
  source: Frame,
): Finding {
  const severity: Severity = setting?.severity ?? draft.severity ?? check.severity;
  const t = placeRange(draft.target, target.segments, target.text, target.shown);
  const s = placeRange(draft.source, source.segments, source.text, source.shown);
  const finding: Finding = {
    check: draft.check || check.id,
    severity,
    category: draft.category ?? check.category,
    lang,
    message: draft.message,
    target: t,
    source: s,
    fingerprint: '',
  };
  let counts = placed.get(target);
  if (!counts) placed.set(target, (counts = new Map()));
  const key = placeOf(finding.check, t, s);
  const k = (counts.get(key) ?? 0) + 1;
  counts.set(key, k);
  if (draft.actual !== undefined) finding.actual = draft.actual;
  if (draft.expected !== undefined) finding.expected = draft.expected;
  if (draft.diff !== undefined) finding.diff = draft.diff;
  if (k <= MAX_PER_PLACE + 1) finding.fingerprint = findingKey(finding);
  return finding;
}

const position = (f: Finding): [number, number, number] =>
  f.target ? [0, f.target.segments[0], f.target.start] : f.source ? [1, f.source.segments[0], f.source.start] : [2, 0, 0];

/** Document order (target position, then source position), then check id and message: deterministic. */
export function compareFindings(a: Finding, b: Finding): number {
  const pa = position(a);
  const pb = position(b);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  // At one place of the target, in source order: two sentences the source gained there since the
  // translation was made (`stale`, --since) read as the source has them.
  if (a.check === b.check && a.target && b.target && a.source && b.source) {
    const d = a.source.segments[0] - b.source.segments[0] || a.source.start - b.source.start;
    if (d !== 0) return d;
  }
  if (a.check !== b.check) return a.check < b.check ? -1 : 1;
  if (a.message !== b.message) return a.message < b.message ? -1 : 1;
  return (a.target?.end ?? 0) - (b.target?.end ?? 0);
}

/** Drop exact repeats (same check, message and spans) that two beads may both report, and fold
 *  crowds (see foldCrowds). */
export function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return foldCrowds(
    findings.filter((f) => {
      const key = `${f.check}|${f.message}|${f.target?.segments}|${f.target?.start}|${f.target?.end}|${f.source?.segments}|${f.source?.start}|${f.source?.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  );
}

/** Findings of one check on the same segments beyond which the rest are folded into one. */
export const MAX_PER_PLACE = 50;

/** At most MAX_PER_PLACE findings of one check on the same target and source segments; the rest
 *  become one finding that counts them. Every finding carries the exact text of its spans, and a
 *  dropped number reports the whole target sentence: one 40k-character sentence "100 000 000 …"
 *  (one number in French, 10,000 in English) gave 10,000 findings each quoting it — a 400 MB JSON
 *  report, past V8's longest string a little further on. No real sentence comes near the limit. */
function foldCrowds(findings: Finding[]): Finding[] {
  const counts = new Map<string, number>();
  const place = (f: Finding) => placeOf(f.check, f.target, f.source);
  for (const f of findings) counts.set(place(f), (counts.get(place(f)) ?? 0) + 1);
  if (findings.length <= MAX_PER_PLACE || [...counts.values()].every((n) => n <= MAX_PER_PLACE)) return findings.map(withFingerprint);
  const kept = new Map<string, number>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = place(f);
    const k = (kept.get(key) ?? 0) + 1;
    kept.set(key, k);
    if (k <= MAX_PER_PLACE) out.push(f);
    else if (k === MAX_PER_PLACE + 1) {
      const rest = (counts.get(key) ?? 0) - MAX_PER_PLACE;
      const { actual: _a, expected: _e, ...summary } = f;
      out.push({ ...summary, message: `${rest} more ${f.check} findings on the same sentences, not listed one by one (the first: ${f.message})` });
    }
  }
  return out.map(withFingerprint);
}

const withFingerprint = (f: Finding): Finding => (f.fingerprint === '' ? { ...f, fingerprint: findingKey(f) } : f);

// ---- One problem, one finding ----------------------------------------------------------------

/** A finding with the absolute ranges its check reported, for telling which findings are about
 *  the same text. */
export interface Placed {
  finding: Finding;
  target: Range | null;
  source: Range | null;
}

/** Which check carries a problem several checks saw: the broadest finding — the one whose flagged
 *  text covers the others' — and among equals the most specific check, the one that says why the
 *  text is wrong (it stops early, is missing, is not in the source, is repeated, a name or number
 *  changed) before one that only says which language it is in. The French seed ends with the English
 *  comment form of the web page ("Leave a Reply / Your email address will not be published…"):
 *  `addition` flags the three sentences as page boilerplate (delete it, minor), `untranslated` and
 *  `wrong-language` parts of it as English — one problem, fixed by deleting. A paragraph left in
 *  English is a `wrong-language` paragraph, not the English-style "100,000" inside it. */
export const SPECIFICITY = ['truncation', 'omission', 'addition', 'duplicate', 'entity', 'number', 'wrong-language', 'untranslated'];
const rankOf = (check: string): number => {
  const i = SPECIFICITY.indexOf(check);
  return i < 0 ? SPECIFICITY.length : i;
};
const breadth = (f: Finding): number => flaggedSpan(f)?.text.length ?? 0;

/** Checks never merged with others: `stale` says the source changed since the translation was made —
 *  its history, not a reading of the text — so it stands beside what the text checks find there
 *  (an edit "120 → 135" is both stale and, for the number check, a changed number). */
const APART = new Set(['stale']);

/** Ranges overlap, or an empty one (text missing right here) stands inside or at an edge of the other. */
function overlap(a: Range, b: Range): boolean {
  if (a.start === a.end) return b.start <= a.start && a.start <= b.end;
  if (b.start === b.end) return a.start <= b.start && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}

/** Two findings are one problem when their spans overlap on one side and do not contradict on the
 *  other (both present and disjoint): "développeurs" and "through cash" in one Vietnamese sentence
 *  are two problems; a dropped "100" and the omission of the sentence holding it are one. */
function sameProblem(a: Placed, b: Placed): boolean {
  const t = a.target && b.target ? overlap(a.target, b.target) : null;
  const s = a.source && b.source ? overlap(a.source, b.source) : null;
  return (t === true || s === true) && t !== false && s !== false;
}

/** Findings with both spans compared with each new one per sweep, the most recent first. Findings
 *  of one problem come from different checks at one place, so a few suffice; a 40,000-character
 *  sentence of numbers gave thousands of findings on the same target sentence with distinct
 *  source numbers, and comparing each with all the others was quadratic. */
const RECENT = 64;

/** Union-find over findings, by a sweep of each side's ranges in order of start. On the target
 *  side a finding is compared with the open ones that have no source span (the only pairs that
 *  side decides alone) — and, when it has no source itself, with the recent open ones; the source
 *  side likewise. Pairs with both spans on both sides are decided on the source side. */
function groups(items: readonly Placed[]): number[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const union = (i: number, j: number) => {
    if (sameProblem(items[i], items[j])) parent[find(i)] = find(j);
  };
  for (const [side, other] of [
    ['target', 'source'],
    ['source', 'target'],
  ] as const) {
    const order = items.map((_, i) => i).filter((i) => items[i][side]).sort((i, j) => items[i][side]!.start - items[j][side]!.start || i - j);
    let alone: number[] = []; // open, without a span on the other side (additions, wrong-language paragraphs)
    let paired: number[] = []; // open, with both spans: the most recent RECENT only
    for (const i of order) {
      const start = items[i][side]!.start;
      const open = (j: number) => items[j][side]!.end >= start;
      alone = alone.filter(open);
      paired = paired.filter(open);
      for (const j of alone) union(i, j);
      const hasOther = items[i][other] !== null;
      if (!hasOther || side === 'source') for (const j of paired) union(i, j);
      if (hasOther) {
        paired.push(i);
        if (paired.length > RECENT) paired = paired.slice(-RECENT);
      } else alone.push(i);
    }
  }
  const byRoot = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = find(i);
    const g = byRoot.get(r);
    if (g) g.push(i);
    else byRoot.set(r, [i]);
  });
  return [...byRoot.values()];
}

/** One finding per problem: a critical one's if any, else the broadest (then most specific) one's,
 *  with the others named in `alsoSeenBy`. Its
 *  severity is that check's, so the same kind of text gets the same severity whichever checks saw
 *  it ("Source link" is a minor credit line, not also a major untranslated sentence). */
export function mergeProblems(findings: readonly Finding[], target: Frame, source: Frame): Finding[] {
  const abs = (span: Span | null, frame: Frame): Range | null =>
    span ? { start: frame.segments[span.segments[0]].start + span.start, end: frame.segments[span.segments[1]].start + span.end } : null;
  const kept = findings.filter((f) => APART.has(f.check));
  const items: Placed[] = findings.filter((f) => !APART.has(f.check)).map((f) => ({ finding: f, target: abs(f.target, target), source: abs(f.source, source) }));
  const out: Finding[] = [...kept];
  for (const g of groups(items)) {
    if (g.length === 1) {
      out.push(items[g[0]].finding);
      continue;
    }
    // A critical finding carries the group whatever its check: a file written in Vietnamese where
    // French was expected is one problem, not a changed number inside it.
    const critical = (f: Finding) => (f.severity === 'critical' ? 0 : 1);
    const members = g
      .map((i) => items[i].finding)
      .sort((a, b) => critical(a) - critical(b) || breadth(b) - breadth(a) || rankOf(a.check) - rankOf(b.check) || compareFindings(a, b));
    const [primary, ...others] = members;
    out.push({ ...primary, alsoSeenBy: others.map((f) => ({ check: f.check, severity: f.severity, message: f.message })) });
  }
  return out;
}
