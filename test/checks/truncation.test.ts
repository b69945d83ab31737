import { describe, expect, it } from 'vitest';
import { truncation } from '../../src/checks/truncation.js';
import type { Bead } from '../../src/types/index.js';
import { makeAlignment, makeContext, makeDocument } from '../helpers/make.js';
import { at, covered, frSeed, viSeed } from './fixtures/seeds.js';

// Two ordinary sentence pairs around the case under test, so the document looks like an article.
const EN_BEFORE = 'Meta’s total operating costs have grown about 9 percent this year.';
const EN_AFTER = 'On Tuesday, Google CEO Sundar Pichai said the company’s newest version of the Gemini family of generative AI models is in development.';
const AROUND: Record<string, [string, string, number]> = {
  fr: ['Les coûts d’exploitation totaux de Meta ont augmenté d’environ 9 pour cent cette année.', 'Mardi, le PDG de Google, Sundar Pichai, a déclaré que la dernière version de la famille Gemini de modèles d’IA générative était en cours de développement.', 1.18],
  de: ['Die gesamten Betriebskosten von Meta sind in diesem Jahr um etwa 9 Prozent gestiegen.', 'Am Dienstag sagte Google-CEO Sundar Pichai, die neueste Version der Gemini-Familie generativer KI-Modelle sei in Entwicklung.', 1.15],
  vi: ['Tổng chi phí vận hành của Meta đã tăng khoảng 9% trong năm nay.', 'Hôm thứ Ba, Giám đốc điều hành Google Sundar Pichai cho biết phiên bản mới nhất của dòng mô hình AI tạo sinh Gemini đang được phát triển.', 0.93],
};

function middle(lang: string, en: string, tgt: string, lengthRatio?: number) {
  const [before, after, ratio] = AROUND[lang];
  return makeContext(makeAlignment(makeDocument('en', [[EN_BEFORE, en, EN_AFTER]]), makeDocument(lang, [[before, tgt, after]])), { lengthRatio: lengthRatio ?? ratio });
}

describe('truncation: the translation stops early', () => {
  it('Vietnamese seed: one critical finding at "Tuần…", the 13 untranslated English sentences as source span', () => {
    const ctx = viSeed();
    const found = truncation.run(ctx);
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(f.severity).toBeUndefined(); // the check's own severity: critical
    expect(truncation.severity).toBe('critical');
    expect(f.message).toBe(
      'the translation stops after source sentence 14 of 27: the last 13 sentences (47 % of the source words) have no translation; ' +
        'its last sentence is itself cut short (it ends in “…” where the source does not, it is 3.3 % of the expected length)',
    );
    expect(f.target).toEqual(at(ctx, 'target', 'Tuần…'));
    const src = ctx.alignment.source.sentences;
    expect(f.source).toEqual({ start: src[14].start, end: src[26].end });
    expect(covered(ctx, f.source, 'source')).toMatch(/^On Tuesday, Google CEO Sundar Pichai .* subsidizing Llama for everyone else\.$/s);
  });

  it('French seed (complete translation plus footer boilerplate): nothing', () => {
    expect(truncation.run(frSeed())).toEqual([]);
  });

  it('a trailing gap followed by translated content (a misalignment, not a stop) is not a truncation', () => {
    const en = makeDocument('en', [['Meta declined to comment.', 'The company expects even more torrid growth in that spending next year.', 'Zuckerberg remains bullish about the open source strategy.', 'Over time, Meta expects to generate revenue through ads in the feature.']]);
    const fr = makeDocument('fr', [['Meta n’a pas souhaité faire de commentaire.', 'La société s’attend à une croissance encore plus torride de ces dépenses l’année prochaine, selon Zuckerberg, qui reste optimiste quant à la stratégie open source et aux revenus publicitaires.']]);
    const beads: Bead[] = [{ source: [0], target: [0] }, { source: [1, 2, 3], target: [] }, { source: [], target: [1] }];
    expect(truncation.run(makeContext(makeAlignment(en, fr, beads), { lengthRatio: 1.15 }))).toEqual([]);
  });

  it('one last sentence of a long article missing is an omission, not a stop', () => {
    const en = makeDocument('en', [Array.from({ length: 12 }, (_, i) => `Meta expects to spend as much as ${i + 30} billion dollars in capital this year.`)]);
    const fr = makeDocument('fr', [Array.from({ length: 11 }, (_, i) => `Meta prévoit de dépenser jusqu’à ${i + 30} milliards de dollars cette année.`)]);
    expect(truncation.run(makeContext(makeAlignment(en, fr), { lengthRatio: 1 }))).toEqual([]);
  });

  it('a translation with no text at all', () => {
    const en = makeDocument('en', [['Meta declined to comment.', 'The company expects even more torrid growth in that spending next year.']]);
    const de = makeDocument('de', []);
    const ctx = makeContext(makeAlignment(en, de), { lengthRatio: 1.1 });
    const found = truncation.run(ctx);
    expect(found).toHaveLength(1);
    expect(found[0].message).toBe('the translation has no counterpart for any of the 2 source sentences');
    expect(found[0].target).toBeNull();
    expect(found[0].source).toEqual({ start: 0, end: en.file.text.length });
  });
});

describe('truncation: a sentence cut short (major)', () => {
  const LAST_WEEK = 'Last week, Altman responded to a news report stating that OpenAI’s next frontier model would be released by December.';
  const flagged: [string, string, string, RegExp][] = [
    ['fr', LAST_WEEK, 'La semaine dernière, Altman a répondu…', /ends in “…” where the source does not/],
    ['vi', LAST_WEEK, 'Tuần trước, Altman đã phản hồi...', /ends in “…” where the source does not/],
    ['de', 'Meta expects to spend as much as $40 billion in capital this year to furnish data centers.', 'Meta will in diesem Jahr bis zu 40 Milliarden Dollar investieren, um die', /stops mid-sentence/],
    ['fr', 'According to one estimate, a cluster of 100,000 H100 chips would require 150 megawatts of power.', 'Selon une estimation.', /it is 1\d % of the expected length/],
    // a colon does not hide a sentence far too short
    ['fr', 'According to one estimate, a cluster of 100,000 H100 chips would require 150 megawatts of power.', 'Selon une estimation :', /it is \d+ % of the expected length/],
    // a source ending "and so on." may become "…", but not half the sentence: React's French
    // page, cut mid-sentence (scripts/eval-damage.ts), was a partial omission instead
    ['fr', 'Clicking the "Next" button should show the next sculpture by changing the index to 1, then 2, and so on.', 'Cliquer sur le bouton « Suivant » devrait afficher la sculpture…', /ends in “…” where the source does not/],
  ];
  it.each(flagged)('%s: %s → %s', (lang, en, tgt, why) => {
    const ctx = middle(lang, en, tgt);
    const found = truncation.run(ctx);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('major');
    expect(found[0].message).toMatch(/^the translation of source sentence 2 is cut short: /);
    expect(found[0].message).toMatch(why);
    expect(found[0].target).toEqual(at(ctx, 'target', tgt));
    expect(found[0].source).toEqual(at(ctx, 'source', en));
  });

  const fine: [string, string, string, string, number?][] = [
    ['a correct translation 15 % shorter', 'de', 'The company expects even more torrid growth in that spending next year.', 'Das Unternehmen erwartet nächstes Jahr noch mehr Wachstum dieser Ausgaben.'],
    ['a title without final punctuation, shortened', 'fr', 'Meta’s next Llama AI models are training on a GPU cluster bigger than anything else', 'Les prochains modèles Llama de Meta'],
    ['a one-word sentence ending in an ellipsis', 'fr', 'Really?', 'Vraiment…'],
    ['a source that ends in an ellipsis itself', 'vi', 'And then the lights went out, and nobody said a word...', 'Rồi đèn tắt, và không ai nói một lời nào…'],
    ['a complete sentence missing only its period', 'de', 'The company expects even more torrid growth in that spending next year.', 'Das Unternehmen erwartet im nächsten Jahr ein noch stärkeres Wachstum dieser Ausgaben'],
    ['"etc." rendered as an ellipsis', 'fr', 'They sell phones, tablets, laptops, etc.', 'Ils vendent des téléphones, des tablettes…'],
    ['"and so on." rendered as an ellipsis', 'fr', 'Clicking the "Next" button should show the next sculpture by changing the index to 1, then 2, and so on.', 'Cliquer sur le bouton « Suivant » devrait afficher la sculpture suivante en changeant l’index à 1, puis 2…'],
    // React's Vietnamese "Updating Objects in State", before a code block: 65 % of the expected
    // length on that page (its length ratio 1.15), and a colon where the source has a full stop.
    ['a sentence ending in a colon (it introduces what follows)', 'vi', 'The problem is with this bit of code.', 'Vấn đề nằm ở đoạn code này:', 1.15],
  ];
  it.each(fine)('not flagged: %s', (_, lang, en, tgt, ratio) => {
    expect(truncation.run(middle(lang, en, tgt, ratio))).toEqual([]);
  });
});

describe('truncation: Japanese and Chinese sentences without 。', () => {
  // React's Japanese "Conditional Rendering": the bold note "**`&&` の左辺に数値を置かない**" for
  // "**Don't put numbers on the left side of `&&`.**" (38 % of the expected length once the code is
  // masked) was "cut short". Headings, list items and bold notes drop 。 there.
  const ctx = (ja: string) =>
    makeContext(
      makeAlignment(
        makeDocument('en', [[EN_BEFORE, 'Don’t put numbers on the left side of the operator.', EN_AFTER]]),
        makeDocument('ja', [['メタの総運営費は今年約9パーセント増加した。', ja, '火曜日、GoogleのCEOは新しいモデルが開発中だと述べた。']]),
      ),
      { lengthRatio: 0.55 },
    );
  it('a sentence ending on a kana or Han letter is not cut short for lack of 。', () => {
    expect(truncation.run(ctx('演算子の左辺に数値を置かない'))).toEqual([]);
  });
  it('an ellipsis is still a cut', () => {
    expect(truncation.run(ctx('演算子の左辺に…')).map((f) => f.message)).toEqual([expect.stringMatching(/ends in “…” where the source does not/)]);
  });
});
