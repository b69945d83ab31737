// How reports show the source's change behind a `stale` finding (finding.diff): Markdown as
// ~~old~~ **new**, HTML as <del>/<ins> beside the stale translation. Only findings that carry a
// diff get any of this, so reports of runs without --since are unchanged.
import type { AuditTarget, DiffPart, Finding } from '../types/index.js';
import { escapeHtmlText, escapeMarkdown } from './escape.js';

/** Markdown emphasis must hug its text ("~~ 40~~" is not struck through): white space at either
 *  end of a changed piece goes outside the markers. */
function wrap(text: string, marker: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return m[2] === '' ? text : `${m[1]}${marker}${escapeMarkdown(m[2])}${marker}${m[3]}`;
}

/** "costs ~~40~~ **45** billion" */
export function diffMarkdown(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.op === 'equal' ? escapeMarkdown(p.text) : wrap(p.text, p.op === 'delete' ? '~~' : '**'))).join('');
}

/** "costs <del>40</del><ins>45</ins> billion", every piece escaped. */
export function diffHtml(parts: readonly DiffPart[]): string {
  return parts
    .map((p) => {
      const text = escapeHtmlText(p.text);
      return p.op === 'delete' ? `<del>${text}</del>` : p.op === 'insert' ? `<ins>${text}</ins>` : text;
    })
    .join('');
}

/** The line a Markdown finding item gets for its diff. */
export function diffMarkdownLine(f: Finding): string | null {
  return f.diff ? `  source change: ${diffMarkdown(f.diff)}` : null;
}

/** The block an HTML finding item gets for its diff. */
export function diffHtmlBlock(f: Finding): string {
  return f.diff ? `<div class="src-diff"><b>Source change:</b> ${diffHtml(f.diff)}</div>` : '';
}

/** Per target segment, the source changes to show right after it in the side-by-side table:
 *  after the last sentence of each stale finding's target span. */
export function diffsBeside(t: AuditTarget): Map<number, string> {
  const out = new Map<number, string>();
  for (const f of t.findings) {
    if (!f.diff || !f.target) continue;
    const at = f.target.segments[1];
    out.set(at, `${out.get(at) ?? ''}<span class="src-diff" title="How the source changed since this was translated">${diffHtml(f.diff)}</span>`);
  }
  return out;
}

/** Styles for the above; added to a page only when one of its findings has a diff. Deletions are
 *  struck through and insertions underlined, so colour is not the only cue. */
export const DIFF_CSS =
  '.src-diff{display:block;font-size:.85rem;margin-top:.15rem;padding:.1rem .3rem;border-left:3px solid #8a6d00;background:#fffbea}' +
  '.src-diff del{background:#fde2e1;text-decoration:line-through}' +
  '.src-diff ins{background:#dcf5dc;text-decoration:underline;font-weight:600}';

export const hasDiffs = (findings: Iterable<Finding>): boolean => {
  for (const f of findings) if (f.diff) return true;
  return false;
};
