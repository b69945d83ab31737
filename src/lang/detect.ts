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
// The database is read from a JSON copy that the build writes
// (dist/data/eld-small.json, by scripts/build-data.mjs from the installed eld): JSON.parse of it takes
// ~50 ms where evaluating eld's own 1.6 MB object literal took ~220 ms. Without the copy, or when
// it was made from another eld version, eld's own entry is loaded instead.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../types/index.js';

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

/** What scripts/build-data.mjs writes: eld's small n-gram database and the eld version it came from. */
export interface EldData {
  eld: string;
  ngrams: unknown;
}

const eldVersion = (dir: string): string => (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;

/** The installed eld's small database with its version: what the build writes as JSON. */
export function installedEldData(): EldData {
  const dir = eldDir();
  const require = createRequire(import.meta.url);
  const { ngramsData } = require(join(dir, 'src', 'ngrams', 'small.js')) as { ngramsData: unknown };
  return { eld: eldVersion(dir), ngrams: ngramsData };
}

/** An eld instance on `data`, or null when `data` was made from another version of eld. */
export function eldFromData(data: EldData): Detector | null {
  const dir = eldDir();
  if (data.eld !== eldVersion(dir)) return null;
  // By file path: the package exports only its entries.
  const require = createRequire(import.meta.url);
  const { createEld } = require(join(dir, 'src', 'languageDetector.js')) as { createEld(): { instance: Detector; loadData(d: unknown): void } };
  const { instance, loadData } = createEld();
  loadData(data.ngrams);
  return instance;
}

function loadEld(): Detector {
  const copy = fileURLToPath(new URL('../data/eld-small.json', import.meta.url)); // see scripts/build-data.mjs
  if (existsSync(copy)) {
    try {
      const eld = eldFromData(JSON.parse(readFileSync(copy, 'utf8')) as EldData);
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
