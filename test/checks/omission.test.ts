import { describe, expect, it } from 'vitest';
import { omission } from '../../src/checks/omission.js';
import type { Bead } from '../../src/types/index.js';
import { makeAlignment, makeContext, makeDocument } from '../helpers/make.js';
import { at, frSeed, viSeed } from './fixtures/seeds.js';

const EN = [
  'Meta’s total operating costs have grown about 9 percent this year.',
  'But overall sales have surged more than 22 percent, leaving the company with fatter margins.',
  'Meanwhile, OpenAI is burning through cash despite charging developers for access to its models.',
  'Source: Wired',
  'Zuckerberg remains bullish about the open source strategy.',
];
const FR = [
  'Les coûts d’exploitation totaux de Meta ont augmenté d’environ 9 pour cent cette année.',
  'Mais les ventes globales ont bondi de plus de 22 %, laissant à l’entreprise des marges plus importantes.',
  'Pendant ce temps, OpenAI brûle de l’argent malgré le fait de facturer aux développeurs l’accès à ses modèles.',
  'Zuckerberg reste optimiste quant à la stratégie open source.',
];

function ctxWith(beads: Bead[], en = EN, fr: string[] = FR) {
  return makeContext(makeAlignment(makeDocument('en', [en]), makeDocument('fr', [fr]), beads), { lengthRatio: 1.18 });
}

describe('omission: source sentences with no counterpart', () => {
  it('a sentence dropped in the middle: major, source span = the sentence, no target span', () => {
    const ctx = ctxWith([{ source: [0], target: [0] }, { source: [1], target: [] }, { source: [2], target: [1] }, { source: [3], target: [] }, { source: [4], target: [2] }], EN, [FR[0], FR[2], FR[3]]);
    const found = omission.run(ctx);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({ message: 'source sentence 2 has no translation', target: null, source: at(ctx, 'source', EN[1]) });
    expect(found[0].severity).toBe('major');
    // A dropped "Source: Wired" credit is no loss of content.
    expect(found[1]).toMatchObject({ message: 'source sentence 4 has no translation', severity: 'minor', source: at(ctx, 'source', 'Source: Wired') });
  });

  it('a run of consecutive dropped sentences is one finding', () => {
    const ctx = ctxWith([{ source: [0], target: [0] }, { source: [1], target: [] }, { source: [2], target: [] }, { source: [3], target: [] }, { source: [4], target: [1] }], EN, [FR[0], FR[3]]);
    const found = omission.run(ctx);
    expect(found).toHaveLength(1);
    expect(found[0].message).toBe('source sentences 2–4 (3 sentences, 31 words) have no translation');
    expect(found[0].severity).toBe('major');
    const src = ctx.alignment.source.sentences;
    expect(found[0].source).toEqual({ start: src[1].start, end: src[3].end });
  });

  it('the last sentence of a long article missing (too small to be a truncation) is an omission', () => {
    const en = Array.from({ length: 12 }, (_, i) => `Meta expects to spend as much as ${i + 30} billion dollars in capital this year.`);
    const fr = Array.from({ length: 11 }, (_, i) => `Meta prévoit de dépenser jusqu’à ${i + 30} milliards de dollars cette année.`);
    const ctx = makeContext(makeAlignment(makeDocument('en', [en]), makeDocument('fr', [fr])), { lengthRatio: 1 });
    const found = omission.run(ctx);
    expect(found).toHaveLength(1);
    expect(found[0].message).toBe('source sentence 12 has no translation');
  });

  it('Vietnamese seed: the 13 trailing sentences belong to truncation, not to omission', () => {
    expect(omission.run(viSeed())).toEqual([]);
  });

  it('French seed: complete, nothing', () => {
    expect(omission.run(frSeed())).toEqual([]);
  });
});

describe('omission: a clause missing inside a sentence', () => {
  const EN_LONG =
    'According to one estimate, a cluster of 100,000 H100 chips would require 150 megawatts of power, while El Capitan, the largest national lab supercomputer in the United States, requires 30 megawatts.';
  it('en→fr: the El Capitan clauses are gone; report the source clause span', () => {
    const fr = 'Selon une estimation, un cluster de 100 000 puces H100 nécessiterait 150 mégawatts de puissance.';
    const ctx = makeContext(makeAlignment(makeDocument('en', [EN_LONG]), makeDocument('fr', [fr])), { lengthRatio: 1.15 });
    const found = omission.run(ctx);
    expect(found).toHaveLength(1);
    expect(found[0].source).toEqual(at(ctx, 'source', 'while El Capitan, the largest national lab supercomputer in the United States, requires 30 megawatts'));
    expect(found[0].target).toEqual(at(ctx, 'target', fr));
    expect(found[0].message).toMatch(/^part of source sentence 1 has no translation: “while El Capitan, .*” \(El, Capitan, United, States, 30 absent; the translation is 4\d % of the expected length\)$/);
  });

  it('en→vi and en→de: same omission found', () => {
    const vi = 'Theo một ước lượng, một cụm chip H100 100.000 chiếc sẽ cần 150 megawatt điện.';
    const de = 'Einer Schätzung zufolge bräuchte ein Cluster aus 100.000 H100-Chips 150 Megawatt Strom.';
    for (const [lang, text, ratio] of [['vi', vi, 0.93], ['de', de, 1.0]] as const) {
      const ctx = makeContext(makeAlignment(makeDocument('en', [EN_LONG]), makeDocument(lang, [text])), { lengthRatio: ratio });
      const found = omission.run(ctx);
      expect(found.map((f) => f.source)).toEqual([at(ctx, 'source', 'while El Capitan, the largest national lab supercomputer in the United States, requires 30 megawatts')]);
    }
  });

  const fine: [string, string, string, number][] = [
    ['a correct translation 15 % shorter', EN_LONG, 'Selon une estimation, 100 000 puces H100 demanderaient 150 mégawatts, alors qu’El Capitan, le plus grand supercalculateur des États-Unis, en exige 30.', 1.15],
    ['a short paraphrase that keeps every name and number', EN_LONG, 'Un cluster de 100 000 H100 : 150 mégawatts ; El Capitan aux États-Unis : 30.', 1.15],
    ['a shortened clause whose only anchor is an acronym (CEO → PDG)', 'CEO Sam Altman has said that GPT-5 will be a significant leap forward, according to the CEO of the company.', 'Sam Altman a déclaré que GPT-5 serait un bond en avant.', 1.15],
    ['a short sentence', 'Meta declined to comment, citing policy.', 'Meta refuse.', 1.15],
  ];
  it.each(fine)('not flagged: %s', (_, en, fr, ratio) => {
    const ctx = makeContext(makeAlignment(makeDocument('en', [en]), makeDocument('fr', [fr])), { lengthRatio: ratio });
    expect(omission.run(ctx)).toEqual([]);
  });
});

describe('omission: a sentence dropped inside a merged bead', () => {
  const en = [
    'Total operating costs at Meta have grown about 9 percent this year.',
    'But overall sales have surged more than 22 percent.',
    'The company expects even more torrid growth in that spending next year.',
  ];
  const ctxOf = (de: string[]) => {
    const src = makeDocument('en', [en]);
    const tgt = makeDocument('de', [de]);
    return makeContext(makeAlignment(src, tgt, [{ source: [0], target: [0] }, { source: [1, 2], target: [1] }]), { lengthRatio: 1.15 });
  };

  it('reports the source sentence whose anchors are all absent when the merge is short', () => {
    const ctx = ctxOf([
      'Die Betriebskosten von Meta sind in diesem Jahr um etwa 9 Prozent gestiegen.',
      'Das Unternehmen erwartet im nächsten Jahr ein noch stärkeres Wachstum dieser Ausgaben.',
    ]);
    const found = omission.run(ctx);
    expect(found).toHaveLength(1);
    expect(ctx.alignment.source.file.text.slice(found[0].source!.start, found[0].source!.end)).toBe(en[1]);
    expect(found[0].message).toMatch(/22/);
  });

  it('does not report two sentences rightly translated as one', () => {
    const ctx = ctxOf([
      'Die Betriebskosten von Meta sind in diesem Jahr um etwa 9 Prozent gestiegen.',
      'Der Umsatz stieg jedoch um mehr als 22 Prozent, und das Unternehmen erwartet im nächsten Jahr ein noch stärkeres Wachstum dieser Ausgaben.',
    ]);
    expect(omission.run(ctx)).toEqual([]);
  });
});
