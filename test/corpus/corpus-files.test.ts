// corpus/llama-gpu-cluster/ is made from the seeds by splitByLanguage (vi.txt, en.txt) and a byte
// copy (fr.txt). This test keeps the committed files equal to what the code produces; with
// TQC_WRITE_CORPUS=1 it rewrites them (the command is in corpus/llama-gpu-cluster/README.md).
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { readSourceFile, splitByLanguage } from '../../src/corpus/index.js';

const SEED_VI_EN = 'corpus/seeds/000_6171f854f6f90d12.txt';
const SEED_FR = 'corpus/seeds/004_39318aab1dfaf04d.txt';
const DIR = 'corpus/llama-gpu-cluster';

describe('corpus/llama-gpu-cluster', () => {
  const parts = splitByLanguage(readSourceFile(SEED_VI_EN));

  if (process.env.TQC_WRITE_CORPUS === '1') {
    for (const p of parts) writeFileSync(`${DIR}/${p.lang}.txt`, p.text);
    writeFileSync(`${DIR}/fr.txt`, readFileSync(SEED_FR));
  }

  it('splits the seed into Vietnamese then English, hashtags and credit line with the Vietnamese', () => {
    expect(parts.map((p) => p.lang)).toEqual(['vi', 'en']);
    const vi = parts[0].text.split('\n');
    expect(vi).toHaveLength(8);
    expect(vi[6]).toMatch(/^#Meta #AI #Llama /);
    expect(vi[7]).toBe('Nguồn: https://www.wired.com/story/meta-llama-ai-gpu-training/');
    expect(parts[1].text.startsWith('Managing such a gargantuan array of chips')).toBe(true);
  });

  it('keeps the seed byte for byte: vi + line end + en is the seed', () => {
    const seed = readFileSync(SEED_VI_EN, 'utf8');
    expect(`${parts[0].text}\n${parts[1].text}`).toBe(seed);
  });

  it('matches the committed files', () => {
    expect(readFileSync(`${DIR}/vi.txt`, 'utf8')).toBe(parts[0].text);
    expect(readFileSync(`${DIR}/en.txt`, 'utf8')).toBe(parts[1].text);
    expect(readFileSync(`${DIR}/fr.txt`).equals(readFileSync(SEED_FR))).toBe(true);
  });
});
