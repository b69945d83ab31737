import { describe, expect, it } from 'vitest';
import { carryBeads } from '../../src/run/compose.js';
import type { Bead } from '../../src/types/index.js';

const b = (source: number[], target: number[]): Bead => ({ source, target });

describe('carryBeads: the old source alignment carried to the new source', () => {
  it('a sentence inserted between two: a 1-0 bead in place, the others shifted', () => {
    // old 0,1,2 → new 0,1,(2 added),3
    expect(carryBeads([b([0], [0]), b([1], [1]), b([2], [2])], [[0], [1], [3]], 4, 3)).toEqual([b([0], [0]), b([1], [1]), b([2], []), b([3], [2])]);
  });

  it('two old sentences merged into one: their translations in one bead', () => {
    expect(carryBeads([b([0], [0]), b([1], [1]), b([2], [2])], [[0], [1], [1]], 2, 3)).toEqual([b([0], [0]), b([1], [1, 2])]);
  });

  it('a removed sentence: its translation stands alone (0-1), an added one inside a carried bead joins it', () => {
    expect(carryBeads([b([0], [0]), b([1], [1]), b([2, 3], [2])], [[0], [], [1], [3]], 4, 3)).toEqual([b([0], [0]), b([], [1]), b([1, 2, 3], [2])]);
  });

  it('null when the carried beads do not cover the target (fresh alignment stands)', () => {
    expect(carryBeads([b([0], [0])], [[0]], 1, 2)).toBeNull();
  });
});
