// The README is the user contract: every `npx tqc …` command in it runs here, in a fresh directory
// laid out as the README assumes (the shipped corpus, and a site's content/ of article directories),
// and does what the README says it does.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/tqc.js');
const README = readFileSync('README.md', 'utf8');

/** Every `npx tqc …` in a code block, without its trailing comment, in README order. */
function commands(): string[] {
  const blocks = [...README.matchAll(/```(?:sh|yaml)\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks.flatMap((b) => [...b.matchAll(/npx tqc ([^#\n]*?)\s*(?:#.*)?$/gm)].map((m) => m[1]));
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tqc-readme-'));
  cpSync('corpus/llama-gpu-cluster', join(dir, 'corpus', 'llama-gpu-cluster'), { recursive: true });
  const articles = join(dir, 'content', 'articles');
  mkdirSync(articles, { recursive: true });
  cpSync('test/fixtures/articles', articles, { recursive: true });
  mkdirSync(join(articles, 'llama-gpu-cluster'));
  for (const f of ['en.txt', 'fr.txt', 'vi.txt']) copyFileSync(join('corpus/llama-gpu-cluster', f), join(articles, 'llama-gpu-cluster', f));
  return dir;
}

const run = (args: string, cwd: string) => spawnSync('bash', ['-c', `node ${JSON.stringify(BIN)} ${args}`], { cwd, encoding: 'utf8' });

describe('README commands', () => {
  const dir = workspace();
  const found = commands();

  it('finds the commands it promises: the opening audit, the CI job, the two baseline steps', () => {
    expect(found).toEqual([
      'check corpus/llama-gpu-cluster --format html,md,json --out reports --fail-on none',
      'check content/ --format sarif,md,junit --out tqc-audit --fail-on major',
      'check content/ --write-baseline tqc-baseline.json',
      'check content/ --baseline tqc-baseline.json',
    ]);
  });

  it('the opening command writes reports/llama-gpu-cluster.{html,md,json}', () => {
    const r = run(found[0], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(['llama-gpu-cluster.html', 'llama-gpu-cluster.json', 'llama-gpu-cluster.md']);
  });

  it('the CI job fails on the seed’s major findings and writes one SARIF file to upload and one summary', () => {
    const r = run(found[1], dir);
    expect(r.status, r.stderr).toBe(1);
    const files = readdirSync(join(dir, 'tqc-audit'));
    expect(files).toContain('tqc.sarif'); // the workflow's sarif_file
    expect(files).toContain('summary.md');
    expect(README).toContain('sarif_file: tqc-audit/tqc.sarif');
    expect(JSON.parse(readFileSync(join(dir, 'tqc-audit', 'tqc.sarif'), 'utf8')).runs).toHaveLength(1);
  });

  it('the baseline steps: record (exit 0, said on stderr), then only new findings (none yet: exit 0)', () => {
    const wrote = run(found[2], dir);
    expect(wrote.status, wrote.stderr).toBe(0);
    expect(wrote.stderr).toMatch(/wrote tqc-baseline\.json: 11 findings of 4 documents recorded/);
    expect(existsSync(join(dir, 'tqc-baseline.json'))).toBe(true);
    const again = run(found[3], dir);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/11 known findings hidden by the baseline/);
  });
});
