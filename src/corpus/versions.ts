// A plain-text file that holds two versions of one article, one after the other. The real case is
// the first seed, corpus/seeds/000_….txt: a Vietnamese translation (with its hashtag line and its
// "Nguồn: https://www.wired.com/…" credit), then the English original. Read as one English
// document, its Vietnamese half was nine "source sentences have no translation" findings against
// the French, and the French title was aligned with the Vietnamese one: an audit of nothing the
// user asked. `tqc split` separates such a file on request; `tqc check` now notices it and checks
// each half as its own version, saying so on stderr.
//
// Only the unmistakable shape is taken: nine in ten of the lines long enough to tell their
// language (MIN_LETTERS) fall on the right side of one cut, language A before it and language B
// after it (a sentence of the source kept in the translation stays there), each side with at
// least MIN_LINES such lines, of comparable size (a translation is 0.4–2.5 times its original's
// letters) and sharing names and numbers (sharesAnchors). A quotation, a boilerplate footer or one
// untranslated paragraph never makes such a shape; a file whose languages alternate (a bilingual
// glossary) is not two versions either. Those stay one document, and `untranslated` /
// `wrong-language` report them as before.
//
// Each version keeps the file's text with the other version's lines blanked (spaces, line ends
// kept): offsets, lines and columns of every finding stay those of the file.
import type { Document, Lang, SourceFile } from '../types/index.js';
import { detectLanguage } from '../lang/detect.js';
import { plainlyIn } from '../lang/profile.js';
import { lines } from './lines.js';
import { segmentText } from './segment.js';
import { countLetters, MIN_LETTERS } from './split.js';

/** Fewest language-telling lines in each version. */
const MIN_LINES = 3;
/** Share of the language-telling lines that must lie in their version's language. */
const PURITY = 0.9;
/** Letters of one version against the other's: beyond these it is not a translation of it. */
const MIN_RATIO = 0.4;
const MAX_RATIO = 2.5;
/** Longer files are not articles (an --aligned file of 50,000 lines): not looked at. */
const MAX_LINES = 5_000;

export interface FileVersion {
  lang: Lang;
  /** 1-based first and last line of the version in the file. */
  firstLine: number;
  lastLine: number;
}

/** The two versions `doc`'s file holds, in file order, or null when it is one version. */
export function versionsInFile(doc: Document, candidates?: readonly Lang[]): FileVersion[] | null {
  if (doc.file.format !== 'text') return null;
  const text = doc.file.text;
  // Counted before any line is split out: a million-line file costs a scan, not a million ranges.
  let breaks = 0;
  for (let at = text.indexOf('\n'); at >= 0 && breaks <= MAX_LINES; at = text.indexOf('\n', at + 1)) breaks++;
  if (breaks > MAX_LINES) return null;
  const all = lines(text);
  if (all.length > MAX_LINES) return null;
  // The language of each line that can tell it; the others (blank, "#Meta #AI", a bare URL) follow.
  const told: { line: number; lang: Lang; letters: number }[] = [];
  const seen = new Set<Lang>();
  for (let i = 0; i < all.length; i++) {
    const line = text.slice(all[i].start, all[i].end);
    const letters = countLetters(line);
    if (letters < MIN_LETTERS) continue;
    // Most lines of most files read plainly as the document's language: no detector needed.
    const lang = plainlyIn(line, doc.lang) ? doc.lang : detectLanguage(line, candidates).lang || null;
    if (!lang) continue;
    told.push({ line: i, lang, letters });
    seen.add(lang);
  }
  const n = told.length;
  if (n < 2 * MIN_LINES || seen.size < 2) return null;
  // The cut that best leaves language A before it and language B after it. A translation may keep
  // a sentence of its source, the original may quote one: such lines stay inside their version (and
  // `untranslated` reports the one in the translation), as long as nine lines in ten are in place.
  let best: { score: number; cut: number; a: Lang; b: Lang } | null = null;
  for (const a of seen) {
    for (const b of seen) {
      if (a === b) continue;
      let before = 0; // A lines before the cut
      let after = 0; // B lines from the cut on
      for (const t of told) if (t.lang === b) after++;
      for (let c = 0; c <= n; c++) {
        if (c > 0 && before >= MIN_LINES && after >= MIN_LINES && (best === null || before + after > best.score)) best = { score: before + after, cut: c, a, b };
        if (c === n) break;
        if (told[c].lang === a) before++;
        if (told[c].lang === b) after--;
      }
    }
  }
  if (best === null || best.score < PURITY * n) return null;
  let cutAt = best.cut;
  while (cutAt < n && told[cutAt].lang !== best.b) cutAt++;
  if (cutAt >= n) return null;
  let aLetters = 0;
  let bLetters = 0;
  for (let k = 0; k < n; k++) {
    if (k < cutAt && told[k].lang === best.a) aLetters += told[k].letters;
    if (k >= cutAt && told[k].lang === best.b) bLetters += told[k].letters;
  }
  const ratio = aLetters / bLetters;
  if (ratio < MIN_RATIO || ratio > MAX_RATIO) return null;
  const firstB = told[cutAt].line;
  const cut = all[firstB].start;
  if (!sharesAnchors(text.slice(0, cut), text.slice(cut))) return null;
  // Short lines before the cut close the first version, as `tqc split` has them: the seed's
  // hashtag and credit lines end the Vietnamese translation.
  let last = all.length - 1;
  while (last > told[n - 1].line && text.slice(all[last].start, all[last].end).trim() === '') last--;
  return [
    { lang: best.a, firstLine: 1, lastLine: firstB },
    { lang: best.b, firstLine: firstB + 1, lastLine: last + 1 },
  ];
}

/** Names and numbers ("Meta", "Llama", "Zuckerberg", "GPU", "100,000" → "100", "000") survive
 *  translation: a translation and its original share many of them, two unrelated texts few. A
 *  capitalised word opening a line or a sentence is no name ("Keeping", "Some"). */
const WORD = /[\p{L}\p{N}]+/gu;
const UPPER = /^\p{Lu}/u;
const DIGIT = /\p{N}/u;
const MIN_SHARED = 0.3;
function anchors(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (DIGIT.test(w)) {
      out.add(w);
      continue;
    }
    if (w.length < 3 || !UPPER.test(w)) continue;
    let k = m.index - 1;
    while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
    if (k < 0 || '\n\r.!?:"“«¿¡'.includes(text[k])) continue;
    out.add(w);
  }
  return out;
}
function sharesAnchors(a: string, b: string): boolean {
  const inA = anchors(a);
  const inB = anchors(b);
  const [small, large] = inA.size <= inB.size ? [inA, inB] : [inB, inA];
  if (small.size === 0) return false;
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / small.size >= MIN_SHARED;
}

/** `file` with every line outside [firstLine, lastLine] (1-based) blanked: same length, same line ends. */
export function versionText(file: SourceFile, v: FileVersion): string {
  const all = lines(file.text);
  let out = '';
  let at = 0;
  all.forEach((l, i) => {
    const inside = i + 1 >= v.firstLine && i + 1 <= v.lastLine;
    out += file.text.slice(at, l.start);
    out += inside ? file.text.slice(l.start, l.end) : ' '.repeat(l.end - l.start);
    at = l.end;
  });
  return out + file.text.slice(at);
}

/** One document per version of `doc`'s file, or null when the file is one version. */
export function splitVersions(doc: Document, candidates?: readonly Lang[]): { versions: FileVersion[]; docs: Document[] } | null {
  const versions = versionsInFile(doc, candidates);
  if (!versions) return null;
  const docs = versions.map((v): Document => {
    const file: SourceFile = { ...doc.file, text: versionText(doc.file, v) };
    const { paragraphs, sentences } = segmentText(file.text, v.lang, { format: 'text', candidates, detectParagraphs: true });
    return { file, lang: v.lang, langFrom: 'detected', paragraphs, sentences };
  });
  return { versions, docs };
}
