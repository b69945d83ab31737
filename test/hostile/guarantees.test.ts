// The README's guarantees, attacked the way a user or a hostile pull request can (issue 11). Each
// test is one row of the table, run through the built CLI on files generated here.
// (Row 11, hostile Unicode in the HTML, is tested with the HTML report.)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTemporary } from '../../src/cli/io.js';
import { reportNames, safeName } from '../../src/cli/report-names.js';
import { escapeName } from '../../src/corpus/paths.js';

const BIN = resolve('bin/tqc.js');
const EN = 'Meta expects to spend as much as $40 billion this year.\nThe company expects even more growth next year.\n';
const FR = 'Meta prévoit de dépenser jusqu’à 40 milliards de dollars cette année.\nLa société s’attend à une croissance encore plus forte l’année prochaine.\n';
const ENV = { ...process.env, NO_COLOR: '1' };

const root = mkdtempSync(join(tmpdir(), 'tqc-guarantees-'));
let n = 0;
/** A fresh directory holding `files` (names as strings, or as raw bytes for names that are not UTF-8). */
function caseDir(files: Record<string, string> = { 'en.txt': EN, 'fr.txt': FR }): string {
  const dir = join(root, `case-${n++}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function tqc(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: ENV, timeout: 120_000, maxBuffer: 256 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const noStack = (stderr: string) => {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/internal error|Unhandled/);
};

describe('row 1: a symbolic link planted at the temporary file name', () => {
  it('the input it points at is untouched, and the report is written', () => {
    const dir = caseDir();
    mkdirSync(join(dir, 'out'));
    // The old name was predictable: `.<report>.<pid>.tmp`. `exec` keeps the shell's pid, so the
    // link stands exactly where the old code opened (and followed) its temporary file.
    const script = `for f in en.html en.json; do ln -s ../fr.txt "out/.$f.$$.tmp"; done; exec "${process.execPath}" "${BIN}" check en.txt fr.txt --format html,json --out out --fail-on none --quiet`;
    const r = spawnSync('sh', ['-c', script], { cwd: dir, encoding: 'utf8', env: ENV, timeout: 120_000 });
    noStack(r.stderr);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'fr.txt'), 'utf8')).toBe(FR);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'en.json'), 'utf8')).schema).toBe('tqc-audit');
    // the planted links are still links, still pointing at the input: nothing was written through them
    for (const f of readdirSync(join(dir, 'out')).filter((x) => x.endsWith('.tmp'))) expect(lstatSync(join(dir, 'out', f)).isSymbolicLink()).toBe(true);
  });

  it('a temporary name already taken is never opened: another one is drawn', () => {
    const dir = caseDir();
    const names = ['aaaa', 'aaaa', 'bbbb'];
    symlinkSync(join(dir, 'fr.txt'), join(dir, '.report.json.aaaa.tmp'));
    const { tmp } = createTemporary(join(dir, 'report.json'), () => names.shift()!);
    expect(tmp).toBe(join(dir, '.report.json.bbbb.tmp'));
    expect(readFileSync(join(dir, 'fr.txt'), 'utf8')).toBe(FR);
  });
});

describe('row 2: two documents with the same directory name', () => {
  it('get one report each, named by their path from the common root', () => {
    const dir = caseDir({ 'a/doc/en.txt': EN, 'a/doc/fr.txt': FR, 'b/doc/en.txt': EN, 'b/doc/fr.txt': FR.replace('40', '45') });
    const r = tqc(['check', 'a/doc', 'b/doc', '--out', 'O', '--fail-on', 'none', '--quiet'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'O')).sort()).toEqual(['a-doc.json', 'b-doc.json']);
    const b = JSON.parse(readFileSync(join(dir, 'O', 'b-doc.json'), 'utf8'));
    expect(b.documents[0].source.path).toBe('b/doc/en.txt');
  });

  it('a clash that remains (case folded, as macOS file systems do) is exit 2 before anything is written', () => {
    expect(() => reportNames(['a-doc', 'A-doc'], ['x/a-doc', 'y/A-doc'])).not.toThrow(); // renamed by path: x-a-doc, y-A-doc
    expect(reportNames(['doc', 'doc', 'other'], ['p/a/doc', 'p/b/doc', 'p/other'])).toEqual(['a-doc', 'b-doc', 'other']);
    expect(() => reportNames(['a-doc', 'doc', 'doc'], ['q/a-doc', 'q/a/doc', 'q/b/doc'])).toThrow(/same name/);
    const dir = caseDir({ 'a-doc/en.txt': EN, 'a-doc/fr.txt': FR, 'x/a/doc/en.txt': EN, 'x/a/doc/fr.txt': FR, 'x/b/doc/en.txt': EN, 'x/b/doc/fr.txt': FR });
    const r = tqc(['check', 'a-doc', 'x/a/doc', 'x/b/doc', '--out', 'O', '--quiet'], dir);
    noStack(r.stderr);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tqc: .*same name/);
    expect(existsSync(join(dir, 'O'))).toBe(false);
  });
});

describe('row 3: input-sized arrays into call arguments', () => {
  it('one sentence repeated 125,000 times (--aligned) ends normally, with a valid report', () => {
    const dir = caseDir({ 'en.txt': 'The company expects even more growth next year.\n'.repeat(125_000), 'fr.txt': 'La société s’attend à une croissance encore plus forte l’année prochaine.\n'.repeat(125_000) });
    const r = tqc(['check', 'en.txt', 'fr.txt', '--aligned', '--format', 'json', '--out', 'O', '--quiet'], dir);
    noStack(r.stderr);
    expect([0, 1]).toContain(r.code);
    const audit = JSON.parse(readFileSync(join(dir, 'O', 'en.json'), 'utf8'));
    expect(audit.documents[0].targets[0].sentences).toHaveLength(125_000);
  }, 120_000);
});

describe('row 7: stdout that cannot take the report', () => {
  it('a pipe closed early (| head -c 10) ends quietly: no stack trace, not exit 1', () => {
    // a report larger than the pipe's buffer (64 KiB), so tqc is still writing when head exits
    const dir = caseDir({ 'en.txt': 'The company expects even more growth next year.\n'.repeat(3000), 'fr.txt': 'La société s’attend à une croissance encore plus forte l’année prochaine.\n'.repeat(3000) });
    // the exit code is captured on the writer's side of the pipe (POSIX sh has no PIPESTATUS)
    const s = spawnSync('sh', ['-c', `("${process.execPath}" "${BIN}" check en.txt fr.txt --aligned --fail-on none --quiet; echo $? >code) | head -c 10 >/dev/null`], { cwd: dir, encoding: 'utf8', env: ENV });
    noStack(s.stderr);
    expect(s.stderr).toBe('');
    expect(readFileSync(join(dir, 'code'), 'utf8').trim()).toBe('0');
  });

  it('stdout on /dev/full is one line and exit 2', () => {
    const dir = caseDir();
    const s = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" check en.txt fr.txt --fail-on none >/dev/full`], { cwd: dir, encoding: 'utf8', env: ENV });
    noStack(s.stderr);
    expect(s.status).toBe(2);
    expect(s.stderr).toMatch(/^tqc: stdout: cannot write the report \(no space left on device\)\n$/);
  });

  it('a report path that cannot be written is one line and exit 2', () => {
    const dir = caseDir();
    const r = tqc(['check', 'en.txt', 'fr.txt', '--write-baseline', '/dev/full/base.json', '--quiet'], dir);
    noStack(r.stderr);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('row 8: a file name that is not UTF-8', () => {
  const nameBytes = Buffer.from('fr\xff.txt', 'latin1');
  function dirWithRawName(): string {
    const dir = caseDir({ 'docs/en.txt': EN });
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/docs/`), nameBytes]), FR);
    return dir;
  }

  it('in a directory: audited, and shown escaped', () => {
    const dir = dirWithRawName();
    const r = tqc(['check', 'docs', '--fail-on', 'none', '--quiet'], dir);
    expect(r.code, r.stderr).toBe(0);
    const audit = JSON.parse(r.stdout);
    expect(audit.documents[0].targets.map((t: { path: string }) => t.path)).toEqual(['docs/fr\\xff.txt']);
    expect(audit.documents[0].targets[0].lang).toBe('fr');
  });

  it('named as an argument: read, not "no such file"', () => {
    const dir = dirWithRawName();
    // spawn with the raw bytes: Node passes a Buffer argument through unchanged
    const r = spawnSync(process.execPath, [BIN, 'check', 'docs/en.txt', Buffer.concat([Buffer.from('docs/'), nameBytes]) as unknown as string, '--fail-on', 'none', '--quiet'], { cwd: dir, encoding: 'utf8', env: ENV });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).documents[0].targets[0].path).toBe('docs/fr\\xff.txt');
  });

  it('escapeName keeps valid UTF-8 and escapes other bytes and control characters', () => {
    expect(escapeName(Buffer.from('Tuần.txt'))).toBe('Tuần.txt');
    expect(escapeName(Buffer.from([0x64, 0x65, 0xff, 0xc3]))).toBe('de\\xff\\xc3');
    expect(escapeName(Buffer.from('a\nb\u001b[31m'))).toBe('a\\x0ab\\x1b[31m');
  });
});

describe('row 6: an entry of a directory that cannot be read', () => {
  it('a broken link among the versions is skipped with a line on stderr, never silently', () => {
    const dir = caseDir({ 'docs/en.txt': EN, 'docs/fr.txt': FR });
    symlinkSync('nowhere.txt', join(dir, 'docs', 'vi.txt'));
    const r = tqc(['check', 'docs', '--fail-on', 'none', '--quiet'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('tqc: docs/vi.txt: skipped (a broken symbolic link)\n');
    expect(JSON.parse(r.stdout).documents[0].targets.map((t: { lang: string }) => t.lang)).toEqual(['fr']);
  });
});

describe('row 9: a signal during a large write', () => {
  // The JSON audit is serialised while it is written, so its temporary file lives for the whole
  // second or so of that work: the signal lands while it exists.
  it.each(['SIGTERM', 'SIGINT'] as const)('%s leaves no temporary file in --out', async (signal) => {
    const lines = 60_000;
    const dir = caseDir({ 'en.txt': 'The company expects even more growth next year, said the report.\n'.repeat(lines), 'fr.txt': 'La société s’attend à une croissance encore plus forte, selon le rapport.\n'.repeat(lines) });
    const out = join(dir, 'out');
    mkdirSync(out);
    const child = spawn(process.execPath, [BIN, 'check', 'en.txt', 'fr.txt', '--aligned', '--format', 'json', '--out', 'out', '--quiet'], { cwd: dir, env: ENV, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let sent = false;
    const watcher = watch(out, (_event, name) => {
      if (!sent && name && String(name).endsWith('.tmp')) {
        sent = true;
        child.kill(signal);
      }
    });
    const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
    watcher.close();
    expect(sent).toBe(true);
    noStack(stderr);
    expect(code).toBe(signal === 'SIGTERM' ? 143 : 130);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
});

describe('row 12: control characters in a directory name', () => {
  it('are replaced in the report file names', () => {
    const dir = caseDir({ 'evil\nname\u001b[31m/en.txt': EN, 'evil\nname\u001b[31m/fr.txt': FR });
    const r = tqc(['check', 'evil\nname\u001b[31m', '--out', 'O', '--format', 'json,md', '--fail-on', 'none', '--quiet'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'O')).sort()).toEqual(['evil_name_[31m.json', 'evil_name_[31m.md']);
    expect(safeName('a/b\\c\u0085d')).toBe('a_b_c_d');
  });
});
