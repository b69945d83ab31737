import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfig, loadConfig, validateConfig } from '../../src/run/config.js';

const CHECKS = ['number', 'untranslated', 'truncation'];

describe('config validation names the bad key', () => {
  it.each([
    [{ chekcs: {} }, 'unknown key "chekcs"'],
    [{ checks: { numbr: false } }, 'checks.numbr: unknown check'],
    [{ checks: { number: 'loud' } }, 'checks.number must be true, false'],
    [{ checks: { number: { severity: 'fatal' } } }, 'checks.number.severity must be one of minor, major, critical'],
    [{ checks: { number: { enabled: 'yes' } } }, 'checks.number.enabled must be true or false'],
    [{ failOn: 'blocker' }, 'failOn must be one of'],
    [{ allowlist: { vi: 'Meta' } }, 'allowlist.vi must be a list of strings'],
    [{ allowlist: { Vietnamese: ['Meta'] } }, 'allowlist.Vietnamese: not a language code'],
    [{ allowlist: { '*': ['/(unclosed/'] } }, 'invalid regular expression'],
    [{ allowlist: { '*': ['/[/i'] } }, 'allowlist.*: invalid regular expression /[/i'],
    [{ allowlist: { vi: ['/(\\w+) \\1/'] } }, 'linear time'],
    [{ allowlist: { vi: ['/chip(?=s)/'] } }, 'linear time'],
    [{ allowlist: { vi: ['/chip/x'] } }, 'unknown flag "x"'],
    [{ allowlist: { xx: ['Meta'] } }, 'allowlist.xx: not a language code'],
    [{ glossary: ['/(unclosed/'] }, 'glossary: invalid regular expression'],
    [{ langs: ['en', 'xx'] }, 'langs: unknown language code "xx"'],
    [{ langs: ['en', 'vn'] }, 'langs: unknown language code "vn"'],
    [{ sourceLang: 'vn' }, 'sourceLang: unknown language code "vn"'],
    [{ glossary: 'Llama' }, '"glossary" must be a list of strings'],
    [{ mqm: { major: -5 } }, 'mqm.major must be a non-negative number'],
    [[], 'must be a JSON object'],
  ])('%j → %s', (data, message) => {
    const result = validateConfig(data, CHECKS);
    expect(typeof result).toBe('string');
    expect(result).toContain(message);
  });

  it('accepts a full, valid configuration', () => {
    const result = validateConfig(
      {
        checks: { number: 'minor', untranslated: { severity: 'critical' }, truncation: false },
        failOn: 'critical',
        allowlist: { vi: ['chip', '/^H\\d+$/'], '*': ['Llama'] },
        glossary: ['El Capitan'],
        langs: ['en', 'vi'],
        sourceLang: 'en',
        mqm: { major: 10 },
      },
      CHECKS,
    );
    expect(result).toEqual({
      checks: { number: { enabled: true, severity: 'minor' }, untranslated: { enabled: true, severity: 'critical' }, truncation: { enabled: false } },
      failOn: 'critical',
      allowlist: { vi: ['chip', '/^H\\d+$/'], '*': ['Llama'] },
      glossary: ['El Capitan'],
      langs: ['en', 'vi'],
      sourceLang: 'en',
      mqm: { minor: 1, major: 10, critical: 25 },
    });
  });
});

describe('config discovery', () => {
  it('finds tqc.config.json from a sub-directory up, and reports bad JSON with the path', () => {
    const root = mkdtempSync(join(tmpdir(), 'tqc-config-'));
    const sub = join(root, 'a', 'b');
    mkdirSync(sub, { recursive: true });
    expect(findConfig(sub)).toBe(findConfig(root)); // nothing in between: whatever stands above tmp
    writeFileSync(join(root, 'tqc.config.json'), '{ "failOn": "minor", }');
    expect(findConfig(sub)).toBe(join(root, 'tqc.config.json'));
    const result = loadConfig(undefined, sub, CHECKS);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/tqc\.config\.json: not valid JSON/);
    writeFileSync(join(root, 'tqc.config.json'), '\uFEFF{ "failOn": "minor" }');
    const ok = loadConfig(undefined, sub, CHECKS);
    expect(ok.ok && ok.config.failOn).toBe('minor');
  });
});
