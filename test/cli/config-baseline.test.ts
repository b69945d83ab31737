// Configuration, baselines, formats and the exit-code contract, through the real CLI on the corpus.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/tqc.js');

/** A copy of the shipped corpus in a fresh directory (so a tqc.config.json there is found). */
function workspace(config?: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'tqc-ws-'));
  mkdirSync(join(dir, 'article'));
  for (const f of ['en.txt', 'vi.txt', 'fr.txt']) copyFileSync(join('corpus/llama-gpu-cluster', f), join(dir, 'article', f));
  if (config) writeFileSync(join(dir, 'tqc.config.json'), JSON.stringify(config));
  return dir;
}

function tqc(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const findings = (stdout: string) =>
  (JSON.parse(stdout).documents[0].targets as { lang: string; findings: { check: string; severity: string; target: { text: string } | null }[] }[]).flatMap((t) =>
    t.findings.map((f) => ({ lang: t.lang, ...f })),
  );

describe('tqc check: formats, stdout and exit codes', () => {
  const ws = workspace();

  it('writes the JSON audit alone on stdout, a summary on stderr, and exits 1 on major findings', () => {
    const r = tqc(['check', 'article'], ws);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).schema).toBe('tqc-audit');
    expect(r.stderr).toMatch(/vi .*critical/);
  });

  it('--fail-on critical still fails (the Vietnamese is truncated); --fail-on none passes', () => {
    expect(tqc(['check', 'article', '--fail-on', 'critical', '--quiet'], ws).code).toBe(1);
    const r = tqc(['check', 'article', '--fail-on', 'none', '--quiet'], ws);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('several formats need --out, and then write one file per format (SARIF: one for the run)', () => {
    const bad = tqc(['check', 'article', '--format', 'md,json'], ws);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--out/);
    const out = tqc(['check', 'article', '--format', 'md,sarif,junit', '--out', 'audits', '--quiet'], ws);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(readFileSync(join(ws, 'audits', 'article.md'), 'utf8')).toMatch(/Vietnamese/);
    // SARIF is one file for the run (one run for code scanning), not one per document.
    expect(JSON.parse(readFileSync(join(ws, 'audits', 'tqc.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(join(ws, 'audits', 'article.junit.xml'), 'utf8')).toMatch(/^<\?xml/);
  });
});

describe('tqc.config.json', () => {
  it('turns checks off, overrides severities and sets the gate', () => {
    const ws = workspace({ checks: { truncation: false, untranslated: 'minor', addition: 'off' }, failOn: 'critical' });
    const r = tqc(['check', 'article', '--quiet'], ws);
    const fs = findings(r.stdout);
    expect(fs.some((f) => f.check === 'truncation' || f.check === 'addition')).toBe(false);
    expect(fs.filter((f) => f.check === 'untranslated').every((f) => f.severity === 'minor')).toBe(true);
    // The one critical finding (the Vietnamese stops at “Tuần…”) is off: the critical gate passes…
    expect(fs.some((f) => f.severity === 'critical')).toBe(false);
    expect(r.code).toBe(0);
    // …and --fail-on on the command line wins over the file.
    expect(tqc(['check', 'article', '--quiet', '--fail-on', 'major'], ws).code).toBe(1);
  });

  it('an allowlist keeps a term from being flagged as untranslated, per language', () => {
    const before = findings(tqc(['check', 'article', '--quiet'], workspace()).stdout);
    expect(before.some((f) => f.lang === 'vi' && f.target?.text === 'through cash')).toBe(true);
    const ws = workspace({ allowlist: { vi: ['through cash'], fr: ['/^Leave a Reply$/'] } });
    const after = findings(tqc(['check', 'article', '--quiet'], ws).stdout);
    expect(after.some((f) => f.lang === 'vi' && f.target?.text === 'through cash')).toBe(false);
    expect(after.some((f) => f.check === 'untranslated' && f.target?.text === 'Leave a Reply')).toBe(false);
    expect(after.some((f) => f.lang === 'vi' && f.target?.text === 'développeurs')).toBe(true);
  });

  it('a bad key is one line naming the file and the key, exit 2', () => {
    const ws = workspace({ checks: { numbers: false } });
    const r = tqc(['check', 'article'], ws);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^tqc: .*tqc\.config\.json: checks\.numbers: unknown check/);
  });
});

describe('baselines', () => {
  it('--write-baseline records today’s findings, says so and exits 0; --baseline then reports only new ones', () => {
    const ws = workspace();
    const wrote = tqc(['check', 'article', '--write-baseline', 'baseline.json'], ws);
    expect(wrote.code).toBe(0);
    expect(wrote.stderr).toMatch(/wrote baseline\.json: 12 findings of 1 document recorded/);
    const base = JSON.parse(readFileSync(join(ws, 'baseline.json'), 'utf8'));
    expect(base.schema).toBe('tqc-baseline');
    expect(base.findings).toHaveLength(12);
    const clean = tqc(['check', 'article', '--baseline', 'baseline.json'], ws);
    expect(clean.code).toBe(0);
    expect(findings(clean.stdout)).toEqual([]);
    // The summary says what the baseline hid instead of a bare "✓ … MQM 0.0".
    expect(clean.stderr).toMatch(/vi\.txt .* 8 hidden by the baseline/);
    expect(clean.stderr).toMatch(/12 known findings hidden by the baseline/);
    // An edit elsewhere keeps old findings known; a new defect is reported alone.
    const vi = join(ws, 'article', 'vi.txt');
    writeFileSync(vi, readFileSync(vi, 'utf8').replace('150 megawatt', '15 megawatt'));
    const fresh = findings(tqc(['check', 'article', '--baseline', 'baseline.json', '--quiet'], ws).stdout);
    expect(fresh.map((f) => [f.lang, f.check, f.target?.text])).toEqual([['vi', 'number', '15']]);
  });

  it('a baselined finding survives an edit in its own sentence and a move; a change of the flagged text comes back', () => {
    const ws = workspace();
    const vi = join(ws, 'article', 'vi.txt');
    const original = readFileSync(vi, 'utf8');
    // A dropped number: the finding marks the whole Vietnamese sentence, but is about "42%".
    writeFileSync(vi, original.replace('tăng 42% so với năm 2023', 'tăng so với năm 2023'));
    expect(tqc(['check', 'article', '--write-baseline', 'baseline.json', '--quiet'], ws).code).toBe(0);
    const recorded = JSON.parse(readFileSync(join(ws, 'baseline.json'), 'utf8')).findings;
    expect(recorded.filter((e: { check: string }) => e.check === 'number').map((e: { text: string }) => e.text)).toEqual([expect.stringContaining('Meta dự kiến chi tiêu')]);
    const again = (text: string) => {
      writeFileSync(vi, text);
      return findings(tqc(['check', 'article', '--baseline', 'baseline.json', '--quiet'], ws).stdout).map((f) => [f.lang, f.check, f.target?.text]);
    };
    const dropped = original.replace('tăng 42% so với năm 2023', 'tăng so với năm 2023');
    // The same sentence edited elsewhere ("dự kiến" → "đã dự kiến"): nothing new.
    expect(again(dropped.replace('Meta dự kiến chi tiêu', 'Meta đã dự kiến chi tiêu'))).toEqual([]);
    // The same sentence with "through cash" edited around it, and the whole file moved down a paragraph.
    expect(again(`Bài viết gốc.\n\n${dropped.replace('through cash', 'through cash,')}`).filter(([, c]) => c !== 'addition')).toEqual([]);
    // The flagged text itself changed: the finding is about other text now, and comes back.
    expect(again(dropped.replace('through cash', 'through money'))).toEqual([['vi', 'untranslated', 'through money']]);
  });
});
