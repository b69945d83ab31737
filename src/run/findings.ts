// Post-processing of check output as a chain of small steps (textlint's habit): resolve defaults
// and config overrides, place spans, fingerprint, dedupe, sort. Each step is pure.
import { createHash } from 'node:crypto';
import type { Check, Finding, FindingDraft, Lang, Range, Severity, Span } from '../types/index.js';
import type { CheckSetting } from './config.js';
import { placeRange } from './place.js';

export interface Frame {
  /** Segments of the version (sentences, or lines with --aligned), absolute ranges into the file. */
  segments: readonly Range[];
  text: string;
}

const normalise = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Stable across edits elsewhere in the file: check, language and normalised span texts, no offsets. */
export function fingerprint(check: string, lang: Lang, targetText: string, sourceText: string): string {
  return createHash('sha1')
    .update(`${check}\u0000${lang}\u0000${normalise(targetText)}\u0000${normalise(sourceText)}`)
    .digest('hex')
    .slice(0, 16);
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
  const t = placeRange(draft.target, target.segments, target.text);
  const s = placeRange(draft.source, source.segments, source.text);
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
  if (k <= MAX_PER_PLACE + 1) finding.fingerprint = fingerprint(finding.check, lang, t?.text ?? '', s?.text ?? '');
  if (draft.actual !== undefined) finding.actual = draft.actual;
  if (draft.expected !== undefined) finding.expected = draft.expected;
  if (draft.diff !== undefined) finding.diff = draft.diff;
  return finding;
}

const position = (f: Finding): [number, number, number] =>
  f.target ? [0, f.target.segments[0], f.target.start] : f.source ? [1, f.source.segments[0], f.source.start] : [2, 0, 0];

/** Document order (target position, then source position), then check id and message: deterministic. */
export function compareFindings(a: Finding, b: Finding): number {
  const pa = position(a);
  const pb = position(b);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
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

const withFingerprint = (f: Finding): Finding =>
  f.fingerprint === '' ? { ...f, fingerprint: fingerprint(f.check, f.lang, f.target?.text ?? '', f.source?.text ?? '') } : f;
