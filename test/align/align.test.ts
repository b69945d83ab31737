import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alignDocuments, alignMany, alignSentences, formatBeads } from '../../src/align/index.js';
import type { Bead } from '../../src/types/index.js';
import { makeDocument } from '../helpers/make.js';
import { EN, FR } from './fixtures.js';

const enfr = { sourceLang: 'en', targetLang: 'fr' };
const ones = (n: number, from = 0, to = 0): string => Array.from({ length: n }, (_, k) => `[${from + k}]:[${to + k}]\n`).join('');

/** Every sentence in exactly one bead, indices contiguous and ascending, beads in order. */
function checkInvariants(beads: Bead[], n: number, m: number): void {
  let i = 0;
  let j = 0;
  for (const b of beads) {
    expect(b.source.length + b.target.length).toBeGreaterThan(0);
    expect(b.source.length).toBeLessThanOrEqual(3);
    expect(b.target.length).toBeLessThanOrEqual(3);
    for (const s of b.source) expect(s).toBe(i++);
    for (const t of b.target) expect(t).toBe(j++);
  }
  expect(i).toBe(n);
  expect(j).toBe(m);
}

describe('alignSentences', () => {
  it('aligns a faithful translation one to one', () => {
    const beads = alignSentences(EN, FR, enfr);
    expect(formatBeads(beads)).toBe(ones(14));
  });

  it('aligns a text with itself one to one', () => {
    const beads = alignSentences(EN, EN, { sourceLang: 'en', targetLang: 'en' });
    expect(formatBeads(beads)).toBe(ones(14));
  });

  it('shows an added sentence as 0-1', () => {
    const fr = [...FR.slice(0, 5), 'Abonnez-vous à notre lettre d’information pour ne rien manquer de l’actualité de l’intelligence artificielle.', ...FR.slice(5)];
    const beads = alignSentences(EN, fr, enfr);
    expect(formatBeads(beads)).toBe(ones(5) + '[]:[5]\n' + ones(9, 5, 6));
  });

  it('a translation cut half-way: the translated half 1-1, then the rest of the source 1-0', () => {
    const beads = alignSentences(EN, FR.slice(0, 7), enfr);
    expect(formatBeads(beads)).toBe(ones(7) + Array.from({ length: 7 }, (_, k) => `[${7 + k}]:[]\n`).join(''));
  });

  it('a lost passage of 5 sentences is one run of 1-0 beads', () => {
    const beads = alignSentences(EN, [...FR.slice(0, 4), ...FR.slice(9)], enfr);
    expect(formatBeads(beads)).toBe(ones(4) + Array.from({ length: 5 }, (_, k) => `[${4 + k}]:[]\n`).join('') + ones(5, 9, 4));
  });

  it('shows a dropped sentence as 1-0', () => {
    const fr = [...FR.slice(0, 7), ...FR.slice(8)];
    const beads = alignSentences(EN, fr, enfr);
    expect(formatBeads(beads)).toBe(ones(7) + '[7]:[]\n' + ones(6, 8, 7));
  });

  it('shows two source sentences translated as one as 2-1', () => {
    const fr = [...FR.slice(0, 2), `${FR[2].slice(0, -1)}, alors que ${FR[3][0].toLowerCase()}${FR[3].slice(1)}`, ...FR.slice(4)];
    const beads = alignSentences(EN, fr, enfr);
    expect(formatBeads(beads)).toBe(ones(2) + '[2, 3]:[2]\n' + ones(10, 4, 3));
  });

  it('shows a duplicated sentence as 0-1 on its second copy', () => {
    const fr = [...FR.slice(0, 7), FR[6], ...FR.slice(7)];
    const beads = alignSentences(EN, fr, enfr);
    expect(formatBeads(beads)).toBe(ones(7) + '[]:[7]\n' + ones(7, 7, 8));
  });

  it('keeps a cut sentence 1-1 with the source sentence it starts; the rest is 1-0', () => {
    // The translation stops inside source sentence 8: "Pendant ce temps, OpenAI…"
    const fr = [...FR.slice(0, 8), 'Pendant ce temps, OpenAI…'];
    const beads = alignSentences(EN, fr, enfr);
    expect(formatBeads(beads)).toBe(ones(9) + '[9]:[]\n[10]:[]\n[11]:[]\n[12]:[]\n[13]:[]\n');
  });

  it('works for a language pair it has no data for (length and anchors)', () => {
    const fr = [...FR.slice(0, 7), ...FR.slice(8)];
    const beads = alignSentences(EN, fr, { sourceLang: 'xx', targetLang: 'yy', lexical: false });
    expect(formatBeads(beads)).toBe(ones(7) + '[7]:[]\n' + ones(6, 8, 7));
  });

  it('widens the band when the best path touches its edge', () => {
    // 8 sentences of another article inserted at the start push the path 8 columns off the
    // diagonal; a band of ±2 must widen to find it (and give the same answer as the default band).
    const captions = [
      'La neige est tombée en abondance sur les sommets des Alpes bernoises pendant tout le week-end.',
      'Les guides de montagne recommandent la plus grande prudence aux randonneurs cette semaine.',
      'Plusieurs cabanes du Club alpin resteront fermées jusqu’à la fin du mois de novembre.',
      'Le risque d’avalanche est considéré comme marqué au-dessus de deux mille mètres d’altitude.',
      'Les sauveteurs ont été appelés à trois reprises dans la vallée de Lauterbrunnen.',
      'Aucun blessé grave n’est heureusement à déplorer selon la police cantonale.',
      'La météo devrait s’améliorer nettement à partir de mercredi prochain.',
      'Les remontées mécaniques ouvriront leurs portes le premier samedi de décembre.',
    ];
    const fr = [...captions, ...FR];
    const expected = captions.map((_, k) => `[]:[${k}]\n`).join('') + ones(14, 0, 8);
    expect(formatBeads(alignSentences(EN, fr, enfr))).toBe(expected);
    expect(formatBeads(alignSentences(EN, fr, { ...enfr, tuning: { band: 2, refineBand: 1 } }))).toBe(expected);
  });

  it('handles empty sides', () => {
    expect(alignSentences([], [], enfr)).toEqual([]);
    expect(formatBeads(alignSentences([], FR.slice(0, 2), enfr))).toBe('[]:[0]\n[]:[1]\n');
    expect(formatBeads(alignSentences(EN.slice(0, 2), [], enfr))).toBe('[0]:[]\n[1]:[]\n');
  });

  it('is deterministic', () => {
    const fr = [...FR.slice(0, 3), ...FR.slice(5)];
    expect(alignSentences(EN, fr, enfr)).toEqual(alignSentences(EN, fr, enfr));
  });

  it('keeps the bead invariants whatever is dropped, added or repeated', () => {
    const edit = fc.array(fc.tuple(fc.constantFrom('drop', 'dup', 'add'), fc.nat(13)), { maxLength: 5 });
    fc.assert(
      fc.property(edit, (edits) => {
        const fr = [...FR];
        for (const [op, at] of edits) {
          const k = at % Math.max(1, fr.length);
          if (op === 'drop' && fr.length > 0) fr.splice(k, 1);
          else if (op === 'dup' && fr.length > 0) fr.splice(k, 0, fr[k]);
          else fr.splice(k, 0, 'Photo : Meta.');
        }
        checkInvariants(alignSentences(EN, fr, enfr), EN.length, fr.length);
      }),
      { numRuns: 40 },
    );
  });
});

describe('alignMany and alignDocuments', () => {
  it('aligns several pairs with one shared lexicon', () => {
    const [a, b] = alignMany([
      { source: EN, target: FR, ...enfr },
      { source: EN.slice(0, 10), target: [...FR.slice(0, 4), ...FR.slice(5, 10)], ...enfr },
    ]);
    expect(formatBeads(a)).toBe(ones(14));
    expect(formatBeads(b)).toBe(ones(4) + '[4]:[]\n' + ones(5, 5, 4));
  });

  it('aligns Documents by their sentences and keeps them in the Alignment', () => {
    const en = makeDocument('en', [EN.slice(0, 3), EN.slice(3, 6)]);
    const fr = makeDocument('fr', [['Les prochains modèles d’IA Llama de Meta s’entraînent sur un cluster GPU «plus grand que tout»'], FR.slice(0, 3), FR.slice(3, 6)]);
    const a = alignDocuments(en, fr);
    expect(a.source).toBe(en);
    expect(a.target).toBe(fr);
    expect(formatBeads(a.beads)).toBe('[]:[0]\n' + ones(6, 0, 1));
  });
});
