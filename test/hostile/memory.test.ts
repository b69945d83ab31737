// "An alignment of two unrelated 100k-sentence documents finishes within its memory target"
// (< 500 MB). Each alignment runs in a child process whose own peak RSS
// (process.resourceUsage().maxRSS) the test reads. Time is the benchmark's business (`npm run bench
// unrelated`: ~14 s at 100k); the test bounds only its growth, with a generous ceiling against hangs.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CHILD = resolve('test/hostile/unrelated-child.ts');

function alignUnrelated(n: number): { ms: number; beads: number; maxRssKiB: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, String(n)], { encoding: 'utf8', timeout: 170_000 });
  if (r.status !== 0) throw new Error(`child failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

describe('aligning unrelated documents', () => {
  it('100k unrelated sentences a side: within the memory target (< 500 MB)', () => {
    const r = alignUnrelated(100_000);
    expect(r.beads).toBeGreaterThanOrEqual(50_000);
    expect(r.maxRssKiB / 1024, 'peak RSS MiB').toBeLessThan(500);
  }, 180_000);

  it('10k and 20k unrelated sentences: < 500 MB and < 30 s each, time ≤ 3.5× for twice the sentences', () => {
    const small = alignUnrelated(10_000);
    const large = alignUnrelated(20_000);
    for (const [n, r] of [[10_000, small], [20_000, large]] as const) {
      expect(r.beads).toBeGreaterThanOrEqual(n * 0.5);
      expect(r.maxRssKiB / 1024, `${n}: peak RSS MiB`).toBeLessThan(500);
      expect(r.ms, `${n}: alignment ms`).toBeLessThan(30_000);
    }
    // Twice the sentences: ~2× the time when the band does not widen, 4× if it grows like n².
    expect(large.ms / small.ms, `10k ${small.ms.toFixed(0)} ms → 20k ${large.ms.toFixed(0)} ms`).toBeLessThan(3.5);
  }, 180_000);
});
