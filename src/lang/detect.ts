// Language identification: one small adapter around `eld` (offline n-gram detector, Apache-2.0).
// Measured on the seeds: eld gets every paragraph and short fragments ("through cash" → en,
// "développeurs" → fr, "Tuần…" → vi) right, where franc fails below ~20 characters.
// The small database: smaller and faster to load than the medium one, with the same answers on
// every test here (the extra-small one misreads the French page's English footer).
//
// eld is loaded on first use. (A helper thread used to load it, and run some checks, while the
// main thread segmented; once the database loaded in 50 ms that no longer paid on this 2-core
// machine, where V8's garbage-collection threads use the second core: the 50k-pair benchmark ran
// in a median 1.76 s without the thread, 1.83 s with it.)
//
// The database is read from a packed copy that the build writes (dist/data/eld-small.bin, by
// scripts/build-data.mjs from the installed eld; see packEldData). Evaluating eld's own 1.6 MB
// object literal took ~220 ms; JSON.parse of a JSON copy of it ~50–140 ms (81,206 keys, each an
// object of its own), the largest single cost of `tqc check` on the seed corpus. The packed copy is
// searched in place: its n-grams sorted in one string, their scores in byte arrays, and an n-gram's
// scores object made when eld first asks for it (~2 ms to load). Without the copy, or when it was
// made from another eld version, eld's own entry is loaded instead.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../types/index.js';
import { eldFactory } from './eld-factory.js';

/** eld's scores of one text: the entries of its getScores(), in eld's order. */
export type Scores = [Lang, number][];
export type Detector = { detect(text: string): { getScores(): Record<string, number> } };
let local: Detector | null = null;

/** eld, loaded on first use (synchronously: require() of its ES modules). */
export function localDetector(): Detector {
  return (local ??= loadEld());
}

/** The directory of the installed eld package. */
function eldDir(): string {
  const require = createRequire(import.meta.url);
  for (const dir of require.resolve.paths('eld') ?? []) {
    if (existsSync(join(dir, 'eld', 'package.json'))) return join(dir, 'eld');
  }
  throw new Error('eld is not installed');
}

/** eld's small n-gram database and the eld version it came from: what scripts/build-data.mjs packs. */
export interface EldData {
  eld: string;
  ngrams: unknown;
}

const eldVersion = (dir: string): string => (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;

/** The installed eld's small database with its version: what the build packs (packEldData). */
export function installedEldData(): EldData {
  const dir = eldDir();
  const require = createRequire(import.meta.url);
  const { ngramsData } = require(join(dir, 'src', 'ngrams', 'small.js')) as { ngramsData: unknown };
  return { eld: eldVersion(dir), ngrams: ngramsData };
}

/** eld, made by its own factory, on a database (`ngrams`: { type, languages, isSubset, ngrams }). */
function eldOn(dir: string, ngrams: unknown): Detector {
  const { instance, loadData } = eldFactory(dir)();
  loadData(ngrams);
  return instance as Detector;
}

interface EldDatabase {
  type: string;
  languages: Record<string, string>;
  isSubset: boolean;
  ngrams: Record<string, Record<string, number>>;
}

interface PackedHeader {
  eld: string;
  type: string;
  languages: Record<string, string>;
  isSubset: boolean;
  /** n-grams, score pairs, and UTF-16 code units of all n-grams together. */
  count: number;
  pairs: number;
  units: number;
}

const pad4 = (n: number): number => (n + 3) & ~3;

/**
 * eld's database packed for loading without building 81k objects. Layout (little-endian): u32
 * header length, the header as JSON, padding to 4 bytes, Int32 keyStarts[count + 1] and Int32
 * pairStarts[count + 1], Uint8 langs[pairs], Uint8 scores[pairs], padding, then the n-grams in
 * code-unit order as one UTF-16LE string. null when a score or language index does not fit a byte.
 */
export function packEldData(data: EldData): Buffer | null {
  const db = data.ngrams as EldDatabase;
  const keys = Object.keys(db.ngrams).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const keyStarts = new Int32Array(keys.length + 1);
  const pairStarts = new Int32Array(keys.length + 1);
  const langs: number[] = [];
  const scores: number[] = [];
  let units = 0;
  for (let k = 0; k < keys.length; k++) {
    keyStarts[k] = units;
    pairStarts[k] = langs.length;
    units += keys[k].length;
    // for…in order: the integer keys ascending, the order eld's own object gives them in.
    const entry = db.ngrams[keys[k]];
    for (const lang in entry) {
      const l = Number(lang);
      const v = entry[lang];
      if (!(Number.isInteger(l) && l >= 0 && l < 256 && String(l) === lang && Number.isInteger(v) && v >= 0 && v < 256)) return null;
      langs.push(l);
      scores.push(v);
    }
  }
  keyStarts[keys.length] = units;
  pairStarts[keys.length] = langs.length;
  const header: PackedHeader = { eld: data.eld, type: db.type, languages: db.languages, isSubset: db.isSubset, count: keys.length, pairs: langs.length, units };
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const text = Buffer.from(keys.join(''), 'utf16le');
  if (text.toString('utf16le') !== keys.join('')) return null;
  const ints = pad4(4 + head.length);
  const bytes = ints + 8 * (keys.length + 1);
  const strAt = pad4(bytes + 2 * langs.length);
  const out = Buffer.alloc(strAt + text.length);
  out.writeUInt32LE(head.length, 0);
  head.copy(out, 4);
  Buffer.from(keyStarts.buffer).copy(out, ints);
  Buffer.from(pairStarts.buffer).copy(out, ints + 4 * (keys.length + 1));
  Buffer.from(langs).copy(out, bytes);
  Buffer.from(scores).copy(out, bytes + langs.length);
  text.copy(out, strAt);
  return out;
}

/** An eld instance on a packed database, or null when it was made from another version of eld or
 *  does not hold together. */
export function eldFromPacked(buf: Buffer): Detector | null {
  if (buf.length < 4) return null;
  const headLength = buf.readUInt32LE(0);
  if (4 + headLength > buf.length) return null;
  const header = JSON.parse(buf.toString('utf8', 4, 4 + headLength)) as PackedHeader;
  const dir = eldDir();
  if (header.eld !== eldVersion(dir)) return null;
  const { count, pairs, units } = header;
  const ints = pad4(4 + headLength);
  const bytes = ints + 8 * (count + 1);
  const strAt = pad4(bytes + 2 * pairs);
  if (strAt + 2 * units !== buf.length) return null;
  // A copy of the two offset tables: Int32Array needs 4-byte alignment of the underlying buffer.
  const table = new Int32Array(2 * (count + 1));
  Buffer.from(table.buffer).set(buf.subarray(ints, bytes));
  const keyStarts = table.subarray(0, count + 1);
  const pairStarts = table.subarray(count + 1);
  const langs = buf.subarray(bytes, bytes + pairs);
  const scores = buf.subarray(bytes + pairs, bytes + 2 * pairs);
  const text = buf.toString('utf16le', strAt, strAt + 2 * units);
  if (keyStarts[count] !== units || pairStarts[count] !== pairs) return null;

  // Code-unit comparison of `key` with n-gram k.
  const compare = (key: string, k: number): number => {
    const a = keyStarts[k];
    const b = keyStarts[k + 1];
    const n = Math.min(key.length, b - a);
    for (let i = 0; i < n; i++) {
      const d = key.charCodeAt(i) - text.charCodeAt(a + i);
      if (d !== 0) return d;
    }
    return key.length - (b - a);
  };
  const made = new Map<string, Record<number, number>>();
  const lookUp = (key: string): Record<number, number> | undefined => {
    const hit = made.get(key);
    if (hit) return hit;
    let lo = 0;
    let hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const d = compare(key, mid);
      if (d > 0) lo = mid + 1;
      else if (d < 0) hi = mid - 1;
      else {
        const entry: Record<number, number> = {};
        for (let p = pairStarts[mid]; p < pairStarts[mid + 1]; p++) entry[langs[p]] = scores[p];
        made.set(key, entry);
        return entry;
      }
    }
    return undefined;
  };
  // eld reads its database only as `ngrams[bytes]` (calculateScores), then walks that entry with
  // for…in: a proxy answering property reads is all it needs.
  const ngrams = new Proxy(Object.create(null) as object, {
    get: (_target, key) => (typeof key === 'string' ? lookUp(key) : undefined),
  });
  return eldOn(dir, { type: header.type, languages: header.languages, isSubset: header.isSubset, ngrams });
}

function loadEld(): Detector {
  const copy = fileURLToPath(new URL('../data/eld-small.bin', import.meta.url)); // see scripts/build-data.mjs
  if (existsSync(copy)) {
    try {
      const eld = eldFromPacked(readFileSync(copy));
      if (eld) return eld;
    } catch {
      // a damaged copy: eld's own entry below
    }
  }
  const require = createRequire(import.meta.url);
  return (require(join(eldDir(), 'src', 'entries', 'static.small.js')) as { eld: Detector }).eld;
}

/** eld's scores of each text, in order. */
function scoresOf(texts: readonly string[]): Scores[] {
  const eld = localDetector();
  return texts.map((t) => Object.entries(eld.detect(t).getScores()));
}

export interface Detection {
  /** ISO 639-1 code, or "" when nothing could be detected (no letters). */
  lang: Lang;
  /** The winner's score in [0, 1] (eld's normalised score); 0 when nothing was detected. */
  confidence: number;
  /** The languages eld scored, best first: all of them among the candidates when candidates were
   *  given, else the best three. */
  scores: [Lang, number][];
}

const cache = new Map<string, Detection>();
const CACHE_LIMIT = 50_000;

const KEPT_WITHOUT_CANDIDATES = 3;

function detection(scored: Scores, candidates?: readonly Lang[]): Detection {
  let scores = [...scored].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (candidates) {
    const within = scores.filter(([l]) => candidates.includes(l));
    if (within.length > 0) scores = within;
  }
  const top = scores[0];
  // Without candidates only the winner is ever read (a paragraph's or a line's language). Keeping
  // all ~45 languages eld scored, as [lang, score] pairs, held ~160 MB of a 100,000-sentence
  // document's 25,000 paragraphs (and the cache's) until the run ended: the best three are kept.
  if (!candidates && scores.length > KEPT_WITHOUT_CANDIDATES) scores = scores.slice(0, KEPT_WITHOUT_CANDIDATES);
  return top ? { lang: top[0], confidence: top[1], scores } : { lang: '', confidence: 0, scores: [] };
}

const keyOf = (text: string, candidates?: readonly Lang[]): string => (candidates ? `${candidates.join(',')}\u0000${text}` : text);

function remember(key: string, d: Detection): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, d);
}

/**
 * Detect the language of `text`. With `candidates`, the best-scoring candidate wins when eld scored
 * it at all (a document's language is usually known to be one of the set's languages).
 * Results are cached per distinct text: documents repeat short lines (hashtags, credits).
 */
export function detectLanguage(text: string, candidates?: readonly Lang[]): Detection {
  const key = keyOf(text, candidates);
  const hit = cache.get(key);
  if (hit) return hit;
  const d = detection(scoresOf([text])[0], candidates);
  remember(key, d);
  return d;
}

/** detectLanguage of each text, in order, each distinct miss detected once (segmenting a file
 *  asks about its paragraphs together). */
export function detectLanguages(texts: readonly string[], candidates?: readonly Lang[]): Detection[] {
  const out: (Detection | undefined)[] = texts.map((t) => cache.get(keyOf(t, candidates)));
  const missing = [...new Set(texts.filter((_, i) => out[i] === undefined))];
  if (missing.length > 0) {
    const scored = scoresOf(missing);
    const fresh = new Map(missing.map((t, i) => [t, detection(scored[i], candidates)]));
    for (const [t, d] of fresh) remember(keyOf(t, candidates), d);
    texts.forEach((t, i) => (out[i] ??= fresh.get(t)));
  }
  return out as Detection[];
}
