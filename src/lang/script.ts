// The Unicode script of characters and words, and the script each language is written in.
// Why: in a Russian or Japanese target, a run of Latin letters that is not a name or a code is
// text left in the source language — found without any dictionary. Look-ups are per UTF-16 code
// unit through a lazily filled table, so the hot path is an array read, not a regular expression.
import type { Lang } from '../types/index.js';

export type Script =
  | 'Latin'
  | 'Greek'
  | 'Cyrillic'
  | 'Armenian'
  | 'Hebrew'
  | 'Arabic'
  | 'Devanagari'
  | 'Bengali'
  | 'Thai'
  | 'Georgian'
  | 'Hangul'
  | 'Hiragana'
  | 'Katakana'
  | 'Han'
  | 'Other';

/** Code-unit ranges per script (BMP only; astral letters count as 'Other'). */
const RANGES: [number, number, Script][] = [
  [0x0041, 0x005a, 'Latin'],
  [0x0061, 0x007a, 'Latin'],
  [0x00aa, 0x00aa, 'Latin'],
  [0x00ba, 0x00ba, 'Latin'],
  [0x00c0, 0x024f, 'Latin'],
  [0x0250, 0x02af, 'Latin'],
  [0x1d00, 0x1d7f, 'Latin'],
  [0x1e00, 0x1eff, 'Latin'],
  [0x2c60, 0x2c7f, 'Latin'],
  [0xa720, 0xa7ff, 'Latin'],
  [0xab30, 0xab6f, 'Latin'],
  [0xfb00, 0xfb06, 'Latin'],
  [0xff21, 0xff3a, 'Latin'],
  [0xff41, 0xff5a, 'Latin'],
  [0x0370, 0x03ff, 'Greek'],
  [0x1f00, 0x1fff, 'Greek'],
  [0x0400, 0x052f, 'Cyrillic'],
  [0x1c80, 0x1c8f, 'Cyrillic'],
  [0x2de0, 0x2dff, 'Cyrillic'],
  [0xa640, 0xa69f, 'Cyrillic'],
  [0x0530, 0x058f, 'Armenian'],
  [0x0590, 0x05ff, 'Hebrew'],
  [0xfb1d, 0xfb4f, 'Hebrew'],
  [0x0600, 0x06ff, 'Arabic'],
  [0x0750, 0x077f, 'Arabic'],
  [0x08a0, 0x08ff, 'Arabic'],
  [0xfb50, 0xfdff, 'Arabic'],
  [0xfe70, 0xfeff, 'Arabic'],
  [0x0900, 0x097f, 'Devanagari'],
  [0x0980, 0x09ff, 'Bengali'],
  [0x0e00, 0x0e7f, 'Thai'],
  [0x10a0, 0x10ff, 'Georgian'],
  [0x1100, 0x11ff, 'Hangul'],
  [0x3130, 0x318f, 'Hangul'],
  [0xac00, 0xd7af, 'Hangul'],
  [0x3040, 0x309f, 'Hiragana'],
  [0x30a0, 0x30ff, 'Katakana'],
  [0x31f0, 0x31ff, 'Katakana'],
  [0xff66, 0xff9f, 'Katakana'],
  [0x3400, 0x4dbf, 'Han'],
  [0x4e00, 0x9fff, 'Han'],
  [0xf900, 0xfaff, 'Han'],
];
const SCRIPTS: Script[] = [...new Set(RANGES.map((r) => r[2])), 'Other'];

// Per code unit: 0 = not yet computed, 1 = not a letter/mark/digit, 2 = digit, 3 = combining mark,
// 4 + script index = letter of that script.
const table = new Uint8Array(0x10000);
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const DIGIT = /\p{Nd}/u;

function classify(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return 4 + SCRIPTS.indexOf('Other'); // astral letters (CJK ext., emoji: harmless)
  const ch = String.fromCharCode(code);
  if (DIGIT.test(ch)) return 2;
  if (MARK.test(ch)) return 3;
  if (!LETTER.test(ch)) return 1;
  for (const [lo, hi, s] of RANGES) if (code >= lo && code <= hi) return 4 + SCRIPTS.indexOf(s);
  return 4 + SCRIPTS.indexOf('Other');
}

function code(c: number): number {
  let v = table[c];
  if (v === 0) v = table[c] = classify(c);
  return v;
}

/** The class of a code unit in one table read, for scanners that need several answers per
 *  character (the tokenizer): CHAR_OTHER, CHAR_DIGIT, CHAR_MARK, CHAR_LATIN, or above CHAR_LATIN
 *  for a letter of another script. */
export const charClass = (c: number): number => code(c);
export const CHAR_OTHER = 1;
export const CHAR_DIGIT = 2;
export const CHAR_MARK = 3;
export const CHAR_LATIN = 4; // 4 + the index of 'Latin' in SCRIPTS

/** A letter of any script (not a mark, digit or symbol). */
export const isLetterCode = (c: number): boolean => code(c) >= 4;
/** A combining mark (NFD accents): part of the letter before it. */
export const isMarkCode = (c: number): boolean => code(c) === 3;
/** A decimal digit of any script. */
export const isDigitCode = (c: number): boolean => code(c) === 2;

/** Script of a letter code unit; null for anything that is not a letter. */
export function scriptOfCode(c: number): Script | null {
  const v = code(c);
  return v >= 4 ? SCRIPTS[v - 4] : null;
}

/** The script of the first letter of `word` (words are single-script in practice). */
export function scriptOfWord(word: string): Script | null {
  for (let i = 0; i < word.length; i++) {
    const s = scriptOfCode(word.charCodeAt(i));
    if (s) return s;
  }
  return null;
}

/** Count of letters per script in `text`: the cheap pre-test for "is this sentence in the wrong script". */
export function letterCounts(text: string): { latin: number; total: number } {
  let latin = 0;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = code(text.charCodeAt(i));
    if (v < 4) continue;
    total++;
    if (v === 4) latin++; // 'Latin' is SCRIPTS[0]
  }
  return { latin, total };
}

/** Languages not written in the Latin script; every other code is assumed Latin. Japanese mixes
 *  Han and kana, so "Latin or not" is the question the checks ask, not "which script exactly". */
const NON_LATIN: Record<Lang, Script> = {
  ar: 'Arabic', fa: 'Arabic', ur: 'Arabic', ps: 'Arabic',
  he: 'Hebrew', yi: 'Hebrew',
  ru: 'Cyrillic', uk: 'Cyrillic', bg: 'Cyrillic', be: 'Cyrillic', mk: 'Cyrillic', sr: 'Cyrillic',
  kk: 'Cyrillic', ky: 'Cyrillic', mn: 'Cyrillic', tg: 'Cyrillic',
  el: 'Greek', hy: 'Armenian', ka: 'Georgian',
  hi: 'Devanagari', mr: 'Devanagari', ne: 'Devanagari', bn: 'Bengali',
  th: 'Thai', ko: 'Hangul', ja: 'Han', zh: 'Han',
};

/** The script a language is normally written in ("ru" → Cyrillic, "vi" → Latin). */
export function expectedScript(lang: Lang): Script {
  return Object.prototype.hasOwnProperty.call(NON_LATIN, lang) ? NON_LATIN[lang] : 'Latin';
}
