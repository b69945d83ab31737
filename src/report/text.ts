// The readable report, the default on a terminal: per translation, its findings worst first, each
// as `file:line:column  severity  check  message` with the flagged text (ESLint's "stylish" shape).
// Plain text, no colour: it may go to a file. Control characters from documents are shown as `?`.
import type { Audit, AuditDocument, AuditTarget, Finding } from '../types/index.js';
import { clip } from './escape.js';
import { SEVERITY_ICON, documentsWorstFirst, formatCoverage, formatScore, languageName, plainMessage, seenBy, worstFirst, worstRank } from './format.js';
import { placeLabel, placeSpan } from './positions.js';

const printable = (s: string) => s.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
const oneLine = (s: string) => printable(s.replace(/\s*\n\s*/g, ' ⏎ '));

function where(doc: AuditDocument, t: AuditTarget, f: Finding): string {
  if (f.target) return placeLabel(t.path, placeSpan(t, f.target));
  if (f.source) return `${placeLabel(doc.source.path, placeSpan(doc.source, f.source))} (source)`;
  return t.path;
}

function findingLines(doc: AuditDocument, t: AuditTarget, f: Finding): string {
  const lines = [`  ${SEVERITY_ICON[f.severity]} ${f.severity.padEnd(8)} ${printable(where(doc, t, f))}  ${printable(f.check)}`, `      ${oneLine(clip(plainMessage(f.message, f.lang), 400))}`];
  if (f.target) lines.push(`      translation: “${oneLine(clip(f.target.text, 120))}”`);
  if (f.source) lines.push(`      source:      “${oneLine(clip(f.source.text, 120))}”`);
  if (f.alsoSeenBy?.length) lines.push(`      also seen by: ${seenBy(f).map((a) => printable(a.check)).join(', ')}`);
  return lines.join('\n');
}

export function text(audit: Audit): string {
  const out: string[] = [];
  for (const doc of documentsWorstFirst(audit.documents)) {
    const targets = [...doc.targets].sort((a, b) => worstRank(b) - worstRank(a) || b.summary.mqmScore - a.summary.mqmScore);
    for (const t of targets) {
      const n = t.findings.length;
      out.push(
        `${printable(doc.name)} — ${languageName(t.lang)} (${printable(t.path)}): ${n === 0 ? 'no findings' : `${n} finding${n === 1 ? '' : 's'}`} · MQM ${formatScore(t.summary.mqmScore)} · coverage ${formatCoverage(t.summary.coverage)}`,
      );
      for (const f of worstFirst(t.findings, (x) => x)) out.push(findingLines(doc, t, f));
      out.push('');
    }
  }
  return `${out.join("\n")}\n`;
}
