// The language detector loads eld's database from the packed copy the build writes
// (dist/data/eld-small.bin, searched in place): it must give exactly eld's own scores, and be
// refused when it was made from another eld version or is damaged.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eldFromPacked, installedEldData, packEldData, type Detector } from '../../src/lang/detect.js';

const root = new URL('../../', import.meta.url);
const copy = readFileSync(new URL('dist/data/eld-small.bin', root));
const own = (createRequire(import.meta.url)(join(new URL('node_modules/eld/src/entries/static.small.js', root).pathname)) as { eld: Detector }).eld;

// Every paragraph of the shipped corpus, and short fragments where detectors differ most.
const texts = ['en', 'fr', 'vi']
  .flatMap((l) => readFileSync(new URL(`corpus/llama-gpu-cluster/${l}.txt`, root), 'utf8').split('\n'))
  .filter((t) => t.trim() !== '')
  .concat(['through cash', 'développeurs', 'Tuần…', 'Source link', 'Leave a Reply', '42 %', '', 'toString constructor __proto__ hasOwnProperty']);

describe('eld from the build’s packed copy', () => {
  it('gives eld’s own scores on every paragraph of the corpus and on short fragments', () => {
    const viaCopy = eldFromPacked(copy);
    expect(viaCopy).not.toBeNull();
    expect(texts.length).toBeGreaterThan(35);
    for (const t of texts) expect(viaCopy!.detect(t).getScores()).toEqual(own.detect(t).getScores());
  });

  it('is the packing of the installed eld’s database', () => {
    expect(packEldData(installedEldData())!.equals(copy)).toBe(true);
  });

  it('is refused when made from another eld version, or cut short', () => {
    expect(eldFromPacked(packEldData({ ...installedEldData(), eld: '0.0.0-other' })!)).toBeNull();
    expect(eldFromPacked(copy.subarray(0, copy.length - 2))).toBeNull();
    expect(eldFromPacked(Buffer.alloc(0))).toBeNull();
  });
});
