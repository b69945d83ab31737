// A whole paragraph in another language than the file's: the Vietnamese seed page carries, after
// its "Nguồn: https://www.wired.com/…" line, the English original ("Managing such a gargantuan array
// of chips … According to one estimate, …") pasted in as paragraphs of several sentences.
//
// Split with `untranslated` (no finding is reported twice): this check reports paragraphs of two or
// more sentences that the segmenter detected (Paragraph.lang / langConfidence) in another language,
// three or more such paragraphs in a row as one finding (a section never translated), and a file
// mostly in another language as one critical finding;
// `untranslated` skips every sentence of those paragraphs and reports the rest sentence by sentence
// ("Leave a Reply" at the end of the French page is a one-sentence paragraph: `untranslated`).
// Short lines are never a wrong-language paragraph: hashtags, URLs and credit lines
// ("#Meta #AI #Llama", "Nguồn: https://…") have under 3 words or 15 letters once those are skipped.
import { langData, langName } from '../lang/index.js';
import { tokenize } from '../lang/tokens.js';
import type { Check, Document, FindingDraft, Range } from '../types/index.js';
import { isAttribution } from './shared/lines.js';
import { lettersCovered } from './shared/text.js';

const MIN_CONFIDENCE = 0.5;
const MIN_WORDS = 3;
const MIN_LETTERS = 15;
const MIN_SENTENCES = 2;
/** Share of a file's letters in one other language that makes the whole file the wrong language. */
const WHOLE_FILE_SHARE = 0.6;

interface WrongLanguage {
  /** Paragraph index → its sentence indices (ascending): every paragraph reported. */
  paragraphs: Map<number, number[]>;
  /** What is reported: consecutive paragraphs in one other language, each run one finding. */
  runs: Run[];
  /** Set when most of the file is in this other language: one finding for the file, not one per line. */
  wholeFile: string | null;
}

interface Run {
  lang: string;
  paragraphs: number[];
  sentences: number[];
}

/** Share of a file's letters in its own language above which it is not "written in" another one:
 *  a page translated half-way, its last sections still in English, has a translated half. */
const OWN_SHARE = 0.2;
/** Consecutive paragraphs in one other language reported as one run: three <Illustration> alt
 *  texts left in English in a row, the last sections of a page never translated. Two are still
 *  reported apart: the English side of a merge conflict beside an English diagram text is the
 *  conflict's finding and one paragraph's. */
const MIN_RUN = 3;

const cache = new WeakMap<Document, WrongLanguage>();

/** Paragraphs of `doc` reported as wrong-language, each with its sentence indices (ascending). */
export function wrongLanguageParagraphs(doc: Document): Map<number, number[]> {
  return analyse(doc).paragraphs;
}

/** A confident verdict of another language than the file's. */
const foreign = (doc: Document, p: Document['paragraphs'][number]): boolean => Boolean(p.lang) && p.lang !== doc.lang && p.langConfidence >= MIN_CONFIDENCE;

/** The language most of the file is written in when it is not the file's language. A target
 *  handed in with the wrong name or swapped with its source (fr.txt holding Vietnamese) is one
 *  finding for the file, not a finding per sentence. Not when a fifth of the file reads as its own
 *  language: that is a translation left unfinished, reported run by run. */
function wholeFileLanguage(doc: Document, byParagraph: Map<number, number[]>): string | null {
  const letters = new Map<string, number>();
  let total = 0;
  let own = 0;
  for (const p of doc.paragraphs) {
    const n = p.end - p.start;
    total += n;
    if (!p.lang || p.langConfidence < MIN_CONFIDENCE) continue;
    if (p.lang === doc.lang) {
      own += n;
      continue;
    }
    // Only substantive paragraphs count: a file that is one hashtag or credit line is not "in English".
    if (!substantive(doc, byParagraph.get(p.index) ?? [])) continue;
    letters.set(p.lang, (letters.get(p.lang) ?? 0) + n);
  }
  if (total === 0 || own / total >= OWN_SHARE) return null;
  let best: string | null = null;
  let bestN = 0;
  for (const [lang, n] of [...letters].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n > bestN) [best, bestN] = [lang, n];
  return best !== null && bestN / total >= WHOLE_FILE_SHARE ? best : null;
}

/** Enough words and letters to trust a language verdict (hashtags, URLs and e-mails are skipped).
 *  Distinct words: a talk's closing "Merci. Merci. Merci." is one word said three times, and the
 *  detector's "Italian" for it was reported as a paragraph in Italian. */
function substantive(doc: Document, sentences: readonly number[]): boolean {
  const seen = new Set<string>();
  let letters = 0;
  for (const i of sentences) {
    for (const t of tokenize(doc.sentences[i].text)) {
      if (t.kind !== 'word' || seen.has(t.lower)) continue;
      seen.add(t.lower);
      letters += t.letters;
    }
  }
  return seen.size >= MIN_WORDS && letters >= MIN_LETTERS;
}

/** Share of a paragraph's words that only the file's language has, for languages that can tell
 *  (a test of their own, as Vietnamese's syllables; not a word list, which holds loans). */
const OWN_WORDS = 0.3;
function ownWordShare(doc: Document, sentences: readonly number[]): number {
  const test = langData(doc.lang)?.lexicon.isNativeWord;
  if (!test) return 0;
  let words = 0;
  let own = 0;
  for (const i of sentences) {
    for (const t of tokenize(doc.sentences[i].text)) {
      if (t.kind !== 'word') continue;
      words++;
      // Letters beyond ASCII: "hỗ", "trợ", "dụ" are Vietnamese only; "can", "tin", "to" read as
      // Vietnamese syllables too, and made an English paragraph pasted in one of its own.
      if (/[^\x00-\x7f]/.test(t.lower) && test(t.lower)) own++;
    }
  }
  return words === 0 ? 0 : own / words;
}

/** Links of a document by start, sorted once. */
const sortedLinks = new WeakMap<Document, { start: number; end: number }[]>();

/** Is the paragraph's text all inside links (its letters, markup aside)? */
function linkOnly(doc: Document, p: Range): boolean {
  const all = doc.markup?.links;
  if (!all || all.length === 0) return false;
  let links = sortedLinks.get(doc);
  if (!links) sortedLinks.set(doc, (links = [...all].sort((a, b) => a.start - b.start)));
  // The first link that may reach into the paragraph (links do not nest deeply: images in links).
  let lo = 0;
  let hi = links.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (links[mid].start < p.start - LINK_REACH) lo = mid + 1;
    else hi = mid;
  }
  const inside: { start: number; end: number }[] = [];
  for (let k = lo; k < links.length && links[k].start < p.end; k++) {
    if (links[k].end > p.start) inside.push({ start: links[k].start - p.start, end: links[k].end - p.start });
  }
  return lettersCovered(doc.file.text.slice(p.start, p.end), inside);
}
const LINK_REACH = 2000;

function analyse(doc: Document): WrongLanguage {
  const hit = cache.get(doc);
  if (hit) return hit;
  const out = new Map<number, number[]>();
  const byParagraph = new Map<number, number[]>();
  for (const s of doc.sentences) {
    let list = byParagraph.get(s.paragraph);
    if (!list) byParagraph.set(s.paragraph, (list = []));
    list.push(s.index);
  }
  const wholeFile = wholeFileLanguage(doc, byParagraph);
  if (wholeFile) {
    for (const p of doc.paragraphs) if (p.lang === wholeFile && byParagraph.has(p.index)) out.set(p.index, byParagraph.get(p.index)!);
    const result = { paragraphs: out, runs: [], wholeFile };
    cache.set(doc, result);
    return result;
  }
  // Runs of paragraphs in one other language, broken by a substantive paragraph in any other one
  // (the file's own above all); short lines between them (a heading, "Step 2") do not break a run.
  // A run of MIN_RUN paragraphs or more is one finding — the sections of a page left in English —
  // otherwise each paragraph of two sentences or more is one; a one-sentence paragraph alone is
  // `untranslated`'s.
  const runs: Run[] = [];
  let run: Run | null = null;
  const flush = () => {
    const r: Run | null = run;
    run = null;
    if (!r) return;
    if (r.paragraphs.length >= MIN_RUN) {
      runs.push(r);
      for (const pi of r.paragraphs) out.set(pi, byParagraph.get(pi)!);
      return;
    }
    // A shorter run is its paragraphs, each reported when it has two sentences or more.
    for (const pi of r.paragraphs) {
      const sentences = byParagraph.get(pi)!;
      // Sentences with words: "### 1. Kubernetes Conntroller Manager" is a heading of names whose
      // "1." the segmenter set apart, no paragraph of two English sentences.
      if (sentences.filter((i) => /\p{L}/u.test(doc.sentences[i].text)).length < MIN_SENTENCES) continue;
      runs.push({ lang: r.lang, paragraphs: [pi], sentences });
      out.set(pi, sentences);
    }
  };
  for (const p of doc.paragraphs) {
    const sentences = byParagraph.get(p.index);
    if (!sentences) continue;
    // Tokenizing is the cost here (50,000 paragraphs of an --aligned file): a paragraph in the
    // file's language is looked at only when it may end a run.
    if (!foreign(doc, p)) {
      if (run !== null && substantive(doc, sentences)) flush();
      continue;
    }
    if (!substantive(doc, sentences)) continue;
    // Words only the file's language has (Vietnamese syllables) make a paragraph written in it,
    // its technical terms kept in English: Kubernetes' "Container runtime hỗ trợ cgroup v2. Ví
    // dụ:" for "Container runtime supports cgroup v2. For example:". English left in such a
    // paragraph is `untranslated`'s, sentence by sentence.
    if (ownWordShare(doc, sentences) >= OWN_WORDS) continue;
    // A list item that is a link and nothing else is navigation: MDN's French table of contents,
    // "- [L'instruction do...while](#linstruction_do...while)", names statements by their keywords.
    if (linkOnly(doc, p)) continue;
    // A pull quote's credit line, "— Stephanie Zvan, ["So You've Got Yourself a Policy. Now
    // What?"](…)", cites an English title in every translation.
    if (sentences.length <= 2 && isAttribution(doc.sentences[sentences[0]].text)) continue;
    const current: Run | null = run;
    if (current !== null && current.lang === p.lang) {
      current.paragraphs.push(p.index);
      for (const i of sentences) current.sentences.push(i);
    } else {
      flush();
      run = { lang: p.lang, paragraphs: [p.index], sentences: sentences.slice() };
    }
  }
  flush();
  const result = { paragraphs: out, runs, wholeFile: null };
  cache.set(doc, result);
  return result;
}

export const wrongLanguage: Check = {
  id: 'wrong-language',
  description: 'A paragraph of several sentences, or the whole file, in another language than the file’s.',
  category: 'Linguistic conventions/Wrong language',
  severity: 'major',
  run(ctx) {
    const { source, target, beads } = ctx.alignment;
    const { wholeFile } = analyse(target);
    if (wholeFile && target.sentences.length > 0) {
      const copy = wholeFile === source.lang && copiesSource(source, target);
      const what = wholeFile === source.lang ? `${langName(wholeFile)}, the source language (source and translation swapped?)` : langName(wholeFile);
      return [
        {
          check: 'wrong-language',
          severity: 'critical',
          message: copy ? `The file is a copy of the ${langName(wholeFile)} source, not translated into ${langName(target.lang)}` : `The file is written in ${what}, not ${langName(target.lang)}`,
          target: { start: target.sentences[0].start, end: target.sentences[target.sentences.length - 1].end },
          source: null,
          actual: wholeFile,
          expected: target.lang,
        },
      ];
    }
    const { runs } = analyse(target);
    if (runs.length === 0) return [];
    const beadOf = new Map<number, number[]>();
    for (const b of beads) for (const j of b.target) beadOf.set(j, b.source);
    const drafts: FindingDraft[] = [];
    for (const r of runs) {
      const first = target.sentences[r.sentences[0]];
      const last = target.sentences[r.sentences[r.sentences.length - 1]];
      const src = r.sentences.flatMap((j) => beadOf.get(j) ?? []);
      const srcRange: Range | null =
        src.length > 0 ? { start: source.sentences[least(src)].start, end: source.sentences[greatest(src)].end } : null;
      const what = r.lang === source.lang ? `${langName(r.lang)} (the source language)` : langName(r.lang);
      drafts.push({
        check: 'wrong-language',
        message: r.paragraphs.length === 1 ? `Paragraph in ${what}, not ${langName(target.lang)}` : `${r.paragraphs.length} paragraphs in a row in ${what}, not ${langName(target.lang)}`,
        target: { start: first.start, end: last.end },
        source: srcRange,
        actual: r.lang,
        expected: target.lang,
      });
    }
    return drafts;
  },
};

/** Nine sentences in ten of the translation are sentences of the source, word for word: a page
 *  copied in to be translated later (a common placeholder in documentation sites), not swapped. */
function copiesSource(source: Document, target: Document): boolean {
  const texts = new Set(source.sentences.map((s) => s.text));
  let same = 0;
  for (const t of target.sentences) if (texts.has(t.text)) same++;
  return target.sentences.length > 0 && same / target.sentences.length >= 0.9;
}

// Loops, never Math.min(...xs): a spread passes every element as an argument and overflows the
// stack on a paragraph of 100,000 sentences.
function least(xs: readonly number[]): number {
  let m = xs[0];
  for (const x of xs) if (x < m) m = x;
  return m;
}

function greatest(xs: readonly number[]): number {
  let m = xs[0];
  for (const x of xs) if (x > m) m = x;
  return m;
}
