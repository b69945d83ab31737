// From command-line paths to document sets. `tqc check corpus/llama-gpu-cluster` checks one set
// (a directory of versions: en.txt, vi.txt, fr.txt); `tqc check en.txt vi.txt` takes the first
// file as the source; several directories are several documents.
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { loadDocument, langFromName } from '../corpus/index.js';
import { splitVersions } from '../corpus/versions.js';
import { childPath, fsPath, listDirectory, resolveArgument } from '../corpus/paths.js';
import { kindOf } from '../corpus/read.js';
import { InputError, type Document, type Lang } from '../types/index.js';
import type { DocumentSet } from './audit.js';
import { catalogDirSets, catalogFilesIn, discoverCatalogs } from '../catalog/index.js';

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

/** Files holding two versions one after the other (corpus/versions.ts) become two documents, the
 *  source's language first; a file is left whole when a version's language is already another
 *  file's. Said on stderr: the user named one file and gets two versions. */
function withFileVersions(docs: Document[], opts: DiscoverOptions): Document[] {
  const out: Document[] = [];
  docs.forEach((doc, i) => {
    const split = splitVersions(doc, opts.langs);
    const taken = (lang: Lang) => docs.some((d, k) => k !== i && d.lang === lang);
    if (!split || split.docs.some((d) => taken(d.lang))) {
      out.push(doc);
      return;
    }
    const [a, b] = split.versions;
    process.stderr.write(`tqc: ${doc.file.path} holds two versions, ${a.lang} (lines ${a.firstLine}–${a.lastLine}) then ${b.lang} (lines ${b.firstLine}–${b.lastLine}): each is checked as its own version\n`);
    const ordered = split.docs[1].lang === opts.sourceLang ? [split.docs[1], split.docs[0]] : split.docs;
    for (const d of ordered) out.push(d);
  });
  return out;
}

function fromFiles(paths: string[], opts: DiscoverOptions, dir: string | null): DocumentSet {
  const alone = () => new InputError(dir ?? paths[0] ?? null, 'needs a source and at least one translation');
  // One file named alone may hold two versions (corpus/versions.ts): it is read to see.
  if (paths.length < 2 && (paths.length === 0 || dir !== null || opts.aligned)) throw alone();
  // In a directory the source is the file named for the source language (en.txt), if any.
  const sourceAt = dir ? paths.findIndex((p, i) => (langFromName(p, !sharesDirectory(paths)) ?? opts.langs?.[i]) === opts.sourceLang) : 0;
  let docs = load(paths, opts, sourceAt);
  if (!opts.aligned) docs = withFileVersions(docs, opts);
  if (docs.length < 2) throw alone();
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

/** The real paths of the directories a walk has entered. A link back up the tree
 *  (`content/a/up -> ..`) or two links that lead to each other would otherwise be walked until
 *  the path grew too long — and two such links per level double the work at every level. */
let entered: Set<string> | null = null;

/** Whether the walk may enter `dir`: false when it has been there already, by any path. */
function enter(dir: string, skipped: Skipped): boolean {
  if (!entered) return true;
  let real: string;
  try {
    real = realpathSync(fsPath(dir)).toString();
  } catch {
    return true; // listing it will say what is wrong
  }
  if (entered.has(real)) {
    skipped(dir, `skipped: the directory ${real} is walked already (a link)`);
    return false;
  }
  entered.add(real);
  return true;
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

/** What a directory walk finds, before anything is read: a directory of versions (`dir`), a
 *  directory of catalogs, or one page of mirrored language trees (its versions' paths). */
interface Found {
  kind: 'dir' | 'catalogs' | 'tree';
  /** What --shard and --changed-since decide on: the directory, or the page's source file. */
  path: string;
  files: string[];
  /** Trees: the language of each file, from its tree (the files may not name it). */
  langs?: Lang[];
}

type Skipped = (path: string, why: string) => void;

// The versions of a page in a directory: text, Markdown, HTML and the like. A page bundle keeps
// its cover image and front matter data beside them (Hugo's content/post/x/{index.en.md,
// index.fr.md, cover.jpg, meta.json}): "cover.jpg" stopped the run as a binary file (exit 2) and
// "meta.json" was read as a translation with 0 % coverage. Extensionless files are read as text.
const DOCUMENT_FILE = /\.(?:txt|text|md|mdx|markdown|html?|xhtml|rst|adoc|asciidoc|org|srt|vtt)$/i;

/** The files of `dir` that can be versions of a document; the others said on stderr, once. */
function documentsIn(dir: string, files: readonly string[], skipped: Skipped): string[] {
  const docs: string[] = [];
  const other: string[] = [];
  for (const f of files) (DOCUMENT_FILE.test(f) || !basename(f).includes('.') ? docs : other).push(f);
  // JSON or YAML that no language names: catalogs the user may have meant (see catalog/index.ts).
  const hint = other.some((f) => /\.(?:json|ya?ml|arb)$/i.test(f)) ? '; a catalog names its language: fr.json, messages_fr.json, or pass --langs' : '';
  if (other.length > 0) skipped(dir, `${other.length} file${other.length === 1 ? '' : 's'} not read (not a document: ${other.slice(0, 3).map((f) => basename(f)).join(', ')}${other.length > 3 ? ', …' : ''}${hint})`);
  return docs;
}

// Pages and catalogs in a language tree; images, scripts and the rest of a site are not versions.
const TREE_FILE = /\.(txt|md|mdx|markdown|html?|json|ya?ml)$/i;

/** Regular files under `dir`, as paths relative to it, sorted; hidden entries and node_modules skipped. */
function treeFiles(dir: string, rel = ''): string[] {
  const out: string[] = [];
  if (rel === '' && !enter(dir, () => {})) return out;
  for (const sub of subdirsOf(join(dir, rel))) {
    if (!enter(sub, () => {})) continue;
    for (const f of treeFiles(dir, relative(dir, sub))) out.push(f);
  }
  let entries: Buffer[];
  try {
    entries = listDirectory(join(dir, rel));
  } catch {
    return out;
  }
  for (const entry of entries) {
    const name = entry.toString('utf8');
    if (name.startsWith('.') || !TREE_FILE.test(name)) continue;
    const path = childPath(join(dir, rel), entry);
    try {
      if (statSync(fsPath(path)).isFile()) out.push(relative(dir, path));
    } catch {
      // a broken link: not a version
    }
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `docs/en/…` beside `docs/fr/…`, `docs/vi/…` (Hugo's content/<lang>, i18next's
 *  locales/<lang>/translation.json): sub-directories named for languages, the source's among
 *  them, hold one tree per language. Each file of the source's tree is a document with the files
 *  at the same path in the other trees. Pages one tree lacks are counted on stderr, one line per
 *  tree — a site translated in part is normal, and a line per page would bury the audit. */
function languageTree(dir: string, opts: DiscoverOptions, skipped: Skipped): Found[] | null {
  return pairTrees(subdirsOf(dir), opts, skipped);
}

/** The language of a tree named for it: `fr`, `en-us` (MDN's files/en-us), or null. */
const treeLang = (dir: string): string | null => langFromName(`${basename(dir)}.txt`, false);

/**
 * Directories named together as one tree per language, or null. Each is named for its language
 * (MDN: content/files/en-us, translated-content/files/fr), or holds it in its path below what they
 * share (Docusaurus: docs/ and i18n/fr/docusaurus-plugin-content-docs/current/); --langs may name
 * the others once one is known so; one directory with no language at all is the source's
 * (Docusaurus's docs/ is English).
 */
function namedTreeLangs(paths: readonly string[], opts: DiscoverOptions): Map<string, Lang> | null {
  const common = commonDir(paths);
  const named = paths.map((p) => treeLang(p) ?? langInPath(relative(common, p)));
  // --langs alone does not make trees: `tqc check content/a content/b --langs en,fr` names two
  // article directories whose files are in those languages.
  if (named.every((l) => l === null)) return null;
  const langs: (Lang | null)[] = paths.map((p, i) => treeLang(p) ?? opts.langs?.[i] ?? named[i]);
  const unknown = langs.filter((l) => l === null).length;
  if (unknown === 1 && !langs.includes(opts.sourceLang)) langs[langs.indexOf(null)] = opts.sourceLang;
  if (langs.some((l) => l === null)) return null;
  return new Map(paths.map((p, i) => [p, langs[i] as Lang]));
}

/** The last segment of a relative path that is a language code ("i18n/fr/…/current" → "fr"). */
function langInPath(rel: string): Lang | null {
  const parts = rel.split(/[\\/]/).filter((x) => x !== '' && x !== '..');
  for (let k = parts.length - 1; k >= 0; k--) {
    const lang = treeLang(parts[k]);
    if (lang) return lang;
  }
  return null;
}

/** The deepest directory holding every path. */
function commonDir(paths: readonly string[]): string {
  let common = dirname(paths[0]);
  while (!paths.every((p) => p === common || p.startsWith(common.endsWith('/') || common.endsWith('\\') ? common : common + '/') || p.startsWith(common + '\\'))) {
    const up = dirname(common);
    if (up === common) break;
    common = up;
  }
  return common;
}

/** Trees named for their languages, paired page by page (see languageTree); null unless the
 *  source's tree and another are among them. */
function pairTrees(dirs: readonly string[], opts: DiscoverOptions, skipped: Skipped, langOf: (dir: string) => Lang | null = treeLang): Found[] | null {
  const trees = dirs.filter((d) => langOf(d) !== null);
  const source = trees.find((d) => langOf(d) === opts.sourceLang);
  if (!source || trees.length < 2) return null;
  const others = trees.filter((d) => d !== source);
  const pages = treeFiles(source);
  // Each tree listed once: its pages are looked up in the listing, not stat'ed page by page.
  const listed = others.map((d) => new Set(treeFiles(d)));
  const found: Found[] = [];
  for (const rel of pages) {
    const having = others.filter((_, i) => listed[i].has(rel));
    if (having.length === 0) continue;
    const langs = [source, ...having].map((d) => langOf(d) as Lang);
    found.push({ kind: 'tree', path: join(source, rel), files: [join(source, rel), ...having.map((d) => join(d, rel))], langs });
  }
  const known = new Set(pages);
  for (const [i, d] of others.entries()) {
    const n = pages.filter((rel) => !listed[i].has(rel)).length;
    const extra = [...listed[i]].filter((rel) => !known.has(rel)).length;
    if (n > 0) skipped(d, `${n} of ${pages.length} file${pages.length === 1 ? '' : 's'} of ${source} not translated here`);
    if (extra > 0) skipped(d, `${extra} file${extra === 1 ? '' : 's'} with no source in ${source}: not checked`);
  }
  return found;
}

/** The documents under a named directory, as a site or an app keeps them: a directory holding
 *  versions (two files or more: `content/article-1/{en,fr,vi}.txt`) is a document; a directory
 *  holding catalogs (`locales/{en,fr}.json`, `app.fr.xlf`) is checked as catalogs, and so are the
 *  catalog directories below it (`shop-app/locales`, `shop-app/rails`); language trees
 *  (`docs/en`, `docs/fr`) are paired page by page; otherwise tqc looks in the sub-directories,
 *  down to any depth. A directory with files but fewer than two, found on the way, is skipped and
 *  said on stderr (`content/images`). */
function walk(dir: string, opts: DiscoverOptions, list: (dir: string) => string[], skipped: Skipped, top: boolean): Found[] {
  if (!enter(dir, skipped)) return [];
  const tree = languageTree(dir, opts, skipped);
  if (tree) return tree;
  const catalogs = catalogFilesIn(dir);
  if (catalogs.length > 0) return [{ kind: 'catalogs', path: dir, files: catalogs }, ...subdirsOf(dir).flatMap((d) => walk(d, opts, list, skipped, false))];
  const files = documentsIn(dir, list(dir), skipped);
  if (files.length >= 2) return [{ kind: 'dir', path: dir, files }];
  const subdirs = subdirsOf(dir);
  // a leaf named on the command line: fromFiles says what it lacks
  if (top && subdirs.length === 0) return [{ kind: 'dir', path: dir, files }];
  const found = subdirs.flatMap((d) => walk(d, opts, list, skipped, false));
  if (found.length === 0) {
    if (top) throw new InputError(dir, 'no document found: expected a directory of versions (en.txt, fr.txt, …) or directories of them');
    if (files.length > 0) skipped(dir, 'skipped: not a document (it needs a source and at least one translation)');
  }
  return found;
}

/** Everything the directories named hold, in discovery order, after `keep` (--shard, --changed-since). */
function plan(paths: string[], opts: DiscoverOptions & { skipped?: Skipped }): Found[] {
  const keep = opts.keep ?? (() => true);
  // Each directory listed once: a broken link among its versions is said once.
  const listed = new Map<string, string[]>();
  const list = (dir: string): string[] => {
    let files = listed.get(dir);
    if (!files) listed.set(dir, (files = filesOf(dir)));
    return files;
  };
  entered = new Set();
  try {
    // Language trees named one by one, each where its project keeps it: MDN's English in
    // content/files/en-us and its French in translated-content/files/fr, two repositories.
    const langs = paths.length >= 2 ? namedTreeLangs(paths, opts) : null;
    const trees = langs ? pairTrees(paths, opts, opts.skipped ?? (() => {}), (d) => langs.get(d) ?? null) : null;
    if (trees) return trees.filter((f) => keep(f.path, f.files));
    return paths.flatMap((dir) => walk(dir, opts, list, opts.skipped ?? (() => {}), true)).filter((f) => keep(f.path, f.files));
  } finally {
    entered = null;
  }
}

function read(found: Found, opts: DiscoverOptions): DocumentSet[] {
  if (found.kind === 'dir') return [fromFiles(found.files, opts, found.path)];
  if (found.kind === 'catalogs') return catalogDirSets(found.path, found.files, opts);
  return discoverCatalogs(found.files, found.files.map(() => false), { ...opts, langs: found.langs ?? opts.langs }) ?? [fromFiles(found.files, { ...opts, langs: found.langs ?? opts.langs }, null)];
}

export function discover(paths: string[], opts: DiscoverOptions & { skipped?: Skipped }): DocumentSet[] {
  if (paths.length === 0) throw new InputError(null, 'no input: name a directory of versions or a source and its translations');
  paths = paths.map(resolveArgument);
  const dirs = paths.map(isDirectory);
  if (dirs.every((d) => d)) return plan(paths, opts).flatMap((f) => read(f, opts));
  if (dirs.some((d) => d)) throw new InputError(paths[dirs.indexOf(true)], 'mix of directories and files: name either directories or files');
  const catalogs = discoverCatalogs(paths, dirs, { langs: opts.langs, sourceLang: opts.sourceLang, keep: opts.keep });
  if (catalogs) return catalogs;
  const keep = opts.keep ?? (() => true);
  return keep(paths[0], paths) ? [fromFiles(paths, opts, null)] : [];
}

/** The document directories a directory run would read, in discovery order, after `keep`
 *  (--shard, --changed-since), without reading a version — or null when the run is not one of
 *  document directories only (files named one by one, catalogs, language trees): what `--jobs`
 *  shares out. The listing says on stderr what it skips, exactly as `discover` does. */
export function documentPlan(paths: string[], opts: DiscoverOptions & { skipped?: Skipped }): string[] | null {
  if (paths.length === 0) return null;
  paths = paths.map(resolveArgument);
  if (!paths.map(isDirectory).every((d) => d)) return null;
  // The notes are held back: a run that is not all document directories goes to discover, which
  // walks again and says them itself.
  const notes: [string, string][] = [];
  const found = plan(paths, { ...opts, skipped: (path, why) => void notes.push([path, why]) });
  if (!found.every((f) => f.kind === 'dir')) return null;
  for (const [path, why] of notes) opts.skipped?.(path, why);
  return found.map((f) => f.path);
}

/** One document directory of a plan, read as `discover` reads it. */
export function readDocumentDir(dir: string, opts: DiscoverOptions): DocumentSet {
  return fromFiles(documentsIn(dir, filesOf(dir), () => {}), opts, dir); // the plan said what it skipped
}
