// A cheap word-level check that a paragraph is written in the language its file claims, so the
// n-gram detector (eld, ~20 µs a line) runs only where there is doubt. On a 50,000-line --aligned
// file, detecting every line cost more than all the checks together.
//
// Evidence is the language's *exclusive* function words: "les", "dans", "pour" are French only;
// "de", "la", "en", "que" are shared with Spanish (and "en" with English, Dutch…), so they prove
// nothing; nor do one-letter words ("a" is English and French: "a déclaré"). A paragraph passes
// with two exclusive words of its language and few of another's; or, where the language can judge
// its own words (a word list, the Vietnamese syllable test), when ≥ 70 % of its lower-case words
// are native (inflected forms and loans such as "nécessiterait", "cluster" miss the lists) and no
// other language's function words outweigh its own. "Source link" (two words) and "Your email
// address will not be published." (English "your", "will", "not") in the French file still go to
// the detector.
import type { Lang } from '../types/index.js';
import { LANGUAGES } from './index.js';
import { isLetterCode } from './script.js';
import { isNativeWord } from './words.js';

let exclusive: Map<string, Lang> | null = null;

/** Function word → the one language it belongs to (words of several languages are left out). */
function exclusiveWords(): Map<string, Lang> {
  if (exclusive) return exclusive;
  const owners = new Map<string, Set<Lang>>();
  for (const [code, data] of Object.entries(LANGUAGES)) {
    for (const w of data.lexicon.functionWords) {
      const word = w.normalize('NFC').toLowerCase();
      let set = owners.get(word);
      if (!set) owners.set(word, (set = new Set()));
      set.add(code);
    }
  }
  exclusive = new Map();
  for (const [word, set] of owners) if (set.size === 1) exclusive.set(word, [...set][0]);
  return exclusive;
}

const MIN_OWN = 2;
const MIN_JUDGED = 4;
const NATIVE_SHARE = 0.7;

// What one word (as written) tells about a paragraph in one language, cached per distinct word:
// on a 50,000-line file the same few thousand words come back again and again, and each look-up
// was a lower-casing, a Map look-up and a binary search of a 300k-word list (~0.25 s a run).
const OWN = 1;
const OTHER = 2;
const JUDGED = 4;
const NATIVE = 8;
/** Another language's function word, capitalised: a name mid-sentence ("Lisa Su": Spanish "su"),
 *  so it counts against the paragraph only as its first word ("Your email address…"). */
const OTHER_CAPITALISED = 16;
const verdicts = new Map<Lang, Map<string, number>>();

function wordVerdict(lang: Lang, word: string, cache: Map<string, number>): number {
  let v = cache.get(word);
  if (v !== undefined) return v;
  v = 0;
  const lower = word.toLowerCase();
  const owner = exclusiveWords().get(lower);
  if (owner === lang) v |= OWN;
  else if (owner !== undefined) v |= lower === word ? OTHER : OTHER_CAPITALISED;
  // Capitalised words are mostly names (Meta, Zuckerberg): no word list knows them.
  if (lower === word) {
    const verdict = isNativeWord(lang, lower);
    if (verdict !== undefined) v |= JUDGED | (verdict ? NATIVE : 0);
  }
  if (cache.size >= 200_000) cache.clear();
  cache.set(word, v);
  return v;
}

const LETTER = /\p{L}/u;

/** End of the run of letters (\p{L}, whole code points) starting at `i`; `i` when none. A
 *  hand-written scan: the regular expression's match arrays were ~100 MB of garbage a 50k-line run. */
function letterRunEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff && LETTER.test(text.slice(i, i + 2))) {
        i += 2;
        continue;
      }
      return i;
    }
    if (c >= 0xd800 && c <= 0xdfff) return i; // a lone surrogate is no letter
    if (!isLetterCode(c)) return i;
    i++;
  }
  return i;
}

/** True when `text` plainly reads as `lang`; false means "ask the detector", not "foreign". */
export function plainlyIn(text: string, lang: Lang): boolean {
  if (!Object.prototype.hasOwnProperty.call(LANGUAGES, lang)) return false;
  let cache = verdicts.get(lang);
  if (!cache) verdicts.set(lang, (cache = new Map()));
  let own = 0;
  let other = 0;
  let judged = 0;
  let native = 0;
  let words = 0;
  for (let i = 0; i < text.length; ) {
    const end = letterRunEnd(text, i);
    if (end === i) {
      i++;
      continue;
    }
    if (end - i >= 2) {
      const first = words++ === 0;
      const v = wordVerdict(lang, text.slice(i, end), cache);
      if (v & OWN) own++;
      else if (v & OTHER || (v & OTHER_CAPITALISED && first)) other++;
      if (v & JUDGED) {
        judged++;
        if (v & NATIVE) native++;
      }
    }
    i = end;
  }
  if (own >= MIN_OWN && other * 4 <= own) return true;
  return judged >= MIN_JUDGED && native >= NATIVE_SHARE * judged && other <= own;
}
