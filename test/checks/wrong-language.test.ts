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

  // A page translated half-way: its first sections in French, the last ones still in English (a
  // community translation in progress). Before, the English being 60 % of the letters made it
  // "The file is written in English … (swapped?)": one critical finding pointing at the French.
  const FR = [
    ['Le marché croît très vite depuis plusieurs années.', 'Les prix continuent de monter partout en Europe.'],
    ['Les entreprises investissent dans de nouveaux centres de données.', 'Elles embauchent aussi des ingénieurs.'],
  ];
  const EN = [
    [EN1, EN2],
    ['The company expects even more torrid growth in that spending next year.', 'Its investors were not pleased.'],
    ['Meta’s open approach to AI has proven controversial.', 'Some experts worry that it could make dangerous models available.'],
    ['Zuckerberg said he is betting on the open approach.', 'He thinks it will win in the long run.'],
  ];
  const halfway = (en: (string | string[])[]) => {
    const tgt = makeDocument('fr', [...FR, ...en]);
    en.forEach((_, k) => detected(tgt, FR.length + k, 'en', 0.8));
    FR.forEach((_, k) => detected(tgt, k, 'fr', 1));
    return { tgt, ctx: makeContext(makeAlignment(makeDocument('en', [...FR.map(() => 'x'), ...en]), tgt)) };
  };

  it('a page left untranslated from some point on: one finding for the English run, not "the file is English"', () => {
    const { tgt, ctx } = halfway(EN);
    const found = show(ctx);
    expect(found.map((f) => f[0])).toEqual(['4 paragraphs in a row in English (the source language), not French']);
    expect(wrongLanguage.run(ctx)[0].severity).toBeUndefined(); // the check's own: major
    expect(found[0][1]).toBe(tgt.file.text.slice(tgt.sentences[4].start, tgt.sentences[11].end));
    expect(wrongLanguageParagraphs(tgt).size).toBe(4); // untranslated stays silent on them
  });

  it('two English paragraphs in a row are two findings (a run is three or more); a French paragraph breaks a run', () => {
    expect(show(halfway(EN.slice(0, 2)).ctx).map((f) => f[0])).toEqual(Array(2).fill('Paragraph in English (the source language), not French'));
    const tgt = makeDocument('fr', [EN[0], EN[1], FR[0], FR[1], EN[2]]);
    for (const i of [0, 1, 4]) detected(tgt, i, 'en', 0.8);
    for (const i of [2, 3]) detected(tgt, i, 'fr', 1);
    expect(show(makeContext(makeAlignment(makeDocument('en', ['x']), tgt))).map((f) => f[0])).toEqual(Array(3).fill('Paragraph in English (the source language), not French'));
  });

  it('a translation that is the source copied in, not translated, says so (still one critical finding)', () => {
    const src = makeDocument('en', [[EN1, EN2], 'Source link']);
    const tgt = makeDocument('fr', [[EN1, EN2], 'Source link']);
    for (const i of [0, 1]) detected(tgt, i, 'en', 0.8);
    const ctx = makeContext(makeAlignment(src, tgt));
    expect(show(ctx).map((f) => f[0])).toEqual(['The file is a copy of the English source, not translated into French']);
    expect(wrongLanguage.run(ctx)[0].severity).toBe('critical');
  });
});
