// The built CLI loads a parser only for the formats a run reads (scripts/build-bundle.mjs): plain
// text loads none of them, which is most of why `tqc check` on the seed corpus starts in half the
// time it did. The audits themselves are checked byte for byte by test/cli/reports-fresh.test.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/tqc.js');
const HOOK = resolve('test/helpers/vendor-hook.cjs');

/** The vendor files a `tqc check` run loaded, sorted, and its exit code. */
function loaded(paths: string[], cwd = process.cwd()): { vendors: string[]; status: number | null } {
  const r = spawnSync(process.execPath, ['-r', HOOK, BIN, 'check', ...paths, '--format', 'json', '--fail-on', 'none', '--quiet'], { encoding: 'utf8', maxBuffer: 64 << 20, cwd });
  const vendors = [...new Set(r.stderr.split('\n').flatMap((l) => (l.startsWith('vendor-loaded ') ? [l.slice(14)] : [])))].sort();
  return { vendors, status: r.status };
}

describe('parsers loaded on demand by the built CLI', () => {
  it('ships each parser as a file of its own', () => {
    for (const name of ['csv', 'gettext', 'icu', 'markdown', 'mdx', 'parse5', 're2js', 'saxes', 'yaml']) expect(existsSync(resolve(`dist/bundle/vendor/${name}.cjs`)), name).toBe(true);
  });

  it.each<[string, string[], string[]]>([
    ['plain text (the seeds)', ['corpus/seeds'], []],
    ['HTML pages', ['corpus/shop-about'], ['parse5']],
    ['a PO file', ['corpus/shop-app/messages.fr.po'], ['gettext']],
    ['an XLIFF file', ['corpus/shop-app/app.fr.xlf'], ['saxes']],
    ['a TMX file', ['corpus/shop-app/support.tmx'], ['icu', 'saxes']],
    ['YAML catalogs', ['corpus/shop-app/rails'], ['yaml']],
    ['JSON catalogs with ICU plurals', ['corpus/shop-app/locales'], ['icu']],
    ['Markdown articles (no MDX: no acorn)', ['test/fixtures/heldout/markdown'], ['markdown']],
    ['MDX pages', ['test/fixtures/react/learn-conditional-rendering-fr'], ['markdown', 'mdx']],
  ])('%s: %j', (_what, paths, expected) => {
    const { vendors, status } = loaded(paths);
    expect(status).toBe(0);
    expect(vendors).toEqual(expected);
  });

  it('a config with a CSV term base and a /…/ allowlist pattern: csv and re2js too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tqc-lazy-'));
    writeFileSync(join(dir, 'tqc.config.json'), JSON.stringify({ termbase: 'terms.csv', allowlist: { '*': ['/^#\\w+$/'] } }));
    writeFileSync(join(dir, 'terms.csv'), 'en,fr\nGPU,GPU\n');
    writeFileSync(join(dir, 'en.txt'), 'The GPU cluster has 100,000 chips. #launch\n');
    writeFileSync(join(dir, 'fr.txt'), 'Le cluster GPU compte 100 000 puces. #launch\n');
    const { vendors, status } = loaded(['en.txt', 'fr.txt'], dir);
    expect(status).toBe(0);
    expect(vendors).toEqual(['csv', 're2js']);
  });
});
