// Small shared pieces of every human-facing report: how severities, scores, coverage and
// languages are written, the order findings are listed in, and the check metadata a report shows.
import { CHECKS } from '../checks/index.js';
import type { AuditTarget, Finding, Lang, Severity } from '../types/index.js';
import { SEVERITIES, severityRank } from '../types/index.js';

/** Most serious first: the order reports list severities in. */
export const SEVERITIES_DESC: readonly Severity[] = [...SEVERITIES].reverse();

/** A shape per severity, so a reader never has to tell them apart by colour alone. */
export const SEVERITY_ICON: Record<Severity, string> = { critical: '✖', major: '▲', minor: '●' };

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "12.3" — MQM penalty points per 1,000 source words, one decimal. */
export const formatScore = (score: number): string => (Math.round(score * 10) / 10).toFixed(1);

/** "71.4 %" — share of source sentences with a counterpart. */
export const formatCoverage = (coverage: number): string => `${(Math.round(coverage * 1000) / 10).toFixed(1)} %`;

const NAMES: Record<string, string> = {
  de: 'German',
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  it: 'Italian',
  ja: 'Japanese',
  nl: 'Dutch',
  pt: 'Portuguese',
  ru: 'Russian',
  vi: 'Vietnamese',
  zh: 'Chinese',
};

/** "Vietnamese" for "vi"; the code itself for languages not in the table (no ICU dependency, so
 *  the output does not change with the Node build). */
/** The checks a finding absorbed (`alsoSeenBy`), each named once, in order, with what each said:
 *  a merge conflict holding two added sentences was "also seen by: addition, wrong-language,
 *  addition". The JSON keeps every entry. */
export function seenBy(f: Finding): { check: string; messages: string[] }[] {
  const out: { check: string; messages: string[] }[] = [];
  for (const a of f.alsoSeenBy ?? []) {
    const known = out.find((o) => o.check === a.check);
    if (known) known.messages.push(a.message);
    else out.push({ check: a.check, messages: [a.message] });
  }
  return out;
}

export const languageName = (lang: Lang): string => NAMES[lang] ?? lang;

export interface CheckInfo {
  id: string;
  description: string;
  category: string;
  severity: Severity;
}

/** The registry's checks, then (sorted) any check id an audit mentions that the registry lacks —
 *  an audit written by another tqc version still reports every finding. */
export function checksOf(findings: Iterable<Finding>): CheckInfo[] {
  const known = new Set(CHECKS.map((c) => c.id));
  const extra = new Map<string, Finding>();
  for (const f of findings) if (!known.has(f.check) && !extra.has(f.check)) extra.set(f.check, f);
  const list: CheckInfo[] = CHECKS.map((c) => ({ id: c.id, description: c.description, category: c.category, severity: c.severity }));
  for (const id of [...extra.keys()].sort()) {
    const f = extra.get(id)!;
    list.push({ id, description: id, category: f.category, severity: f.severity });
  }
  return list;
}

/** Findings count per check and severity. */
export function countByCheckAndSeverity(target: AuditTarget): Map<string, Record<Severity, number>> {
  const counts = new Map<string, Record<Severity, number>>();
  for (const f of target.findings) {
    let c = counts.get(f.check);
    if (!c) counts.set(f.check, (c = { minor: 0, major: 0, critical: 0 }));
    c[f.severity]++;
  }
  return counts;
}

/** Whether a finding reaches the audit's fail-on threshold. */
export function failing(f: Finding, failOn: Severity | 'none'): boolean {
  return failOn !== 'none' && severityRank(f.severity) >= severityRank(failOn);
}

/** A snippet label for a span: "sentence 15" / "sentences 15–27" / "line 4" (1-based). */
export function segmentLabel(segments: [number, number], aligned: boolean): string {
  const unit = aligned ? 'line' : 'sentence';
  const [a, b] = segments;
  return a === b ? `${unit} ${a + 1}` : `${unit}s ${a + 1}–${b + 1}`;
}

/** Worst first: severity, then the text the problem affects (a lost passage before a lost word),
 *  then the audit's own order. The order editors and pull-request readers want to work in. */
export function worstFirst<T>(items: readonly T[], finding: (t: T) => Finding): T[] {
  const keyed = items.map((t, i) => ({ t, i, f: finding(t) }));
  keyed.sort((a, b) => severityRank(b.f.severity) - severityRank(a.f.severity) || affected(b.f) - affected(a.f) || a.i - b.i);
  return keyed.map((k) => k.t);
}

/** Characters of the text a finding affects: the lost source text for an omission, a cut, a dropped
 *  number or name (as run/summary.ts's flaggedSpan), else the flagged target text. */
function affected(f: Finding): number {
  const missing = f.category === 'Accuracy/Omission' || f.category === 'Design and markup/Truncation' || (f.actual === undefined && f.expected !== undefined);
  return ((missing ? (f.source ?? f.target) : (f.target ?? f.source))?.text.length ?? 0);
}

/** A translation's worst severity as a rank (-1 when it has no finding). */
export const worstRank = (t: AuditTarget): number => SEVERITIES.reduce((worst, s, i) => (t.summary.counts.bySeverity[s] > 0 ? i : worst), -1);

/** Documents worst first: worst severity, then highest MQM score of any translation, then name. */
export function documentsWorstFirst<D extends { name: string; targets: AuditTarget[] }>(docs: readonly D[]): D[] {
  // reduce, not Math.max(...): a document may have many versions, and spreading arrays into
  // arguments has a size limit.
  const worst = (d: D) => d.targets.reduce((w, t) => Math.max(w, worstRank(t)), -1);
  const score = (d: D) => d.targets.reduce((m, t) => Math.max(m, t.summary.mqmScore), 0);
  return [...docs].sort((a, b) => worst(b) - worst(a) || score(b) - score(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** "sentence 15 of the Vietnamese" / "sentences 15–27 of the English source" — plain words for
 *  editors instead of "target sentence 15". */
export function plainSegmentLabel(segments: [number, number], aligned: boolean, lang: Lang, isSource: boolean): string {
  return `${segmentLabel(segments, aligned)} of the ${languageName(lang)}${isSource ? ' source' : ''}`;
}

/** A check's message in an editor's words: "target sentences 31–33: web page boilerplate" reads
 *  "sentences 31–33 of the French: web page boilerplate". */
export function plainMessage(message: string, targetLang: Lang): string {
  return message.replace(/\btarget (sentences? \d+(?:–\d+)?)/g, (_, what: string) => `${what} of the ${languageName(targetLang)}`);
}
