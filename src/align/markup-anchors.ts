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

/** The heading ids (MDX comments after a heading, "{#node-heartbeats}") both versions
 *  carry. Only shared ones anchor: a site that localises its ids gives each heading an id the other
 *  version lacks, which would set every heading apart from its translation. */
export function sharedHeadingIds(source: Document, target: Document): Set<string> {
  const theirs = new Set((target.markup?.anchors ?? []).map((a) => a.id));
  return new Set((source.markup?.anchors ?? []).map((a) => a.id).filter((id) => theirs.has(id)));
}

/** Per sentence, what is kept verbatim in its markup: its inline identifiers, then "→" and each
 *  link's anchor (a link belongs to the sentence it starts in), then "#" and the heading id among
 *  `headingIds` that its heading carries. React's "memo" page in Vietnamese lacks the English
 *  section "Do I still need React.memo if I use React Compiler?" placed before "Troubleshooting":
 *  by length alone, the translated "Troubleshooting" section was paired with the start of the new
 *  one and the rest read as the translation stopping early; the ids "troubleshooting" and
 *  "my-component-rerenders-…", the same in both, tie each heading to its translation. */
export function markupAnchorsBySentence(doc: Document, langs: readonly string[], headingIds: ReadonlySet<string> = new Set()): Map<number, string[]> {
  const out = codesBySentence(doc);
  const s = doc.sentences;
  const add = (at: number, key: string) => {
    const list = out.get(at);
    if (list) list.push(key);
    else out.set(at, [key]);
  };
  if (headingIds.size > 0) {
    const anchors = [...(doc.markup?.anchors ?? [])].sort((a, b) => a.start - b.start);
    let k = 0;
    for (const a of anchors) {
      if (!headingIds.has(a.id)) continue;
      // The heading's last sentence: the last one starting before the id, on the id's line.
      while (k + 1 < s.length && s[k + 1].start <= a.start) k++;
      if (k < s.length && s[k].start <= a.start && !doc.file.text.slice(s[k].end, a.start).includes('\n')) add(k, `#${a.id}`);
    }
  }
  const links = [...(doc.markup?.links ?? [])].sort((a, b) => a.start - b.start);
  let i = 0;
  for (const link of links) {
    while (i < s.length && s[i].end <= link.start) i++;
    // A link opening its sentence starts at its "[", one character before the sentence's text.
    const at = i < s.length && s[i].start <= link.start + 1 && link.start < s[i].end ? i : -1;
    if (at < 0) continue;
    const key = linkAnchor(link.url, langs);
    if (key === '') continue;
    add(at, `→${key}`);
  }
  return out;
}
