import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatBeads, parseBeads } from '../../src/align/index.js';

describe('formatBeads / parseBeads', () => {
  it('writes the field notation, one bead per line', () => {
    const beads = [
      { source: [0], target: [0] },
      { source: [3, 4], target: [5] },
      { source: [], target: [7] },
      { source: [9], target: [] },
    ];
    expect(formatBeads(beads)).toBe('[0]:[0]\n[3, 4]:[5]\n[]:[7]\n[9]:[]\n');
  });

  it('reads the gold files of the benchmark (blank lines, CRLF, spacing)', () => {
    expect(parseBeads('[0]:[0, 1]\r\n\r\n[6, 7] : [9, 10]\n[]:[51]\n[5]:[]')).toEqual([
      { source: [0], target: [0, 1] },
      { source: [6, 7], target: [9, 10] },
      { source: [], target: [51] },
      { source: [5], target: [] },
    ]);
  });

  it('rejects malformed lines with the line number', () => {
    expect(() => parseBeads('[0]:[0]\n[1]-[1]\n')).toThrow(/line 2/);
    expect(() => parseBeads('[a]:[0]')).toThrow(/"a" is not a sentence index/);
  });

  it('round-trips any bead list (cost is not part of the notation)', () => {
    const bead = fc.record({
      source: fc.array(fc.nat(10_000), { maxLength: 4 }),
      target: fc.array(fc.nat(10_000), { maxLength: 4 }),
    });
    fc.assert(fc.property(fc.array(bead, { maxLength: 30 }), (beads) => {
      expect(parseBeads(formatBeads(beads))).toEqual(beads);
    }));
  });
});
