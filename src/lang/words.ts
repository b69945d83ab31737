// Word-list look-ups: is this lower-case word a word of language X? The lists (MIT, npm packages
// an-array-of-{english,french,german,spanish}-words, named in each language's lexicon) are big, so
// each is read and indexed once per process, on the first look-up in that language (see Loaded). A Vietnamese target loads none until a word fails the syllable test.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Lang } from '../types/index.js';
import { LANGUAGES, langData } from './index.js';
import { SYMBOL_WORDS } from './lexicon-data.js';

const require = createRequire(import.meta.url);

interface Loaded {
  /** The list's JSON file as shipped (UTF-8, sorted), searched in place as bytes: word k is
   *  bytes[starts[k], ends[k]). Parsing it into an array of strings cost ~45 ms (en, 275k words)
   *  and ~75 ms (fr, 337k) a run, and 600k long-lived strings for the garbage collector to copy;
   *  decoding it into one string still cost ~20 ms (en) and ~45 ms (fr, not ASCII: a 9 MB
   *  two-byte string) of a 0.9 s run on the seed corpus. UTF-8 byte order is code-point order,
   *  which is the lists' code-unit order for every word without a surrogate pair; sortedness in
   *  byte order is checked when the index is made. A list that is unsorted or holds JSON escapes
   *  is parsed and sorted into `words` instead. */
  bytes: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  words: string[] | null;
  exclude: Set<string>;
}

/** Byte comparison of `w` (UTF-8, or a string of ASCII characters) with bytes[a, b). */
function compareAt(w: string | Uint8Array, bytes: Uint8Array, a: number, b: number): number {
  const n = Math.min(w.length, b - a);
  if (typeof w === 'string') {
    for (let i = 0; i < n; i++) {
      const d = w.charCodeAt(i) - bytes[a + i];
      if (d !== 0) return d;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const d = w[i] - bytes[a + i];
      if (d !== 0) return d;
    }
  }
  return w.length - (b - a);
}

const ASCII = /^[\x00-\x7f]*$/;

function sortedHas(l: Loaded, w: string): boolean {
  if (l.words) return arrayHas(l.words, w);
  const key = ASCII.test(w) ? w : Buffer.from(w, 'utf8');
  let lo = 0;
  let hi = l.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const d = compareAt(key, l.bytes, l.starts[mid], l.ends[mid]);
    if (d === 0) return true;
    if (d > 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function arrayHas(words: readonly string[], w: string): boolean {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = words[mid];
    if (x === w) return true;
    if (x < w) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

const QUOTE = 0x22;

/** Byte offsets of the strings of a JSON array of strings without escapes (UTF-8: a quote byte
 *  is never part of a longer character); null when it is not sorted in byte order.
 *  The build runs this once per list (scripts/build-data.mjs) and ships the result as
 *  dist/data/words/<lang>.idx; see storedIndex. */
export function indexWords(bytes: Uint8Array): { starts: Int32Array; ends: Int32Array } | null {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = bytes.indexOf(QUOTE); i >= 0; ) {
    const j = bytes.indexOf(QUOTE, i + 1);
    if (j < 0) return null;
    const k = starts.length;
    if (k > 0) {
      const pa = starts[k - 1];
      const pb = ends[k - 1];
      const n = Math.min(pb - pa, j - i - 1);
      let d = 0;
      for (let q = 0; q < n && d === 0; q++) d = bytes[pa + q] - bytes[i + 1 + q];
      if (d > 0 || (d === 0 && pb - pa > j - i - 1)) return null;
    }
    starts.push(i + 1);
    ends.push(j);
    i = bytes.indexOf(QUOTE, j + 1);
  }
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** What the build stores for a list: [byte length, word count, starts…, ends…] as 32-bit ints. */
export function packIndex(bytes: Uint8Array, index: { starts: Int32Array; ends: Int32Array }): Int32Array {
  const n = index.starts.length;
  const packed = new Int32Array(2 + 2 * n);
  packed[0] = bytes.length;
  packed[1] = n;
  packed.set(index.starts, 2);
  packed.set(index.ends, 2 + n);
  return packed;
}

/** The build's index of `lang`'s list when it fits `bytes` (same length, every word between
 *  quotes), else null. Reading it takes ~1 ms where indexing the list took ~25 ms and ~18 MB of
 *  garbage a list (en and fr were 80 ms of a 50k-pair run). */
function storedIndex(lang: Lang, bytes: Uint8Array): { starts: Int32Array; ends: Int32Array } | null {
  let stored: Buffer;
  try {
    stored = readFileSync(new URL(`../data/words/${lang}.idx`, import.meta.url)); // see scripts/build-data.mjs
  } catch {
    return null; // running from the sources, or a build without it
  }
  if (stored.length % 4 !== 0 || stored.length < 8) return null;
  const aligned = stored.byteOffset % 4 === 0 ? stored : Buffer.from(stored);
  const packed = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4);
  const n = packed[1];
  if (packed[0] !== bytes.length || packed.length !== 2 + 2 * n) return null;
  const starts = packed.subarray(2, 2 + n);
  const ends = packed.subarray(2 + n);
  for (let k = 0; k < n; k++) {
    const a = starts[k];
    const b = ends[k];
    if (!(a > 0 && b >= a && b < bytes.length) || bytes[a - 1] !== QUOTE || bytes[b] !== QUOTE) return null;
  }
  return { starts, ends };
}

const lists = new Map<Lang, Loaded | null>();
const loadMs = new Map<Lang, number>();

function list(lang: Lang): Loaded | null {
  let l = lists.get(lang);
  if (l !== undefined) return l;
  const lex = langData(lang)?.lexicon;
  l = null;
  if (lex?.wordList) {
    const t0 = performance.now();
    const bytes = readFileSync(require.resolve(lex.wordList));
    const exclude = new Set(lex.wordListExclude ?? []);
    // Without a backslash there is no escape: every string's bytes are its JSON text's.
    const index = bytes.includes(0x5c) ? null : (storedIndex(lang, bytes) ?? indexWords(bytes));
    if (index) l = { bytes, ...index, words: null, exclude };
    else {
      const words = JSON.parse(bytes.toString('utf8')) as string[];
      words.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      l = { bytes: new Uint8Array(0), starts: new Int32Array(0), ends: new Int32Array(0), words, exclude };
    }
    loadMs.set(lang, performance.now() - t0);
  }
  lists.set(lang, l);
  return l;
}

/** Languages that have a word list, in a fixed order (the registry's, alphabetical). */
export function wordListLangs(): readonly Lang[] {
  return (listed ??= Object.keys(LANGUAGES)
    .filter((l) => LANGUAGES[l].lexicon.wordList)
    .sort());
}
let listed: Lang[] | undefined;

/** Languages told apart by their function and prose words alone (no word list, no structural
 *  test: Italian), in the registry's order. The registry is fixed: both lists are made once, not
 *  on every foreign word looked at. */
export function proseOnlyLangs(): readonly Lang[] {
  return (proseOnly ??= Object.keys(LANGUAGES)
    .filter((l) => !LANGUAGES[l].lexicon.wordList && !LANGUAGES[l].lexicon.isNativeWord && (LANGUAGES[l].lexicon.proseWords?.length ?? 0) > 0)
    .sort());
}
let proseOnly: Lang[] | undefined;

export const hasWordList = (lang: Lang): boolean => Boolean(langData(lang)?.lexicon.wordList);

/** Milliseconds each loaded word list took to read and index (for the benchmark report). */
export function wordListLoadTimes(): Record<Lang, number> {
  return Object.fromEntries([...loadMs].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

function has(l: Loaded, w: string): boolean {
  return sortedHas(l, w) && !l.exclude.has(w);
}

/** Is `lower` (lower case, ' for apostrophes) in `lang`'s word list? Elisions and compounds
 *  count when every part of two letters or more is a word: "l'argent", "company's", "fine-tuned". */
export function inWordList(lang: Lang, lower: string): boolean {
  const l = list(lang);
  if (!l) return false;
  if (has(l, lower)) return true;
  if (lower.includes("'") || lower.includes('-')) {
    let parts = 0;
    for (const p of lower.split(/['-]/)) {
      if (p.length < 2) continue;
      if (!has(l, p)) return false;
      parts++;
    }
    return parts > 0;
  }
  return false;
}

// Sets per language, keyed by the language itself: these run once per token on the hot path, where
// building a "f:fr" key string per call showed in profiles.
const functionSets = new Map<Lang, Set<string>>();
const loanSets = new Map<Lang, Set<string>>();
function cachedSet(cache: Map<Lang, Set<string>>, lang: Lang, make: () => string[]): Set<string> {
  let s = cache.get(lang);
  if (!s) cache.set(lang, (s = new Set(make())));
  return s;
}

/** One of `lang`'s most frequent closed-class words ("de", "the", "của"). */
export const isFunctionWord = (lang: Lang, lower: string): boolean =>
  cachedSet(functionSets, lang, () => langData(lang)?.lexicon.functionWords ?? []).has(lower);

/** An adverb or verb that marks running prose of `lang` ("now", "already", "makes"). */
export const isProseWord = (lang: Lang, lower: string): boolean =>
  cachedSet(proseSets, lang, () => langData(lang)?.lexicon.proseWords ?? []).has(lower);
const proseSets = new Map<Lang, Set<string>>();

/** A single-word loanword normal in `lang` text ("chip" in Vietnamese, "cluster" in French). */
export const isLoanword = (lang: Lang, lower: string): boolean =>
  cachedSet(loanSets, lang, () => langData(lang)?.lexicon.loanwords ?? []).has(lower);

/** Loanwords of several words ("open source"), matched as phrases. */
export function loanPhrases(lang: Lang): string[] {
  return (langData(lang)?.lexicon.loanwords ?? []).filter((w) => w.includes(' '));
}

/** A unit symbol or abbreviation written the same everywhere ("km", "mw", "etc"). */
let symbols: Set<string> | null = null;
export const isSymbolWord = (lower: string): boolean => (symbols ??= new Set(SYMBOL_WORDS)).has(lower);

/** Whether `lang` can tell its own words at all (a word list or a structural test). */
export const hasNativeTest = (lang: Lang): boolean => Boolean(langData(lang)?.lexicon.wordList || langData(lang)?.lexicon.isNativeWord);

/** Is `lower` a word of `lang`? undefined when the language has no way to tell. */
export function isNativeWord(lang: Lang, lower: string): boolean | undefined {
  const lex = langData(lang)?.lexicon;
  if (!lex) return undefined;
  if (isFunctionWord(lang, lower)) return true;
  if (lex.isNativeWord) return lex.isNativeWord(lower);
  if (lex.wordList) return inWordList(lang, lower);
  return undefined;
}

/**
 * Which word-listed language do `words` (lower case) belong to? Counts the words each list holds,
 * trying `prefer` first (the source, then the other versions' languages) so ties go to them;
 * `exclude` (the target) is never the answer. '' when no list holds any of them.
 */
export function identifyByWords(words: readonly string[], prefer: readonly Lang[], exclude: Lang): { lang: Lang; hits: number } {
  const order = [...new Set([...prefer, ...wordListLangs()])].filter((l) => l !== exclude && hasWordList(l));
  let best = { lang: '', hits: 0 };
  for (const lang of order) {
    let hits = 0;
    for (const w of words) if (inWordList(lang, w)) hits++;
    if (hits > best.hits) best = { lang, hits };
    if (hits === words.length) break; // every word found: no later language can do better
  }
  return best;
}
