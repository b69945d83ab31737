// tqc check --since / --changed-since on a repository the test builds: an English article edited
// three ways (a changed number, a rewritten sentence, a new paragraph) while the French and
// Vietnamese translations stayed as they were.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Audit, Finding } from '../../src/types/index.js';
import { validate } from '../report/json-schema.js';
import { EN_TYPOGRAPHY, EN_V1, EN_V2, FR, articleRepo, commit, git, newRepo, write } from './repo.js';

const BIN = resolve('bin/tqc.js');

function tqc(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const audit = (stdout: string): Audit => JSON.parse(stdout);
const staleOf = (a: Audit, lang: string): Finding[] => a.documents[0].targets.find((t) => t.lang === lang)!.findings.filter((f) => f.check === 'stale');
/** A diff in git's word-diff notation, for readable expectations. */
const notation = (f: Finding) => f.diff!.map((p) => (p.op === 'equal' ? p.text : p.op === 'delete' ? `[-${p.text}-]` : `{+${p.text}+}`)).join('');

const repo = articleRepo();
/** The --since audit of the edited article (computed once). */
let first: Audit | null = null;
const a0 = (): Audit => (first ??= audit(tqc(['check', 'article', '--since', '--format', 'json', '--quiet'], repo.dir).stdout));

describe('tqc check --since: three edits of the English, translations left as they were', () => {
  const run = tqc(['check', 'article', '--since', '--format', 'json', '--quiet'], repo.dir);
  const a = audit(run.stdout);

  it.each(['fr', 'vi'])('%s: exactly the three changes, with their word diffs', (lang) => {
    const stale = staleOf(a, lang);
    expect(stale.map((f) => [f.category, notation(f)])).toEqual([
      [
        'Accuracy/Mistranslation',
        '[-Engineers -]{+In 2019 the operator +}replaced [-its -]{+the old +}signalling [-system in 2019-]{+with a radio-based system+}.',
      ],
      ['Accuracy/Omission', '{+A second driverless line is planned to open in 2030.+}'],
      ['Accuracy/Mistranslation', 'The operator says the renovation cost €[-120-]{+135+} million.'],
    ]);
    // Each on the translation of the sentence that changed (the new one: at the place it belongs).
    const text = a.documents[0].targets.find((t) => t.lang === lang)!;
    expect(stale[0].target!.text).toBe(text.sentences[stale[0].target!.segments[0]].text);
    expect(stale[0].target!.text).toMatch(lang === 'fr' ? /^Les ingénieurs ont remplacé/ : /^Các kỹ sư/);
    expect(stale[1].target!.text).toBe('');
    expect(stale[2].target!.text).toMatch(/120/);
    expect(stale[0].message).toMatch(/since [0-9a-f]{7} \(the translation's last commit\)/);
  });

  it('the audit with diffs still follows docs/audit.schema.json', () => {
    const schema = JSON.parse(readFileSync('docs/audit.schema.json', 'utf8'));
    expect(validate(schema, a)).toEqual([]);
    const bad = JSON.parse(run.stdout);
    bad.documents[0].targets[0].findings[0].diff[0].op = 'replace';
    expect(validate(schema, bad)).not.toEqual([]);
  });

  it.each(['fr', 'vi'])('%s: the number check and stale agree on the changed number', (lang) => {
    const stale = staleOf(a, lang)[2];
    expect(stale).toMatchObject({ actual: '120', expected: '135' });
    const number = a.documents[0].targets.find((t) => t.lang === lang)!.findings.filter((f) => f.check === 'number');
    // The alignment to the old source, carried over the edits: the Vietnamese cost sentence is
    // compared with the new cost sentence, not with the inserted "… open in 2030." beside it.
    expect(number.map((f) => [f.target!.segments[0], f.source!.text])).toEqual([[stale.target!.segments[0], '€135 million']]);
  });

  it('--since REV names the revision: the same findings', () => {
    const b = audit(tqc(['check', 'article', `--since=${repo.translated.slice(0, 10)}`, '--format', 'json', '--quiet'], repo.dir).stdout);
    expect(staleOf(b, 'vi').map(notation)).toEqual(staleOf(a, 'vi').map(notation));
    expect(staleOf(b, 'vi')[0].message).toContain(`since ${repo.translated.slice(0, 7)};`);
  });

  it('Markdown shows ~~old~~ **new**; HTML <del>/<ins> beside the stale translation', () => {
    const md = tqc(['check', 'article', '--since', '--format', 'md', '--quiet'], repo.dir).stdout;
    expect(md).toContain('source change: The operator says the renovation cost €~~120~~**135** million\\.');
    expect(md).toContain('source change: ~~Engineers~~ **In 2019 the operator** replaced');
    const html = tqc(['check', 'article', '--since', '--format', 'html', '--quiet'], repo.dir).stdout;
    expect(html).toContain('cost €<del>120</del><ins>135</ins> million.');
    // In the side-by-side table, right after the stale French sentence.
    const cellStart = html.indexOf('<td class="tgt" lang="fr"', html.indexOf('120 millions d’euros', html.indexOf('<table class="align"')) - 2000);
    const cell = html.slice(cellStart, html.indexOf('</td>', cellStart));
    expect(cell).toContain('120 millions d’euros');
    expect(cell).toMatch(/<\/bdi><\/span><span class="src-diff"[^>]*>The operator says the renovation cost €<del>120<\/del><ins>135<\/ins> million\.<\/span>$/);
  });

  it('a translation updated after the edit is not stale (each translation against its own last commit)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tqc-git-copy-'));
    cpSync(repo.dir, dir, { recursive: true });
    write(dir, { 'article/fr.txt': `${FR}\nUne deuxième ligne sans conducteur doit ouvrir en 2030.\n` });
    commit(dir, 'French caught up', '2025-04-01T12:00:00Z');
    const b = audit(tqc(['check', 'article', '--since', '--format', 'json', '--quiet'], dir).stdout);
    expect(staleOf(b, 'fr')).toEqual([]);
    expect(staleOf(b, 'vi')).toHaveLength(3);
  });
});

describe('tqc check --since: an edit of typography only', () => {
  it('reports nothing stale', () => {
    const dir = newRepo();
    write(dir, { 'article/en.txt': EN_V1, 'article/fr.txt': FR });
    const first = commit(dir, 'v1', '2025-01-01T12:00:00Z');
    write(dir, { 'article/en.txt': EN_TYPOGRAPHY });
    commit(dir, 'curly quotes, spaces', '2025-02-01T12:00:00Z');
    for (const since of ['--since', `--since=${first}`]) {
      const r = tqc(['check', 'article', since, '--format', 'json', '--quiet'], dir);
      expect(r.stderr).toBe('');
      expect(staleOf(audit(r.stdout), 'fr')).toEqual([]);
    }
  });
});

describe('tqc check --previous-source FILE: the old source named directly, no git', () => {
  it('reports the same three changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tqc-prev-'));
    write(dir, { 'en.txt': EN_V2, 'fr.txt': FR, 'old/en.txt': EN_V1 });
    const r = tqc(['check', 'en.txt', 'fr.txt', '--previous-source', 'old/en.txt', '--format', 'json', '--quiet'], dir);
    expect(staleOf(audit(r.stdout), 'fr').map(notation)).toEqual(staleOf(a0(), 'fr').map(notation));
    expect(staleOf(audit(r.stdout), 'fr')[0].message).toMatch(/since old\/en\.txt;/);
    const both = tqc(['check', 'en.txt', 'fr.txt', '--previous-source', 'old/en.txt', '--since=HEAD'], dir);
    expect(both).toMatchObject({ code: 2, stderr: 'tqc: --since and --previous-source both name the old source: use one\n' });
  });
});

describe('tqc check --since: user errors are one line, exit 2', () => {
  const oneLine = (r: { code: number | null; stderr: string }, pattern: RegExp) => {
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(pattern);
  };

  it('outside a repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tqc-nogit-'));
    cpSync(join(repo.dir, 'article'), join(dir, 'article'), { recursive: true });
    oneLine(tqc(['check', 'article', '--since'], dir), /article\/en\.txt: not in a git repository \(--since/);
    oneLine(tqc(['check', 'article', '--changed-since', 'HEAD'], dir), /not in a git repository \(--changed-since/);
  });

  it('an unknown revision', () => {
    oneLine(tqc(['check', 'article', '--since', 'no-such-branch'], repo.dir), /--since: unknown revision "no-such-branch"/);
    oneLine(tqc(['check', 'article', '--since=--upload-pack=x'], repo.dir), /is not a revision/);
  });

  it('a shallow clone that lacks the revision: says fetch-depth: 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tqc-shallow-'));
    git(dir, ['clone', '-q', '--depth', '1', `file://${repo.dir}`, 'clone']);
    const clone = join(dir, 'clone');
    oneLine(tqc(['check', 'article', `--since=${repo.translated}`], clone), /not in this shallow clone.*fetch-depth: 0/);
    oneLine(tqc(['check', 'article', '--since'], clone), /shallow clone lacks.*fetch-depth: 0/);
  });

  it('a source that did not exist at the revision', () => {
    const dir = newRepo();
    write(dir, { 'README.md': 'x\n' });
    const before = commit(dir, 'start', '2025-01-01T12:00:00Z');
    write(dir, { 'article/en.txt': EN_V1, 'article/fr.txt': FR });
    commit(dir, 'article', '2025-02-01T12:00:00Z');
    oneLine(tqc(['check', 'article', `--since=${before}`], dir), /article\/en\.txt: did not exist at [0-9a-f]{7}/);
  });
});

describe('tqc check --changed-since: only the documents a change touched', () => {
  it('checks the changed article, and the Markdown says how many were skipped', () => {
    const dir = newRepo();
    const files: Record<string, string> = {};
    for (const name of ['alpha', 'beta', 'gamma']) Object.assign(files, { [`docs/${name}/en.txt`]: EN_V1, [`docs/${name}/fr.txt`]: FR });
    write(dir, files);
    const base = commit(dir, 'three articles', '2025-01-01T12:00:00Z');
    write(dir, { 'docs/beta/fr.txt': FR.replace('120 millions', '135 millions') });
    const dirs = ['docs/alpha', 'docs/beta', 'docs/gamma'];
    const r = tqc(['check', ...dirs, '--changed-since', base, '--format', 'json', '--quiet'], dir);
    const a = audit(r.stdout);
    expect(a.documents.map((d) => d.name)).toEqual(['beta']);
    expect(a.unchanged).toEqual({ since: base, documents: 2 });
    const md = tqc(['check', ...dirs, '--changed-since', base, '--format', 'md', '--quiet'], dir).stdout;
    expect(md).toContain(`_2 documents unchanged since \`${base}\` were skipped (\`--changed-since\`)._`);
    // A new, untracked article counts as changed.
    write(dir, { 'docs/delta/en.txt': EN_V1, 'docs/delta/fr.txt': FR });
    const b = audit(tqc(['check', ...dirs, 'docs/delta', '--changed-since', base, '--format', 'json', '--quiet'], dir).stdout);
    expect(b.documents.map((d) => d.name)).toEqual(['beta', 'delta']);
    expect(readFileSync(join(dir, 'docs/alpha/en.txt'), 'utf8')).toBe(EN_V1);

    // Sharded: each shard counts its own unchanged documents; merged, the single run's count and report.
    const all = [...dirs, 'docs/delta'];
    for (const k of [1, 2]) write(dir, { [`../shard-${k}.json`]: tqc(['check', ...all, '--changed-since', base, '--shard', `${k}/2`, '--quiet'], dir).stdout });
    const merged = tqc(['merge', '../shard-1.json', '../shard-2.json', '--format', 'md', '--quiet'], dir);
    expect(merged.stdout).toBe(tqc(['check', ...all, '--changed-since', base, '--format', 'md', '--quiet'], dir).stdout);
    expect(merged.stdout).toContain('_2 documents unchanged since');
  });
});
