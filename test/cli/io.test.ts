// OutputGuard writes reports a megabyte at a time, small pieces sharing it: the bytes must be exactly the UTF-8 of the
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
    // Reports come as ~16k-character pieces that fill the megabyte buffer together: pieces of
    // every length, emoji and Vietnamese letters falling on its boundary, empty pieces between.
    ['many pieces sharing the buffer', Array.from({ length: 300 }, (_, i) => (i % 7 === 0 ? '' : 'Tuần…😀 '.repeat(50 + i * 13) + 'x'.repeat(i)))],
    ['one character a piece', Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? 'é' : i % 3 === 1 ? '😀' : 'a'))],
  ])('%s', async (_, content) => {
    const path = join(dir, 'out.json');
    await new OutputGuard().write(path, content);
    const text = typeof content === 'string' ? content : content.join('');
    expect(readFileSync(path).equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(readdirSync(dir)).toEqual(['out.json']); // no temp file left
  });
});
