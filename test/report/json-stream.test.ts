// The CLI streams the JSON audit (a million-line audit outgrows V8's longest string); the stream
// must be the very bytes `json()` writes, so reports stay byte-identical to before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { json, jsonChunks } from '../../src/report/json.js';
import type { Audit } from '../../src/types/index.js';
import { payloadAudit, seedAudit } from './fixture.js';

const streamed = (audit: Audit) => [...jsonChunks(audit)].join('');

describe('streamed JSON audit', () => {
  it('is byte-identical to json() on the seed audit and on hostile payloads', () => {
    for (const audit of [seedAudit(), payloadAudit()]) expect(streamed(audit)).toBe(json(audit));
  });

  it('is byte-identical on edge shapes: empty arrays and objects, undefined fields, nested arrays, odd keys', () => {
    const audit = seedAudit();
    const odd = {
      ...audit,
      documents: [{ ...audit.documents[0], rows: [], extra: { a: undefined, b: {}, c: [[1, [2, {}]], [], null], 'ke"y\n': 'v\u2028', 10: -0 } }],
    } as unknown as Audit;
    expect(streamed(odd)).toBe(json(odd));
  });

  it('comes in pieces of about 16k characters on a large audit, never one string', () => {
    const audit = seedAudit();
    const doc = audit.documents[0];
    const t = doc.targets[0];
    const many = { ...audit, documents: [{ ...doc, targets: [{ ...t, sentences: Array.from({ length: 40_000 }, (_, i) => ({ ...t.sentences[i % t.sentences.length], index: i })) }] }] } as Audit;
    const pieces = [...jsonChunks(many)];
    expect(pieces.length).toBeGreaterThan(100);
    // A piece is handed on once it holds 16k characters; one batch of elements may overshoot.
    expect(Math.max(...pieces.slice(0, -1).map((p) => p.length))).toBeLessThan(1 << 17);
    expect(pieces.join('')).toBe(json(many));
  });

  it('is byte-identical on any JSON value under the audit: runs of flat and nested elements mixed (property)', () => {
    const audit = seedAudit();
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 600 }), (extra) => {
        const a = { ...audit, documents: [{ ...audit.documents[0], extra }] } as unknown as Audit;
        expect(streamed(a)).toBe(json(a));
      }),
      { numRuns: 200, seed: 13 },
    );
  });
});
