// Per-target summary: counts by check and severity, an MQM-style score and coverage.
// MQM (ISO 5060) scores sum penalty points per severity and normalise per 1,000 words of the
// evaluated text; we normalise by the source's words so versions of one document compare.
import type { Bead, Document, Finding, Severity, TargetSummary } from '../types/index.js';
import { SEVERITIES } from '../types/index.js';

/** Words = runs of letters or digits; "H100" and "GPT-5" count like words. Linear scan. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

/** Counts and MQM score of a list of findings (also used after a baseline removed some). */
export function tally(findings: readonly Finding[], mqm: Record<Severity, number>, sourceWords: number): Pick<TargetSummary, 'counts' | 'mqmScore'> {
  const byCheck: Record<string, number> = {};
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let penalty = 0;
  for (const f of findings) {
    byCheck[f.check] = (byCheck[f.check] ?? 0) + 1;
    bySeverity[f.severity]++;
    penalty += mqm[f.severity];
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
  const words = source.sentences.reduce((n, s) => n + countWords(s.text), 0);
  let covered = 0;
  let total = 0;
  for (const b of beads) {
    total += b.source.length;
    if (b.target.length > 0) covered += b.source.length;
  }
  return {
    lang: target.lang,
    path: target.file.path,
    ...tally(findings, mqm, words),
    sourceWords: words,
    coverage: total > 0 ? Math.round((covered / total) * 10000) / 10000 : 1,
  };
}
