// Link texts that name what they link to, copied from the source with their link: the title of a
// cited article or the name of a project. They are kept in the original on purpose, and are no
// untranslated prose. From opensource.guide's French "Best Practices" and "Getting Paid":
//   — @lord, ["Tips for new open source maintainers"](https://lord.io/blog/2014/oss-tips/)   (a quoted title)
//   * **[Read the Docs](https://github.com/rtfd/readthedocs.org)** a reçu une subvention …  (the URL spells it)
//   * [semantic-release](https://github.com/semantic-release/semantic-release) automatise vos releases
// A link text the source has with the same link but that is neither quoted nor spelled by its URL
// ("[see below](#does-my-project-need-…)" kept in English) stays untranslated text.
import type { Document, MarkupLink, Range, Sentence } from '../../types/index.js';

const QUOTED = /^["'“”„‘’«»‹›].*["'“”„‘’«»‹›]$/su;

/** Label of a Markdown inline link `[label](url)` written at file offset `start`, with its offset. */
function labelOf(text: string, start: number, end: number): Range | null {
  if (text.charCodeAt(start) !== 91) return null; // "["
  const close = text.lastIndexOf('](', end);
  if (close <= start) return null;
  return { start: start + 1, end: close };
}

/** Letters of a label's words, for comparison: emphasis and spaces aside. */
const bare = (s: string): string => s.replace(/[*_`\s]+/g, ' ').trim();

/** Does `url` spell the label: two thirds of its words of three letters or more stand in it? */
function spelledBy(label: string, url: string): boolean {
  if (!/^https?:\/\//i.test(url)) return false; // a page of the site itself is translated too
  const words = label.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  if (words.length === 0) return false;
  const u = url.toLowerCase();
  return words.filter((w) => u.includes(w)).length * 3 >= words.length * 2;
}

/** The source's links: their URL and bare label, per document, read once. */
const sourceLabels = new WeakMap<Document, Set<string>>();
function labelsOf(source: Document): Set<string> {
  let out = sourceLabels.get(source);
  if (out) return out;
  out = new Set();
  const text = source.file.text;
  for (const l of source.markup?.links ?? []) {
    const at = labelOf(text, l.start, l.end);
    if (at) out.add(`${l.url}\u0000${bare(text.slice(at.start, at.end))}`);
  }
  sourceLabels.set(source, out);
  return out;
}

/** The translation's links by start, per document: each sentence looks up its own by bisection
 *  (a scan of every link for every sentence was quadratic on a page of thousands of links). */
const sortedLinks = new WeakMap<Document, MarkupLink[]>();
function linksOf(doc: Document): MarkupLink[] {
  let out = sortedLinks.get(doc);
  if (!out) sortedLinks.set(doc, (out = [...(doc.markup?.links ?? [])].sort((a, b) => a.start - b.start)));
  return out;
}

/** Ranges of sentence `s` of `target` (relative to it) that are linked names copied from the source. */
export function linkedNameRanges(target: Document, s: Sentence, source: Document): Range[] {
  if (!target.markup?.links.length || !source.markup) return [];
  const links = linksOf(target);
  // A link opening its sentence starts at its "[", one character before the sentence's text.
  let lo = 0;
  let hi = links.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (links[mid].start < s.start - 1) lo = mid + 1;
    else hi = mid;
  }
  const out: Range[] = [];
  const text = target.file.text;
  for (let k = lo; k < links.length && links[k].start < s.end; k++) {
    const l = links[k];
    const at = labelOf(text, l.start, l.end);
    if (!at) continue;
    const label = bare(text.slice(at.start, at.end));
    if (!(QUOTED.test(label) || spelledBy(label, l.url))) continue;
    if (!labelsOf(source).has(`${l.url}\u0000${label}`)) continue;
    const start = Math.max(at.start, s.start) - s.start;
    const end = Math.min(at.end, s.end) - s.start;
    if (end > start) out.push({ start, end });
  }
  return out;
}
