// A whole paragraph in another language than the file's: the Vietnamese seed page carries, after
// its "Nguồn: https://www.wired.com/…" line, the English original ("Managing such a gargantuan array
// of chips … According to one estimate, …") pasted in as paragraphs of several sentences.
//
// Split with `untranslated` (no finding is reported twice): this check reports paragraphs of two or
// more sentences that the segmenter detected (Paragraph.lang / langConfidence) in another language;
// `untranslated` skips every sentence of those paragraphs and reports the rest sentence by sentence
// ("Leave a Reply" at the end of the French page is a one-sentence paragraph: `untranslated`).
// Short lines are never a wrong-language paragraph: hashtags, URLs and credit lines
// ("#Meta #AI #Llama", "Nguồn: https://…") have under 3 words or 15 letters once those are skipped.
import { langName } from '../lang/index.js';
import { tokenize } from '../lang/tokens.js';
import type { Check, Document, FindingDraft, Range } from '../types/index.js';

const MIN_CONFIDENCE = 0.5;
const MIN_WORDS = 3;
const MIN_LETTERS = 15;
const MIN_SENTENCES = 2;
/** Share of a file's letters in one other language that makes the whole file the wrong language. */
const WHOLE_FILE_SHARE = 0.6;

interface WrongLanguage {
  /** Paragraph index → its sentence indices (ascending). */
  paragraphs: Map<number, number[]>;
  /** Set when most of the file is in this other language: one finding for the file, not one per line. */
  wholeFile: string | null;
}

const cache = new WeakMap<Document, WrongLanguage>();

/** Paragraphs of `doc` reported as wrong-language, each with its sentence indices (ascending). */
export function wrongLanguageParagraphs(doc: Document): Map<number, number[]> {
  return analyse(doc).paragraphs;
}

/** The language most of the file is written in when it is not the file's language. A target
 *  handed in with the wrong name or swapped with its source (fr.txt holding Vietnamese) is one
 *  finding for the file, not a finding per sentence. */
function wholeFileLanguage(doc: Document, byParagraph: Map<number, number[]>): string | null {
  const letters = new Map<string, number>();
  let total = 0;
  for (const p of doc.paragraphs) {
    const n = p.end - p.start;
    total += n;
    if (!p.lang || p.lang === doc.lang || p.langConfidence < MIN_CONFIDENCE) continue;
    // Only substantive paragraphs count: a file that is one hashtag or credit line is not "in English".
    if (!substantive(doc, byParagraph.get(p.index) ?? [])) continue;
    letters.set(p.lang, (letters.get(p.lang) ?? 0) + n);
  }
  let best: string | null = null;
  let bestN = 0;
  for (const [lang, n] of [...letters].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n > bestN) [best, bestN] = [lang, n];
  return best !== null && total > 0 && bestN / total >= WHOLE_FILE_SHARE ? best : null;
}

/** Enough words and letters to trust a language verdict (hashtags, URLs and e-mails are skipped). */
function substantive(doc: Document, sentences: readonly number[]): boolean {
  let words = 0;
  let letters = 0;
  for (const i of sentences) {
    for (const t of tokenize(doc.sentences[i].text)) {
      if (t.kind !== 'word') continue;
      words++;
      letters += t.letters;
    }
  }
  return words >= MIN_WORDS && letters >= MIN_LETTERS;
}

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
    const result = { paragraphs: out, wholeFile };
    cache.set(doc, result);
    return result;
  }
  for (const p of doc.paragraphs) {
    if (!p.lang || p.lang === doc.lang || p.langConfidence < MIN_CONFIDENCE) continue;
    const sentences = byParagraph.get(p.index) ?? [];
    if (sentences.length >= MIN_SENTENCES && substantive(doc, sentences)) out.set(p.index, sentences);
  }
  const result = { paragraphs: out, wholeFile: null };
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
    const { paragraphs: found, wholeFile } = analyse(target);
    if (wholeFile && target.sentences.length > 0) {
      const what = wholeFile === source.lang ? `${langName(wholeFile)}, the source language (source and translation swapped?)` : langName(wholeFile);
      return [
        {
          check: 'wrong-language',
          severity: 'critical',
          message: `The file is written in ${what}, not ${langName(target.lang)}`,
          target: { start: target.sentences[0].start, end: target.sentences[target.sentences.length - 1].end },
          source: null,
          actual: wholeFile,
          expected: target.lang,
        },
      ];
    }
    if (found.size === 0) return [];
    const beadOf = new Map<number, number[]>();
    for (const b of beads) for (const j of b.target) beadOf.set(j, b.source);
    const drafts: FindingDraft[] = [];
    for (const [pi, sentences] of found) {
      const p = target.paragraphs[pi];
      const first = target.sentences[sentences[0]];
      const last = target.sentences[sentences[sentences.length - 1]];
      const src = sentences.flatMap((j) => beadOf.get(j) ?? []);
      const srcRange: Range | null =
        src.length > 0 ? { start: source.sentences[least(src)].start, end: source.sentences[greatest(src)].end } : null;
      const what = p.lang === source.lang ? `${langName(p.lang)} (the source language)` : langName(p.lang);
      drafts.push({
        check: 'wrong-language',
        message: `Paragraph in ${what}, not ${langName(target.lang)}`,
        target: { start: first.start, end: last.end },
        source: srcRange,
        actual: p.lang,
        expected: target.lang,
      });
    }
    return drafts;
  },
};

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
