// The multi-version view: one row per stretch of source, with every version's sentences for it,
// so reporters can lay the translations side by side. When versions group the source differently
// (French merges source sentences 3 and 4, Vietnamese does not), the row is the coarsest common
// grouping: a row boundary falls only where no version has a bead across it.
import type { Bead, MultiRow } from '../types/index.js';

export interface KeyedBeads {
  key: string;
  beads: readonly Bead[];
}

function min(xs: readonly number[]): number {
  let m = xs[0];
  for (let i = 1; i < xs.length; i++) if (xs[i] < m) m = xs[i];
  return m;
}

function max(xs: readonly number[]): number {
  let m = xs[0];
  for (let i = 1; i < xs.length; i++) if (xs[i] > m) m = xs[i];
  return m;
}

export function multiAlign(sourceCount: number, alignments: readonly KeyedBeads[]): MultiRow[] {
  const n = sourceCount;
  // spanned[p]: some bead holds both sentence p-1 and sentence p, so no row may start at p.
  const spanned = new Uint8Array(n + 1);
  for (const { beads } of alignments) {
    for (const b of beads) {
      if (b.source.length < 2) continue;
      const lo = min(b.source);
      const hi = max(b.source);
      for (let p = lo + 1; p <= hi && p <= n; p++) spanned[p] = 1;
    }
  }
  // rowOf[i]: the row start (source position) of sentence i.
  const rowStart = new Int32Array(n);
  let start = 0;
  for (let i = 0; i < n; i++) {
    if (!spanned[i]) start = i;
    rowStart[i] = start;
  }
  const keys = alignments.map((a) => a.key);
  const empty = (): Record<string, number[]> => {
    const r: Record<string, number[]> = {};
    for (const k of keys) r[k] = [];
    return r;
  };
  // Rows with source, by their start position (an array: 50,000 rows of an --aligned file were a
  // Map's worth of hashing); source-less rows, by boundary position.
  const rows: (MultiRow | undefined)[] = new Array<MultiRow | undefined>(n);
  for (let i = 0; i < n; i++) {
    const s = rowStart[i];
    let row = rows[s];
    if (!row) rows[s] = row = { source: [], targets: empty() };
    row.source.push(i);
  }
  const gaps = new Map<number, MultiRow[]>();
  for (const { key, beads } of alignments) {
    let pos = 0; // next source sentence
    let gapAt = -1;
    let gapIndex = 0;
    for (const b of beads) {
      if (b.source.length > 0) {
        const row = rows[rowStart[min(b.source)]];
        if (row) for (const j of b.target) row.targets[key].push(j);
        pos = max(b.source) + 1;
        continue;
      }
      if (b.target.length === 0) continue;
      if (pos < n && spanned[pos]) {
        // Inside a row of another version's merge: the text belongs to that row.
        const row = rows[rowStart[pos]];
        if (row) for (const j of b.target) row.targets[key].push(j);
        continue;
      }
      if (gapAt !== pos) {
        gapAt = pos;
        gapIndex = 0;
      }
      let list = gaps.get(pos);
      if (!list) gaps.set(pos, (list = []));
      if (list.length <= gapIndex) list.push({ source: [], targets: empty() });
      const gap = list[gapIndex++].targets[key];
      for (const j of b.target) gap.push(j); // loops, never push(...x): 300,000 sentences overflowed the stack
    }
  }
  const out: MultiRow[] = [];
  for (let p = 0; p <= n; p++) {
    const g = gaps.get(p);
    if (g) for (const r of g) out.push(compact(r));
    const row = p < n ? rows[p] : undefined;
    if (row) out.push(compact(row));
  }
  return out;
}

/** A row's lists at their length: an array filled by push() keeps room for 16 numbers (~150 bytes),
 *  and the rows of a 100,000-sentence pair held ~35 MB of that room until the reports were written. */
function compact(row: MultiRow): MultiRow {
  row.source = row.source.slice();
  for (const k in row.targets) row.targets[k] = row.targets[k].slice();
  return row;
}
