// The causes of issue 11's crashes on large inputs, at the sizes that triggered them, fast enough
// for every run (the whole CLI at full size: huge.test.ts, TQC_HUGE=1). A spread of ~130,000
// elements into call arguments overflows V8's stack; these shapes had one each.
import { describe, expect, it } from 'vitest';
import { multiAlign } from '../../src/align/index.js';
import { findRepeats } from '../../src/checks/shared/repeats.js';
import { makeAlignment, makeDocument } from '../helpers/make.js';
import type { Bead } from '../../src/types/index.js';

const range = (n: number, from = 0) => Array.from({ length: n }, (_, i) => i + from);

describe('input-sized arrays never go into call arguments', () => {
  it('multiAlign: one source sentence and 300,000 added sentences, in one bead or in 300,000', () => {
    const n = 300_000;
    const oneBead: Bead[] = [{ source: [0], target: [0] }, { source: [], target: range(n, 1) }];
    const rows = multiAlign(1, [{ key: 'fr', beads: oneBead }]);
    expect(rows.reduce((k, r) => k + r.targets.fr.length, 0)).toBe(n + 1);
    const manyBeads: Bead[] = [{ source: [], target: [0] }, ...range(n, 1).map((j) => ({ source: [], target: [j] })), { source: [0], target: [] }];
    const rows2 = multiAlign(1, [{ key: 'fr', beads: manyBeads }]);
    expect(rows2).toHaveLength(n + 2);
  });

  it('findRepeats: one sentence repeated 125,000 times, each copy translating its own source line', () => {
    const n = 125_000;
    const line = 'La société s’attend à une croissance encore plus forte l’année prochaine.';
    const source = makeDocument('en', [Array(n).fill('The company expects even more growth next year.')]);
    const target = makeDocument('fr', [[...Array(n - 1).fill(line), line, line]]);
    // n 1-1 beads, and the last copy added (0-1): that one alone is a repeat
    const a = makeAlignment(source, target);
    const repeats = findRepeats(a);
    expect([...repeats.keys()]).toEqual([n]);
    expect(repeats.get(n)!.first).toBe(0);
  });
});
