// The source revision a translation says it was made from. MDN's translated pages (mdn/translated-
// content, ten languages) carry it in their front matter:
//
//   ---
//   title: Array.prototype.reduce()
//   slug: Web/JavaScript/Reference/Global_Objects/Array/reduce
//   l10n:
//     sourceCommit: cd22b9f18cf2450c0cc488379b8b780f0f343397
//   ---
//
// — a commit of the English repository (mdn/content), which is not the translation's repository:
// the translation's own last commit says nothing there. So a bare --since reads the source at the
// commit the translation declares, when it declares one, and at the translation's last commit
// otherwise. Read with the `yaml` package (loaded only then), never by pattern.
import { lib as yaml } from '../vendor/yaml.js';
import type { SourceFile } from '../types/index.js';

/** Front matter longer than this is not looked into (a page's front matter is a few lines). */
const MAX_FRONT_MATTER = 64 * 1024;
const COMMIT_ID = /^[0-9a-f]{7,64}$/i;

export interface DeclaredSource {
  commit: string;
  /** Where it was written, for messages: "l10n.sourceCommit". */
  key: string;
}

/** The YAML between a first line "---" and the next line "---" (or "..."), or null. */
function frontMatter(text: string): string | null {
  if (!text.startsWith('---')) return null;
  const first = text.indexOf('\n');
  if (first < 0 || text.slice(3, first).trim() !== '') return null;
  let at = first + 1;
  while (at < text.length && at <= MAX_FRONT_MATTER) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end).trimEnd();
    if (line === '---' || line === '...') return text.slice(first + 1, at);
    at = end + 1;
  }
  return null;
}

/** The source commit a Markdown translation's front matter names (`l10n.sourceCommit`, or a
 *  top-level `sourceCommit`), or null: no front matter, no such key, a value that is no commit id,
 *  or front matter YAML cannot read (the page is still checked; the usual rule applies). */
export function declaredSourceCommit(file: Pick<SourceFile, 'text' | 'format'>): DeclaredSource | null {
  if (file.format !== 'markdown' && file.format !== 'mdx') return null;
  const block = frontMatter(file.text);
  if (block === null) return null;
  let data: unknown;
  try {
    const doc = yaml().parseDocument(block, { uniqueKeys: false });
    if (doc.errors.length > 0) return null;
    data = doc.toJS();
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  const l10n = record.l10n;
  const nested = typeof l10n === 'object' && l10n !== null ? (l10n as Record<string, unknown>).sourceCommit : undefined;
  if (typeof nested === 'string' && COMMIT_ID.test(nested.trim())) return { commit: nested.trim(), key: 'l10n.sourceCommit' };
  const top = record.sourceCommit;
  if (typeof top === 'string' && COMMIT_ID.test(top.trim())) return { commit: top.trim(), key: 'sourceCommit' };
  return null;
}
