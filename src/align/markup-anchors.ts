// Markup a translation keeps as written, as alignment anchors: identifiers in inline code
// (corpus/inline-codes.ts) and the targets of links. Markdown masks both out of the sentence text,
// so without them a sentence whose words are all translated has nothing verbatim left to pair by.
// opensource.guide's French "Starting a Project" keeps a cherry-pie analogy the English dropped,
// and lacks the English paragraph on "free software" that replaced it: the aligner paired that
// paragraph with the pie's last sentence, and its two links were reported "missing"; with links as
// anchors (theirs unmatched there) it stays unpaired: an omission, as it is.
import type { Document } from '../types/index.js';
import { codesBySentence } from '../corpus/inline-codes.js';

/** A link target as both versions write it: no scheme, "www.", language label or segment
 *  ("fr.wikipedia.org", "/fr/docs"), fragment (a localised page localises its section ids) or
 *  trailing slash. */
export function linkAnchor(url: string): string {
  let u = url.trim().replace(/^<|>$/g, '');
  const hash = u.indexOf('#');
  if (hash >= 0) u = u.slice(0, hash);
  u = u.replace(/^(?:https?:)?\/\//i, '').replace(/^www\./i, '');
  const parts = u.split('/').filter((p, k) => p !== '' && !(k > 0 && LANG_SEGMENT.test(p)) && !(k === 0 && p === '.'));
  if (parts.length > 0) parts[0] = parts[0].replace(/^[a-z]{2}(?:-[a-z]{2})?\.(?=[^.]+\.[^.]+)/i, '');
  return parts.join('/').toLowerCase();
}
const LANG_SEGMENT = /^[a-z]{2}(?:[-_][a-z]{2,4})?$/i;

/** Per sentence, what is kept verbatim in its markup: its inline identifiers, then "→" and each
 *  link's anchor (a link belongs to the sentence it starts in). */
export function markupAnchorsBySentence(doc: Document): Map<number, string[]> {
  const out = codesBySentence(doc);
  const s = doc.sentences;
  const links = [...(doc.markup?.links ?? [])].sort((a, b) => a.start - b.start);
  let i = 0;
  for (const link of links) {
    while (i < s.length && s[i].end <= link.start) i++;
    // A link opening its sentence starts at its "[", one character before the sentence's text.
    const at = i < s.length && s[i].start <= link.start + 1 && link.start < s[i].end ? i : -1;
    if (at < 0) continue;
    const key = linkAnchor(link.url);
    if (key === '') continue;
    const list = out.get(at);
    if (list) list.push(`→${key}`);
    else out.set(at, [`→${key}`]);
  }
  return out;
}
