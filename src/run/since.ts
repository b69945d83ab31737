// The source each translation was made from, for the `stale` check. --since REV reads the source
// as it was at REV; --since alone, for each translation, at the source commit its front matter
// declares (MDN's `l10n.sourceCommit`: run/source-commit.ts), else at the last commit that touched
// the translation file (what Kubernetes' scripts/lsync.sh diffs against); --previous-source FILE
// names the old source directly (one document set).
import { decode, documentFromFile, readSourceFile } from '../corpus/index.js';
import { fileAt, lastCommitOf, repoOf, resolveRevision, shortId } from '../git/git.js';
import { InputError, type Document, type PreviousSource } from '../types/index.js';
import type { DocumentSet } from './audit.js';
import { declaredSourceCommit } from './source-commit.js';

export interface SinceOptions {
  /** --since: a revision, or '' for each translation's last commit. */
  since?: string;
  /** --previous-source: the old source file. */
  previousSource?: string;
}

function oldDocument(source: Document, file: { path: string; text: string; encoding: string }): Document {
  // The old source is read as the new one is: same language (and segmentation rules), same format.
  return documentFromFile({ ...file, format: source.file.format }, { lang: source.lang, detectParagraphs: false });
}

/** Fills `previous` of every set; a user error (no repository, unknown revision, a source that did
 *  not exist then) is an InputError. */
export function attachPrevious(sets: DocumentSet[], opts: SinceOptions): void {
  if (opts.previousSource !== undefined) {
    if (opts.since !== undefined) throw new InputError(null, '--since and --previous-source both name the old source: use one');
    if (sets.length !== 1) throw new InputError(opts.previousSource, `--previous-source is the old source of one document, but ${sets.length} are checked`);
    const file = readSourceFile(opts.previousSource);
    const previous: PreviousSource = { source: oldDocument(sets[0].source, file), label: opts.previousSource };
    sets[0].previous = sets[0].targets.map(() => previous);
    return;
  }
  if (opts.since === undefined) return;
  const since = opts.since;
  for (const set of sets) {
    const sourcePath = set.source.file.path;
    const repo = repoOf(sourcePath, '--since');
    const byCommit = new Map<string, PreviousSource>();
    const explicit = since !== '' ? resolveRevision(repo, since, '--since') : null;
    set.previous = set.targets.map((t) => {
      const declared = explicit ? null : declaredSourceCommit(t.file);
      let commit: string | null;
      if (declared) {
        try {
          commit = resolveRevision(repo, declared.commit, '--since');
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          throw new InputError(t.file.path, `names its source commit ${declared.commit} (${declared.key}), which ${repo.top} does not have: fetch the source's history, or name a revision with --since REV`);
        }
      } else commit = explicit ?? lastCommitOf(repo, t.file.path, '--since');
      if (commit === null) throw new InputError(t.file.path, 'has no commit yet, so --since cannot tell which source it translates: commit it, or name a revision with --since REV');
      // One old source per commit and per reason it was chosen (the label says which).
      const key = `${commit} ${declared?.key ?? ''}`;
      let previous = byCommit.get(key);
      if (!previous) {
        const bytes = fileAt(repo, commit, sourcePath);
        const label = explicit ? shortId(commit) : `${shortId(commit)} (the translation's ${declared ? declared.key : 'last commit'})`;
        if (bytes === null) throw new InputError(sourcePath, `did not exist at ${label}: no older source to compare the translation ${t.file.path} with`);
        const { text, encoding } = decode(bytes, `${shortId(commit)}:${sourcePath}`);
        previous = { source: oldDocument(set.source, { path: sourcePath, text, encoding }), label };
        byCommit.set(key, previous);
      }
      return previous;
    });
  }
}
