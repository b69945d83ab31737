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

const WORD = /\p{L}+/gu;
const MIN_OWN = 2;
const MIN_JUDGED = 4;
const NATIVE_SHARE = 0.7;

/** True when `text` plainly reads as `lang`; false means "ask the detector", not "foreign". */
export function plainlyIn(text: string, lang: Lang): boolean {
  if (!Object.prototype.hasOwnProperty.call(LANGUAGES, lang)) return false;
  const words = exclusiveWords();
  let own = 0;
  let other = 0;
  let judged = 0;
  let native = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    if (word.length < 2) continue;
    const lower = word.toLowerCase();
    const owner = words.get(lower);
    if (owner === lang) own++;
    else if (owner !== undefined) other++;
    // Capitalised words are mostly names (Meta, Zuckerberg): no word list knows them.
    if (lower !== word) continue;
    const verdict = isNativeWord(lang, lower);
    if (verdict === undefined) continue;
    judged++;
    if (verdict) native++;
  }
  if (own >= MIN_OWN && other * 4 <= own) return true;
  return judged >= MIN_JUDGED && native >= NATIVE_SHARE * judged && other <= own;
}
