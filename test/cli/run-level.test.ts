// A site's worth of articles through the real CLI, as CI runs it: `tqc check content/` walks the
// article directories, --out writes one summary.md and one SARIF run for the whole invocation, and
// inside GitHub Actions the job summary and annotation lines. The articles are the three short
// correct ones in test/fixtures/articles, the seed, and broken versions made from them here.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../report/json-schema.js';

const BIN = resolve('bin/tqc.js');
const ARTICLES = resolve('test/fixtures/articles');
const sarifSchema = JSON.parse(readFileSync(resolve('test/report/sarif-schema-2.1.0.json'), 'utf8'));

function tqc(args: string[], cwd: string, env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_')));
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...clean, NO_COLOR: '1', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** content/articles/: ten documents. Three correct articles, the seed (half-missing Vietnamese),
 *  a page left in English, a Vietnamese that lost its second half, and four copies of the correct
 *  ones under other names; plus content/articles/images with one file, which is not a document. */
function site(): string {
  const root = mkdtempSync(join(tmpdir(), 'tqc-site-'));
  const articles = join(root, 'content', 'articles');
  mkdirSync(articles, { recursive: true });
  for (const name of readdirSync(ARTICLES)) cpSync(join(ARTICLES, name), join(articles, name), { recursive: true });
  mkdirSync(join(articles, 'llama-gpu-cluster'));
  for (const f of ['en.txt', 'fr.txt', 'vi.txt']) copyFileSync(join('corpus/llama-gpu-cluster', f), join(articles, 'llama-gpu-cluster', f));
  const river = join(ARTICLES, 'river-cleanup');
  mkdirSync(join(articles, 'english-page'));
  copyFileSync(join(river, 'en.txt'), join(articles, 'english-page', 'en.txt'));
  copyFileSync(join(river, 'en.txt'), join(articles, 'english-page', 'fr.txt'));
  mkdirSync(join(articles, 'half-missing'));
  const bakery = join(ARTICLES, 'bakery-prices');
  copyFileSync(join(bakery, 'en.txt'), join(articles, 'half-missing', 'en.txt'));
  const vi = readFileSync(join(bakery, 'vi.txt'), 'utf8').split('\n\n');
  writeFileSync(join(articles, 'half-missing', 'vi.txt'), vi.slice(0, Math.ceil(vi.length / 2)).join('\n\n'));
  for (const [k, name] of ['bakery-prices', 'library-hours', 'river-cleanup', 'bakery-prices'].entries()) {
    cpSync(join(ARTICLES, name), join(articles, 'more', `copy-${k}-${name}`), { recursive: true });
  }
  mkdirSync(join(articles, 'images'));
  writeFileSync(join(articles, 'images', 'cover.txt'), 'not an article');
  return root;
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('tqc check content/: a directory of article directories', () => {
  const root = site();
  const r = tqc(['check', 'content/', '--format', 'json', '--fail-on', 'none'], root);
  const audit: Json = JSON.parse(r.stdout);
  const score = (doc: string, lang: string): number =>
    audit.documents.find((d: Json) => d.name === doc).targets.find((t: Json) => t.lang === lang).summary.mqmScore;

  it('walks every leaf directory of versions, at any depth, and says what it skipped', () => {
    expect(r.code, r.stderr).toBe(0);
    expect(audit.documents).toHaveLength(10);
    expect(audit.documents.map((d: Json) => d.name)).toContain('copy-3-bakery-prices');
    expect(r.stderr).toMatch(/^tqc: content\/articles\/images: skipped: not a document/m);
  });

  it('the audit, with alsoSeenBy on merged findings, is what docs/audit.schema.json documents', () => {
    const schema = JSON.parse(readFileSync(resolve('docs/audit.schema.json'), 'utf8'));
    expect(audit.documents.some((d: Json) => d.targets.some((t: Json) => t.findings.some((f: Json) => f.alsoSeenBy)))).toBe(true);
    expect(validate(schema, audit)).toEqual([]);
  });

  it('MQM: correct translations score 0; a half-missing one and a page left in English far worse than any correct one', () => {
    const correct = ['bakery-prices', 'library-hours', 'river-cleanup'].flatMap((d) => ['fr', 'vi'].map((l) => score(d, l)));
    expect(Math.max(...correct)).toBeLessThan(5);
    const half = score('half-missing', 'vi');
    expect(half).toBeGreaterThan(100);
    expect(score('llama-gpu-cluster', 'vi')).toBeGreaterThan(100);
    // One critical finding for a whole page in English used to score 17.6, below a good
    // translation's false alarms: it now counts once per sentence-sized share of the page.
    expect(score('english-page', 'fr')).toBeGreaterThan(1000);
    // The complete seed French, with its four-line English footer, is far better than either.
    expect(score('llama-gpu-cluster', 'fr')).toBeLessThan(half / 10);
  });
});

describe('--out with several documents: one summary.md, one SARIF run', () => {
  const root = site();
  const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/site', GITHUB_SHA: 'abc123', GITHUB_ACTIONS: 'true' };
  const summaryFile = join(root, 'step-summary.md');
  writeFileSync(summaryFile, '');
  const r = tqc(['check', 'content/', '--format', 'md,sarif', '--out', 'tqc-audit', '--fail-on', 'major'], root, { ...env, GITHUB_STEP_SUMMARY: summaryFile });
  const out = join(root, 'tqc-audit');

  it('writes each document’s Markdown, summary.md and tqc.sarif — no SARIF per document', () => {
    expect(r.code, r.stderr).toBe(1);
    const files = readdirSync(out);
    expect(files.filter((f) => f.endsWith('.sarif'))).toEqual(['tqc.sarif']);
    expect(files).toContain('summary.md');
    expect(files.filter((f) => f.endsWith('.md'))).toHaveLength(11);
  });

  it('summary.md: under 65,000 characters, worst document first, lines linked at the commit', () => {
    const md = readFileSync(join(out, 'summary.md'), 'utf8');
    expect(md.length).toBeLessThan(65_000);
    const order = ['english-page', 'llama-gpu-cluster', 'half-missing'].map((n) => md.indexOf(`| ${n.replace(/-/g, '\\-')} |`));
    expect(order.every((i) => i >= 0)).toBe(true);
    // The critical pages first, the highest MQM first; the clean translations are one line, not 14 rows.
    expect(order[0]).toBeLessThan(order[1]);
    expect(order[1]).toBeLessThan(order[2]);
    expect(md).toContain('✅ No findings in 14 translations: bakery\\-prices (fr), bakery\\-prices (vi), ');
    expect(md).not.toContain('| bakery\\-prices |');
    expect(md).not.toContain('No findings.');
    expect(md).toContain('](https://github.com/acme/site/blob/abc123/content/articles/llama-gpu-cluster/vi.txt#L');
  });

  it('tqc.sarif: valid SARIF 2.1.0 with exactly one run, in a category of its own, holding every finding', () => {
    const log = JSON.parse(readFileSync(join(out, 'tqc.sarif'), 'utf8'));
    expect(validate(sarifSchema, log)).toEqual([]);
    // Code scanning accepts one run per tool and category in an upload (codeql-action, 2025).
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].automationDetails.id).toBe('tqc/translations/');
    const total = JSON.parse(tqc(['check', 'content/', '--format', 'json', '--quiet'], root).stdout).documents.reduce(
      (n: number, d: Json) => n + d.targets.reduce((m: number, t: Json) => m + t.findings.length, 0),
      0,
    );
    expect(log.runs[0].results).toHaveLength(total);
    const uris = new Set(log.runs[0].results.map((x: Json) => x.locations[0].physicalLocation.artifactLocation.uri.split('/')[2]));
    expect([...uris].sort()).toEqual(['english-page', 'half-missing', 'llama-gpu-cluster']);
  });

  it('in GitHub Actions: the job summary and one annotation line per finding, worst first', () => {
    expect(readFileSync(summaryFile, 'utf8')).toMatch(/^## tqc translation audit/);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('::'));
    // The three critical findings first: the seed's lost half, the English page, the lost half.
    expect(lines.slice(0, 3).every((l) => l.startsWith('::error ') && l.includes('(critical%2C'))).toBe(true);
    expect(lines.slice(0, 3)).toContainEqual(expect.stringMatching(/^::error file=content\/articles\/english-page\/fr\.txt,line=1,col=1,endLine=\d+,title=tqc wrong-language \(critical%2C fr\)::/));
    expect(lines.some((l) => /^::warning file=content\/articles\/llama-gpu-cluster\/fr\.txt,line=\d+,col=\d+,endLine=\d+,title=tqc addition \(minor%2C fr\)::/.test(l))).toBe(true);
    expect(lines.every((l) => !l.includes('\n'))).toBe(true);
  });

  it('outside Actions: no annotation lines, no job summary', () => {
    rmSync(out, { recursive: true });
    const plain = tqc(['check', 'content/', '--format', 'md', '--out', 'tqc-audit'], root);
    expect(plain.stderr).not.toMatch(/^::/m);
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).not.toContain('https://github.com');
  });
});

describe('a page bundle: the versions beside their cover image and data (Hugo)', () => {
  it('only documents are versions; the image and the JSON are said on stderr, not read', () => {
    const root = mkdtempSync(join(tmpdir(), 'tqc-bundle-'));
    const bundle = join(root, 'content', 'post', 'bakery-prices');
    mkdirSync(bundle, { recursive: true });
    copyFileSync(join(ARTICLES, 'bakery-prices', 'en.txt'), join(bundle, 'en.md'));
    copyFileSync(join(ARTICLES, 'bakery-prices', 'fr.txt'), join(bundle, 'fr.md'));
    // Before: the PNG stopped the run (binary file, exit 2); the JSON became a translation "in
    // English" with 0 % coverage.
    writeFileSync(join(bundle, 'cover.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(join(bundle, 'meta.json'), '{"title": "Bakery prices", "tags": ["town", "prices"], "date": "2024-03-01"}\n');
    const r = tqc(['check', 'content/', '--format', 'json', '--fail-on', 'none'], root);
    expect(r.code, r.stderr).toBe(0);
    const audit: Json = JSON.parse(r.stdout);
    expect(audit.documents.map((d: Json) => d.targets.map((t: Json) => t.path.split('/').pop()))).toEqual([['fr.md']]);
    expect(r.stderr).toMatch(/bakery-prices: 2 files not read \(not a document: cover\.png, meta\.json; a catalog names its language/);
  });
});
