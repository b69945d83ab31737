// Text of another language inside a sentence: the word-level and sentence-level tests behind the
// `untranslated` check. What tells a word foreign depends on what the target language has:
// - a structural test (Vietnamese syllables): "đang đốt through cash" — "through", "cash" fail it;
// - a word list (French, German, Spanish): a word the list lacks but another language's list holds;
// - a non-Latin script (Russian, Japanese…): any lower-case Latin word;
// - nothing: only runs of source-language words that the language detector confirms.
// Every look-up is cached per distinct word, and the language detector (eld) runs only on the rare
// runs and sentences the cheap tests single out.
import type { Lang, Range } from '../types/index.js';
import { detectLanguage } from './detect.js';
import { langData } from './index.js';
import { expectedScript, letterCounts } from './script.js';
import type { Token } from './tokens.js';
import {
  hasWordList,
  functionHits,
  identifyByWords,
  inWordList,
  isFunctionWord,
  isProseWord,
  isLoanword,
  isNativeWord,
  isSymbolWord,
  hasNativeTest,
  proseOnlyLangs,
  wordListLangs,
} from './words.js';

export type ForeignMode = 'structural' | 'wordlist' | 'script' | 'none';

const NATIVE = 1;
const LOAN = 2; // loanword or unit symbol: never foreign
const TFUNC = 4;
const SRC = 8;
const SRC_DONE = 16;

export interface Profile {
  source: Lang;
  target: Lang;
  /** Languages of the other versions: tried right after the source when naming a fragment's language. */
  others: Lang[];
  mode: ForeignMode;
  flags: Map<string, number>;
}

const profiles = new Map<string, Profile>();

export function profileFor(source: Lang, target: Lang, others: readonly Lang[] = []): Profile {
  const key = `${source}>${target}>${others.join(',')}`;
  let p = profiles.get(key);
  if (!p) {
    const mode: ForeignMode =
      // A language known by its function words alone (Italian) cannot tell its other words: 'none'.
      expectedScript(target) !== 'Latin' ? 'script' : hasWordList(target) ? 'wordlist' : hasNativeTest(target) ? 'structural' : 'none';
    p = { source, target, others: [...new Set(others)].filter((l) => l !== source && l !== target), mode, flags: new Map() };
    profiles.set(key, p);
  }
  return p;
}

function flags(p: Profile, lower: string): number {
  let f = p.flags.get(lower);
  if (f === undefined) {
    f = 0;
    if (isLoanword(p.target, lower) || isSymbolWord(lower)) f |= LOAN;
    if (isFunctionWord(p.target, lower)) f |= TFUNC | NATIVE;
    else if (p.mode !== 'script' && isNativeWord(p.target, lower)) f |= NATIVE;
    if (p.flags.size >= 200_000) p.flags.clear();
    p.flags.set(lower, f);
  }
  return f;
}

/** In the source language's word list? Looked up only when asked (loads the list lazily). */
function inSource(p: Profile, lower: string): boolean {
  let f = flags(p, lower);
  if (!(f & SRC_DONE)) {
    f |= SRC_DONE | (inWordList(p.source, lower) ? SRC : 0);
    p.flags.set(lower, f);
  }
  return (f & SRC) !== 0;
}

const plainWord = (t: Token) => t.kind === 'word' && t.script === 'Latin' && t.letters >= 2;

/** 0 = not foreign; 1 = foreign; 2 = foreign but weak (capitalised first word: may be a name). */
function candidate(p: Profile, t: Token, first: boolean): 0 | 1 | 2 {
  if (!plainWord(t)) return 0;
  // Capitalised words, acronyms and mixed case are names and codes ("Meta", "GPU", "OpenAI") —
  // except the first word of a sentence, which may be a common word that merely starts it.
  const weak = t.shape === 'title' && first;
  if (t.shape !== 'lower' && !weak) return 0;
  const f = flags(p, t.lower);
  if (f & (LOAN | NATIVE)) return 0;
  if (p.mode === 'none' && !inSource(p, t.lower)) return 0;
  // A word without a vowel is no word of any language written in Latin letters: a file extension
  // or an abbreviation ("Tải lên các tệp PDF, md hoặc txt" — AppFlowy's Vietnamese; "txt" stands
  // in the German word list as the abbreviation it is).
  if (!hasVowel(t.lower)) return 0;
  return weak ? 2 : 1;
}

const hasVowel = (lower: string): boolean => VOWEL.test(lower) || VOWEL.test(lower.normalize('NFD'));
const VOWEL = /[aeiouyæøœ]/;

export interface ForeignRun {
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  tokens: Token[];
  /** The language the run is in (never the target). */
  lang: Lang;
  /** How the language was named: word lists, another version containing the run, or the detector. */
  via: 'words' | 'version' | 'detector';
  /** Widened at an edge by a word both languages share ("through cash": "cash" is French too). */
  widened?: boolean;
}

export interface RunOptions {
  /** Ranges of the sentence rightly kept as is (allowlist, glossary, multi-word loanwords); asked lazily. */
  protectedRanges?: () => Range[];
  /** The language of another version that contains `fragment` as is, or ''. */
  elsewhere?: (fragment: string) => Lang;
  /** When given, and the run's own words are in the source sentence (this says yes to one of
   *  them), a shared word widens the run only if it is too: Spanish "antes" is also an English
   *  word, but "would cut costs antes" copied only three words of "would cut costs by …". */
  widenWith?: (lower: string) => boolean;
}

/** Runs of foreign words in one sentence (tokens of `text`), each with its language. */
export function foreignRuns(text: string, tokens: readonly Token[], p: Profile, opts: RunOptions = {}): ForeignRun[] {
  const cand = tokens.map((t, i) => candidate(p, t, i === 0));
  if (!cand.some((c) => c === 1)) return [];
  const prot = opts.protectedRanges?.() ?? [];
  const free = (t: Token) => !prot.some((r) => r.start < t.end && t.start < r.end);
  const isCand = (i: number) => cand[i] !== 0 && free(tokens[i]);
  // A source word between two foreign words belongs to the run: "through the cash".
  const bridge = (i: number) => {
    const t = tokens[i];
    return t.shape === 'lower' && plainWord(t) && free(t) && !(flags(p, t.lower) & TFUNC) && inSource(p, t.lower);
  };
  // Word-list targets: a word both languages share extends the run ("through cash": "cash" is French too).
  const shared = (i: number) => {
    const t = tokens[i];
    return p.mode === 'wordlist' && t !== undefined && t.shape === 'lower' && plainWord(t) && free(t) && !(flags(p, t.lower) & (TFUNC | LOAN)) && inSource(p, t.lower);
  };
  // An acronym after a function word of the source ends the phrase: "install the CLI" left in
  // Vietnamese was cut to "install" (neither "the" alone nor all capitals are candidates: "CLI"
  // is the technical register) and that one word was a kept term.
  const acronymAfterArticle = (i: number) => {
    const t = tokens[i];
    return t.shape === 'upper' && t.letters >= 2 && t.letters <= 6 && plainWord(t) && free(t) && isFunctionWord(p.source, tokens[i - 1].lower);
  };
  const runs: ForeignRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCand(i)) {
      i++;
      continue;
    }
    let a = i;
    let b = i; // inclusive
    for (;;) {
      if (b + 1 < tokens.length && tokens[b + 1].spaced && isCand(b + 1)) b++;
      else if (b + 2 < tokens.length && tokens[b + 1].spaced && tokens[b + 2].spaced && bridge(b + 1) && isCand(b + 2)) b += 2;
      else if (b + 2 < tokens.length && tokens[b + 1].spaced && tokens[b + 2].spaced && free(tokens[b + 1]) && acronymAfterArticle(b + 2)) b += 2;
      else break;
    }
    i = b + 1;
    const [a0, b0] = [a, b];
    // Where the run's own words come from the source, so must the words that widen it.
    const w = opts.widenWith;
    const copied = w !== undefined && tokens.slice(a0, b0 + 1).some((t) => w(t.lower));
    // One content word the source sentence lacks is no copy of it, and the words both languages
    // share around it do not make it a phrase: React's French "Stocker des infos issues de rendus
    // précédents" ("infos", French the word list lacks; "issues", both) for "Storing information
    // from previous renders". A function word is evidence enough: "que through cash les modèles".
    const lone = w !== undefined && !copied && a0 === b0 && !isFunctionWord(p.source, tokens[a0].lower) && !isProseWord(p.source, tokens[a0].lower);
    const widens = (k: number) => !lone && shared(k) && (!copied || w(tokens[k].lower));
    while (a > 0 && tokens[a].spaced && widens(a - 1)) a--;
    while (b + 1 < tokens.length && tokens[b + 1].spaced && widens(b + 1)) b++;
    let run = judge(text, tokens.slice(a, b + 1), cand.slice(a, b + 1), p, opts);
    if (run) runs.push(a < a0 || b > b0 ? { ...run, widened: true } : run);
    // Widening by a shared English word ("chose deshalb": "chose" is English too) can spoil a
    // one-word run of a third language: judge the word alone then.
    else if ((a < a0 || b > b0) && a0 === b0 && (run = judge(text, tokens.slice(a0, b0 + 1), cand.slice(a0, b0 + 1), p, opts))) runs.push(run);
  }
  return runs;
}

function judge(text: string, toks: Token[], cand: number[], p: Profile, opts: RunOptions): ForeignRun | null {
  if (!cand.includes(1)) return null; // only a capitalised first word: probably a name
  // Word-list and detector-only targets never report one word (see below): decided before the
  // look-ups, which on a 50k-line French file were ~16k single unknown words ("nécessiterait").
  if (p.mode === 'wordlist' && toks.length === 1 && cand[0] === 1) return thirdLanguageWord(toks[0], p);
  if ((p.mode === 'wordlist' || p.mode === 'none') && toks.length < 2) return null;
  const start = toks[0].start;
  const end = toks[toks.length - 1].end;
  const fragment = text.slice(start, end);
  const words = toks.map((t) => t.lower);
  // Word-list targets name a fragment's language from the source and the other versions only: a
  // French word missing from the French list is far likelier than a Spanish word in French text.
  const prefer = [p.source, ...p.others];
  const byWords = p.mode === 'wordlist' ? identifyWithin(words, prefer, p.target) : identifyByWords(words, prefer, p.target);
  let lang = byWords.hits > 0 ? byWords.lang : '';
  let via: ForeignRun['via'] = 'words';
  if (!lang && opts.elsewhere) {
    lang = opts.elsewhere(fragment);
    via = 'version';
  }
  if (p.mode === 'wordlist' || p.mode === 'none') {
    // Conservative: two words or more, all in that language's list, and the detector agrees
    // over the fragment with only the two languages in play. One shared word never fires.
    if (toks.length < 2 || !lang || byWords.hits < words.length) return null;
    if (lang !== p.source && cand.some((c) => c === 0)) return null;
    if (p.mode === 'none' && toks.length < 3) return null;
    if (detectLanguage(fragment, [lang, p.target]).lang !== lang) return null;
    return { start, end, tokens: toks, lang, via };
  }
  // Structural and script targets: the word already failed the target's own test.
  if (!lang && toks.length >= 2) {
    const d = detectLanguage(fragment, [...new Set([p.source, ...p.others, ...wordListLangs()])]);
    if (d.lang && d.lang !== p.target && d.confidence >= 0.7) {
      lang = d.lang;
      via = 'detector';
    }
  }
  if (!lang) return null;
  if (toks.length === 1 && toks[0].letters < 3) return null;
  return { start, end, tokens: toks, lang, via };
}

/**
 * One lower-case word of a third language in a word-list target: German "deshalb", Spanish
 * "entonces" in a French sentence (held-out segments: such single words were all missed). Only
 * closed-class words and connectives of that language (its function and prose words), absent from
 * the target's word list: a word list alone is not evidence — French "parapente" is missing from
 * the French list and present in the Spanish one, and the detector prefers Spanish on the word.
 * Words of the source language are left out (one of them is a kept term), and so are English
 * words: English single words are loanwords in every European language.
 */
function thirdLanguageWord(t: Token, p: Profile): ForeignRun | null {
  if (t.letters < THIRD_MIN_LETTERS || inWordList('en', t.lower) || (hasWordList(p.source) && inWordList(p.source, t.lower))) return null;
  for (const lang of [...p.others, ...wordListLangs(), ...proseOnlyLangs()]) {
    if (lang === p.target || lang === p.source || lang === 'en') continue;
    if (isFunctionWord(lang, t.lower) || isProseWord(lang, t.lower)) return { start: t.start, end: t.end, tokens: [t], lang, via: 'words' };
  }
  return null;
}
const THIRD_MIN_LETTERS = 4;

function identifyWithin(words: readonly string[], langs: readonly Lang[], exclude: Lang) {
  let best = { lang: '', hits: 0, fn: 0 };
  for (const lang of langs) {
    if (lang === exclude || !hasWordList(lang)) continue;
    let hits = 0;
    for (const w of words) if (inWordList(lang, w)) hits++;
    if (hits > best.hits || (hits === best.hits && hits > 0 && functionHits(lang, words) > best.fn)) best = { lang, hits, fn: functionHits(lang, words) };
  }
  return { lang: best.lang, hits: best.hits };
}

/**
 * The language of a whole sentence when it is confidently not the target's: "Leave a Reply" at the
 * end of the French page. A cheap pre-test (share of words the target does not know, or of Latin
 * letters in a non-Latin target) gates the detector; word lists confirm its answer.
 */
export function sentenceLanguage(text: string, tokens: readonly Token[], p: Profile): { lang: Lang; confidence: number } | null {
  const words = tokens.filter((t) => t.kind === 'word' && t.letters >= 2);
  if (words.length < 2) return null;
  // Latin-script words with no space between any two of them are one chunk, not prose: a key
  // chord ("Alt+clic" for "Alt+click", which the detector called German), a path, a code.
  if (!hasSpaceBetween(text, words) && words.every((t) => t.script === 'Latin')) return null;
  if (!pretest(text, tokens, p)) return null;
  const candidates = [...new Set([p.target, p.source, ...p.others, ...wordListLangs(), 'vi'])];
  const d = detectLanguage(text, candidates);
  if (!d.lang || d.lang === p.target) return null;
  const targetScore = d.scores.find(([l]) => l === p.target)?.[1] ?? 0;
  const margin = d.confidence - targetScore;
  if (margin < 0.05) return null;
  const plain = words.filter((t) => t.shape === 'lower' || t.shape === 'title');
  if (hasWordList(d.lang)) {
    // The detector's answer must be borne out by the words: most are words of that language.
    const known = plain.filter((t) => inWordList(d.lang, t.lower)).length;
    if (plain.length === 0 || known / plain.length < 0.6) return null;
  } else if (d.confidence < 0.75 || margin < 0.1) return null;
  // A function word of the target that the detected language lacks makes the sentence the
  // target's, with terms kept: React's Vietnamese title "Render và Commit" for "Render and Commit"
  // keeps two terms and translates the conjunction. The words kept are then judged one run at a
  // time (isKeptTerm), as in any other sentence. A word the detected language also has, but not
  // as a function word, still counts: opensource.guide's French "… C. Titus Brown et Michael R.
  // Crusoe." (split after the initial) has names and the French "et", which English lists as a
  // word ("et al.") but never writes as "and".
  const detected = d.lang;
  if (plain.some((t) => (flags(p, t.lower) & TFUNC) !== 0 && !isFunctionWord(detected, t.lower))) return null;
  // …and so does an elided one: MDN's French table of contents "L'instruction while".
  if (plain.some((t) => elided(p.target, t.lower))) return null;
  // So does a word of the target that the detected language lacks beside a short term with no
  // function or prose word: jitsi-meet's French "Clé Live stream" for "Live stream key" is a French
  // label keeping a term (judged as such by isKeptTerm), not a label left in English.
  if (hasWordList(detected)) {
    const theirs = plain.filter((t) => inWordList(detected, t.lower));
    const ours = plain.filter((t) => !inWordList(detected, t.lower) && (flags(p, t.lower) & NATIVE) !== 0);
    if (ours.length > 0 && theirs.length <= KEPT_TERM_WORDS && !theirs.some((t) => isFunctionWord(detected, t.lower) || isProseWord(detected, t.lower))) return null;
  }
  return { lang: d.lang, confidence: d.confidence };
}

/** Does the word open with an elided function word of `lang` ("l'instruction", "qu’il")? */
function elided(lang: Lang, lower: string): boolean {
  const list = langData(lang)?.lexicon.elisions;
  if (!list) return false;
  const k = lower.search(/['’]/);
  return k > 0 && k < lower.length - 1 && list.includes(lower.slice(0, k));
}

/** The longest term a label may keep beside its own words (isKeptTerm in checks/untranslated.ts). */
const KEPT_TERM_WORDS = 3;

function hasSpaceBetween(text: string, words: readonly Token[]): boolean {
  for (let i = words[0].end; i < words[words.length - 1].start; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 0xa0 || c === 0x202f) return true;
  }
  return false;
}

function pretest(text: string, tokens: readonly Token[], p: Profile): boolean {
  if (p.mode === 'script') {
    const { latin, total } = letterCounts(text);
    const latinWords = tokens.filter((t, i) => plainWord(t) && (t.shape === 'lower' || (i === 0 && t.shape === 'title'))).length;
    return total > 0 && latin / total >= 0.5 && latinWords >= 2;
  }
  if (p.mode === 'none') {
    let fn = 0;
    let all = 0;
    for (const t of tokens) {
      if (t.kind !== 'word') continue;
      all++;
      if (isFunctionWord(p.source, t.lower)) fn++;
    }
    return fn >= 2 && fn / all >= 0.25;
  }
  let native = 0;
  let foreign = 0;
  tokens.forEach((t, i) => {
    if (t.kind !== 'word') return; // one-letter words count: French "a" in "Leave a Reply" is a French word
    if (t.shape !== 'lower' && !(i === 0 && t.shape === 'title')) return; // names, acronyms: neutral
    if (t.script !== 'Latin') foreign++;
    else if (flags(p, t.lower) & (NATIVE | LOAN)) native++;
    else foreign++;
  });
  return foreign >= 1 && foreign >= native && native + foreign >= 2;
}
