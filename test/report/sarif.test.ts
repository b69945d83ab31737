import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import { REPORTERS } from '../../src/report/index.js';
import { artifactUri } from '../../src/report/sarif.js';
import { seedAudit } from './fixture.js';
import { FR_TEXT, VI_TEXT } from './seed-texts.js';
import { validate } from './json-schema.js';

const schema = JSON.parse(readFileSync(new URL('./sarif-schema-2.1.0.json', import.meta.url), 'utf8'));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const sarif = (lines = true): Json => JSON.parse(REPORTERS.sarif(seedAudit({ lines })));

/** 1-based line/column (UTF-16) of an offset, computed from the whole file — the reference. */
function lineCol(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return [line, offset - (before.lastIndexOf('\n') + 1) + 1];
}

describe('sarif reporter', () => {
  it('validates against the SARIF 2.1.0 JSON schema, with and without line information', () => {
    expect(validate(schema, sarif(true))).toEqual([]);
    expect(validate(schema, sarif(false))).toEqual([]);
  });

  it('the validator is not a rubber stamp: it rejects broken logs', () => {
    const log = sarif();
    log.version = '2.0.0';
    log.runs[0].results[0].level = 'fatal';
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    log.runs[0].tool.driver.colour = 'blue';
    const errors = validate(schema, log);
    expect(errors.some((e) => e.includes('$.version'))).toBe(true);
    expect(errors.some((e) => e.includes('level'))).toBe(true);
    expect(errors.some((e) => e.includes('startLine'))).toBe(true);
    expect(errors.some((e) => e.includes('colour'))).toBe(true);
  });

  it('declares one run of tqc with UTF-16 columns and a rule per registry check', () => {
    const log = sarif();
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.tool.driver.name).toBe('tqc');
    expect(run.tool.driver.rules.map((r: Json) => r.id)).toEqual(CHECKS.map((c) => c.id));
    const truncation = run.tool.driver.rules.find((r: Json) => r.id === 'truncation');
    expect(truncation).toEqual({
      id: 'truncation',
      shortDescription: { text: CHECKS.find((c) => c.id === 'truncation')!.description },
      defaultConfiguration: { level: 'error' },
      properties: { category: 'Design and markup/Truncation', severity: 'critical' },
    });
  });

  it('places "Tuần…" at its line and UTF-16 columns in vi.txt, end column exclusive', () => {
    const run = sarif().runs[0];
    const r = run.results.find((x: Json) => x.ruleId === 'truncation');
    expect(r.level).toBe('error');
    expect(r.ruleIndex).toBe(CHECKS.findIndex((c) => c.id === 'truncation'));
    const loc = r.locations[0].physicalLocation;
    expect(loc.artifactLocation.uri).toBe('corpus/llama-gpu-cluster/vi.txt');
    const at = VI_TEXT.indexOf('Tuần…');
    const [line, col] = lineCol(VI_TEXT, at);
    expect(loc.region).toEqual({ startLine: line, startColumn: col, endLine: line, endColumn: col + 'Tuần…'.length, snippet: { text: 'Tuần…' } });
    expect(line).toBe(6);
    expect(r.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe('corpus/llama-gpu-cluster/en.txt');
    expect(r.partialFingerprints['tqcFingerprint/v1']).toMatch(/^[0-9a-f]{16}$/);
  });

  it('places a span over several lines (the French footer) from its first to its last line', () => {
    const r = sarif().runs[0].results.find((x: Json) => x.ruleId === 'addition' && x.properties.lang === 'fr');
    const region = r.locations[0].physicalLocation.region;
    expect(region.startLine).toBeLessThan(region.endLine);
    const start = FR_TEXT.indexOf('Source link');
    const end = FR_TEXT.indexOf('Required fields are marked *') + 'Required fields are marked *'.length;
    expect([region.startLine, region.startColumn]).toEqual(lineCol(FR_TEXT, start));
    expect([region.endLine, region.endColumn]).toEqual(lineCol(FR_TEXT, end));
    expect(region.startColumn).toBe(1);
  });

  it('an omission (no target text) points at the target file and relates the source region', () => {
    const r = sarif().runs[0].results.find((x: Json) => x.ruleId === 'omission');
    expect(r.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'corpus/llama-gpu-cluster/vi.txt' } });
    expect(r.relatedLocations[0].physicalLocation.region.startLine).toBeGreaterThan(1);
  });

  it('maps severities: critical and major are errors, minor a warning', () => {
    const levels = Object.fromEntries(sarif().runs[0].results.map((x: Json) => [x.properties.severity, x.level]));
    expect(levels).toEqual({ critical: 'error', major: 'error', minor: 'warning' });
  });

  it('falls back to character offsets when the audit has no line/column', () => {
    const r = sarif(false).runs[0].results.find((x: Json) => x.ruleId === 'truncation');
    expect(r.locations[0].physicalLocation.region).toEqual({ charOffset: VI_TEXT.indexOf('Tuần…'), charLength: 5, snippet: { text: 'Tuần…' } });
  });

  it('writes artifact URIs relative with forward slashes, percent-encoded', () => {
    expect(artifactUri('corpus\\llama\\vi.txt')).toBe('corpus/llama/vi.txt');
    expect(artifactUri('./docs/bài viết #1.txt')).toBe('docs/b%C3%A0i%20vi%E1%BA%BFt%20%231.txt');
    expect(artifactUri('/abs/vi.txt')).toBe('file:///abs/vi.txt');
    expect(artifactUri('C:\\work\\vi.txt')).toBe('file:///C:/work/vi.txt');
  });
});
