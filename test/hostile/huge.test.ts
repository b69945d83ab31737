// Issue 11 rows 3 and 4 at full size, through the CLI: 1,000,000 lines a side (the JSON audit
// used to die of "Invalid string length") and 300,000 added sentences (a stack overflow). Each
// takes minutes on a 2-core machine, so they run only with TQC_HUGE=1 (and in `npm run bench
// huge`, with time and peak memory); test/hostile/sizes.test.ts keeps the crashes' causes in the
// default suite at the sizes that triggered them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addedSentences, millionLines, type HugeCase } from './huge.js';

const BIN = resolve('bin/tqc.js');

describe.skipIf(!process.env.TQC_HUGE)('huge inputs (TQC_HUGE=1)', () => {
  it.each([
    ['1,000,000 lines a side', millionLines],
    ['300,000 added sentences', addedSentences],
  ] as const)('%s: exit 0 or 1 and a valid JSON audit', (_name, make: (dir: string) => HugeCase) => {
    const dir = mkdtempSync(join(tmpdir(), 'tqc-huge-'));
    try {
      mkdirSync(join(dir, 'out'));
      const c = make(dir);
      const r = spawnSync(process.execPath, [BIN, 'check', ...c.args], { cwd: dir, encoding: 'utf8', timeout: 1_500_000 });
      expect(r.stderr).not.toMatch(/internal error|^\s+at /m);
      expect([0, 1], r.stderr).toContain(r.status);
      // parsing a 700 MB audit would itself exceed the string limit: check its frame and its end
      const text = readFileSync(join(dir, 'out', 'en.json'));
      expect(text.subarray(0, 40).toString()).toMatch(/^\{\n {2}"schema": "tqc-audit",/);
      expect(text.subarray(-6).toString()).toBe('  ]\n}\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 1_600_000);
});
