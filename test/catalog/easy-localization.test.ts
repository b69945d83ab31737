// Catalogs in the shape of easy_localization / vue-i18n (nested JSON, linked messages "@:key"),
// through the CLI. Each "must not" case is a false finding tqc gave on AppFlowy's real catalogs
// (AGPL: the text here is our own, the shapes are theirs); each "must" case keeps the check honest.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Audit } from '../../src/types/index.js';

const BIN = resolve('bin/tqc.js');
const DIR = resolve('test/fixtures/easy-localization');

let rows: string[][] = [];

beforeAll(() => {
  const r = spawnSync(process.execPath, [BIN, 'check', DIR, '--format', 'json', '--fail-on', 'none', '--quiet'], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  rows = (JSON.parse(r.stdout) as Audit).documents.flatMap((d) => d.targets.flatMap((t) => t.findings.map((f) => [t.lang, f.check, f.key ?? ''])));
});

const of = (lang: string, key: string) => rows.filter((r) => r[0] === lang && r[2] === key).map((r) => r[1]);

describe('easy_localization catalogs: what must not be flagged', () => {
  it('a name written through a linked message ("@:appName") is there', () => {
    // "thư mục dữ liệu @:appName hiện tại" for "the current NoteFlow data folder".
    expect(of('vi', 'menu.importDescription')).toEqual([]);
  });

  it('a key chord is no sentence of another language ("Alt+clic", "Alt+nhấp")', () => {
    expect(of('fr', 'blockActions.addBelowCmd')).toEqual([]);
    expect(of('vi', 'blockActions.addBelowCmd')).toEqual([]);
  });

  it('a file extension is no word ("txt" stands in the German word list)', () => {
    expect(of('vi', 'chat.attachFiles')).toEqual([]);
  });

  it('a loanword the source has in the plural is the source\'s, not French ("Các plugin" for "Plugins")', () => {
    expect(of('vi', 'settings.pluginsLabel')).toEqual([]);
  });

  it('a number joined to a capitalised word is no product code ("2-Step Verification")', () => {
    expect(of('vi', 'settings.twoFactor')).toEqual([]);
  });

  it('a short hint ending in "..." is whole: only punctuation notes the ellipsis', () => {
    expect(of('fr', 'search.optionHint')).toEqual(['punctuation']);
    expect(of('vi', 'search.optionHint')).toEqual(['punctuation']);
  });
});

describe('easy_localization catalogs: what must be flagged', () => {
  it('a name dropped with no link in its place', () => {
    expect(of('vi', 'menu.exportDescription')).toEqual(['entity']);
  });

  it('a name altered ("Github")', () => {
    expect(of('vi', 'settings.signInGithub')).toEqual(['entity']);
  });

  it('a sentence left in English, a French word leaked into the Vietnamese', () => {
    expect(of('fr', 'blockActions.openMenuHint')).toEqual(['untranslated']);
    expect(of('vi', 'settings.builtBy')).toEqual(['untranslated']);
  });

  it('a short hint cut short with "…"', () => {
    expect(of('fr', 'search.pageHint')).toContain('truncation');
  });

  it('nothing else', () => {
    expect(rows).toHaveLength(8);
  });
});
