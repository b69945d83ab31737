// Reading a repository's history with `git` itself: spawned with an argument array, never through
// a shell (a file or revision name is an argument, not a command line). Every failure a user can
// cause — no git, no repository, an unknown revision, a shallow clone without it — is one
// InputError line (exit 2).
import { realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { InputError } from '../types/index.js';

interface GitResult {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
}

/** Files tqc reads are at most 32 MiB; `git show` of one must fit, with room for a rename list. */
const MAX_BUFFER = 64 * 1024 * 1024;

function git(args: readonly string[], cwd: string): GitResult {
  // Loaded here, on the first git run, not with the CLI: child_process (with net, dgram and tty
  // behind it) is ~5 ms of the start-up of every `tqc check`, and most never ask git anything.
  const { spawnSync } = process.getBuiltinModule('node:child_process');
  const r = spawnSync('git', args, { cwd, shell: false, maxBuffer: MAX_BUFFER, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(null, 'git is not installed (or not on PATH): --since, --changed-since read the history with git');
    throw new InputError(null, `cannot run git (${code ?? r.error.message})`);
  }
  return { ok: r.status === 0, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

const text = (r: GitResult): string => r.stdout.toString('utf8').trim();

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** A repository: its top-level directory and whether the clone is shallow. */
export interface Repo {
  top: string;
  shallow: boolean;
}

const repos = new Map<string, Repo>();

/** The repository holding `path` (a file or a directory). `option` names the option that needs it. */
export function repoOf(path: string, option: string): Repo {
  const abs = canonical(path);
  let dir = dirname(abs);
  try {
    if (statSync(abs).isDirectory()) dir = abs;
  } catch {
    // a missing path is reported by whoever reads it
  }
  let repo = repos.get(dir);
  if (repo) return repo;
  const r = git(['rev-parse', '--show-toplevel', '--is-shallow-repository'], dir);
  if (!r.ok) throw new InputError(path, `not in a git repository (${option} reads the history with git)`);
  const [top, shallow] = text(r).split('\n');
  repo = { top: canonical(top), shallow: shallow === 'true' };
  repos.set(dir, repo);
  return repo;
}

/** `path` relative to the repository, with forward slashes, as git names it. */
export function repoPath(repo: Repo, path: string): string {
  return relative(repo.top, canonical(path)).split(sep).join('/');
}

/** The full commit id of `rev`; an unknown revision, or one a shallow clone lacks, is a user error. */
export function resolveRevision(repo: Repo, rev: string, option: string): string {
  // A revision starting with "-" would read as an option of git.
  if (rev === '' || rev.startsWith('-')) throw new InputError(null, `${option}: "${rev}" is not a revision`);
  const r = git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], repo.top);
  if (r.ok) return text(r);
  if (repo.shallow) {
    throw new InputError(null, `${option} ${rev}: not in this shallow clone; fetch the history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)`);
  }
  throw new InputError(null, `${option}: unknown revision "${rev}" in ${repo.top}`);
}

/** The last commit that touched `path` (lsync's rule: the translation's own last update), or null
 *  when the file was never committed. In a shallow clone every file seems last touched by the
 *  oldest commit fetched: refused, since the answer would be silently wrong. */
export function lastCommitOf(repo: Repo, path: string, option: string): string | null {
  if (repo.shallow) {
    throw new InputError(path, `${option} finds the translation's last commit, which this shallow clone lacks; fetch the history (actions/checkout with fetch-depth: 0)`);
  }
  const r = git(['log', '-1', '--format=%H', '--', repoPath(repo, path)], repo.top);
  const id = r.ok ? text(r) : '';
  return id === '' ? null : id;
}

/** The bytes of `path` at `commit`, or null when the file did not exist there. */
export function fileAt(repo: Repo, commit: string, path: string): Uint8Array | null {
  const r = git(['show', `${commit}:${repoPath(repo, path)}`], repo.top);
  return r.ok ? r.stdout : null;
}

/** Absolute paths of the files changed between `commit` and the working tree (committed or not),
 *  and of the untracked files: what a pull request changed when `commit` is its base. */
export function changedFiles(repo: Repo, commit: string): Set<string> {
  const names = (r: GitResult) => r.stdout.toString('utf8').split('\0').filter(Boolean);
  const diff = git(['diff', '--name-only', '-z', '--no-renames', commit, '--'], repo.top);
  if (!diff.ok) throw new InputError(null, `git diff failed: ${diff.stderr.split('\n')[0]}`);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], repo.top);
  return new Set([...names(diff), ...(untracked.ok ? names(untracked) : [])].map((n) => resolve(repo.top, n)));
}

/** "3f2a1b0": the short form reports show. */
export const shortId = (commit: string): string => commit.slice(0, 7);

/** Absolute, symlink-free path: how changedFiles names files. */
export const absolutePath = canonical;
