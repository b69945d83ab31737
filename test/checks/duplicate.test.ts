import { describe, expect, it } from 'vitest';
import { addition } from '../../src/checks/addition.js';
import { duplicate } from '../../src/checks/duplicate.js';
import type { Bead } from '../../src/types/index.js';
import { makeAlignment, makeContext, makeDocument } from '../helpers/make.js';
import { frSeed } from './fixtures/seeds.js';

const TITLE_FR = 'Les prochains modèles d’IA Llama de Meta s’entraînent sur un cluster GPU «plus grand que tout»';
const TITLE_EN = 'Meta’s Next Llama AI Models Are Training on a GPU Cluster ‘Bigger Than Anything’ Else';

function ctxOf(en: (string | string[])[], tgtLang: string, tgt: (string | string[])[], beads?: Bead[]) {
  return makeContext(makeAlignment(makeDocument('en', en), makeDocument(tgtLang, tgt), beads));
}

describe('duplicate: repeated sentences', () => {
  it('French seed: the title twice, the English none — the second copy is the finding', () => {
    const ctx = frSeed();
    const found = duplicate.run(ctx);
    expect(found).toHaveLength(1);
    const t = ctx.alignment.target.sentences;
    expect(found[0].target).toEqual({ start: t[1].start, end: t[1].end });
    expect(ctx.alignment.target.file.text.slice(t[1].start, t[1].end)).toBe(TITLE_FR);
    expect(found[0].source).toBeNull();
    expect(found[0].message).toBe('target sentence 2 repeats sentence 1 (paragraph 1) word for word; the source does not repeat it');
    // …and addition does not report the same copy again.
    expect(addition.run(ctx).some((f) => f.target?.start === t[1].start)).toBe(false);
  });

  it('en→fr: the English has the title once (1-1), the French twice → the unaligned copy is the repeat, whichever comes first', () => {
    const ctx = ctxOf([TITLE_EN, 'Meta declined to comment.'], 'fr', [TITLE_FR, TITLE_FR.toUpperCase(), 'Meta n’a pas souhaité commenter.'], [
      { source: [], target: [0] },
      { source: [0], target: [1] },
      { source: [1], target: [2] },
    ]);
    const found = duplicate.run(ctx);
    expect(found).toHaveLength(1);
    expect(found[0].target).toEqual({ start: 0, end: TITLE_FR.length });
    expect(found[0].message).toMatch(/^target sentence 1 repeats sentence 2 /);
    expect(addition.run(ctx)).toEqual([]);
  });

  it('en→de: a sentence doubled inside one bead (1-2), differing only in punctuation and case', () => {
    const de = ['Meta lehnte eine Stellungnahme ab.', 'meta lehnte eine Stellungnahme ab!'];
    const ctx = ctxOf([['Meta declined to comment.']], 'de', [de], [{ source: [0], target: [0, 1] }]);
    const found = duplicate.run(ctx);
    expect(found).toHaveLength(1);
    const s = ctx.alignment.target.sentences[1];
    expect(found[0].target).toEqual({ start: s.start, end: s.end });
    expect(found[0].source).toEqual({ start: 0, end: 'Meta declined to comment.'.length });
  });

  it('en→vi: a repeated paragraph of two sentences is one finding', () => {
    const p = ['Meta từ chối bình luận về vấn đề này.', 'Công ty mong đợi mức tăng chi tiêu còn mạnh hơn.'];
    const ctx = ctxOf([['Meta declined to comment on the matter.', 'The company expects even more torrid growth.']], 'vi', [p, p], [
      { source: [0], target: [0] },
      { source: [1], target: [1] },
      { source: [], target: [2] },
      { source: [], target: [3] },
    ]);
    const found = duplicate.run(ctx);
    expect(found).toHaveLength(1);
    const t = ctx.alignment.target.sentences;
    expect(found[0].target).toEqual({ start: t[2].start, end: t[3].end });
    expect(found[0].message).toBe('target sentences 3–4 (2 sentences) repeat sentences 1–2 (paragraph 1) word for word; the source does not repeat it');
  });

  const fine: [string, (string | string[])[], string, (string | string[])[]][] = [
    ['the source title repeated in the source too', [TITLE_EN, TITLE_EN, 'Meta declined to comment.'], 'fr', [TITLE_FR, TITLE_FR, 'Meta n’a pas souhaité commenter.']],
    // apart: a sentence between them (right after each other, see below, they are a duplicate)
    ['two different source sentences rightly translated alike', [['He said no to the offer.', 'The board met again.', 'He turned the offer down.']], 'fr', [['Il a refusé l’offre de rachat.', 'Le conseil s’est réuni de nouveau.', 'Il a refusé l’offre de rachat.']]],
    ['a one-word sentence repeated', [['Yes.', 'Really?', 'Yes.']], 'fr', [['Oui.', 'Vraiment ?', 'Oui.']]],
  ];
  it.each(fine)('not flagged: %s', (_, en, lang, tgt) => {
    expect(duplicate.run(ctxOf(en, lang, tgt))).toEqual([]);
  });
});

describe('duplicate: a sentence written twice in a row, each copy aligned to a source sentence', () => {
  // A Vietnamese talk with one sentence written twice: the sentence before had merged two source
  // sentences, so the aligner went 1-1 through the copies, each with a source sentence of its own,
  // and "each copy translates something" hid the duplicate. Right after its twin, a copy
  // translates nothing new — unless its source repeats its twin's source.
  const en = [['Afghanistan looks so different from here in America.', 'I find that Americans see the fragility in changes.', 'I fear that these changes will not last.']];
  const copy = 'Tôi thấy rằng người Mỹ thấy sự yếu ớt trong những thay đổi.';
  it('flagged: the second copy', () => {
    const found = duplicate.run(ctxOf(en, 'vi', [[copy, copy, 'Tôi sợ rằng những thay đổi đó sẽ không kéo dài.']]));
    expect(found.map((f) => f.message)).toEqual(['target sentence 2 repeats sentence 1 (paragraph 1) word for word; the source does not repeat it']);
  });
  it('not flagged: the source repeats itself there too', () => {
    const said = 'Never give up on your dreams.';
    expect(duplicate.run(ctxOf([[said, said, 'That is all.']], 'fr', [['N’abandonnez jamais vos rêves.', 'N’abandonnez jamais vos rêves.', 'C’est tout.']]))).toEqual([]);
  });
});

describe('duplicate: a sentence repeated inside a passage added as a whole', () => {
  // Vue's French "Computed Properties": a section the English copy lacks writes one sentence twice,
  // once for each API style. The section is one addition; the second copy is no duplicate of it.
  const EN = ['Computed properties are by default getter-only.', 'Use them for derived state.'];
  const SAME = 'Si vous en avez besoin, vous pouvez obtenir la valeur précédente renvoyée par la propriété calculée.';
  const FR = ['Les propriétés calculées sont par défaut en lecture seule.', 'Obtenir la valeur précédente', 'Supporté à partir de la version 3.4.', SAME, SAME, 'Si vous utilisez une valeur calculée modifiable :', 'Utilisez-les pour un état dérivé.'];
  const beads: Bead[] = [{ source: [0], target: [0] }, ...[1, 2, 3, 4, 5].map((j) => ({ source: [], target: [j] })), { source: [1], target: [6] }];
  it('is part of the addition: one finding for the passage, none from duplicate', () => {
    const ctx = ctxOf(EN, 'fr', FR, beads);
    expect(duplicate.run(ctx)).toEqual([]);
    expect(addition.run(ctx).map((f) => f.message)).toEqual(['target sentences 2–6: text with no counterpart in the source']);
  });
  it('two copies alone in an added run are still a duplicate (the seed’s title twice)', () => {
    const ctx = ctxOf(EN, 'fr', [FR[0], SAME, SAME, FR[6]], [{ source: [0], target: [0] }, { source: [], target: [1] }, { source: [], target: [2] }, { source: [1], target: [3] }]);
    expect(duplicate.run(ctx).map((f) => f.message)).toEqual(['target sentence 3 repeats sentence 2 (paragraph 2) word for word; the source does not repeat it']);
  });
});

describe('duplicate: a word typed twice (minor)', () => {
  it('en→fr: "le le"', () => {
    const fr = 'Il a publié le le rapport mercredi.';
    const ctx = ctxOf(['He published the report on Wednesday.'], 'fr', [fr]);
    const found = duplicate.run(ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'minor', target: { start: 12, end: 17 }, actual: 'le le', expected: 'le' });
  });

  const fine: [string, string, string, string][] = [
    ['French "nous nous"', 'We met on Tuesday.', 'fr', 'Nous nous sommes rencontrés mardi.'],
    ['Vietnamese reduplication', 'Slowly, the model improved.', 'vi', 'Từ từ, mô hình được cải thiện.'],
    ['a doubled word the source doubles too', 'The band Duran Duran played.', 'de', 'Die Band Duran Duran spielte.'],
    ['words separated by a comma', 'It is what it is.', 'de', 'Es ist, ist es nicht?'],
  ];
  it.each(fine)('not flagged: %s', (_, en, lang, tgt) => {
    expect(duplicate.run(ctxOf([en], lang, [tgt]))).toEqual([]);
  });
});
