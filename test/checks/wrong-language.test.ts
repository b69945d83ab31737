import { describe, expect, it } from 'vitest';
import { wrongLanguage, wrongLanguageParagraphs } from '../../src/checks/wrong-language.js';
import type { CheckContext, Document, Lang } from '../../src/types/index.js';
import { makeAlignment, makeContext, makeDocument } from '../helpers/make.js';

/** Set what the segmenter detected for paragraph `i` (makeDocument marks every paragraph as the document's). */
function detected(doc: Document, i: number, lang: Lang, langConfidence: number): Document {
  doc.paragraphs[i] = { ...doc.paragraphs[i], lang, langConfidence };
  return doc;
}
const show = (ctx: CheckContext) =>
  wrongLanguage.run(ctx).map((f) => [
    f.message,
    f.target ? ctx.alignment.target.file.text.slice(f.target.start, f.target.end) : null,
    f.source ? ctx.alignment.source.file.text.slice(f.source.start, f.source.end) : null,
    f.actual,
    f.expected,
  ]);

// The Vietnamese seed page (000_…) carries the English original after its "Nguồn:" credit line.
const EN1 = 'Managing such a gargantuan array of chips to develop Llama 4 is likely to present unique engineering challenges.';
const EN2 = 'Meta executives on Wednesday sidestepped an analyst question about energy access constraints.';
const VI1 = 'Quản lý một mảng chip khổng lồ như vậy để phát triển Llama 4 có khả năng đối diện với những thách thức kỹ thuật độc đáo.';
const VI2 = 'Các nhà điều hành của Meta vào thứ Tư đã tránh một câu hỏi của các nhà phân tích.';

describe('wrong-language', () => {
  it('reports a pasted English paragraph of two sentences in the Vietnamese file, with its source', () => {
    const src = makeDocument('en', [[EN1, EN2]]);
    const tgt = detected(makeDocument('vi', [[VI1, VI2], 'Nguồn: https://www.wired.com/story/meta-llama-ai-gpu-training/', [EN1, EN2]]), 2, 'en', 0.82);
    const ctx = makeContext(makeAlignment(src, tgt, [{ source: [0], target: [0] }, { source: [1], target: [1] }, { source: [], target: [2] }, { source: [], target: [3, 4] }]));
    expect(show(ctx)).toEqual([['Paragraph in English (the source language), not Vietnamese', `${EN1} ${EN2}`, null, 'en', 'vi']]);
    const aligned = makeContext(makeAlignment(src, tgt, [{ source: [], target: [0, 1, 2] }, { source: [0, 1], target: [3, 4] }]));
    expect(show(aligned)[0][2]).toBe(`${EN1} ${EN2}`);
  });

  it('names a third language', () => {
    const fr = ['Le marché croît très vite depuis plusieurs années.', 'Les prix continuent de monter partout en Europe.'];
    const tgt = detected(makeDocument('fr', [fr, ['Der Markt wächst sehr schnell.', 'Die Preise steigen weiter.'], fr]), 1, 'de', 0.7);
    expect(show(makeContext(makeAlignment(makeDocument('en', ['x']), tgt)))[0][0]).toBe('Paragraph in German, not French');
  });

  it('reports a whole file in another language once, as critical (a target handed in swapped with its source)', () => {
    const tgt = makeDocument('fr', [EN1, EN2, 'Source link']);
    for (const i of [0, 1, 2]) detected(tgt, i, 'en', 0.8);
    const ctx = makeContext(makeAlignment(makeDocument('en', [EN1, EN2]), tgt));
    const drafts = wrongLanguage.run(ctx);
    expect(drafts).toHaveLength(1);
    expect(drafts[0].severity).toBe('critical');
    expect(show(ctx)[0][0]).toBe('The file is written in English, the source language (source and translation swapped?), not French');
    expect(show(ctx)[0][1]).toBe(tgt.file.text);
    // untranslated then stays silent on those sentences: one finding for the file, not one per line.
    expect(wrongLanguageParagraphs(tgt).size).toBe(3);
  });

  it.each<[string, (string | string[])[], number, Lang, number]>([
    ['one sentence: untranslated reports it', ['Leave a Reply'], 0, 'en', 0.9],
    ['a hashtag line', [['#Meta #AI #Llama.', '#GPUCluster #AIModels.']], 0, 'es', 0.6],
    ['a credit line', [['Nguồn: https://www.wired.com/story/meta-llama-ai-gpu-training/.', 'Ảnh: AP.']], 0, 'en', 0.6],
    ['low confidence', [[EN1, EN2]], 0, 'en', 0.3],
    ['the document language', [[VI1, VI2]], 0, 'vi', 0.9],
  ])('does not report %s', (_, paragraphs, i, lang, conf) => {
    const tgt = detected(makeDocument('vi', paragraphs), i, lang, conf);
    expect(wrongLanguageParagraphs(tgt).size).toBe(0);
    expect(show(makeContext(makeAlignment(makeDocument('en', ['x']), tgt)))).toEqual([]);
  });
});
