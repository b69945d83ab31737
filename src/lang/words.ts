// Word-list look-ups: is this lower-case word a word of language X? The lists (MIT, npm packages
// an-array-of-{english,french,german,spanish}-words, named in each language's lexicon) are big, so
// each is read and turned into a Set once per process, on the first look-up in that language.
// Measured (Node 20, this machine): en 275k words ≈ 70 ms, fr 337k ≈ 100 ms, de 117k ≈ 40 ms,
// es 637k ≈ 260 ms. A Vietnamese target loads none until a word fails the syllable test.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Lang } from '../types/index.js';
import { LANGUAGES, langData } from './index.js';
import { SYMBOL_WORDS } from './lexicon-data.js';

const require = createRequire(import.meta.url);

interface Loaded {
  /** The list as shipped: sorted in code-unit order, so a binary search needs no Set (building
   *  Sets of 275k + 337k words cost ~85 ms a run). Checked on load; unsorted lists get sorted. */
  words: string[];
  exclude: Set<string>;
}

function sortedHas(words: readonly string[], w: string): boolean {
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

function isSorted(words: readonly string[]): boolean {
  for (let i = 1; i < words.length; i++) if (words[i - 1] > words[i]) return false;
  return true;
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
    const words = JSON.parse(readFileSync(require.resolve(lex.wordList), 'utf8')) as string[];
    if (!isSorted(words)) words.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    l = { words, exclude: new Set(lex.wordListExclude ?? []) };
    loadMs.set(lang, performance.now() - t0);
  }
  lists.set(lang, l);
  return l;
}

/** Languages that have a word list, in a fixed order (the registry's, alphabetical). */
export function wordListLangs(): Lang[] {
  return Object.keys(LANGUAGES)
    .filter((l) => LANGUAGES[l].lexicon.wordList)
    .sort();
}

export const hasWordList = (lang: Lang): boolean => Boolean(langData(lang)?.lexicon.wordList);

/** Milliseconds each loaded word list took to read and index (for the benchmark report). */
export function wordListLoadTimes(): Record<Lang, number> {
  return Object.fromEntries([...loadMs].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

function has(l: Loaded, w: string): boolean {
  return sortedHas(l.words, w) && !l.exclude.has(w);
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

const setCache = new Map<string, Set<string>>();
function cachedSet(key: string, make: () => string[]): Set<string> {
  let s = setCache.get(key);
  if (!s) setCache.set(key, (s = new Set(make())));
  return s;
}

/** One of `lang`'s most frequent closed-class words ("de", "the", "của"). */
export const isFunctionWord = (lang: Lang, lower: string): boolean =>
  cachedSet(`f:${lang}`, () => langData(lang)?.lexicon.functionWords ?? []).has(lower);

/** A single-word loanword normal in `lang` text ("chip" in Vietnamese, "cluster" in French). */
export const isLoanword = (lang: Lang, lower: string): boolean =>
  cachedSet(`l:${lang}`, () => langData(lang)?.lexicon.loanwords ?? []).has(lower);

/** Loanwords of several words ("open source"), matched as phrases. */
export function loanPhrases(lang: Lang): string[] {
  return (langData(lang)?.lexicon.loanwords ?? []).filter((w) => w.includes(' '));
}

/** A unit symbol or abbreviation written the same everywhere ("km", "mw", "etc"). */
export const isSymbolWord = (lower: string): boolean => cachedSet('symbols', () => [...SYMBOL_WORDS]).has(lower);

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
