// The README is the user contract: every `npx tqc …` command in it runs here, in a fresh git
// repository laid out as the README assumes (the shipped corpus; a site's content/ of article
// directories, among them content/articles/llama, whose English was edited after its
// translations; article/ with old/en.txt), with the CI templates' variables filled in (shard 1 to
// 4, the base branch a tag at the first commit), and does what the README says it does.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/tqc.js');
const README = readFileSync('README.md', 'utf8');

/** Every `npx tqc …` in a code block, without its trailing comment, in README order; a YAML
 *  `run: >` folded over several lines is one command. */
function commands(): string[] {
  const blocks = [...README.matchAll(/```(?:sh|yaml)\n([\s\S]*?)```/g)].map((m) => m[1].replace(/run: >\n(\s+)(.*(?:\n\1\S.*)*)/g, (_, _i, body: string) => `run: ${body.replace(/\n\s+/g, ' ')}`));
  return blocks.flatMap((b) => [...b.matchAll(/npx tqc ([^#\n]*?)\s*(?:#.*)?$/gm)].map((m) => m[1]));
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=tqc test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'pipe' });

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tqc-readme-'));
  cpSync('corpus', join(dir, 'corpus'), { recursive: true });
  const articles = join(dir, 'content', 'articles');
  mkdirSync(articles, { recursive: true });
  cpSync('test/fixtures/articles', articles, { recursive: true });
  for (const d of [join(articles, 'llama'), join(dir, 'article')]) {
    mkdirSync(d);
    for (const f of ['en.txt', 'fr.txt', 'vi.txt']) copyFileSync(join('corpus/llama-gpu-cluster', f), join(d, f));
  }
  mkdirSync(join(dir, 'old'));
  copyFileSync('corpus/llama-gpu-cluster/en.txt', join(dir, 'old', 'en.txt'));
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'translations');
  git(dir, 'tag', 'v2.3');
  git(dir, 'tag', 'base');
  // The English is edited after the translations were made: a changed number.
  for (const en of [join(articles, 'llama', 'en.txt'), join(dir, 'article', 'en.txt')]) writeFileSync(en, readFileSync(en, 'utf8').replace('150 megawatts', '170 megawatts'));
  git(dir, 'commit', '-q', '-am', 'source edited');
  return dir;
}

/** The command with the CI templates filled in, run by bash in the workspace. */
const run = (args: string, cwd: string, shard = 1) =>
  spawnSync('bash', ['-c', `node ${JSON.stringify(BIN)} ${args.replace(/\$\{\{ matrix\.shard \}\}/g, String(shard)).replace(/origin\/\$\{\{ github\.base_ref \}\}/g, 'base')}`], { cwd, encoding: 'utf8' });

describe('README commands', () => {
  const dir = workspace();
  const found = commands();
  const take = (prefix: string) => {
    const c = found.find((x) => x.startsWith(prefix));
    if (!c) throw new Error(`the README has no "npx tqc ${prefix}…"`);
    return c;
  };

  it('are all run below: the opening audit, the CI job, --since, shards and merge, the baseline steps', () => {
    expect(found).toHaveLength(9);
    expect(found[0]).toBe('check corpus --format html,md,json --out reports --fail-on none');
  });

  it('the opening command writes reports/<document>.{html,md,json} for every document of the corpus, and summary.md', () => {
    const r = run(found[0], dir);
    expect(r.status, r.stderr).toBe(0);
    const docs = ['app', 'llama-gpu-cluster', 'locales', 'messages', 'rails', 'seeds', 'shop-about', 'support'];
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual([...docs.flatMap((d) => ['html', 'json', 'md'].map((x) => `${d}.${x}`)), 'summary.md'].sort());
  });

  it('the CI job fails on the seed’s major findings and writes one SARIF file to upload and one summary', () => {
    const r = run(take('check content/ --format sarif'), dir);
    expect(r.status, r.stderr).toBe(1);
    const files = readdirSync(join(dir, 'tqc-audit'));
    expect(files).toContain('tqc.sarif'); // the workflow's sarif_file
    expect(files).toContain('summary.md');
    expect(README.match(/sarif_file: tqc-audit\/tqc\.sarif/g)).toHaveLength(2);
    expect(JSON.parse(readFileSync(join(dir, 'tqc-audit', 'tqc.sarif'), 'utf8')).runs).toHaveLength(1);
  });

  it('--since, --since=REV and --previous-source report the edited source sentence as stale', () => {
    for (const c of found.filter((x) => x.includes('--since') && !x.includes('--shard')).concat(found.filter((x) => x.includes('--previous-source')))) {
      const r = run(`${c} --format json --quiet`, dir);
      expect([0, 1], `${c}: ${r.stderr}`).toContain(r.status);
      const checks = JSON.parse(r.stdout).documents[0].targets.flatMap((t: { findings: { check: string }[] }) => t.findings.map((f) => f.check));
      expect(checks, c).toContain('stale');
    }
  });

  it('the matrix: four shards of the changed documents, then one merge that gates and writes one SARIF run', () => {
    const shard = take('check content/ --shard');
    for (const k of [1, 2, 3, 4]) {
      const r = run(shard, dir, k);
      expect(r.status, r.stderr).toBe(0);
    }
    const merged = run(take('merge '), dir);
    expect(merged.status, merged.stderr).toBe(1);
    const log = JSON.parse(readFileSync(join(dir, 'tqc-audit', 'tqc.sarif'), 'utf8'));
    expect(log.runs).toHaveLength(1);
    // Only content/articles/llama changed since the base: its findings, and nothing else's.
    const docs = new Set(log.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation.uri.split('/')[2]));
    expect([...docs]).toEqual(['llama']);
  });

  it('the baseline steps: record (exit 0, said on stderr), then only new findings (none yet: exit 0)', () => {
    const wrote = run(take('check content/ --write-baseline'), dir);
    expect(wrote.status, wrote.stderr).toBe(0);
    expect(wrote.stderr).toMatch(/wrote tqc-baseline\.json: \d+ findings of 4 documents recorded/);
    expect(existsSync(join(dir, 'tqc-baseline.json'))).toBe(true);
    const again = run(take('check content/ --baseline'), dir);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/\d+ known findings hidden by the baseline/);
  });
});
