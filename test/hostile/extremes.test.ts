// Single extreme inputs, and a self-test of the growth harness (a test that cannot fail is a defect).
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/index.js';
import { number } from '../../src/checks/number.js';
import { extractCodes } from '../../src/checks/shared/codes.js';
import { segmentText } from '../../src/corpus/index.js';
import { extractNumbers } from '../../src/lang/numbers.js';
import { tokenize } from '../../src/lang/tokens.js';
import { REPORTERS } from '../../src/report/index.js';
import { auditDocumentSet, lengthRatio } from '../../src/run/audit.js';
import { defaultConfig } from '../../src/run/config.js';
import { MAX_PER_PLACE } from '../../src/run/findings.js';
import type { Audit, Document } from '../../src/types/index.js';
import { fmt, measure, timeMs } from './measure.js';
import { normalText, PATTERNS } from './patterns.js';

function doc(lang: string, text: string): Document {
  const { paragraphs, sentences } = segmentText(text, lang);
  return { file: { path: `${lang}.txt`, text, encoding: 'utf-8', format: 'text' }, lang, langFrom: 'name', paragraphs, sentences };
}

describe('extreme inputs', () => {
  it('the growth harness flags a quadratic function (self-test)', () => {
    const quadratic = (s: string) => {
      let c = 0;
      for (let i = 0; i < s.length; i += 2) for (let j = i; j < s.length; j++) c += s.charCodeAt(j) & 1;
      return c;
    };
    const g = measure(PATTERNS[0].make, normalText, quadratic, 6000, 1);
    expect(g.growth, fmt(g)).toBeGreaterThan(8);
  });

  it('a 1 MB single "word" goes through segmentation, numbers, tokens, codes and the whole audit in seconds', () => {
    const word = 'a'.repeat(1 << 20);
    const prose = normalText(1 << 20);
    for (const [name, fn] of [
      ['segmentText', (s: string) => segmentText(s, 'fr')],
      ['extractNumbers', (s: string) => extractNumbers(s, 'fr')],
      ['tokenize', (s: string) => tokenize(s)],
      ['extractCodes', (s: string) => extractCodes(s)],
    ] as const) {
      fn(prose);
      const t = timeMs(() => fn(word), 1);
      const p = timeMs(() => fn(prose), 1);
      expect(t, `${name}: ${t.toFixed(0)} ms on the word, ${p.toFixed(0)} ms on 1 MB of prose`).toBeLessThan(Math.max(20 * p, 200));
    }
    const source = doc('en', normalText(20_000));
    const t = timeMs(() => auditDocumentSet({ name: 'word', source, targets: [doc('fr', word)], aligned: false }, defaultConfig()), 1);
    expect(t).toBeLessThan(10_000);
  }, 60_000);

  it('two 50k-digit numbers a digit apart are compared without a 50k × 50k edit-distance table', () => {
    const digits = '1234567890'.repeat(5000);
    const source = doc('en', `The sums were ${digits} and 5 and 8 dollars.`);
    const target = doc('fr', `Les sommes étaient ${digits.slice(1)} et 6 et 9 dollars.`);
    const alignment = alignDocuments(source, target);
    const ctx = { alignment, others: [], lengthRatio: lengthRatio(source, target, alignment.beads), allowlist: {}, glossary: [] };
    let found = 0;
    const t = timeMs(() => (found = number.run(ctx).length), 1);
    expect(t).toBeLessThan(1000);
    expect(found).toBeGreaterThan(0); // the changed numbers are still reported
  });

  it(`thousands of findings on one long sentence are folded past ${MAX_PER_PLACE}: the reports stay linear in size`, () => {
    // "100 000 000 …" is one number in French and thousands in English: each dropped "000" would
    // quote the whole 40k-character target sentence (a 400 MB JSON report before the fold).
    const text = `100${' 000'.repeat(10_000)} dollars`;
    const d = auditDocumentSet({ name: 'crowd', source: doc('en', text), targets: [doc('fr', text)], aligned: false }, defaultConfig());
    const numberFindings = d.targets[0].findings.filter((f) => f.check === 'number');
    expect(numberFindings.length).toBe(MAX_PER_PLACE + 1);
    expect(numberFindings.filter((f) => /^\d+ more number findings on the same sentences/.test(f.message))).toHaveLength(1);
    expect(numberFindings.every((f) => /^[0-9a-f]{16}$/.test(f.fingerprint))).toBe(true);
    const audit: Audit = { schema: 'tqc-audit', version: 1, tool: { name: 'tqc', version: '0.0.0' }, failOn: 'major', documents: [d] };
    for (const [format, r] of Object.entries(REPORTERS)) expect(r(audit).length, format).toBeLessThan(200 * text.length);
  });
});
