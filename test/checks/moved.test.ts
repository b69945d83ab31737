// The moved check through the audit: real text (the React page "Keeping Components Pure" and its
// French and Vietnamese community translations, one paragraph per line), with a paragraph placed
// higher in the translation by hand, as a translator restructuring the page would.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFromFile } from '../../src/corpus/document.js';
import { auditDocumentSet } from '../../src/run/audit.js';
import { defaultConfig } from '../../src/run/config.js';
import type { AuditTarget } from '../../src/types/index.js';

const dir = 'test/fixtures/react/pure';
const EN = readFileSync(`${dir}/en.txt`, 'utf8');
const linesOf = (lang: string) => readFileSync(`${dir}/${lang}.txt`, 'utf8').split('\n').slice(0, -1);
const text = (lines: string[]) => lines.map((l) => `${l}\n`).join('');

function audit(target: string, lang: string): AuditTarget {
  const doc = (path: string, t: string, l: string) => documentFromFile({ path, text: t, encoding: 'utf-8', format: 'text' }, { lang: l });
  return auditDocumentSet({ name: 'pure', source: doc('en.txt', EN, 'en'), targets: [doc(`${lang}.txt`, target, lang)], aligned: false }, defaultConfig()).targets[0];
}

/** Paragraph `from` (0-based line) placed `up` lines higher. */
function moveUp(lang: string, from: number, up: number): string {
  const lines = linesOf(lang);
  const [paragraph] = lines.splice(from, 1);
  lines.splice(from - up, 0, paragraph);
  return text(lines);
}

const COVERAGE = new Set(['omission', 'addition', 'truncation', 'number', 'duplicate', 'entity']);

describe('moved: a passage translated at another place', () => {
  it('intact translations: no moved finding', () => {
    for (const lang of ['fr', 'vi']) expect(audit(text(linesOf(lang)), lang).findings.filter((f) => f.check === 'moved')).toEqual([]);
  });

  it('the "drinkers={4}" paragraph placed three paragraphs higher in French: one minor moved finding, nothing else about coverage', () => {
    const t = audit(moveUp('fr', 16, 3), 'fr');
    const moved = t.findings.filter((f) => f.check === 'moved');
    expect(moved).toHaveLength(1);
    expect(moved[0].severity).toBe('minor');
    expect(moved[0].category).toBe('Design and markup/Layout');
    expect(moved[0].target?.text).toBe(linesOf('fr')[16]);
    expect(moved[0].source?.text).toBe(EN.split('\n')[16]);
    expect(moved[0].message).toMatch(/^source sentences? [\d–]+ (is|are) translated \d+ sentences? earlier \(target sentences? [\d–]+\)$/);
    expect(t.findings.filter((f) => COVERAGE.has(f.check))).toEqual([]);
    // Its sentences are translated, only elsewhere: the coverage is whole.
    expect(t.summary.coverage).toBe(1);
  });

  it('a paragraph of plain prose placed two paragraphs higher in Vietnamese: one moved finding, counted once in the score', () => {
    const t = audit(moveUp('vi', 20, 2), 'vi');
    expect(t.findings.map((f) => f.check)).toEqual(['moved']);
    expect(t.findings[0].message).toBe('source sentence 35 is translated 3 sentences earlier (target sentences 32–33)');
    // One minor error for the whole passage (its 30 words would otherwise count twice).
    expect(t.summary.mqmScore).toBe(Math.round((defaultConfig().mqm.minor * 1000 * 100) / t.summary.sourceWords) / 100);
  });

  it('a lost paragraph and an unrelated one added two paragraphs higher: an omission and an addition, no moved finding', () => {
    const lines = linesOf('fr');
    lines.splice(26, 1);
    lines.splice(24, 0, 'Ce paragraphe a été ajouté par le traducteur pour expliquer le contexte de cette page à ses lecteurs.');
    const checks = audit(text(lines), 'fr').findings.map((f) => f.check);
    expect(checks).toContain('omission');
    expect(checks).toContain('addition');
    expect(checks).not.toContain('moved');
  });
});
