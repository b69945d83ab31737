// Properties of the aligner over generated documents (fast-check; runs per property in the names).
//  1. Every sentence of both sides lands in exactly one bead; beads never cross (indices strictly
//     increase across beads) and are contiguous inside a bead — for random pairs: empty-ish,
//     unrelated, one side much longer, arbitrary Unicode strings.
//  2. A document aligned with itself (same sentences, same language) gives i ↔ i 1-1 beads only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignDocuments, alignMany, alignSentences } from '../../src/align/index.js';
import { segmentText } from '../../src/corpus/index.js';
import type { Bead, Document } from '../../src/types/index.js';
import { paragraphs, sentence } from './generate.js';

/** The invariant of `Alignment` in src/types, as one predicate with a readable failure. */
export function beadProblems(beads: readonly Bead[], n: number, m: number): string[] {
  const problems: string[] = [];
  let nextS = 0;
  let nextT = 0;
  beads.forEach((b, k) => {
    if (b.source.length === 0 && b.target.length === 0) problems.push(`bead ${k} is empty`);
    for (const [side, ids, next] of [['source', b.source, nextS], ['target', b.target, nextT]] as const) {
      ids.forEach((id, x) => {
        if (!Number.isInteger(id)) problems.push(`bead ${k}: ${side} index ${id} is not an integer`);
        if (id !== next + x) problems.push(`bead ${k}: ${side} ${ids.join(',')} should start at ${next} and be contiguous`);
      });
    }
    nextS += b.source.length;
    nextT += b.target.length;
  });
  if (nextS !== n) problems.push(`beads cover ${nextS} of ${n} source sentences`);
  if (nextT !== m) problems.push(`beads cover ${nextT} of ${m} target sentences`);
  return problems;
}

const realistic = (lang: string, max: number) => fc.array(sentence(lang), { maxLength: max });
const anyText = (max: number) => fc.array(fc.string({ unit: 'grapheme', maxLength: 80 }), { maxLength: max });
const mixed = (lang: string, max: number) => fc.array(fc.oneof(sentence(lang), fc.string({ unit: 'binary', maxLength: 40 }), fc.constant(''), fc.constant('.')), { maxLength: max });

describe('aligner properties', () => {
  it('1. every sentence in exactly one bead, beads in order and contiguous (300 runs, mixed shapes)', () => {
    const shapes = fc.oneof(
      fc.tuple(realistic('en', 40), realistic('fr', 40)), // unrelated documents
      fc.tuple(realistic('en', 3), realistic('vi', 200)), // one side much longer
      fc.tuple(realistic('en', 200), realistic('fr', 3)),
      fc.tuple(anyText(30), anyText(30)), // arbitrary Unicode, empty strings
      fc.tuple(mixed('en', 30), mixed('de', 30)),
      fc.tuple(fc.constant([] as string[]), realistic('fr', 10)), // empty sides
      fc.tuple(realistic('en', 10), fc.constant([] as string[])),
    );
    fc.assert(
      fc.property(shapes, fc.boolean(), ([src, tgt], lexical) => {
        const beads = alignSentences(src, tgt, { sourceLang: 'en', targetLang: 'fr', lexical });
        expect(beadProblems(beads, src.length, tgt.length)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('1b. the same holds for several targets aligned together (alignMany, 60 runs)', () => {
    fc.assert(
      fc.property(realistic('en', 30), fc.array(realistic('fr', 40), { minLength: 1, maxLength: 3 }), (src, targets) => {
        const all = alignMany(targets.map((t) => ({ source: src, target: t, sourceLang: 'en', targetLang: 'fr' })));
        all.forEach((beads, k) => expect(beadProblems(beads, src.length, targets[k].length)).toEqual([]));
      }),
      { numRuns: 60 },
    );
  });

  it('2. a document aligned with itself gives i ↔ i 1-1 beads (150 runs)', () => {
    // "Itself": the same distinct sentences in the same language; a sentence repeated right after
    // itself is by design cheap to leave unmatched (duplicates become 0-1), hence distinct ones.
    fc.assert(
      fc.property(fc.uniqueArray(sentence('en'), { minLength: 1, maxLength: 60 }), (sents) => {
        const beads = alignSentences(sents, [...sents], { sourceLang: 'en', targetLang: 'en' });
        expect(beads.map((b) => `${b.source}:${b.target}`)).toEqual(sents.map((_, i) => `${i}:${i}`));
      }),
      { numRuns: 150 },
    );
  });

  it('2b. the same through real segmentation with paragraphs (alignDocuments, 60 runs)', () => {
    const doc = (text: string, path: string): Document => {
      const { paragraphs: paras, sentences } = segmentText(text, 'fr');
      return { file: { path, text, encoding: 'utf-8', format: 'text' }, lang: 'fr', langFrom: 'name', paragraphs: paras, sentences };
    };
    fc.assert(
      fc.property(paragraphs('fr', 10), (paras) => {
        const all = paras.flat();
        fc.pre(new Set(all).size === all.length);
        const text = paras.map((p) => p.join(' ')).join('\n');
        const a = alignDocuments(doc(text, 'a.fr.txt'), doc(text, 'b.fr.txt'));
        expect(a.source.sentences.length).toBe(all.length);
        expect(a.beads.map((b) => `${b.source}:${b.target}`)).toEqual(all.map((_, i) => `${i}:${i}`));
      }),
      { numRuns: 60 },
    );
  });
});
