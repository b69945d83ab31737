// Which documents a run checks. --shard K/N takes a deterministic share of them, by a hash of the
// document's path (a directory of versions, or the source file): adding a document never moves
// another to a different shard, so a CI matrix of N jobs splits a site of thousands of articles.
// --changed-since REV keeps only the documents one of whose files changed since REV (committed or
// not, or untracked): a pull request's run checks what the pull request touched.
import { createHash } from 'node:crypto';
import { absolutePath, changedFiles, repoOf, resolveRevision, type Repo } from '../git/git.js';
import { InputError, type Audit } from '../types/index.js';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(value: string): Shard {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new InputError(null, `--shard must be K/N with 1 ≤ K ≤ N, e.g. 2/4 (got "${value}")`);
  return { index, count };
}

/** The shard (1-based) a document path falls in: the same on every machine and in every run. */
export function shardOf(path: string, count: number): number {
  const key = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  return (createHash('sha1').update(key, 'utf8').digest().readUInt32BE(0) % count) + 1;
}

export interface ScopeOptions {
  shard?: Shard;
  changedSince?: string;
}

/** Decides, document by document in discovery order, which ones the run checks, and remembers
 *  what the audit must say about the rest. */
export class Scope {
  /** Discovery positions of the documents kept (within the whole run, all shards). */
  readonly positions: number[] = [];
  /** Documents of this share left out because nothing in them changed. */
  unchangedCount = 0;
  private position = 0;
  private readonly changed = new Map<string, Set<string>>();

  constructor(private readonly opts: ScopeOptions) {}

  get active(): boolean {
    return this.opts.shard !== undefined || this.opts.changedSince !== undefined;
  }

  /** What the audit records of the selection: documents left unchanged, the share it is. */
  auditFields(): Pick<Audit, 'unchanged' | 'shard'> {
    const { shard, changedSince } = this.opts;
    return {
      ...(changedSince !== undefined ? { unchanged: { since: changedSince, documents: this.unchangedCount } } : {}),
      ...(shard ? { shard: { index: shard.index, count: shard.count, positions: this.positions } } : {}),
    };
  }

  /** Whether to check the document at `path` (its directory, or its source) made of `files`. */
  keep(path: string, files: readonly string[]): boolean {
    const position = this.position++;
    const { shard, changedSince } = this.opts;
    if (shard && shardOf(path, shard.count) !== shard.index) return false;
    if (changedSince !== undefined && !files.some((f) => this.changedFiles(f, changedSince).has(absolutePath(f)))) {
      this.unchangedCount++;
      return false;
    }
    this.positions.push(position);
    return true;
  }

  private changedFiles(file: string, rev: string): Set<string> {
    const repo: Repo = repoOf(file, '--changed-since');
    let set = this.changed.get(repo.top);
    if (!set) {
      this.changed.set(repo.top, (set = changedFiles(repo, resolveRevision(repo, rev, '--changed-since'))));
    }
    return set;
  }
}
