// The CI gate: does any finding reach the --fail-on severity?
import type { Audit, Severity } from '../types/index.js';
import { severityRank } from '../types/index.js';

export function exceeds(audit: Audit, failOn: Severity | 'none'): boolean {
  if (failOn === 'none') return false;
  const bar = severityRank(failOn);
  return audit.documents.some((d) => d.targets.some((t) => t.findings.some((f) => severityRank(f.severity) >= bar)));
}
