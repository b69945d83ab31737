// Markup a translation keeps as written, as alignment anchors: identifiers in inline code
// (corpus/inline-codes.ts) and the targets of links. Markdown masks both out of the sentence text,
// so without them a sentence whose words are all translated has nothing verbatim left to pair by.
// opensource.guide's French "Starting a Project" keeps a cherry-pie analogy the English dropped,
// and lacks the English paragraph on "free software" that replaced it: the aligner paired that
// paragraph with the pie's last sentence, and its two links were reported "missing"; with links as
// anchors (theirs unmatched there) it stays unpaired: an omission, as it is.
import type { Document } from '../types/index.js';
import { IDENTIFIER, codesBySentence } from '../corpus/inline-codes.js';
import { linkKey } from '../checks/shared/links.js';

/** A link target as both versions write it: read as the entity check reads links (host and path
 *  without "www.", the pair's language labels and segments — "fr.wikipedia.org", "/fr/docs" — or a
 *  trailing slash), without the fragment (a localised page localises its section ids), in lower case. */
export function linkAnchor(url: string, langs: readonly string[]): string {
  return linkKey(url, langs).base.toLowerCase();
}

/** Inline code that reads as words (an error message, a command), at least this long, found the
 *  same in both versions. */
const MIN_PHRASE_CODE = 16;

/** Inline code that reads as words and that both versions carry as written: "`Too many re-renders.
 *  React limits the number of renders to prevent an infinite loop.`" in React's "useState" page,
 *  which the Vietnamese follows with its own gloss in brackets — by length the sentence looked
 *  like two added ones. Such code may be translated (`'Afficher'` for `'Show'`), so only what both
 *  versions share anchors: a translated one is no evidence against the pair that translates it. */
export function sharedPhraseCodes(source: Document, target: Document): Set<string> {
  const phrase = (v: string) => v.length >= MIN_PHRASE_CODE && !IDENTIFIER.test(v);
  const theirs = new Set((target.markup?.codes ?? []).map((c) => c.value).filter(phrase));
  return new Set((source.markup?.codes ?? []).map((c) => c.value).filter((v) => phrase(v) && theirs.has(v)));
}

/** Per sentence, what is kept verbatim in its markup: its inline identifiers and the `phrases`
 *  (sharedPhraseCodes) it holds, then "→" and each link's anchor (a link belongs to the sentence it
 *  starts in). */
export function markupAnchorsBySentence(doc: Document, langs: readonly string[], phrases: ReadonlySet<string> = new Set()): Map<number, string[]> {
  const out = codesBySentence(doc, phrases.size > 0 ? (v) => IDENTIFIER.test(v) || phrases.has(v) : undefined);
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
