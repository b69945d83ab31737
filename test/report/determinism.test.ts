import { describe, expect, it } from 'vitest';
import { REPORTERS, terminalSummary } from '../../src/report/index.js';
import { payloadAudit, seedAudit } from './fixture.js';

describe('every reporter', () => {
  for (const [format, report] of Object.entries(REPORTERS)) {
    it(`${format}: same audit, byte-identical output; the input is not mutated`, () => {
      const audit = seedAudit();
      const before = JSON.stringify(audit);
      const a = report(audit);
      const b = report(seedAudit());
      expect(a).toBe(b);
      expect(JSON.stringify(audit)).toBe(before);
      expect(a.length).toBeGreaterThan(500);
      expect(report(payloadAudit())).toBe(report(payloadAudit()));
    });
  }
  it('terminal summary too', () => {
    expect(terminalSummary(seedAudit(), { color: true })).toBe(terminalSummary(seedAudit(), { color: true }));
  });
});
