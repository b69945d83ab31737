import { describe, expect, it } from 'vitest';
import { terminalSummary } from '../../src/report/index.js';
import { seedAudit } from './fixture.js';

describe('terminalSummary', () => {
  it('writes one line per target with counts, MQM score and coverage, no colour unless asked', () => {
    const out = terminalSummary(seedAudit(), { color: false });
    expect(out).not.toContain('\u001b[');
    expect(out.split('\n')).toEqual([
      'tqc llama-gpu-cluster  source corpus/llama-gpu-cluster/en.txt (en)',
      '  ✗ vi  corpus/llama-gpu-cluster/vi.txt  ✖   1 critical  ▲   4 major  ●   1 minor  MQM   78.6  coverage  51.9 %',
      '  ✗ fr  corpus/llama-gpu-cluster/fr.txt  ✖   0 critical  ▲   4 major  ●   1 minor  MQM   35.9  coverage 100.0 %',
      'failed: 2 of 2 translations have findings at major or above (1 critical, 8 major, 2 minor)',
      '',
    ]);
  });
  it('says "passed" only when the gate passes, and judges nothing with --fail-on none', () => {
    const pass = terminalSummary(seedAudit({ failOn: 'critical' }), { color: false }).split('\n');
    expect(pass.at(-2)).toBe('failed: 1 of 2 translations has findings at critical or above (1 critical, 8 major, 2 minor)');
    const clean = seedAudit();
    for (const t of clean.documents[0].targets) {
      t.findings = t.findings.filter((f) => f.severity === 'minor');
      t.summary.counts.bySeverity = { minor: t.findings.length, major: 0, critical: 0 };
    }
    expect(terminalSummary(clean, { color: false }).split('\n').at(-2)).toBe('passed: no finding at major or above (0 critical, 0 major, 2 minor)');
    const none = terminalSummary(seedAudit({ failOn: 'none' }), { color: false }).split('\n');
    // A critical finding under a ✓ read as "fine": with no gate there is no ✓ or ✗ at all.
    expect(none[1]).toMatch(/^  · vi /);
    expect(none.join('\n')).not.toMatch(/[✓✗]/);
    expect(none.at(-2)).toBe('this audit never fails (--fail-on none): 1 critical, 8 major, 2 minor');
  });
  it('counts what a baseline hid', () => {
    const a = seedAudit();
    a.documents[0].targets[1].summary.baselined = 3;
    const out = terminalSummary(a, { color: false, baseline: true });
    expect(out).toMatch(/fr\.txt .* 3 hidden by the baseline/);
    expect(out).toMatch(/vi\.txt .* 0 hidden by the baseline/);
    expect(out).toMatch(/3 known findings hidden by the baseline\n$/);
  });
  it('colours severities when asked, and a passing target gets a ✓', () => {
    const out = terminalSummary(seedAudit({ failOn: 'critical' }), { color: true });
    expect(out).toContain('\u001b[1;31m✖   1 critical\u001b[0m');
    expect(out).toContain('\u001b[32m✓\u001b[0m fr');
  });
  it('does not let a file name drive the terminal', () => {
    const a = seedAudit();
    a.documents[0].targets[0].path = 'vi\u001b[2J.txt';
    expect(terminalSummary(a, { color: false })).toContain('vi?[2J.txt');
  });
});
