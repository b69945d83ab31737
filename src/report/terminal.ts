// The few lines tqc writes to stderr after a run: per target, the language, the counts by
// severity, the MQM score and the coverage, with a ✗ on targets that fail the gate. Colour only
// when the CLI asks for it (a TTY without NO_COLOR); the words carry the meaning either way.
import type { Audit, Severity } from '../types/index.js';
import { SEVERITY_ICON, SEVERITIES_DESC, failing, formatCoverage, formatScore } from './format.js';

const SGR: Record<Severity | 'bad' | 'good' | 'dim' | 'bold', string> = {
  critical: '\u001b[1;31m',
  major: '\u001b[33m',
  minor: '\u001b[36m',
  bad: '\u001b[31m',
  good: '\u001b[32m',
  dim: '\u001b[2m',
  bold: '\u001b[1m',
};
const RESET = '\u001b[0m';

/** Control characters in a path would let a file name drive the terminal: show them as `?`. */
const printable = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');

export interface SummaryOptions {
  color: boolean;
  /** Whether a --baseline was applied (then hidden findings are counted on every line). */
  baseline?: boolean;
}

/** The last line: the real outcome of the gate, in words. */
export function outcome(audit: Audit): string {
  const all = audit.documents.flatMap((d) => d.targets);
  const total = all.reduce((n, t) => n + t.summary.counts.total, 0);
  const counts = SEVERITIES_DESC.map((s) => `${all.reduce((n, t) => n + t.summary.counts.bySeverity[s], 0)} ${s}`).join(', ');
  if (audit.failOn === 'none') return `this audit never fails (--fail-on none): ${total === 0 ? 'no findings' : counts}`;
  const failingTargets = all.filter((t) => t.findings.some((f) => failing(f, audit.failOn)));
  if (failingTargets.length === 0) return `passed: no finding at ${audit.failOn} or above (${total === 0 ? 'no findings' : counts})`;
  return `failed: ${failingTargets.length} of ${all.length} translation${all.length === 1 ? '' : 's'} ha${failingTargets.length === 1 ? 's' : 've'} findings at ${audit.failOn} or above (${counts})`;
}

export function terminalSummary(audit: Audit, opts: SummaryOptions): string {
  const paint = (style: keyof typeof SGR, s: string) => (opts.color ? `${SGR[style]}${s}${RESET}` : s);
  const lines: string[] = [];
  let hidden = 0;
  for (const doc of audit.documents) {
    lines.push(paint('bold', `tqc ${printable(doc.name)}`) + paint('dim', `  source ${printable(doc.source.path)} (${doc.source.lang})`));
    const width = doc.targets.reduce((m, t) => Math.max(m, printable(t.path).length), 0);
    for (const t of doc.targets) {
      // The mark is the gate's verdict: ✗ fails it, ✓ passes it, and with --fail-on none nothing
      // is judged (a critical finding under a ✓ read as "fine").
      const bad = t.findings.some((f) => failing(f, audit.failOn));
      const mark = audit.failOn === 'none' ? paint('dim', '·') : bad ? paint('bad', '✗') : paint('good', '✓');
      const counts = SEVERITIES_DESC.map((s) => {
        const n = t.summary.counts.bySeverity[s];
        const text = `${SEVERITY_ICON[s]} ${String(n).padStart(3)} ${s}`;
        return n > 0 ? paint(s, text) : paint('dim', text);
      }).join('  ');
      const stats = `MQM ${formatScore(t.summary.mqmScore).padStart(6)}  coverage ${formatCoverage(t.summary.coverage).padStart(7)}`;
      const base = opts.baseline ? paint('dim', `  ${t.summary.baselined ?? 0} hidden by the baseline`) : '';
      hidden += t.summary.baselined ?? 0;
      lines.push(`  ${mark} ${printable(t.lang).padEnd(3)} ${printable(t.path).padEnd(width)}  ${counts}  ${stats}${base}`);
    }
  }
  const verdict = outcome(audit);
  const style = audit.failOn === 'none' ? 'dim' : verdict.startsWith('passed') ? 'good' : 'bad';
  lines.push(paint(style, verdict) + (opts.baseline ? paint('dim', ` · ${hidden} known finding${hidden === 1 ? '' : 's'} hidden by the baseline`) : ''));
  return `${lines.join('\n')}\n`;
}
