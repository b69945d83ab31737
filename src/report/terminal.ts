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

export function terminalSummary(audit: Audit, opts: { color: boolean }): string {
  const paint = (style: keyof typeof SGR, s: string) => (opts.color ? `${SGR[style]}${s}${RESET}` : s);
  const lines: string[] = [];
  for (const doc of audit.documents) {
    lines.push(paint('bold', `tqc ${printable(doc.name)}`) + paint('dim', `  source ${printable(doc.source.path)} (${doc.source.lang})`));
    const width = doc.targets.reduce((m, t) => Math.max(m, printable(t.path).length), 0);
    for (const t of doc.targets) {
      const bad = t.findings.some((f) => failing(f, audit.failOn));
      const mark = bad ? paint('bad', '✗') : paint('good', '✓');
      const counts = SEVERITIES_DESC.map((s) => {
        const n = t.summary.counts.bySeverity[s];
        const text = `${SEVERITY_ICON[s]} ${String(n).padStart(3)} ${s}`;
        return n > 0 ? paint(s, text) : paint('dim', text);
      }).join('  ');
      const stats = `MQM ${formatScore(t.summary.mqmScore).padStart(6)}  coverage ${formatCoverage(t.summary.coverage).padStart(7)}`;
      lines.push(`  ${mark} ${printable(t.lang).padEnd(3)} ${printable(t.path).padEnd(width)}  ${counts}  ${stats}`);
    }
  }
  if (audit.failOn !== 'none') lines.push(paint('dim', `fails on ${audit.failOn} and above`));
  return `${lines.join('\n')}\n`;
}
