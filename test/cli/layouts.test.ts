// Where translations live, walked from one directory: language trees (docs/en/…, docs/fr/…;
// i18next's locales/en/translation.json), an app directory holding catalogs and catalog
// sub-directories (corpus/shop-app: app.fr.xlf beside locales/ and rails/), and the shipped
// corpus/ as a whole. Before, `tqc check corpus` read shop-app as one document whose "source" was
// support.tmx and whose "translations" were terms.csv and tqc.config.json, and `tqc check locales`
// with en/ and fr/ inside found "no document".
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/tqc.js');
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function tqc(args: string[], cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, audit: r.stdout.startsWith('{') ? (JSON.parse(r.stdout) as Json) : null };
}

const versions = (audit: Json) => audit.documents.map((d: Json) => [d.name, d.source.path, ...d.targets.map((t: Json) => `${t.lang}:${t.path}`)]);

describe('language trees: docs/en/… beside docs/fr/…, docs/vi/…', () => {
  const root = mkdtempSync(join(tmpdir(), 'tqc-trees-'));
  for (const d of ['docs/en/guide', 'docs/fr/guide', 'docs/vi', 'docs/en/img', 'locales/en', 'locales/fr']) mkdirSync(join(root, d), { recursive: true });
  const llama = (f: string) => join('corpus/llama-gpu-cluster', f);
  copyFileSync(llama('en.txt'), join(root, 'docs/en/guide/index.md'));
  copyFileSync(llama('fr.txt'), join(root, 'docs/fr/guide/index.md'));
  copyFileSync(llama('en.txt'), join(root, 'docs/en/cluster.md'));
  copyFileSync(llama('vi.txt'), join(root, 'docs/vi/cluster.md'));
  writeFileSync(join(root, 'docs/fr/ancienne-page.md'), 'Une page retirée de la version anglaise.\n');
  writeFileSync(join(root, 'docs/en/img/cover.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  writeFileSync(join(root, 'locales/en/translation.json'), '{"save": "Save the file", "inbox": "You have {{count}} new messages"}\n');
  writeFileSync(join(root, 'locales/fr/translation.json'), '{"save": "Enregistrer le fichier", "inbox": "Vous avez {{n}} nouveaux messages"}\n');

  it('each page of the source tree is a document with the same path in the other trees; an image is no version', () => {
    const r = tqc(['check', 'docs', '--format', 'json', '--fail-on', 'none'], root);
    expect(r.code, r.stderr).toBe(0);
    expect(versions(r.audit)).toEqual([
      ['cluster', 'docs/en/cluster.md', 'vi:docs/vi/cluster.md'],
      ['index', 'docs/en/guide/index.md', 'fr:docs/fr/guide/index.md'],
    ]);
    // the Vietnamese page is the seed's half-missing translation: found through the tree as in corpus/
    expect(r.audit.documents[0].targets[0].findings.some((f: Json) => f.check === 'truncation')).toBe(true);
  });

  it('pages a tree lacks, or has without a source, are counted on stderr, one line per tree', () => {
    const r = tqc(['check', 'docs', '--format', 'json', '--fail-on', 'none'], root);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('tqc: docs/')).sort()).toEqual([
      'tqc: docs/fr: 1 file with no source in docs/en: not checked',
      'tqc: docs/fr: 1 of 2 files of docs/en not translated here',
      'tqc: docs/vi: 1 of 2 files of docs/en not translated here',
    ]);
  });

  it("i18next's locales/<lang>/translation.json are catalogs matched by key", () => {
    const r = tqc(['check', 'locales', '--format', 'json', '--fail-on', 'none'], root);
    expect(r.code, r.stderr).toBe(0);
    expect(versions(r.audit)).toEqual([['translation', 'locales/en/translation.json', 'fr:locales/fr/translation.json']]);
    const placeholder = r.audit.documents[0].targets[0].findings.filter((f: Json) => f.check === 'placeholder');
    expect(placeholder.map((f: Json) => f.key)).toEqual(['inbox', 'inbox']);
  });

  it('without a tree in the source language, the directories are no language tree', () => {
    const r = tqc(['check', 'docs', '--source-lang', 'de', '--format', 'json', '--fail-on', 'none'], root);
    expect(r.code).toBe(2);
  });
});

describe('an app directory: bilingual catalogs beside catalog sub-directories', () => {
  it('tqc check corpus/shop-app reads app.fr.xlf, messages.fr.po, support.tmx, locales/ and rails/ — never terms.csv or tqc.config.json', () => {
    const r = tqc(['check', 'corpus/shop-app', '--format', 'json', '--fail-on', 'none']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.audit.documents.map((d: Json) => d.name)).toEqual(['app', 'messages', 'support', 'locales', 'rails']);
    const paths = r.audit.documents.flatMap((d: Json) => d.targets.map((t: Json) => t.path));
    expect(paths.filter((p: string) => /terms\.csv|tqc\.config\.json/.test(p))).toEqual([]);
  });

  it('tqc check corpus: every kind of content of the shipped corpus, each read by its reader', () => {
    const r = tqc(['check', 'corpus', '--format', 'json', '--fail-on', 'none']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.audit.documents.map((d: Json) => `${d.name}:${d.source.path}`)).toEqual([
      'llama-gpu-cluster:corpus/llama-gpu-cluster/en.txt',
      'seeds:corpus/seeds/000_6171f854f6f90d12.txt',
      'shop-about:corpus/shop-about/en.html',
      'app:corpus/shop-app/app.fr.xlf',
      'messages:corpus/shop-app/messages.fr.po',
      'support:corpus/shop-app/support.tmx',
      'locales:corpus/shop-app/locales/en.json',
      'rails:corpus/shop-app/rails/en.yml',
    ]);
  });
});

describe('links that lead back up the tree (hostile input)', () => {
  it('each directory is walked once: two links per level back to the root end at once, with a line on stderr', () => {
    const root = mkdtempSync(join(tmpdir(), 'tqc-loops-'));
    mkdirSync(join(root, 'site/articles/a'), { recursive: true });
    mkdirSync(join(root, 'site/docs/en/g'), { recursive: true });
    mkdirSync(join(root, 'site/docs/fr/g'), { recursive: true });
    writeFileSync(join(root, 'site/articles/a/en.txt'), 'The plant opened in May. It employs 120 people.\n');
    writeFileSync(join(root, 'site/articles/a/fr.txt'), 'L’usine a ouvert en mai. Elle emploie 120 personnes.\n');
    writeFileSync(join(root, 'site/docs/en/g/p.md'), 'Hello world. It is fine.\n');
    writeFileSync(join(root, 'site/docs/fr/g/p.md'), 'Bonjour le monde. Ça va.\n');
    for (const [at, to] of [['site/articles/up1', '..'], ['site/articles/up2', '../articles'], ['site/docs/en/g/up', '../../..'], ['site/docs/en/g/up2', '../..']]) symlinkSync(to, join(root, at));
    const r = tqc(['check', 'site', '--format', 'json', '--fail-on', 'none'], root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.audit.documents.map((d: Json) => d.source.path)).toEqual(['site/articles/a/en.txt', 'site/docs/en/g/p.md']);
    expect(r.stderr).toMatch(/^tqc: site\/articles\/up1: skipped: the directory .* is walked already \(a link\)$/m);
  });
});
