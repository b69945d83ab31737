// The registry is the one source of check metadata: every check has its own module named by its id,
// its own table tests, and a row in the README that says what the registry says.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../src/checks/index.js';
import { SEVERITIES } from '../src/types/index.js';

const readme = readFileSync('README.md', 'utf8');

describe('check registry', () => {
  it('is sorted by id, with unique ids', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(CHECKS.map((c) => [c.id, c] as const))('%s: module, tests, metadata and README row', (id, check) => {
    expect(existsSync(`src/checks/${id}.ts`)).toBe(true);
    expect(existsSync(`test/checks/${id}.test.ts`)).toBe(true);
    expect(check.description.length).toBeGreaterThan(10);
    expect(SEVERITIES).toContain(check.severity);
    expect(check.category).toMatch(/^[A-Z][a-z]+( [a-z]+)*\/[A-Z]/);
    const row = readme.split('\n').find((l) => l.startsWith(`| \`${id}\` |`));
    expect(row, `README has no row for ${id}`).toBeDefined();
    expect(row).toContain(`| ${check.category} | ${check.severity} |`);
  });
});
