// --aligned input: line i of the target translates line i of the source; inside a line pair the
// sentences are still aligned, so a sentence dropped from a three-sentence segment is found.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDocumentSet } from '../../src/run/audit.js';
import { defaultConfig } from '../../src/run/config.js';
import { discover } from '../../src/run/discover.js';

function auditOf(en: string, fr: string) {
  const dir = mkdtempSync(join(tmpdir(), 'tqc-aligned-'));
  writeFileSync(join(dir, 'en.txt'), en);
  writeFileSync(join(dir, 'fr.txt'), fr);
  const [set] = discover([join(dir, 'en.txt'), join(dir, 'fr.txt')], { sourceLang: 'en', aligned: true });
  return auditDocumentSet(set, defaultConfig());
}

const EN = [
  'Meta expects to spend as much as $40 billion this year.',
  'Total operating costs have grown about 9 percent this year. But overall sales have surged more than 22 percent. The company expects even more torrid growth in that spending next year.',
  'Over 500 million people use Meta AI every month, Zuckerberg said.',
  'Zuckerberg remains bullish about the open source strategy.',
];
const FR = [
  'Meta prévoit de dépenser jusqu’à 40 milliards de dollars cette année.',
  'Les coûts d’exploitation totaux ont augmenté d’environ 9 % cette année. La société s’attend à une croissance encore plus torride de ces dépenses l’année prochaine.',
  'Plus de 500 millions de personnes utilisent Meta AI chaque mois, a déclaré Zuckerberg.',
  'Zuckerberg reste optimiste quant à la stratégie open source.',
];

describe('--aligned', () => {
  it('segments are lines: spans and beads speak line indices', () => {
    const audit = auditOf(`${EN.join('\n')}\n`, `${FR.join('\n')}\n`);
    const t = audit.targets[0];
    expect(audit.source.sentences).toHaveLength(4);
    expect(t.beads).toEqual([0, 1, 2, 3].map((i) => ({ source: [i], target: [i] })));
    expect(audit.rows).toHaveLength(4);
    // The second source line holds three sentences; its translation dropped the middle one.
    const omissions = t.findings.filter((f) => f.check === 'omission' || f.check === 'number');
    const dropped = omissions.find((f) => f.check === 'omission');
    expect(dropped?.source?.segments).toEqual([1, 1]);
    expect(dropped?.source?.text).toBe('But overall sales have surged more than 22 percent.');
    expect(EN[1].slice(dropped!.source!.start, dropped!.source!.end)).toBe(dropped?.source?.text);
  });

  it('an empty target line is a missing translation', () => {
    const fr = [...FR];
    fr[2] = '';
    const audit = auditOf(`${EN.join('\n')}\n`, `${fr.join('\n')}\n`);
    const t = audit.targets[0];
    expect(t.beads[2]).toEqual({ source: [2], target: [] });
    const f = t.findings.find((x) => x.check === 'omission' && x.source?.segments[0] === 2);
    expect(f?.source?.text).toBe(EN[2]);
    expect(t.summary.coverage).toBe(0.75);
  });
});
