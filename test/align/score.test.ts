import { describe, expect, it } from 'vitest';
import { parseBeads, scoreAlignments, scoreCounts } from '../../src/align/index.js';

const b = (text: string) => parseBeads(text);

describe('scoreCounts (the Bleualign/Vecalign convention)', () => {
  it('an identical alignment scores 1 everywhere; 0-1 and 1-0 count for precision only', () => {
    const gold = b('[0]:[0]\n[1, 2]:[1]\n[]:[2]\n[3]:[]\n[4]:[3, 4]\n');
    expect(scoreCounts(gold, gold)).toEqual({ strictRight: 5, laxRight: 5, predicted: 5, strictFound: 3, laxFound: 3, gold: 3 });
    const s = scoreAlignments([{ gold, predicted: gold }]);
    expect(s.strict).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(s.lax).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('a split of a gold 2-1 is wrong strictly and right laxly, on both sides', () => {
    const gold = b('[0, 1]:[0]\n');
    const predicted = b('[0]:[0]\n[1]:[]\n');
    // precision: [0]:[0] lax-right; [1]:[] wrong (a 1-0 is right only if identical in gold)
    // recall: the gold 2-1 shares (0, 0) with [0]:[0] → lax-found, not strict
    expect(scoreCounts(gold, predicted)).toEqual({ strictRight: 0, laxRight: 1, predicted: 2, strictFound: 0, laxFound: 1, gold: 1 });
  });

  it('lax needs a source and a target of the SAME gold bead', () => {
    const gold = b('[0]:[0]\n[1]:[1]\n');
    // shares source 0 with gold bead 0 and target 1 with gold bead 1: not lax
    const predicted = b('[0]:[1]\n[1]:[0]\n');
    expect(scoreCounts(gold, predicted)).toEqual({ strictRight: 0, laxRight: 0, predicted: 2, strictFound: 0, laxFound: 0, gold: 2 });
  });

  it('a predicted 0-1 that gold has as part of a 1-2 is wrong; the 1-2 is found laxly', () => {
    const gold = b('[0]:[0, 1]\n');
    const predicted = b('[0]:[0]\n[]:[1]\n');
    expect(scoreCounts(gold, predicted)).toEqual({ strictRight: 0, laxRight: 1, predicted: 2, strictFound: 0, laxFound: 1, gold: 1 });
  });

  it('indices compare as sets; duplicate and empty beads are ignored', () => {
    const gold = b('[3, 4]:[5]\n');
    const predicted = [
      { source: [4, 3], target: [5] },
      { source: [3, 4], target: [5] },
      { source: [], target: [] },
    ];
    expect(scoreCounts(gold, predicted)).toEqual({ strictRight: 1, laxRight: 1, predicted: 1, strictFound: 1, laxFound: 1, gold: 1 });
  });

  it('unannotated sentences (in no gold bead) make predicted beads that hold them wrong', () => {
    // Text+Berg test 001: de 16 and 17 are in no gold bead.
    const gold = b('[15]:[19]\n[18, 19]:[20]\n');
    const predicted = b('[15]:[19]\n[16]:[]\n[17]:[]\n[18, 19]:[20]\n');
    expect(scoreCounts(gold, predicted)).toEqual({ strictRight: 2, laxRight: 2, predicted: 4, strictFound: 2, laxFound: 2, gold: 2 });
    // Merged into a neighbour instead: strictly wrong, laxly right (it still shares 15 ↔ 19).
    const merged = b('[15, 16, 17]:[19]\n[18, 19]:[20]\n');
    expect(scoreCounts(gold, merged)).toEqual({ strictRight: 1, laxRight: 2, predicted: 2, strictFound: 1, laxFound: 2, gold: 2 });
  });

  it('counts are summed over documents before P, R and F1', () => {
    const d1 = { gold: b('[0]:[0]\n'), predicted: b('[0]:[0]\n') };
    const d2 = { gold: b('[0]:[0]\n[1]:[1]\n[2]:[2]\n'), predicted: b('[0, 1]:[0, 1]\n[2]:[]\n[]:[2]\n') };
    const s = scoreAlignments([d1, d2]);
    expect(s.counts).toEqual({ strictRight: 1, laxRight: 2, predicted: 4, strictFound: 1, laxFound: 3, gold: 4 });
    expect(s.strict.precision).toBe(0.25);
    expect(s.strict.recall).toBe(0.25);
    expect(s.strict.f1).toBe(0.25);
    expect(s.lax.precision).toBe(0.5);
    expect(s.lax.recall).toBe(0.75);
    expect(s.lax.f1).toBeCloseTo(0.6, 10);
  });

  it('nothing predicted: precision and F1 are 0, not NaN', () => {
    const s = scoreAlignments([{ gold: b('[0]:[0]\n'), predicted: [] }]);
    expect(s.strict).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
