// reports/ holds the audits of the shipped corpus; `npm run audit` regenerates them. This test
// fails when they are stale (code or corpus changed without regenerating), and proves that output
// is byte-identical across runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (out: string) =>
  spawnSync(process.execPath, [resolve('bin/tqc.js'), 'check', 'corpus', '--format', 'html,md,json', '--out', out, '--fail-on', 'none', '--quiet'], {
    encoding: 'utf8',
  });

describe('reports/', () => {
  it('is what `npm run audit` writes now, byte for byte (run `npm run audit` to refresh)', () => {
    const out = mkdtempSync(join(tmpdir(), 'tqc-reports-'));
    const r = run(out);
    expect(r.status, r.stderr).toBe(0);
    const names = readdirSync(out).sort();
    expect(names).toContain('llama-gpu-cluster.html');
    expect(names).toContain('locales.json');
    expect(names).toContain('summary.md');
    expect(readdirSync('reports').filter((n) => !n.startsWith('.')).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(out, name), 'utf8'), `reports/${name} is stale`).toBe(readFileSync(join('reports', name), 'utf8'));
  });

  it('is byte-identical across two runs', () => {
    const a = mkdtempSync(join(tmpdir(), 'tqc-a-'));
    const b = mkdtempSync(join(tmpdir(), 'tqc-b-'));
    run(a);
    run(b);
    for (const name of readdirSync(a)) expect(readFileSync(join(a, name)).equals(readFileSync(join(b, name)))).toBe(true);
  });
});
