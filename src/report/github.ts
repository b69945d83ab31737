// GitHub Actions, when tqc runs inside it: workflow annotation lines (`::error file=…,line=…::…`),
// which the runner turns into notes on the pull request's changed lines, and links from the
// Markdown summary to the exact line of a file at the commit checked.
import type { Audit, Finding } from '../types/index.js';
import { failing, worstFirst } from './format.js';
import { placeSpan } from './positions.js';

/** GitHub shows at most 10 errors and 10 warnings per step; a few more cost nothing. */
export const MAX_ANNOTATIONS = 50;

/** Workflow-command escaping (actions/toolkit, command.ts): data escapes % CR LF; property values
 *  also : and ,. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `https://github.com/owner/repo/blob/<sha>/` from the runner's variables, or undefined outside
 *  Actions (or when one is missing). */
export function githubBlobBase(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  if (!server || !repo || !sha) return undefined;
  return `${server.replace(/\/+$/, '')}/${repo}/blob/${sha}/`;
}

/** A link to a file (relative to the repository root), at a line: absolute paths get none. */
export function blobLink(base: string, path: string, line?: number): string | undefined {
  const p = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  if (p.startsWith('/') || /^[A-Za-z]:\//.test(p) || p.split('/').includes('..')) return undefined;
  return `${base}${p.split('/').map(encodeURIComponent).join('/')}${line ? `#L${line}` : ''}`;
}

/** One annotation line per finding, worst first, at most MAX_ANNOTATIONS: `error` for findings
 *  that fail the gate, `warning` for the others. */
export function annotations(audit: Audit): string {
  const all: { f: Finding; line: string }[] = [];
  for (const doc of audit.documents) {
    for (const t of doc.targets) {
      for (const f of t.findings) {
        const onTarget = Boolean(f.target) || !f.source;
        const version = onTarget ? t : doc.source;
        const span = onTarget ? f.target : f.source;
        const place = span ? placeSpan(version, span) : null;
        const props = [`file=${escapeProperty(version.path)}`];
        if (place?.start.line !== undefined) {
          props.push(`line=${place.start.line}`, `col=${place.start.column}`);
          if (place.end.line !== undefined) props.push(`endLine=${place.end.line}`);
        }
        props.push(`title=${escapeProperty(`tqc ${f.check} (${f.severity}, ${f.lang})`)}`);
        const level = failing(f, audit.failOn) ? 'error' : 'warning';
        all.push({ f, line: `::${level} ${props.join(',')}::${escapeData(f.message)}` });
      }
    }
  }
  return worstFirst(all, (x) => x.f)
    .slice(0, MAX_ANNOTATIONS)
    .map((x) => `${x.line}\n`)
    .join('');
}
