// What the CLI says to a person: no path, a near-miss option, the readable text report.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/tqc.js');
const tqc = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('CLI messages', () => {
  it('no path: says what to name, not yargs’ "Not enough non-option arguments"', () => {
    const r = tqc('check');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('tqc: check: name what to check — a directory of versions (tqc check content/), or a source and its translations (tqc check en.txt fr.txt)\n');
  });

  it('a near-miss option names the one meant; an unrelated one does not guess', () => {
    expect(tqc('check', 'corpus/llama-gpu-cluster', '--lang', 'en').stderr).toBe('tqc: unknown option --lang (did you mean --langs?); see --help\n');
    expect(tqc('check', 'corpus/llama-gpu-cluster', '--fail-no', 'none').stderr).toMatch(/did you mean --fail-on\?/);
    const r = tqc('check', 'corpus/llama-gpu-cluster', '--colour');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('tqc: unknown option --colour; see --help\n');
  });

  it('a country code for a language: "vn" → did you mean vi?', () => {
    const r = tqc('check', '--langs', 'en,vn', 'corpus/llama-gpu-cluster/en.txt', 'corpus/llama-gpu-cluster/vi.txt');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('tqc: --langs: unknown language code "vn" — did you mean vi? (vn is the country code of Vietnam; use ISO 639-1 codes such as en,vi,fr)\n');
  });

  it('a baseline from an older tqc is named, not silently matched against nothing', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tqc-old-')), 'old.json');
    writeFileSync(file, JSON.stringify({ schema: 'tqc-baseline', version: 1, findings: [] }));
    const r = tqc('check', 'corpus/llama-gpu-cluster', '--baseline', file);
    expect(r.stderr).toContain(`tqc: ${file}: a version 1 baseline from an older tqc; its findings are keyed differently and will show as new: record it again with --write-baseline`);
  });

  it('--format text: findings worst first, file:line:column, the flagged text, and which checks also saw it', () => {
    const r = tqc('check', 'corpus/llama-gpu-cluster', '--format', 'text', '--quiet');
    expect(r.status).toBe(1);
    const vi = r.stdout.slice(r.stdout.indexOf('llama-gpu-cluster — Vietnamese'));
    expect(vi.split('\n')[0]).toBe('llama-gpu-cluster — Vietnamese (corpus/llama-gpu-cluster/vi.txt): 8 findings · MQM 799.0 · coverage 51.9 %');
    // The critical truncation first, although it stands at sentence 15.
    expect(vi.split('\n')[1]).toMatch(/^  ✖ critical corpus\/llama-gpu-cluster\/vi\.txt:\d+:\d+  truncation$/);
    expect(r.stdout).toContain('also seen by: wrong-language, untranslated');
    expect(r.stdout).not.toContain('\u001b');
  });

  const hasScript = (() => {
    try {
      execFileSync('script', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  it.skipIf(!hasScript)('on a terminal (util-linux script gives stdout a TTY) the default is the text report, the worst translation first', () => {
    const out = execFileSync('script', ['-qc', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} check corpus/llama-gpu-cluster --quiet --fail-on none`, '/dev/null'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(out.split(/\r?\n/)[0]).toBe('llama-gpu-cluster — Vietnamese (corpus/llama-gpu-cluster/vi.txt): 8 findings · MQM 799.0 · coverage 51.9 %');
  });

  it('JSON when piped and no format is asked for', () => {
    const r = tqc('check', 'corpus/llama-gpu-cluster', '--quiet');
    expect(JSON.parse(r.stdout).schema).toBe('tqc-audit');
  });
});
