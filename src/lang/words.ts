// Word-list look-ups: is this lower-case word a word of language X? The lists (MIT, npm packages
// an-array-of-{english,french,german,spanish}-words, named in each language's lexicon) are big, so
// each is read once per process, on the first look-up in that language, from the packed copy the
// build makes (src/lang/word-store.ts). A Vietnamese target loads none until a word fails the
// syllable test.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Lang } from '../types/index.js';
import { LANGUAGES, langData } from './index.js';
import { SYMBOL_WORDS } from './lexicon-data.js';
import { packedFingerprint, packWords, WordStore } from './word-store.js';

const require = createRequire(import.meta.url);

interface Loaded {
  store: WordStore;
  exclude: Set<string>;
}

/** FNV-1a over the list's size and its first and last 4 KB: what a packed copy must have been made
 *  from (reading three small pieces instead of the whole list, which is what the copy saves). */
export function listFingerprint(path: string): number {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(Math.min(4096, size));
    const tail = Buffer.alloc(Math.min(4096, size));
    readSync(fd, head, 0, head.length, 0);
    readSync(fd, tail, 0, tail.length, size - tail.length);
    let h = 0x811c9dc5;
    const mix = (byte: number) => (h = Math.imul(h ^ byte, 16777619));
    for (let i = 0; i < 6; i++) mix(Math.floor(size / 2 ** (8 * i)) & 0xff);
    for (const byte of head) mix(byte);
    for (const byte of tail) mix(byte);
    return h >>> 0;
  } finally {
    closeSync(fd);
  }
}

const QUOTE = 0x22;

/** The words of a shipped list (a JSON array of strings) as UTF-8 byte strings. Without a
 *  backslash there is no escape and every word's bytes are those between its quotes (a quote byte
 *  is never part of a longer UTF-8 character); otherwise the JSON is parsed. */
export function listWords(bytes: Uint8Array): Uint8Array[] {
  if (bytes.includes(0x5c)) return (JSON.parse(Buffer.from(bytes).toString('utf8')) as string[]).map((w) => Buffer.from(w, 'utf8'));
  const out: Uint8Array[] = [];
  for (let i = bytes.indexOf(QUOTE); i >= 0; ) {
    const j = bytes.indexOf(QUOTE, i + 1);
    if (j < 0) break;
    out.push(bytes.subarray(i + 1, j));
    i = bytes.indexOf(QUOTE, j + 1);
  }
  return out;
}

/** The build's packed copy of `lang`'s list when it was made from the installed list (see
 *  scripts/build-data.mjs): dist/data/words/<lang>.fc, beside the bundle and the dist/ modules, or
 *  from the sources (tests) in the last build. */
function storedList(lang: Lang, fingerprint: number): WordStore | null {
  for (const where of [`../data/words/${lang}.fc`, `../../dist/data/words/${lang}.fc`]) {
    let packed: Buffer;
    try {
      packed = readFileSync(new URL(where, import.meta.url));
    } catch {
      continue;
    }
    if (packedFingerprint(packed) !== fingerprint) continue;
    try {
      return new WordStore(packed);
    } catch {
      continue; // damaged: made again from the list
    }
  }
  return null;
}

const lists = new Map<Lang, Loaded | null>();
const loadMs = new Map<Lang, number>();

function list(lang: Lang): Loaded | null {
  let l = lists.get(lang);
  if (l !== undefined) return l;
  const lex = langData(lang)?.lexicon;
  l = null;
  if (lex?.wordList) {
    const t0 = process.hrtime.bigint(); // not performance.now(): the global loads perf_hooks (~1.5 ms)
    const path = require.resolve(lex.wordList);
    const fingerprint = listFingerprint(path);
    const store = storedList(lang, fingerprint) ?? new WordStore(packWords(listWords(readFileSync(path)), fingerprint));
    l = { store, exclude: new Set(lex.wordListExclude ?? []) };
    loadMs.set(lang, Number(process.hrtime.bigint() - t0) / 1e6);
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
  return l.store.has(w) && !l.exclude.has(w);
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
/** Function words of `lang` among `words`: what settles a tie of word-list hits. "les créateurs
 *  de podcasts" left in Vietnamese is in both lists three times of four ("les", "de" and
 *  "podcasts" are English list words), but "les" and "de" are French function words. */
export function functionHits(lang: Lang, words: readonly string[]): number {
  let n = 0;
  for (const w of words) if (isFunctionWord(lang, w)) n++;
  return n;
}

export function identifyByWords(words: readonly string[], prefer: readonly Lang[], exclude: Lang): { lang: Lang; hits: number } {
  const order = [...new Set([...prefer, ...wordListLangs()])].filter((l) => l !== exclude && hasWordList(l));
  let best = { lang: '', hits: 0, fn: 0 };
  for (const lang of order) {
    let hits = 0;
    for (const w of words) if (inWordList(lang, w)) hits++;
    if (hits > best.hits || (hits === best.hits && hits > 0 && functionHits(lang, words) > best.fn)) best = { lang, hits, fn: functionHits(lang, words) };
    if (hits === words.length) break; // every word found: no later language can do better
  }
  return { lang: best.lang, hits: best.hits };
}
