import { describe, expect, it } from 'vitest';
import { REPORTERS, REPORT_FORMATS, extension } from '../../src/report/index.js';
import type { Audit } from '../../src/types/index.js';
import { seedAudit } from './fixture.js';

/** The same audit with every object's keys inserted in reverse order. */
function reversedKeys<T>(v: T): T {
  if (Array.isArray(v)) return v.map(reversedKeys) as T;
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversedKeys(x)])) as T;
}

describe('json reporter', () => {
  it('round-trips the audit, pretty-printed with a trailing newline', () => {
    const audit = seedAudit();
    const out = REPORTERS.json(audit);
    expect(out.endsWith('}\n')).toBe(true);
    expect(JSON.parse(out)).toEqual(audit);
    expect(out.split('\n')[1]).toBe('  "schema": "tqc-audit",');
  });

  it('writes the same bytes whatever order the run built the objects in', () => {
    const audit = seedAudit();
    expect(REPORTERS.json(reversedKeys(audit))).toBe(REPORTERS.json(audit));
  });

  it('orders keys the way the schema document reads: header first, finding fields before spans', () => {
    const out = JSON.parse(REPORTERS.json(seedAudit())) as Audit;
    expect(Object.keys(out)).toEqual(['schema', 'version', 'tool', 'failOn', 'documents']);
    const t = out.documents[0].targets[0];
    expect(Object.keys(out.documents[0])).toEqual(['name', 'aligned', 'source', 'targets', 'rows']);
    expect(Object.keys(t)).toEqual(['lang', 'path', 'encoding', 'summary', 'sentences', 'beads', 'findings']);
    expect(Object.keys(t.findings[0])).toEqual(['check', 'severity', 'category', 'lang', 'message', 'fingerprint', 'source', 'target']);
    expect(Object.keys(t.findings[0].target!)).toEqual(['segments', 'start', 'end', 'text']);
    expect(Object.keys(t.sentences[0])).toEqual(['start', 'end', 'line', 'column', 'paragraph', 'text']);
    expect(Object.keys(t.summary.counts.bySeverity)).toEqual(['minor', 'major', 'critical']);
    expect(Object.keys(out.documents[0].rows[0].targets)).toEqual(['fr', 'vi']);
  });

  it('drops undefined optional fields instead of writing them', () => {
    const audit = seedAudit();
    audit.documents[0].targets[0].findings[0].actual = undefined;
    expect(REPORTERS.json(audit)).not.toContain('"actual": null');
  });
});

describe('extension', () => {
  it('names report files by format', () => {
    expect(REPORT_FORMATS.map((f) => extension(f))).toEqual(['txt', 'json', 'md', 'html', 'sarif', 'junit.xml']);
  });
});

describe('docs/audit.schema.json', () => {
  it('accepts the JSON audit and rejects one with an undocumented or mistyped field', async () => {
    const { readFileSync } = await import('node:fs');
    const { validate } = await import('./json-schema.js');
    const schema = JSON.parse(readFileSync(new URL('../../docs/audit.schema.json', import.meta.url), 'utf8'));
    const audit = JSON.parse(REPORTERS.json(seedAudit()));
    expect(validate(schema, audit)).toEqual([]);
    expect(validate(schema, JSON.parse(REPORTERS.json(seedAudit({ lines: false }))))).toEqual([]);
    audit.documents[0].targets[0].findings[0].severity = 'fatal';
    audit.documents[0].targets[0].sentences[0].colour = 'red';
    const errors = validate(schema, audit);
    expect(errors.some((e) => e.endsWith('not in enum'))).toBe(true);
    expect(errors.some((e) => e.includes('unexpected property colour'))).toBe(true);
  });
});
