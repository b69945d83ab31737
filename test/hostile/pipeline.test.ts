// The same growth test as linear.test.ts, one level up: every check's `run` on an aligned pair,
// every reporter on the audit, and the whole auditDocumentSet (free and --aligned), with the
// pathological text as the translation of ordinary prose and as both sides at once.
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/index.js';
import { CHECKS } from '../../src/checks/index.js';
import { segmentText } from '../../src/corpus/index.js';
import { REPORTERS } from '../../src/report/index.js';
import { auditDocumentSet, lengthRatio } from '../../src/run/audit.js';
import { defaultConfig } from '../../src/run/config.js';
import type { Audit, CheckContext, Document } from '../../src/types/index.js';
import { fmt, measure, offenders, offendersOf } from './measure.js';
import { normalText, PATTERNS } from './patterns.js';

const N = 4000;
/** The whole audit does more per character on text of many tiny sentences (a --aligned line of
 *  "z. B. z. B. …" holds hundreds of sentences, each aligned within the line) than on prose: still
 *  linear (growth ≈ 2–4), so its bound against prose is looser. */
const AUDIT_VS_PROSE = 40;
/** Patterns excluded from the growth bounds: none. (The aligner used to widen its band while the
 *  path of two unrelated documents touched its edge — 54 prose sentences against 668 "z. B." ones
 *  took time ∝ n·m; it now widens only where confident islands show a path to follow.) */
const KNOWN_ALIGNER: string[] = [];

function doc(lang: string, text: string): Document {
  const { paragraphs, sentences } = segmentText(text, lang);
  return { file: { path: `${lang}.txt`, text, encoding: 'utf-8', format: 'text' }, lang, langFrom: 'name', paragraphs, sentences };
}

type Make = (n: number) => string;
/** Pathological translation of prose, or pathological text on both sides (same string, two languages). */
const SHAPES: [string, (p: Make, n: number) => { source: Document; target: Document }][] = [
  ['prose en → pattern fr', (p, n) => ({ source: doc('en', normalText(n)), target: doc('fr', p(n)) })],
  ['pattern en → pattern vi', (p, n) => ({ source: doc('en', p(n)), target: doc('vi', p(n)) })],
  ['pattern en → pattern de', (p, n) => ({ source: doc('en', p(n)), target: doc('de', p(n)) })],
];

function context(source: Document, target: Document, others: Document[] = []): CheckContext {
  const alignment = alignDocuments(source, target);
  return { alignment, others, lengthRatio: lengthRatio(source, target, alignment.beads), allowlist: { '*': ['/[A-Z]+\\d+/'] }, glossary: ['GPT-5', 'Llama'] };
}

const audit = (source: Document, target: Document, aligned: boolean): Audit => ({
  schema: 'tqc-audit',
  version: 1,
  tool: { name: 'tqc', version: '0.0.0' },
  failOn: 'major',
  documents: [auditDocumentSet({ name: 'hostile', source, targets: [target], aligned }, defaultConfig())],
});

describe('checks, reporters and the whole audit are linear on pathological text', () => {
  for (const [shape, make] of SHAPES) {
    it(`every check's run, ${shape}`, () => {
      const bad = offendersOf(
        shape,
        (p, n) => {
          const { source, target } = make(p, n);
          return context(source, target, [doc('es', p(n))]);
        },
        CHECKS.map((c) => [c.id, (ctx: CheckContext) => c.run(ctx)] as const),
        N,
      );
      expect(bad).toEqual([]);
    }, 300_000);
    it(`auditDocumentSet, ${shape}`, () => {
      const bad = offenders(`audit (${shape})`, (p, n) => make(p, n), ({ source, target }) => audit(source, target, false), N, { maxVsProse: AUDIT_VS_PROSE, skip: KNOWN_ALIGNER });
      expect(bad).toEqual([]);
    }, 300_000);
  }

  it('auditDocumentSet --aligned, pattern en → pattern fr', () => {
    const bad = offenders('audit --aligned', (p, n) => ({ source: doc('en', p(n)), target: doc('fr', p(n)) }), ({ source, target }) => audit(source, target, true), N, { maxVsProse: AUDIT_VS_PROSE });
    expect(bad).toEqual([]);
  }, 300_000);

  it('aligning 4× more unrelated tiny sentences takes ≤ 8× the time (no band widening without islands)', () => {
    const zb = PATTERNS.find((p) => p.name === 'z. B. z. B. …')!;
    const g = measure((n) => ({ s: doc('en', normalText(n)), t: doc('fr', zb.make(n)) }), (n) => ({ s: doc('en', normalText(n)), t: doc('fr', normalText(n)) }), ({ s, t }) => alignDocuments(s, t), 8000, 1);
    expect(g.growth, fmt(g)).toBeLessThanOrEqual(8);
  }, 120_000);

  it('every reporter', () => {
    const bad = offendersOf('reporter', (p, n) => audit(doc('en', p(n)), doc('fr', p(n)), false), Object.entries(REPORTERS).map(([f, r]) => [f, (a: Audit) => r(a)] as const), N, { skip: KNOWN_ALIGNER });
    expect(bad).toEqual([]);
  }, 300_000);
});
