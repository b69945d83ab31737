// OutputGuard writes reports a megabyte at a time: the bytes must be exactly the UTF-8 of the
// report whatever falls on a chunk boundary (a 4-byte emoji, a 3-byte Vietnamese letter).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OutputGuard } from '../../src/cli/io.js';

const dir = mkdtempSync(join(tmpdir(), 'tqc-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('OutputGuard.write', () => {
  it.each([
    ['ASCII around the boundary', 'a'.repeat((1 << 20) - 1) + 'é' + 'b'.repeat(10)],
    ['an emoji across the boundary', 'x'.repeat((1 << 20) - 2) + '😀' + 'Tuần…'.repeat(1000)],
    ['Vietnamese over several megabytes', 'Tuần trước, Altman đã đáp lại. '.repeat(120_000)],
    ['a lone surrogate (written as U+FFFD, as Node writes strings)', 'a\ud800b'],
    ['nothing', ''],
  ])('%s', async (_, content) => {
    const path = join(dir, 'out.json');
    await new OutputGuard().write(path, content);
    expect(readFileSync(path).equals(Buffer.from(content, 'utf8'))).toBe(true);
    expect(readdirSync(dir)).toEqual(['out.json']); // no temp file left
  });
});
