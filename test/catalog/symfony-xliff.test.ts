// Symfony's Validator messages in Vietnamese (test/fixtures/symfony, MIT): a real XLIFF 1.2 file,
// checked alone through the CLI as a user would (`tqc check validators.vi.xlf`). Every finding was
// judged by reading both texts: a new finding, or a lost one, fails the test until someone reads it.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(__dirname, '../../bin/tqc.js');
const FILE = 'test/fixtures/symfony/validators.vi.xlf';

// Judged 2026-12-04 (first run; nothing to fix): 3 findings, 3 true.
const JUDGED: [unit: string, check: string, message: string, verdict: 'true' | 'false' | 'debatable', why: string][] = [
  ['3', 'punctuation', 'Doubled space in the translation', 'true', '"kiểu  {{ type }}"'],
  ['7', 'punctuation', 'Doubled space in the translation', 'true', '"nhiều  nhất" in the plural form'],
  ['68', 'punctuation', 'Doubled space in the translation', 'true', '"giống  {{ compared_value_type }}"'],
];

describe('the Symfony Validator XLIFF (Vietnamese)', () => {
  const out = execFileSync('node', [BIN, 'check', FILE, '--format', 'json', '--fail-on', 'none', '--quiet'], { encoding: 'utf8' });
  const audit = JSON.parse(out) as { documents: { targets: { findings: { check: string; key?: string; message: string }[] }[] }[] };
  const found = audit.documents.flatMap((d) => d.targets.flatMap((t) => t.findings.map((f) => `${f.key} | ${f.check} | ${f.message}`)));

  it('every finding is one judged by reading', () => {
    expect(found.sort()).toEqual(JUDGED.map(([u, c, m]) => `${u} | ${c} | ${m}`).sort());
  });

  it('reads all 67 units of the fixture, the three needs-review targets as translations', () => {
    const target = (audit as unknown as { documents: { targets: { sentences: { key: string }[]; summary: { coverage: number } }[] }[] }).documents[0].targets[0];
    expect(target.sentences.length).toBe(67);
    expect(target.sentences.map((s) => s.key)).toEqual(expect.arrayContaining(['37', '51', '59']));
    expect(target.summary.coverage).toBe(1);
  });
});
