// JUnit XML for CI dashboards (Jenkins, GitLab, Azure): one <testsuite> per document and target
// language, one <testcase> per check of the registry. A check fails when it has findings at or
// above the audit's fail-on severity; findings below it are listed in <system-out>, so they are
// seen without turning the build red.
import type { Audit, AuditDocument, AuditTarget, Finding } from '../types/index.js';
import { escapeXml, escapeXmlText } from './escape.js';
import { checksOf, failing, segmentLabel } from './format.js';
import { placeLabel, placeSpan } from './positions.js';

function line(doc: AuditDocument, t: AuditTarget, f: Finding): string {
  const where = f.target ? placeLabel(t.path, placeSpan(t, f.target)) : f.source ? placeLabel(doc.source.path, placeSpan(doc.source, f.source)) : t.path;
  const parts = [`[${f.severity}] ${where}${f.key !== undefined ? ` [key ${f.key}]` : ''}: ${f.message}`];
  if (f.target) parts.push(`  target (${segmentLabel(f.target.segments, doc.aligned)}): ${f.target.text}`);
  if (f.source) parts.push(`  source (${segmentLabel(f.source.segments, doc.aligned)}): ${f.source.text}`);
  return parts.join('\n');
}

export function junit(audit: Audit): string {
  const checks = checksOf(audit.documents.flatMap((d) => d.targets.flatMap((t) => t.findings)));
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const doc of audit.documents) {
    for (const t of doc.targets) {
      const suiteName = `${doc.name} [${t.lang}]`;
      const cases: string[] = [];
      let suiteFailures = 0;
      for (const c of checks) {
        const mine = t.findings.filter((f) => f.check === c.id);
        const bad = mine.filter((f) => failing(f, audit.failOn));
        const rest = mine.filter((f) => !failing(f, audit.failOn));
        let body = '';
        if (bad.length) {
          suiteFailures++;
          const message = `${bad.length} finding${bad.length === 1 ? '' : 's'} at or above ${audit.failOn}`;
          body += `\n      <failure message="${escapeXml(message)}" type="${escapeXml(c.id)}">${escapeXmlText(bad.map((f) => line(doc, t, f)).join('\n'))}</failure>`;
        }
        if (rest.length) body += `\n      <system-out>${escapeXmlText(rest.map((f) => line(doc, t, f)).join('\n'))}</system-out>`;
        const open = `    <testcase classname="${escapeXml(`tqc.${t.lang}`)}" name="${escapeXml(c.id)}" file="${escapeXml(t.path)}"`;
        cases.push(body ? `${open}>${body}\n    </testcase>` : `${open}/>`);
      }
      tests += checks.length;
      failures += suiteFailures;
      suites.push(
        `  <testsuite name="${escapeXml(suiteName)}" tests="${checks.length}" failures="${suiteFailures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`,
      );
    }
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="tqc" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}
