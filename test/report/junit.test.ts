import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import { REPORTERS } from '../../src/report/index.js';
import { payloadAudit, PAYLOADS, seedAudit } from './fixture.js';
import { parseXml, type XmlElement } from './xml.js';

const child = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);

describe('junit reporter', () => {
  it('is well-formed XML: one suite per target, one case per registry check', () => {
    const root = parseXml(REPORTERS.junit(seedAudit()));
    expect(root.name).toBe('testsuites');
    const suites = child(root, 'testsuite');
    expect(suites.map((s) => s.attrs.name)).toEqual(['llama-gpu-cluster [vi]', 'llama-gpu-cluster [fr]']);
    for (const s of suites) expect(child(s, 'testcase').map((c) => c.attrs.name)).toEqual(CHECKS.map((c) => c.id));
    expect(root.attrs.tests).toBe(String(2 * CHECKS.length));
  });

  it('fails a check with findings at or above fail-on; lists lesser ones in system-out', () => {
    const vi = child(parseXml(REPORTERS.junit(seedAudit())), 'testsuite')[0];
    const byName = Object.fromEntries(child(vi, 'testcase').map((c) => [c.attrs.name, c]));
    expect(vi.attrs.failures).toBe('4'); // untranslated, entity, truncation, omission
    const failure = child(byName.truncation, 'failure')[0];
    expect(failure.attrs.message).toBe('1 finding at or above major');
    expect(failure.text).toContain('[critical] corpus/llama-gpu-cluster/vi.txt:6:');
    expect(failure.text).toContain('target (sentence 15): Tuần…');
    expect(child(byName.addition, 'failure')).toHaveLength(0);
    expect(child(byName.addition, 'system-out')[0].text).toContain('[minor]');
    expect(byName.number.children).toHaveLength(0);
  });

  it('fails nothing with fail-on none, and everything with fail-on minor', () => {
    const none = parseXml(REPORTERS.junit(seedAudit({ failOn: 'none' })));
    expect(none.attrs.failures).toBe('0');
    const minor = parseXml(REPORTERS.junit(seedAudit({ failOn: 'minor' })));
    expect(minor.attrs.failures).toBe('9'); // checks with findings: 5 in vi, 4 in fr
  });

  it('keeps markup and control characters from documents as text', () => {
    const audit = payloadAudit();
    audit.documents[0].targets[0].findings[0].message = 'bell \u0007 and ]]> and \uD800';
    const root = parseXml(REPORTERS.junit(audit));
    const text = child(child(root, 'testsuite')[0], 'testcase').find((c) => c.attrs.name === 'untranslated')!;
    const body = child(text, 'failure')[0].text;
    for (const p of PAYLOADS.slice(0, 4)) expect(body).toContain(p);
    expect(body).toContain('bell \\u0007 and ]]> and \\ud800');
    expect(child(root, 'testsuite')[0].attrs.name).toBe('evil <doc> & "name" [fr]');
  });

  it('the well-formedness checker rejects broken XML', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow();
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow();
    expect(() => parseXml('<a>AT&T</a>')).toThrow();
    expect(() => parseXml('<a>\u0001</a>')).toThrow();
  });
});
