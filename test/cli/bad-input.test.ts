// Every bad input gets one line naming the file and exit 2 (or an honest finding), never a stack
// trace, and the input files are byte-identical afterwards.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateBadInputs, makeUnreadable } from '../fixtures/bad-input.js';

const BIN = resolve('bin/tqc.js');

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (!st.isFile()) out[relative(dir, p)] = st.isFIFO() ? 'fifo' : 'special'; // reading a FIFO would block
      else out[relative(dir, p)] = st.mode & 0o444 ? createHash('sha1').update(readFileSync(p)).digest('hex') : 'unreadable';
    }
  };
  walk(dir);
  return out;
}

function tqc(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000, maxBuffer: 512 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const root = mkdtempSync(join(tmpdir(), 'tqc-bad-input-'));
const cases = generateBadInputs(root);

describe('bad input', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const dir = join(root, c.name);
    const before = snapshot(dir);
    const r = tqc(c.args, dir);
    expect(r.stderr).not.toMatch(/^\s+at /m); // no stack trace
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code, r.stderr).toBe(c.code);
    if (c.code === 2) {
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^tqc: /);
      expect(r.stderr).toMatch(c.message!);
      expect(r.stdout).toBe('');
    } else {
      const audit = JSON.parse(r.stdout);
      expect(audit.schema).toBe('tqc-audit');
      if (c.finding) expect(audit.documents[0].targets[0].findings.map((f: { check: string }) => f.check)).toContain(c.finding);
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file', () => {
    const dir = makeUnreadable(root);
    const r = tqc(['check', 'en.txt', 'fr.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tqc: .*fr\.txt/);
  });
});
