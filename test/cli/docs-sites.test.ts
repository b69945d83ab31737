// Documentation sites keep their translations in trees whose names are not always languages:
// Docusaurus puts the English in docs/ and the French in i18n/fr/docusaurus-plugin-content-docs/
// current/. Named together, they are paired page by page, through the CLI, as a user runs it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Audit } from '../../src/types/index.js';

const BIN = resolve('bin/tqc.js');

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'tqc-docs-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function tqc(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--format', 'json', '--quiet', '--fail-on', 'none'], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const FR_DOCS = 'i18n/fr/docusaurus-plugin-content-docs/current';
const root = site({
  'docs/intro.md': '---\ntitle: Introduction\n---\n\n# Introduction\n\nThe checker reads 40 pages per second. It runs on Node 20.\n',
  'docs/guides/install.md': '# Install\n\nRun the installer. It takes 2 minutes.\n',
  'docs/guides/upgrade.md': '# Upgrade\n\nRead the changelog first.\n',
  [`${FR_DOCS}/intro.md`]: '---\ntitle: Introduction\n---\n\n# Introduction\n\nLe vérificateur lit 40 pages par seconde. Il fonctionne avec Node 20.\n',
  [`${FR_DOCS}/guides/install.md`]: '# Installation\n\nLancez l’installateur. Cela prend 3 minutes.\n',
});

describe('Docusaurus: docs/ and i18n/fr/docusaurus-plugin-content-docs/current/ named together', () => {
  const r = tqc(['check', 'docs', FR_DOCS], root);

  it('pairs the pages: docs/ is the English (it names no language), the French tree is named in its path', () => {
    expect(r.code, r.stderr).toBe(0);
    const a = JSON.parse(r.stdout) as Audit;
    expect(a.documents.map((d) => [d.source.path, d.source.lang, d.targets.map((t) => [t.path, t.lang])])).toEqual([
      ['docs/guides/install.md', 'en', [[`${FR_DOCS}/guides/install.md`, 'fr']]],
      ['docs/intro.md', 'en', [[`${FR_DOCS}/intro.md`, 'fr']]],
    ]);
    // The one defect planted: "2 minutes" became "3 minutes".
    expect(a.documents.flatMap((d) => d.targets.flatMap((t) => t.findings.map((f) => f.check)))).toEqual(['number']);
  });

  it('says on stderr which pages the French lacks (unless --quiet)', () => {
    const loud = spawnSync(process.execPath, [BIN, 'check', 'docs', FR_DOCS, '--format', 'json', '--fail-on', 'none'], { cwd: root, encoding: 'utf8' });
    expect(loud.stderr).toMatch(/current: 1 of 3 files of docs not translated here/);
  });

  it('--langs names the trees when their paths do not', () => {
    const other = site({ 'en-docs/a.md': 'It takes 2 minutes.\n', 'traduction/a.md': 'Cela prend 2 minutes.\n' });
    const run = tqc(['check', 'en-docs', 'traduction', '--langs', 'en,fr'], other);
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as Audit).documents.map((d) => d.targets.map((t) => t.lang))).toEqual([['fr']]);
  });
});
