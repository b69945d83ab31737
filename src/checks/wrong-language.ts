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

const cache = new WeakMap<Document, Map<number, number[]>>();

/** Paragraphs of `doc` reported as wrong-language, each with its sentence indices (ascending). */
export function wrongLanguageParagraphs(doc: Document): Map<number, number[]> {
  let out = cache.get(doc);
  if (out) return out;
  out = new Map();
  const byParagraph = new Map<number, number[]>();
  for (const s of doc.sentences) {
    let list = byParagraph.get(s.paragraph);
    if (!list) byParagraph.set(s.paragraph, (list = []));
    list.push(s.index);
  }
  for (const p of doc.paragraphs) {
    if (!p.lang || p.lang === doc.lang || p.langConfidence < MIN_CONFIDENCE) continue;
    const sentences = byParagraph.get(p.index) ?? [];
    if (sentences.length < MIN_SENTENCES) continue;
    let words = 0;
    let letters = 0;
    for (const i of sentences) {
      for (const t of tokenize(doc.sentences[i].text)) {
        if (t.kind !== 'word') continue;
        words++;
        letters += t.letters;
      }
    }
    if (words >= MIN_WORDS && letters >= MIN_LETTERS) out.set(p.index, sentences);
  }
  cache.set(doc, out);
  return out;
}

export const wrongLanguage: Check = {
  id: 'wrong-language',
  description: 'A paragraph of several sentences in another language than the file’s.',
  category: 'Linguistic conventions/Wrong language',
  severity: 'major',
  run(ctx) {
    const { source, target, beads } = ctx.alignment;
    const found = wrongLanguageParagraphs(target);
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
        src.length > 0 ? { start: source.sentences[Math.min(...src)].start, end: source.sentences[Math.max(...src)].end } : null;
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
