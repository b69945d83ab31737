// Build documents and alignments by hand for check tests: one sentence per string, paragraphs
// separated by a blank line in the file text, offsets exact. Real segmentation lives in src/corpus.
import type { Alignment, Bead, CheckContext, Document, Lang, Paragraph, Sentence } from '../../src/types/index.js';

/** `paragraphs` is a list of paragraphs, each a list of sentences (or one string = one sentence). */
export function makeDocument(lang: Lang, paragraphs: (string | string[])[], path = `${lang}.txt`): Document {
  let text = '';
  const sentences: Sentence[] = [];
  const paras: Paragraph[] = [];
  paragraphs.forEach((p, pi) => {
    if (pi > 0) text += '\n\n';
    const list = typeof p === 'string' ? [p] : p;
    const pStart = text.length;
    list.forEach((s, si) => {
      if (si > 0) text += ' ';
      sentences.push({ index: sentences.length, text: s, start: text.length, end: text.length + s.length, paragraph: pi });
      text += s;
    });
    paras.push({ index: pi, start: pStart, end: text.length, lang, langConfidence: 1 });
  });
  return { file: { path, text, encoding: 'utf-8', format: 'text' }, lang, langFrom: 'name', paragraphs: paras, sentences };
}

/** Beads default to 1-1 over the shorter document, then 1-0 / 0-1 for the rest. */
export function makeAlignment(source: Document, target: Document, beads?: Bead[]): Alignment {
  if (!beads) {
    beads = [];
    const n = Math.max(source.sentences.length, target.sentences.length);
    for (let i = 0; i < n; i++) {
      beads.push({
        source: i < source.sentences.length ? [i] : [],
        target: i < target.sentences.length ? [i] : [],
      });
    }
  }
  return { source, target, beads };
}

/** A check context over one pair, with the document-level length ratio computed from the beads. */
export function makeContext(alignment: Alignment, extra: Partial<CheckContext> = {}): CheckContext {
  const chars = (d: Document) => d.sentences.reduce((n, s) => n + s.text.length, 0);
  const ratio = chars(alignment.source) > 0 ? chars(alignment.target) / chars(alignment.source) : 1;
  return { alignment, others: [], lengthRatio: ratio, allowlist: {}, glossary: [], ...extra };
}

/** `a pair of parallel sentences` → context with 1-1 beads; the most common table-test shape. */
export function pair(srcLang: Lang, src: string[], tgtLang: Lang, tgt: string[], extra: Partial<CheckContext> = {}): CheckContext {
  return makeContext(makeAlignment(makeDocument(srcLang, src), makeDocument(tgtLang, tgt)), extra);
}
