// A CI matrix: `tqc check --shard K/N` on each machine, `tqc merge` of their JSON audits. The
// merged reports must be the single run's, byte for byte — which also shows that a document's
// audit does not depend on the other documents of the run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShard, shardOf } from '../../src/run/scope.js';
import type { Audit } from '../../src/types/index.js';
import { validate } from '../report/json-schema.js';
import { writeDocuments } from './shard-docs.js';

const BIN = resolve('bin/tqc.js');

function tqc(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const FORMATS = 'json,md,html,sarif,junit';
const N = 4;

describe('tqc check --shard K/N and tqc merge', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tqc-shards-'));
  const root = resolve(dir);
  const names = writeDocuments(join(dir, 'docs'), 20);
  const docs = names.map((n) => `docs/${n}`);

  const single = tqc(['check', ...docs, '--format', FORMATS, '--out', 'single', '--quiet'], root);
  const shards = Array.from({ length: N }, (_, k) => {
    const r = tqc(['check', ...docs, '--shard', `${k + 1}/${N}`, '--format', 'json', '--quiet'], root);
    writeFileSync(join(root, `shard-${k + 1}.json`), r.stdout);
    return { ...r, audit: JSON.parse(r.stdout) as Audit };
  });
  const shardFiles = shards.map((_, k) => `shard-${k + 1}.json`);

  it('the shards split the documents: each once, none empty', () => {
    const got = shards.flatMap((s) => s.audit.documents.map((d) => d.name));
    expect([...got].sort()).toEqual(names);
    for (const s of shards) expect(s.audit.documents.length).toBeGreaterThan(0);
    const schema = JSON.parse(readFileSync('docs/audit.schema.json', 'utf8'));
    expect(validate(schema, shards[0].audit)).toEqual([]);
  });

  it('merged reports — one file per document and format, one tqc.sarif and one summary.md for the run — equal the single run byte for byte', () => {
    const merged = tqc(['merge', ...shardFiles, '--format', FORMATS, '--out', 'merged', '--quiet'], root);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(single.code);
    const files = readdirSync(join(root, 'single')).sort();
    // SARIF is one file with one run for the whole run, and several documents add summary.md.
    expect(files).toHaveLength(20 * 4 + 2);
    expect(files).toContain('tqc.sarif');
    expect(files).toContain('summary.md');
    expect(readdirSync(join(root, 'merged')).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(root, 'merged', f), 'utf8'), f).toBe(readFileSync(join(root, 'single', f), 'utf8'));
  });

  it.each(['json', 'md', 'sarif', 'junit'])('one %s report of all documents on stdout: equal too', (format) => {
    const one = tqc(['check', ...docs, '--format', format, '--quiet'], root);
    // Shards named in any order: the audits record each document's place in the run.
    const merged = tqc(['merge', ...[...shardFiles].reverse(), '--format', format, '--quiet'], root);
    expect(merged.stdout.length).toBeGreaterThan(1000);
    expect(merged.stdout).toBe(one.stdout);
  });

  it('refuses an audit named twice, or one of another shard count (exit 2, one line)', () => {
    const twice = tqc(['merge', shardFiles[0], shardFiles[0], '--quiet'], root);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/^tqc: shard-1\.json: document "article-\d+" is also in shard-1\.json/);
    const other = JSON.parse(readFileSync(join(root, shardFiles[1]), 'utf8'));
    other.shard.count = 5;
    writeFileSync(join(root, 'other.json'), JSON.stringify(other));
    expect(tqc(['merge', shardFiles[0], 'other.json'], root).stderr).toMatch(/is shard 2\/5, but another audit is of 4 shards/);
    writeFileSync(join(root, 'not-audit.json'), '{"schema": "x"}');
    expect(tqc(['merge', 'not-audit.json'], root)).toMatchObject({ code: 2, stderr: 'tqc: not-audit.json: not a tqc JSON audit (expected {"schema": "tqc-audit", "version": 1, ...})\n' });
  });

  it('--fail-on gates the merged run as it would gate one run: shards ran with --fail-on none', () => {
    const lax = Array.from({ length: N }, (_, k) => {
      writeFileSync(join(root, `lax-${k + 1}.json`), tqc(['check', ...docs, '--shard', `${k + 1}/${N}`, '--fail-on', 'none', '--quiet'], root).stdout);
      return `lax-${k + 1}.json`;
    });
    expect(tqc(['merge', ...lax, '--quiet'], root).code).toBe(0);
    const gated = tqc(['merge', ...lax, '--fail-on', 'major', '--format', 'md', '--quiet'], root);
    expect(gated.code).toBe(1);
    expect(gated.stdout).toBe(tqc(['check', ...docs, '--format', 'md', '--quiet'], root).stdout);
  });

  it('warns of a missing shard', () => {
    const r = tqc(['merge', ...shardFiles.slice(0, 3), '--format', 'md'], root);
    expect(r.stderr).toMatch(/^tqc merge: no audit of shard 4$/m);
  });
});

describe('shard assignment', () => {
  it('is a hash of the document path: adding documents moves none', () => {
    const before = Array.from({ length: 50 }, (_, i) => shardOf(`content/en/docs/page-${i}`, 4));
    expect(new Set(before)).toEqual(new Set([1, 2, 3, 4]));
    expect(Array.from({ length: 50 }, (_, i) => shardOf(`./content/en/docs/page-${i}/`, 4))).toEqual(before);
  });

  it.each(['0/4', '5/4', '2', 'a/b', '1/0'])('rejects --shard %s', (v) => {
    expect(() => parseShard(v)).toThrow(/--shard must be K\/N/);
  });
});
