// The real example: the seed article's English original against its French and Vietnamese
// translations, segmented by src/corpus. A careful human alignment, checked against the files:
// - English (000_… after the "Nguồn:" line): 10 paragraphs, 27 sentences, no title.
// - French (004_…): the title twice, then 27 sentences that translate the English one to one,
//   then web boilerplate: "Source link", "Leave a Reply", "Your email address will not be
//   published.", "Required fields are marked *" — all 0-1, like both title lines.
// - Vietnamese (000_… up to "Nguồn:"): a title (0-1), 13 sentences one to one with English 0..12,
//   then "Tuần…", cut, which starts English 13 ("Last week, Altman responded…") and stays 1-1
//   with it; the 13 English sentences after it have no translation (1-0); the hashtag line and
//   the "Nguồn: https://…" line translate nothing (0-1).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alignDocuments, formatBead, multiAlign } from '../../src/align/index.js';
import { documentFromFile, loadDocument } from '../../src/corpus/index.js';
import type { Bead, Document } from '../../src/types/index.js';

const seeds = fileURLToPath(new URL('../../corpus/seeds/', import.meta.url));
const mixed = readFileSync(`${seeds}000_6171f854f6f90d12.txt`, 'utf8').split('\n');
const fromLines = (path: string, text: string): Document => documentFromFile({ path, text, encoding: 'utf-8', format: 'text' });
const vi = fromLines('seed.vi.txt', `${mixed.slice(0, 8).join('\n')}\n`);
const en = fromLines('seed.en.txt', mixed.slice(8).join('\n'));
const fr = loadDocument(`${seeds}004_39318aab1dfaf04d.txt`, { lang: 'fr' });

const sorted = (beads: Bead[]) => beads.map(formatBead).sort();
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

describe('the seed article', () => {
  it('is segmented as the human alignment below assumes', () => {
    expect(en.sentences).toHaveLength(27);
    expect(en.sentences[0].text).toMatch(/^Managing such/);
    expect(en.sentences[13].text).toMatch(/^Last week, Altman responded/);
    expect(fr.sentences).toHaveLength(33);
    expect(fr.sentences[29].text.trim()).toBe('Source link');
    expect(vi.sentences).toHaveLength(17);
    expect(vi.sentences[14].text.trim()).toBe('Tuần…');
    expect(vi.sentences[15].text).toMatch(/^#Meta #AI #Llama/);
    expect(vi.sentences[16].text).toMatch(/^Nguồn: https:/);
  });

  it('EN ↔ FR: 27 one-to-one beads; the two title lines and the footer lines are 0-1', () => {
    const { beads } = alignDocuments(en, fr);
    const expected = [
      '[]:[0]',
      '[]:[1]',
      ...range(0, 27).map((k) => `[${k}]:[${k + 2}]`),
      '[]:[29]',
      '[]:[30]',
      '[]:[31]',
      '[]:[32]',
    ];
    expect(beads.map(formatBead)).toEqual(expected);
  });

  it('EN ↔ VI: one to one up to the cut "Tuần…" ↔ "Last week…", then 13 English 1-0; title, hashtags and "Nguồn:" 0-1', () => {
    const { beads } = alignDocuments(en, vi);
    const expected = [
      '[]:[0]',
      ...range(0, 14).map((k) => `[${k}]:[${k + 1}]`),
      ...range(14, 27).map((k) => `[${k}]:[]`),
      '[]:[15]',
      '[]:[16]',
    ];
    expect(sorted(beads)).toEqual([...expected].sort());
    // In document order up to the cut.
    expect(beads.slice(0, 15).map(formatBead)).toEqual(expected.slice(0, 15));
  });

  it('lays both versions side by side', () => {
    const rows = multiAlign(en.sentences.length, [
      { key: 'fr', beads: alignDocuments(en, fr).beads },
      { key: 'vi', beads: alignDocuments(en, vi).beads },
    ]);
    expect(rows[0]).toEqual({ source: [], targets: { fr: [0], vi: [0] } });
    expect(rows[1]).toEqual({ source: [], targets: { fr: [1], vi: [] } });
    expect(rows[2]).toEqual({ source: [0], targets: { fr: [2], vi: [1] } });
    expect(rows.find((r) => r.source[0] === 13)).toEqual({ source: [13], targets: { fr: [15], vi: [14] } });
    expect(rows.find((r) => r.source[0] === 20)).toEqual({ source: [20], targets: { fr: [22], vi: [] } });
    expect(rows.flatMap((r) => r.targets.vi)).toEqual(range(0, 17));
    expect(rows.flatMap((r) => r.targets.fr)).toEqual(range(0, 33));
  });
});
