// Documentation sites keep their translations in trees whose names are not always languages:
// Docusaurus puts the English in docs/ and the French in i18n/fr/docusaurus-plugin-content-docs/
// current/. Named together, they are paired page by page, through the CLI, as a user runs it.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Audit } from '../../src/types/index.js';
import { writeTree } from '../helpers/tree.js';

const BIN = resolve('bin/tqc.js');

const site = (files: Record<string, string>): string => writeTree(files, 'tqc-docs-');

function tqc(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--format', 'json', '--quiet', '--fail-on', 'none'], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const FR_DOCS = 'i18n/fr/docusaurus-plugin-content-docs/current';
// Written in the shapes web-map-doc's French pages showed (unlicensed there: read, not copied).
// Docusaurus reads .md as MDX, so a page may open with imports; each page ends in an "Edit this
// page" link to its own file; the French writes a link of the site with its host; a console
// error is quoted as the browser prints it.
const root = site({
  'docs/intro.md':
    "---\ntitle: Introduction\n---\n\nimport Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n# Introduction\n\nThe checker reads 40 pages per second. It runs on Node 20.\n\nSee the [install guide](../guides/install/#requirements) first.\n\n[Edit this page on GitHub](https://github.com/acme/checker-docs/edit/main/docs/intro.md)\n",
  'docs/guides/install.md':
    '# Install\n\nRun the installer. It takes 2 minutes.\n\nIf nothing happens, open the console and look for an error like _"has been blocked by CORS policy"_. Then read the [FAQ](../faq/).\n',
  'docs/guides/upgrade.md': '# Upgrade\n\nRead the changelog first.\n',
  [`${FR_DOCS}/intro.md`]:
    "---\ntitle: Introduction\n---\n\nimport Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n# Introduction\n\nLe vérificateur lit 40 pages par seconde. Il fonctionne avec Node 20.\n\nLisez d’abord le [guide d’installation](https://acme.example/checker/docs/guides/install/#requirements).\n\n[Modifier cette page sur GitHub](https://github.com/acme/checker-docs/edit/main/i18n/fr/docusaurus-plugin-content-docs/current/intro.md)\n",
  [`${FR_DOCS}/guides/install.md`]:
    '# Installation\n\nLancez l’installateur. Cela prend 3 minutes.\n\nSi rien ne se passe, ouvrez la console et cherchez une erreur comme _« has been blocked by CORS policy »_. Lisez ensuite la [FAQ](../questions/).\n',
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
    // The defects planted: "2 minutes" became "3 minutes", the FAQ link leads elsewhere. The quoted
    // console error is a quotation kept (minor, asked about); the imports, the French page's edit
    // link to its own file and the site link written with its host are no findings.
    const found = a.documents.flatMap((d) => d.targets.flatMap((t) => t.findings.map((f) => `${f.check} ${f.severity}`)));
    expect(found.sort()).toEqual(['entity major', 'number major', 'untranslated minor']);
  });

  it('says on stderr which pages the French lacks (unless --quiet)', () => {
    const loud = spawnSync(process.execPath, [BIN, 'check', 'docs', FR_DOCS, '--format', 'json', '--fail-on', 'none'], { cwd: root, encoding: 'utf8' });
    expect(loud.stderr).toMatch(/current: 1 of 3 files of docs not translated here/);
  });

  it('two article directories named with --langs stay two articles (no tree named for a language)', () => {
    const other = site({ 'a/en.txt': 'It takes 2 minutes.\n', 'a/fr.txt': 'Cela prend 2 minutes.\n', 'b/en.txt': 'Bring 3 pens.\n', 'b/fr.txt': 'Apportez 3 stylos.\n' });
    const run = tqc(['check', 'a', 'b', '--langs', 'en,fr'], other);
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as Audit).documents.map((d) => [d.source.path, d.targets.map((t) => t.path)])).toEqual([
      ['a/en.txt', ['a/fr.txt']],
      ['b/en.txt', ['b/fr.txt']],
    ]);
  });
});
