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
      'fails on major and above',
      '',
    ]);
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
