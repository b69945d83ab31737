import { describe, expect, it } from 'vitest';
import { multiAlign, parseBeads } from '../../src/align/index.js';
import type { MultiRow } from '../../src/types/index.js';

const b = parseBeads;

/** Every sentence of every version in exactly one row, rows in order. */
function checkPartition(rows: MultiRow[], sourceCount: number, targets: Record<string, number>): void {
  const src = rows.flatMap((r) => r.source);
  expect(src).toEqual([...Array(sourceCount).keys()]);
  for (const [key, count] of Object.entries(targets)) {
    expect(rows.flatMap((r) => r.targets[key])).toEqual([...Array(count).keys()]);
  }
}

describe('multiAlign', () => {
  it('lays two 1-1 versions side by side', () => {
    const rows = multiAlign(2, [
      { key: 'fr', beads: b('[0]:[0]\n[1]:[1]') },
      { key: 'vi', beads: b('[0]:[0]\n[1]:[1]') },
    ]);
    expect(rows).toEqual([
      { source: [0], targets: { fr: [0], vi: [0] } },
      { source: [1], targets: { fr: [1], vi: [1] } },
    ]);
  });

  it('uses the coarsest common grouping when versions merge differently', () => {
    // French merges source 1+2, Vietnamese merges 2+3: one row for 1..3.
    const fr = b('[0]:[0]\n[1, 2]:[1]\n[3]:[2]\n[4]:[3]');
    const vi = b('[0]:[0]\n[1]:[1]\n[2, 3]:[2]\n[4]:[3, 4]');
    const rows = multiAlign(5, [
      { key: 'fr', beads: fr },
      { key: 'vi', beads: vi },
    ]);
    expect(rows).toEqual([
      { source: [0], targets: { fr: [0], vi: [0] } },
      { source: [1, 2, 3], targets: { fr: [1, 2], vi: [1, 2] } },
      { source: [4], targets: { fr: [3], vi: [3, 4] } },
    ]);
    checkPartition(rows, 5, { fr: 4, vi: 5 });
  });

  it('puts target-only text in source-less rows at its place, paired across versions', () => {
    // The French title repeat and footer; the Vietnamese title.
    const fr = b('[]:[0]\n[]:[1]\n[0]:[2]\n[1]:[3]\n[]:[4]\n[]:[5]');
    const vi = b('[]:[0]\n[0]:[1]\n[1]:[]');
    const rows = multiAlign(2, [
      { key: 'fr', beads: fr },
      { key: 'vi', beads: vi },
    ]);
    expect(rows).toEqual([
      { source: [], targets: { fr: [0], vi: [0] } },
      { source: [], targets: { fr: [1], vi: [] } },
      { source: [0], targets: { fr: [2], vi: [1] } },
      { source: [1], targets: { fr: [3], vi: [] } },
      { source: [], targets: { fr: [4], vi: [] } },
      { source: [], targets: { fr: [5], vi: [] } },
    ]);
    checkPartition(rows, 2, { fr: 6, vi: 2 });
  });

  it('a 0-1 inside another version\'s merge joins that row', () => {
    const fr = b('[0, 1]:[0]');
    const vi = b('[0]:[0]\n[]:[1]\n[1]:[2]');
    const rows = multiAlign(2, [
      { key: 'fr', beads: fr },
      { key: 'vi', beads: vi },
    ]);
    expect(rows).toEqual([{ source: [0, 1], targets: { fr: [0], vi: [0, 1, 2] } }]);
  });

  it('an empty source: all text is source-less rows', () => {
    expect(multiAlign(0, [{ key: 'fr', beads: b('[]:[0]') }])).toEqual([{ source: [], targets: { fr: [0] } }]);
  });
});
