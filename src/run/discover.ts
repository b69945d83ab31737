// From command-line paths to document sets. `tqc check corpus/llama-gpu-cluster` checks one set
// (a directory of versions: en.txt, vi.txt, fr.txt); `tqc check en.txt vi.txt` takes the first
// file as the source; several directories are several documents.
import { statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { loadDocument, langFromName } from '../corpus/index.js';
import { childPath, fsPath, listDirectory, resolveArgument } from '../corpus/paths.js';
import { kindOf } from '../corpus/read.js';
import { InputError, type Document, type Lang } from '../types/index.js';
import type { DocumentSet } from './audit.js';
import { discoverCatalogs } from '../catalog/index.js';

export interface DiscoverOptions {
  /** Languages in file order (--langs), used when a file name does not tell. */
  langs?: Lang[];
  /** The source language inside a directory (default en). */
  sourceLang: Lang;
  aligned: boolean;
  /** --shard, --changed-since: whether to check the document at `path` (its directory, or its
   *  source file) made of `files`, asked before anything is read (see run/scope.ts). */
  keep?: (path: string, files: readonly string[]) => boolean;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(fsPath(path)).isDirectory();
  } catch {
    throw new InputError(path, 'no such file or directory');
  }
}

/** Files of a directory, sorted, without hidden files, READMEs and sub-directories. Names are read
 *  as bytes: a version named `de\xff.txt` is audited (shown escaped), not skipped. A device, FIFO
 *  or socket among the versions is an input error (reading it would hang or never end); an entry
 *  that cannot be looked at (a broken link) is skipped with a line on stderr, never silently. */
function filesOf(dir: string): string[] {
  let entries: Buffer[];
  try {
    entries = listDirectory(dir);
  } catch {
    throw new InputError(dir, 'cannot read the directory');
  }
  const files: string[] = [];
  for (const entry of entries) {
    const name = entry.toString('utf8');
    if (name.startsWith('.') || /^readme(\.|$)/i.test(name)) continue;
    const path = childPath(dir, entry);
    let kind: string | null;
    try {
      kind = kindOf(statSync(fsPath(path)));
    } catch (err) {
      process.stderr.write(`tqc: ${path}: skipped (${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'a broken symbolic link' : 'cannot be read'})\n`);
      continue;
    }
    if (kind === 'a directory') continue;
    if (kind) throw new InputError(path, `is ${kind}, not a regular file: tqc reads only regular files`);
    files.push(path);
  }
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Name of a document set: the directory name, or the source file name without language and extension. */
function setName(paths: string[], dir: string | null): string {
  if (dir) return basename(dir.replace(/[\\/]+$/, '')) || 'document';
  const base = basename(paths[0]);
  const parts = base.split('.');
  const kept = parts.slice(0, parts.length > 1 ? -1 : undefined).filter((p) => langFromName(`${p}.txt`) === null);
  return kept.join('.') || parts[0] || 'document';
}

/** Versions side by side in one directory: its name is no version's language. */
function sharesDirectory(paths: readonly string[]): boolean {
  return paths.length > 1 && paths.every((p) => dirname(p) === dirname(paths[0]));
}

/** Loads the versions; `sourceAt` is the index of the source when known before loading. No check
 *  reads the source's per-paragraph languages, so the source skips that detection (half the
 *  detector's work on a large --aligned file). */
function load(paths: string[], opts: DiscoverOptions, sourceAt: number): Document[] {
  if (opts.langs && opts.langs.length !== paths.length) {
    throw new InputError(null, `--langs names ${opts.langs.length} languages for ${paths.length} files (${paths.join(', ')})`);
  }
  const candidates = opts.langs;
  const directoryNamesLang = !sharesDirectory(paths);
  return paths.map((p, i) => loadDocument(p, { lang: opts.langs?.[i], sentencesPerLine: false, candidates, detectParagraphs: i !== sourceAt, directoryNamesLang }));
}

function fromFiles(paths: string[], opts: DiscoverOptions, dir: string | null): DocumentSet {
  if (paths.length < 2) throw new InputError(dir ?? paths[0] ?? null, 'needs a source and at least one translation');
  // In a directory the source is the file named for the source language (en.txt), if any.
  const sourceAt = dir ? paths.findIndex((p, i) => (langFromName(p, !sharesDirectory(paths)) ?? opts.langs?.[i]) === opts.sourceLang) : 0;
  let docs = load(paths, opts, sourceAt);
  if (dir) {
    // In a directory the source is picked by language, not by position.
    const k = docs.findIndex((d) => d.lang === opts.sourceLang);
    if (k < 0) {
      throw new InputError(dir, `no source: no file in ${opts.sourceLang} (name it ${opts.sourceLang}.txt or use --source-lang)`);
    }
    docs = [docs[k], ...docs.filter((_, i) => i !== k)];
  }
  return { name: setName(paths, dir), source: docs[0], targets: docs.slice(1), aligned: opts.aligned };
}

/** Visible sub-directories of a directory, sorted; names read as bytes, as filesOf reads them. */
function subdirsOf(dir: string): string[] {
  let entries: Buffer[];
  try {
    entries = listDirectory(dir);
  } catch {
    throw new InputError(dir, 'cannot read the directory');
  }
  const dirs: string[] = [];
  for (const entry of entries) {
    const name = entry.toString('utf8');
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = childPath(dir, entry);
    try {
      if (statSync(fsPath(path)).isDirectory()) dirs.push(path);
    } catch {
      // a broken link: filesOf says so
    }
  }
  return dirs.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The document directories under a named directory, as a site keeps them (`content/` holding
 *  `content/article-1/{en,fr,vi}.txt`, …): a directory holding versions (two files or more) is a
 *  document; otherwise tqc looks in its sub-directories, down to any depth. A directory with files
 *  but fewer than two, found on the way, is skipped and said on stderr (`content/images`). */
export function documentDirs(dir: string, skipped: (path: string, why: string) => void = () => {}, list: (dir: string) => string[] = filesOf): string[] {
  if (list(dir).length >= 2) return [dir];
  const subdirs = subdirsOf(dir);
  if (subdirs.length === 0) return [dir]; // a leaf: fromFiles says what it lacks
  const collect = (d: string): string[] => {
    if (list(d).length >= 2) return [d];
    const found = subdirsOf(d).flatMap(collect);
    if (found.length === 0) skipped(d, 'skipped: not a document (it needs a source and at least one translation)');
    return found;
  };
  const found = subdirs.flatMap(collect);
  if (found.length === 0) throw new InputError(dir, 'no document found: expected a directory of versions (en.txt, fr.txt, …) or directories of them');
  return found;
}

export function discover(paths: string[], opts: DiscoverOptions & { skipped?: (path: string, why: string) => void }): DocumentSet[] {
  if (paths.length === 0) throw new InputError(null, 'no input: name a directory of versions or a source and its translations');
  paths = paths.map(resolveArgument);
  const dirs = paths.map(isDirectory);
  const catalogs = discoverCatalogs(paths, dirs, { langs: opts.langs, sourceLang: opts.sourceLang, keep: opts.keep });
  if (catalogs) return catalogs;
  const keep = opts.keep ?? (() => true);
  if (dirs.every((d) => d)) {
    // Each directory listed once: a broken link among its versions is said once.
    const listed = new Map<string, string[]>();
    const list = (dir: string): string[] => {
      let files = listed.get(dir);
      if (!files) listed.set(dir, (files = filesOf(dir)));
      return files;
    };
    return paths
      .flatMap((dir) => documentDirs(dir, opts.skipped, list))
      .flatMap((dir) => {
        const files = list(dir);
        return keep(dir, files) ? [fromFiles(files, opts, dir)] : [];
      });
  }
  if (dirs.some((d) => d)) throw new InputError(paths[dirs.indexOf(true)], 'mix of directories and files: name either directories or files');
  return keep(paths[0], paths) ? [fromFiles(paths, opts, null)] : [];
}

/** The document directories a directory run would read, in discovery order, after `keep`
 *  (--shard, --changed-since), without reading a version — or null when the run is not one of
 *  document directories (files named one by one, catalogs): what `--jobs` shares out. The listing
 *  says on stderr what it skips, exactly as `discover` does. */
export function documentPlan(paths: string[], opts: DiscoverOptions & { skipped?: (path: string, why: string) => void }): string[] | null {
  if (paths.length === 0) return null;
  paths = paths.map(resolveArgument);
  const dirs = paths.map(isDirectory);
  if (!dirs.every((d) => d)) return null;
  if (discoverCatalogs(paths, dirs, { langs: opts.langs, sourceLang: opts.sourceLang, keep: () => false }) !== null) return null;
  const keep = opts.keep ?? (() => true);
  const listed = new Map<string, string[]>();
  const list = (dir: string): string[] => {
    let files = listed.get(dir);
    if (!files) listed.set(dir, (files = filesOf(dir)));
    return files;
  };
  return paths.flatMap((dir) => documentDirs(dir, opts.skipped, list)).filter((dir) => keep(dir, list(dir)));
}

/** One document directory of a plan, read as `discover` reads it. */
export function readDocumentDir(dir: string, opts: DiscoverOptions): DocumentSet {
  return fromFiles(filesOf(dir), opts, dir);
}
