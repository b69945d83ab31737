// Markup a translation keeps as written, as alignment anchors: identifiers in inline code
// (corpus/inline-codes.ts) and the targets of links. Markdown masks both out of the sentence text,
// so without them a sentence whose words are all translated has nothing verbatim left to pair by.
// opensource.guide's French "Starting a Project" keeps a cherry-pie analogy the English dropped,
// and lacks the English paragraph on "free software" that replaced it: the aligner paired that
// paragraph with the pie's last sentence, and its two links were reported "missing"; with links as
// anchors (theirs unmatched there) it stays unpaired: an omission, as it is.
import type { Document } from '../types/index.js';
import { codesBySentence } from '../corpus/inline-codes.js';
import { linkKey } from '../checks/shared/links.js';

/** A link target as both versions write it: read as the entity check reads links (host and path
 *  without "www.", the pair's language labels and segments — "fr.wikipedia.org", "/fr/docs" — or a
 *  trailing slash), without the fragment (a localised page localises its section ids), in lower case. */
export function linkAnchor(url: string, langs: readonly string[]): string {
  return linkKey(url, langs).base.toLowerCase();
}

/** Per sentence, what is kept verbatim in its markup: its inline identifiers, then "→" and each
 *  link's anchor (a link belongs to the sentence it starts in). */
export function markupAnchorsBySentence(doc: Document, langs: readonly string[]): Map<number, string[]> {
  const out = codesBySentence(doc);
  const s = doc.sentences;
  const links = [...(doc.markup?.links ?? [])].sort((a, b) => a.start - b.start);
  let i = 0;
  for (const link of links) {
    while (i < s.length && s[i].end <= link.start) i++;
    // A link opening its sentence starts at its "[", one character before the sentence's text.
    const at = i < s.length && s[i].start <= link.start + 1 && link.start < s[i].end ? i : -1;
    if (at < 0) continue;
    const key = linkAnchor(link.url, langs);
    if (key === '') continue;
    const list = out.get(at);
    if (list) list.push(`→${key}`);
    else out.set(at, [`→${key}`]);
  }
  return out;
}
