// What a report says about the documents a run left out (--changed-since): "12 documents
// unchanged since origin/main were not checked." Nothing when the run checked everything.
import type { Audit } from '../types/index.js';
import { codeSpan } from './escape.js';

export function unchangedNoteMarkdown(audit: Audit): string {
  const u = audit.unchanged;
  if (!u) return '';
  const n = u.documents;
  return `_${n} document${n === 1 ? '' : 's'} unchanged since ${codeSpan(u.since)} ${n === 1 ? 'was' : 'were'} skipped (\`--changed-since\`)._\n\n`;
}
