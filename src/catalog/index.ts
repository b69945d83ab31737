// Localisation catalogs in, document sets out. Which files are catalogs is told by the extension:
// .json (one file per language), .po/.pot and .xlf/.xliff (source and target in one file).
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { ISO_639_1, isLanguageCode, langFromName } from '../corpus/lang-name.js';
import { readSourceFile } from '../corpus/read.js';
import type { DocumentSet } from '../run/audit.js';
import { InputError, type Document, type Lang } from '../types/index.js';
import { detectLanguages } from '../lang/detect.js';
import { catalogDocument, type RawUnit } from './document.js';
import { readArbUnits, readJsonUnits, readKeyUnits } from './json.js';
import { readPo } from './po.js';
import { catalogSet } from './set.js';
import { readTmx } from './tmx.js';
import { readXliff } from './xliff.js';
import { readYamlUnits } from './yaml.js';

const MONOLINGUAL = new Set(['.json', '.yml', '.yaml', '.arb']);
const BILINGUAL = new Set(['.po', '.xlf', '.xliff', '.tmx']);

export const isCatalogPath = (path: string): boolean => MONOLINGUAL.has(extname(path).toLowerCase()) || BILINGUAL.has(extname(path).toLowerCase());

/** "fr.json", "app.fr.xlf", "fr/messages.po", and with a region "pt_BR.po", "fr-FR.json". */
export function catalogLang(path: string): Lang | null {
  const named = langFromName(path);
  if (named) return named;
  const stem = basename(path).replace(/\.[^.]+$/, '');
  if (extname(path).toLowerCase() === '.arb') return arbLang(stem);
  const m = /(?:^|[._])([a-z]{2,3})[-_][A-Za-z]{2,4}$/.exec(stem);
  return m ? m[1] : null;
}

/**
 * Languages told by a suffix on a shared stem: jitsi-meet keeps "lang/main.json" (its English)
 * beside "main-fr.json", "main-vi.json", "main-frCA.json", "main-pt-BR.json"; other projects write
 * "messages_fr.json". A suffix counts only when two files or more of the list carry one on the same
 * stem and extension, or one does beside the bare stem ("messages.json", "messages_fr.json"):
 * "config_it.json" alone is no Italian (see corpus/lang-name.ts). The bare stem is then a catalog
 * too, its language read from its text ('content').
 */
export function suffixLangs(files: readonly string[]): Map<string, Lang | 'content'> {
  const groups = new Map<string, { path: string; lang: Lang }[]>();
  for (const p of files) {
    const ext = extname(p);
    if (!MONOLINGUAL.has(ext.toLowerCase())) continue;
    const m = SUFFIXED.exec(basename(p).slice(0, -ext.length));
    if (!m || !ISO_639_1.has(m[2])) continue;
    const key = join(dirname(p), m[1]) + ext;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push({ path: p, lang: m[2] });
  }
  const out = new Map<string, Lang | 'content'>();
  if (groups.size === 0) return out;
  const listed = new Set(files);
  for (const [bare, g] of groups) {
    // Two languages on the stem, or one beside the bare stem ("messages.json", "messages_fr.json").
    if (new Set(g.map((x) => x.lang)).size < 2 && !listed.has(bare)) continue;
    for (const x of g) out.set(x.path, x.lang);
    if (listed.has(bare)) out.set(bare, 'content');
  }
  return out;
}
// Stem, "-" or "_", an ISO 639-1 code, then a region or script glued ("frCA", jitsi's way) or joined.
// Linear: a file name is short, and the stem's lazy match is retried at most once per separator.
const SUFFIXED = /^(.+?)[-_]([a-z]{2})(?:[-_]?[A-Z]{2}|[-_][a-z]{2}|[-_][A-Z][a-z]{3})?$/;

/** The language most characters of `units` are in (a source catalog named for no language). */
function contentLang(units: readonly RawUnit[]): Lang | null {
  const texts: string[] = [];
  let total = 0;
  for (const u of units) {
    const v = u.decoded.value.trim();
    if (u.skipped || v.length < VOTE_MIN_CHARS) continue;
    texts.push(v);
    if ((total += v.length) >= VOTE_MAX_CHARS) break;
  }
  const chars = new Map<Lang, number>();
  detectLanguages(texts).forEach((d, k) => {
    if (d.lang) chars.set(d.lang, (chars.get(d.lang) ?? 0) + texts[k].length);
  });
  let best: Lang | null = null;
  for (const [lang, n] of [...chars].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (best === null || n > (chars.get(best) ?? 0)) best = lang;
  return best;
}

/** Flutter names ARB files "<prefix>_<locale>.arb": app_en.arb, intl_pt_BR.arb, app_zh_Hant_TW.arb. */
function arbLang(stem: string): Lang | null {
  const parts = stem.split('_');
  // The locale is the last one to three parts: language, then script and region (leftmost first,
  // so that "app_de_ch" is German for Switzerland, not Chamorro).
  for (let k = Math.max(0, parts.length - 3); k < parts.length; k++) {
    if (!/^[a-z]{2,3}$/.test(parts[k]) || !isLanguageCode(parts[k])) continue;
    if (parts.slice(k + 1).every((p) => /^[A-Za-z]{2,4}$/.test(p))) return parts[k];
  }
  return null;
}

/** "@@locale": "en_US" → "en". */
function localeLang(locale: string | null): Lang | null {
  const m = locale === null ? null : /^([a-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*$/.exec(locale.trim());
  return m && isLanguageCode(m[1]) ? m[1] : null;
}

export interface CatalogOptions {
  langs?: Lang[];
  sourceLang: Lang;
  /** --shard, --changed-since (run/scope.ts): whether to check the catalog at `path`, made of `files`. */
  keep?: (path: string, files: readonly string[]) => boolean;
}

function stem(path: string): string {
  const parts = basename(path).split('.');
  parts.pop();
  const kept = parts.filter((p) => catalogLang(`${p}.json`) === null);
  return kept.join('.') || parts[0] || 'catalog';
}

/** A TMX memory: the header's srclang (else --source-lang) is the source; every other language a target. */
function memorySet(path: string, opts: CatalogOptions): DocumentSet {
  const file = readSourceFile(path);
  const memory = readTmx(file);
  const sourceLang = memory.sourceLang ?? opts.sourceLang;
  const src = memory.byLang.get(sourceLang);
  if (!src) throw new InputError(path, `no segment in the source language ${sourceLang} (set srclang in the header or use --source-lang)`);
  const targets = [...memory.byLang.keys()].filter((l) => l !== sourceLang).sort();
  if (targets.length === 0) throw new InputError(path, 'a translation memory needs at least one target language');
  const source = catalogDocument(file, sourceLang, 'name', src);
  return catalogSet(stem(path), source, targets.map((l) => catalogDocument(file, l, 'name', memory.byLang.get(l) ?? [])));
}

function bilingualSet(path: string, opts: CatalogOptions): DocumentSet {
  const ext = extname(path).toLowerCase();
  if (ext === '.tmx') return memorySet(path, opts);
  const file = readSourceFile(path);
  const read = ext === '.po' ? readPo(file) : readXliff(file);
  const sourceLang = read.sourceLang ?? opts.langs?.[0] ?? opts.sourceLang;
  const namedLang = read.targetLang ?? catalogLang(path) ?? opts.langs?.[1] ?? null;
  const targetLang = namedLang ?? votedLang(read.target, sourceLang);
  if (!targetLang) throw new InputError(path, 'cannot tell the target language: name the file after it (fr.po, app.fr.xlf) or pass --langs en,fr');
  const source = catalogDocument(file, sourceLang, read.sourceLang ? 'name' : 'option', read.source);
  const target = catalogDocument(file, targetLang, namedLang ? 'name' : 'detected', read.target);
  if (read.targetLocale && read.targetLang === targetLang) target.locale = read.targetLocale;
  return catalogSet(stem(path), source, [target]);
}

/** Translations long enough to vote, and how many characters of them are read at most. */
const VOTE_MIN_CHARS = 20;
const VOTE_MAX_CHARS = 200_000;

/** The language most characters of the translations are in, when the file names none: the French
 *  Python documentation's catalogs of 2018 carry no "Language:" header (only "Language-Team:
 *  FRENCH"), and a Sphinx project keeps them as tutorial/stdlib.po, not fr.po. Not the source's
 *  language (an untranslated catalog names nothing to check against): then the error stands. */
function votedLang(units: readonly RawUnit[], sourceLang: Lang): Lang | null {
  const best = contentLang(units);
  return best !== sourceLang ? best : null;
}

function monolingualSets(paths: string[], opts: CatalogOptions, name: string): DocumentSet[] {
  const suffixed = suffixLangs(paths);
  const docs: Document[] = paths.map((p, i) => {
    const file = readSourceFile(p);
    const yaml = /\.ya?ml$/i.test(p) ? readYamlUnits(file) : null;
    const arb = /\.arb$/i.test(p) ? readArbUnits(file) : null;
    const units = yaml ? yaml.units : arb ? arb.units : readJsonUnits(file);
    // Rails: the root key names the language ("fr:"), whatever the file is called; ARB: "@@locale".
    const declared = yaml?.rootLang ?? localeLang(arb?.locale ?? null);
    const suffix = suffixed.get(p);
    const named = declared ?? catalogLang(p) ?? (suffix !== 'content' ? suffix : undefined);
    const lang = named ?? opts.langs?.[i] ?? (suffix === 'content' ? (contentLang(units) ?? opts.sourceLang) : undefined);
    if (!lang) throw new InputError(p, 'cannot tell the language of this catalog: name it after the language (fr.json) or pass --langs');
    return catalogDocument(file, lang, named ? 'name' : opts.langs?.[i] ? 'option' : 'detected', units);
  });
  // No catalog in the source language (or only an empty one, as Laravel's `lang/en.json` may be):
  // catalogs keyed by their source text are each checked against their keys (readKeyUnits).
  if (!docs.some((d) => d.lang === opts.sourceLang && d.sentences.length > 0)) {
    const keyed = docs.map((d) => (d.lang === opts.sourceLang ? null : keyedSet(d, opts.sourceLang)));
    const translations = keyed.filter((s): s is DocumentSet => s !== null);
    if (translations.length > 0 && translations.length + docs.filter((d) => d.lang === opts.sourceLang).length === docs.length) return translations;
  }
  if (docs.length < 2) throw new InputError(paths[0] ?? null, 'a JSON catalog needs its source beside it (en.json fr.json, or a directory of them), or text as its keys');
  const k = Math.max(0, docs.findIndex((d) => d.lang === opts.sourceLang));
  return [catalogSet(name, docs[k], docs.filter((_, i) => i !== k))];
}

/** A JSON catalog keyed by its source text, as one bilingual set (see readKeyUnits), or null. */
function keyedSet(target: Document, sourceLang: Lang): DocumentSet | null {
  if (!/\.json$/i.test(target.file.path)) return null;
  const keys = readKeyUnits(target.file);
  if (!keys) return null;
  const source = catalogDocument(target.file, sourceLang, 'option', keys);
  return catalogSet(basename(target.file.path).replace(/\.[^.]+$/, ''), source, [target]);
}

/** Whether `path` is a regular file; an entry that cannot be looked at (a broken link, a name that
 *  is not UTF-8) is not a catalog here — the document walk names it on stderr or refuses it. */
function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The catalogs of a directory: bilingual files, and per-language files named for their language
 *  (fr.json, en.yml). A directory that also holds documents (en.txt, fr.md) is a document set, and
 *  a stray tqc.config.json or package.json is no catalog: both give []. */
export function catalogFilesIn(dir: string): string[] {
  const files = readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .sort()
    .map((n) => join(dir, n))
    .filter(isRegularFile);
  if (files.some((p) => /\.(txt|md|mdx|markdown)$/i.test(p) && !/^readme\./i.test(basename(p)))) return [];
  const suffixed = suffixLangs(files);
  return files.filter((p) => BILINGUAL.has(extname(p).toLowerCase()) || (MONOLINGUAL.has(extname(p).toLowerCase()) && (catalogLang(p) !== null || suffixed.has(p))));
}

/** Document sets for catalog files named on the command line, or null when they are not all
 *  catalogs (documents). Directories are walked by run/discover.ts. */
export function discoverCatalogs(paths: string[], dirs: boolean[], opts: CatalogOptions): DocumentSet[] | null {
  if (dirs.every((d) => !d)) {
    if (!paths.every(isCatalogPath)) return null;
    const bilingual = paths.filter((p) => BILINGUAL.has(extname(p).toLowerCase()));
    const mono = paths.filter((p) => !BILINGUAL.has(extname(p).toLowerCase()));
    const keep = opts.keep ?? (() => true);
    const sets = bilingual.filter((p) => keep(p, [p])).map((p) => bilingualSet(p, opts));
    if (mono.length > 0 && keep(mono[0], mono)) for (const set of monolingualSets(mono, opts, stem(mono[0]) === 'catalog' ? basename(mono[0]).replace(/\.[^.]+$/, '') : stem(mono[0]))) sets.push(set);
    return sets;
  }
  return null;
}

/** The sets of one catalog directory's files (catalogFilesIn): each bilingual file alone, the
 *  per-language files together, named for the directory. */
export function catalogDirSets(dir: string, files: readonly string[], opts: CatalogOptions): DocumentSet[] {
  const bilingual = files.filter((p) => BILINGUAL.has(extname(p).toLowerCase()));
  const mono = files.filter((p) => !BILINGUAL.has(extname(p).toLowerCase()));
  const sets = bilingual.map((p) => bilingualSet(p, opts));
  if (mono.length > 0) for (const set of monolingualSets(mono, opts, basename(dir.replace(/[\\/]+$/, '')) || 'catalog')) sets.push(set);
  return sets;
}
