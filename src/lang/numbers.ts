// Reads numbers out of text by value, in the conventions of the text's language: "100,000" (en),
// "100.000" (vi, de, es) and "100 000" (fr) are all 100000; "$40 billion", "40 tỷ USD",
// "40 milliards de dollars" and "40 Milliarden Dollar" are all 4e10 USD.
//
// One hand-written linear pass over the characters (document text is untrusted: no backtracking
// regular expressions), with a digit pre-test so text without digits costs one scan and nothing else.
// Language conventions are data (src/lang/<code>/numbers.ts); this file only reads them.
import type { Lang } from '../types/index.js';
import { langData } from './index.js';
import { COMMON_CURRENCY, COMMON_IDIOMS, type CurrencyCode, type NumberData } from './number-data.js';
import { COMMON_UNITS, type UnitId } from './units.js';

export type NumberKind = 'plain' | 'percent' | 'currency' | 'year' | 'ordinal' | 'time' | 'date' | 'fraction' | 'code' | 'word';

export interface NumberMention {
  /** The value after scale words: "$40 billion" → 40000000000. Times: minutes since midnight. */
  value: number;
  /** Offsets into the text given to the extractor, half-open; they cover the currency, scale and
   *  percent words that belong to the number ("$40 billion", "42 pour cent"). */
  start: number;
  end: number;
  raw: string;
  kind: NumberKind;
  currency?: CurrencyCode;
  /** A scale word multiplied the digits ("40 tỷ"). */
  scaled?: boolean;
  /** The value under the other decimal convention when the digits read both ways: French
   *  "100,000" is 100 (value) or 100000 (alt). */
  alt?: number;
  /** Read in the other convention because the language's own does not fit: "1.5" in German. */
  foreign?: boolean;
  /** Separators where no convention puts them ("2,200,12"): read by dropping them. */
  malformed?: boolean;
  /** Can match a number on the other side but never raises a finding by itself: spelled-out
   *  words, times, dates and digits glued to a unit or suffix ("150MW", "1990s", "4K"). */
  soft?: boolean;
  /** The unit written after the number ("50 miles", "35 degrés Celsius"); see units.ts. */
  unit?: UnitId;
  /** Times: [hours (24 h), minutes]; dates: the three numbers as written (12.05.2023 → [12, 5, 2023]). */
  parts?: number[];
}

// ---------------------------------------------------------------------------------------------
// Character classes (fast ASCII paths; a lazily filled table for the rest of the BMP).

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const LETTER_RE = /[\p{L}\p{M}]/u;
const letterTable = new Uint8Array(65536); // 0 unknown, 1 letter, 2 not
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xaa || c !== c) return false;
  let t = letterTable[c];
  if (t === 0) {
    t = LETTER_RE.test(String.fromCharCode(c)) ? 1 : 2;
    letterTable[c] = t;
  }
  return t === 1;
}
const isAlnum = (c: number): boolean => isDigit(c) || isLetter(c);
/** Spaces inside a number ("100 000", "42 %") — never a line end. */
const isNoBreakSpace = (c: number): boolean => c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
const isInlineSpace = (c: number): boolean => c === 32 || c === 9 || isNoBreakSpace(c);
/** Spaces between a number and its words: wrapped plain text may break "40\nbillion". */
const isAnySpace = (c: number): boolean => isInlineSpace(c) || c === 10 || c === 13;
const isUpper = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 128 && isLetter(c) && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c));

function lower(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/** End of `phrase` matched at `pos` (case-insensitive, a space matches a run of spaces, an
 *  apostrophe matches ' and ’), or -1. A phrase ending in a letter must end a word. */
function matchPhrase(text: string, pos: number, phrase: string): number {
  let i = pos;
  const n = text.length;
  for (let k = 0; k < phrase.length; k++) {
    const pc = phrase.charCodeAt(k);
    if (pc === 32) {
      if (i >= n || !isAnySpace(text.charCodeAt(i))) return -1;
      while (i < n && isAnySpace(text.charCodeAt(i))) i++;
      continue;
    }
    if (i >= n) return -1;
    const tc = text.charCodeAt(i);
    if (pc === 39) {
      if (tc !== 39 && tc !== 0x2019) return -1;
    } else if (tc !== pc && lower(tc) !== pc) return -1;
    i++;
  }
  if (isAlnum(phrase.charCodeAt(phrase.length - 1)) && i < n && isAlnum(text.charCodeAt(i))) return -1;
  return i;
}

interface Phrase {
  text: string;
  value: number;
  currency?: CurrencyCode;
  unit?: UnitId;
}

/** The phrases of each list by first code unit, in list order: readNumber tries up to eight lists
 *  after every number, and a scan of each whole list per try showed in profiles. */
const byFirstUnit = new WeakMap<readonly Phrase[], Map<number, Phrase[]>>();
function firstUnitIndex(list: readonly Phrase[]): Map<number, Phrase[]> {
  let index = byFirstUnit.get(list);
  if (!index) {
    index = new Map();
    for (const p of list) {
      const pc = p.text.charCodeAt(0);
      const same = index.get(pc);
      if (same) same.push(p);
      else index.set(pc, [p]);
    }
    byFirstUnit.set(list, index);
  }
  return index;
}

/** First (longest) phrase of `list` matching at `pos`, with its end. */
function matchAny(text: string, pos: number, list: readonly Phrase[]): [Phrase, number] | null {
  if (pos >= text.length) return null;
  const c = lower(text.charCodeAt(pos));
  if (c !== 0x2019) {
    // Only phrases starting with this code unit can match (’ also matches ', hence the scan below).
    for (const p of firstUnitIndex(list).get(c) ?? []) {
      const end = matchPhrase(text, pos, p.text);
      if (end >= 0) return [p, end];
    }
    return null;
  }
  for (const p of list) {
    const pc = p.text.charCodeAt(0);
    if (pc !== c && !(pc === 39 && c === 0x2019)) continue;
    const end = matchPhrase(text, pos, p.text);
    if (end >= 0) return [p, end];
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Language data compiled once per language.

interface Compiled {
  data: NumberData;
  decimal: number;
  /** Separators of the language's own grouping (char codes); no-break spaces are always in. */
  group: Set<number>;
  spaceGroups: boolean;
  percent: Phrase[];
  scales: Phrase[];
  scaleSuffixes: Phrase[];
  currencyAfter: Phrase[];
  currencyBefore: Phrase[];
  units: Phrase[];
  idioms: Phrase[];
  /** The first word of every unit phrase, lower case: most numbers are followed by a word that
   *  starts no unit ("megawatts", "people"), and a set look-up rules it out before any phrase is
   *  tried (trying them all after each number cost ~60 ms on the 50k-pair benchmark). */
  unitFirstWords: Set<string>;
  /** Their first letters (lower case): most words after a number are ruled out by these. */
  unitInitials: Set<number>;
  ordinals: Phrase[];
  timeWords: Phrase[];
  monthWords: Phrase[];
  /** Month names (lower case) among `words`: read also beside digits. */
  monthNames: ReadonlySet<string>;
  /** Any scale word of a million or more (not an abbreviation), case-insensitive; null: none. */
  bigScale: RegExp | null;
  notScales: Phrase[];
  /** Any scale word, global (set when bigScale is). */
  anyScale: RegExp | null;
  weekdayWords: Phrase[];
  am: Phrase[];
  pm: Phrase[];
  words: Map<string, number>;
  multiWords: Map<string, Phrase[]>;
  halves: Phrase[];
  /** Lower-cased first letters and the longest first word of `words`: most words are skipped
   *  without being sliced. */
  wordStarts: Set<number>;
  wordMax: number;
}

/** A language tqc has no number data for: read like English, recognise no words. */
const NEUTRAL: NumberData = {
  decimal: '.',
  group: [','],
  preferredGroup: ',',
  percent: [],
  scales: {},
  currencyAfter: {},
  ordinalSuffixes: [],
  timeWords: [],
  words: {},
};

const byLengthDesc = (a: Phrase, b: Phrase): number => b.text.length - a.text.length || (a.text < b.text ? -1 : 1);
const phrases = (rec: Record<string, number>): Phrase[] =>
  Object.entries(rec)
    .map(([text, value]) => ({ text: text.normalize('NFC'), value }))
    .sort(byLengthDesc);
const currencies = (rec: Readonly<Record<string, CurrencyCode>>): Phrase[] =>
  Object.entries(rec)
    .map(([text, currency]) => ({ text: text.normalize('NFC'), value: 1, currency }))
    .sort(byLengthDesc);
const unitPhrases = (rec: Readonly<Record<string, UnitId>>): Phrase[] =>
  Object.entries(rec)
    .map(([text, unit]) => ({ text: text.normalize('NFC'), value: 1, unit }))
    .sort(byLengthDesc);
const flat = (list: readonly string[]): Phrase[] => phrases(Object.fromEntries(list.map((w) => [w, 1])));

function bigScaleRegExp(scales: Record<string, number>): RegExp | null {
  const words = Object.entries(scales)
    // not the abbreviations written after digits ("mn", "bn", "md"); Vietnamese "tỷ" is a word
    .filter(([w, v]) => v >= 1e6 && (w.length >= 3 || /[^\x00-\x7f]/.test(w)) && /^[\p{L} ]+$/u.test(w))
    .map(([w]) => w.normalize('NFC'));
  return words.length === 0 ? null : new RegExp(words.join('|'), 'iu');
}

function anyScaleRegExp(scales: Record<string, number>): RegExp | null {
  const words = Object.keys(scales)
    .filter((w) => /^[\p{L} .]+$/u.test(w))
    .map((w) => w.normalize('NFC').replace(/[.]/g, '\\.'))
    .sort((a, b) => b.length - a.length);
  return words.length === 0 ? null : new RegExp(words.join('|'), 'giu');
}

const compiledCache = new Map<Lang, Compiled>();
function compiled(lang: Lang): Compiled {
  let c = compiledCache.get(lang);
  if (c) return c;
  const data = langData(lang)?.numbers ?? NEUTRAL;
  const words = new Map<string, number>();
  const multiWords = new Map<string, Phrase[]>();
  for (const p of phrases({ ...data.monthNames, ...data.words })) {
    const sp = p.text.indexOf(' ');
    if (sp < 0) words.set(p.text, p.value);
    else {
      const first = p.text.slice(0, sp);
      const list = multiWords.get(first) ?? [];
      list.push(p);
      multiWords.set(first, list);
    }
  }
  c = {
    data,
    decimal: data.decimal.charCodeAt(0),
    group: new Set(data.group.filter((g) => g !== ' ').map((g) => g.charCodeAt(0))),
    spaceGroups: data.group.includes(' '),
    percent: flat(data.percent),
    scales: phrases(data.scales),
    bigScale: bigScaleRegExp(data.scales),
    notScales: flat(data.notScales ?? []),
    anyScale: anyScaleRegExp(data.scales),
    scaleSuffixes: phrases(data.currencyScaleSuffixes ?? {}),
    currencyAfter: currencies({ ...COMMON_CURRENCY, ...data.currencyAfter }),
    currencyBefore: currencies(COMMON_CURRENCY),
    units: unitPhrases({ ...COMMON_UNITS, ...data.units }),
    idioms: flat([...COMMON_IDIOMS, ...(data.idioms ?? [])]),
    unitFirstWords: new Set(Object.keys({ ...COMMON_UNITS, ...data.units }).map((u) => u.normalize('NFC').split(/[ /²°º-]/)[0]).filter((w) => w !== '')),
    unitInitials: new Set(Object.keys({ ...COMMON_UNITS, ...data.units }).map((u) => u.normalize('NFC').charCodeAt(0))),
    ordinals: flat(data.ordinalSuffixes),
    timeWords: flat(data.timeWords),
    monthWords: flat(data.monthWords ?? []),
    monthNames: new Set(Object.keys(data.monthNames ?? {}).map((w) => w.normalize('NFC'))),
    weekdayWords: flat(data.weekdayWords ?? []),
    am: flat(data.meridiem?.am ?? []),
    pm: flat(data.meridiem?.pm ?? []),
    words,
    multiWords,
    halves: flat(data.halves ?? []),
    wordStarts: new Set([...words.keys(), ...multiWords.keys()].map((w) => w.charCodeAt(0))),
    wordMax: [...words.keys(), ...multiWords.keys()].reduce((m, w) => Math.max(m, w.length), 0),
  };
  compiledCache.set(lang, c);
  return c;
}

// ---------------------------------------------------------------------------------------------
// Reading one numeral's digits and separators.

interface Reading {
  value: number;
  alt?: number;
  foreign?: boolean;
  malformed?: boolean;
}

/**
 * The value of the digits in [s, e) whose separators (".", ",", spaces) sit at `seps`, read with
 * `decimal` as the decimal mark and `group` as group marks (spaces are always group marks);
 * NaN when the separators are not where that convention puts them.
 */
function readAs(text: string, s: number, e: number, seps: readonly number[], decimal: number, group: Set<number>): number {
  let intDigits = '';
  let frac = '';
  let groupChar = -1;
  let prev = s;
  for (let k = 0; k <= seps.length; k++) {
    const at = k < seps.length ? seps[k] : e;
    const len = at - prev;
    if (k > 0) {
      const sc = text.charCodeAt(seps[k - 1]);
      if (sc === decimal && !isNoBreakSpace(sc) && sc !== 32) {
        if (k !== seps.length) return NaN; // the decimal mark comes last
        frac = text.slice(prev, at);
        break;
      }
      // a group mark: three digits after it, all group marks the same, the first group ≤ 3 digits
      const isGroup = group.has(sc) || sc === 32 || isNoBreakSpace(sc);
      if (!isGroup || len !== 3) return NaN;
      if (groupChar >= 0 && groupChar !== sc && !((groupChar === 32 || isNoBreakSpace(groupChar)) && (sc === 32 || isNoBreakSpace(sc)))) return NaN;
      if (k === 1 && seps[0] - s > 3) return NaN;
      groupChar = sc;
    }
    intDigits += text.slice(prev, at);
    prev = at + 1;
  }
  return Number(frac ? `${intDigits}.${frac}` : intDigits);
}

const FOREIGN_GROUP_FOR_COMMA = new Set([46]); // "1.234,5": "." groups where "," is decimal
const FOREIGN_GROUP_FOR_DOT = new Set([44]); // "1,234.5"

function interpret(text: string, s: number, e: number, seps: readonly number[], cd: Compiled): Reading {
  if (seps.length === 0) return { value: Number(text.slice(s, e)) };
  const native = readAs(text, s, e, seps, cd.decimal, cd.group);
  const foreignDecimal = cd.decimal === 44 ? 46 : 44;
  const foreign = readAs(text, s, e, seps, foreignDecimal, foreignDecimal === 46 ? FOREIGN_GROUP_FOR_DOT : FOREIGN_GROUP_FOR_COMMA);
  if (native === native) {
    return foreign === foreign && foreign !== native ? { value: native, alt: foreign } : { value: native };
  }
  if (foreign === foreign) {
    // "52.000" in a French text for "52,000": the English decimal reading (52) or a group mark
    // in the German or Vietnamese way (52000), which a translator meant here
    const grouped = groupedReading(text, s, e, seps);
    return grouped !== null && grouped !== foreign ? { value: foreign, foreign: true, alt: grouped } : { value: foreign, foreign: true };
  }
  let digits = '';
  let prev = s;
  for (const at of seps) {
    digits += text.slice(prev, at);
    prev = at + 1;
  }
  return { value: Number(digits + text.slice(prev, e)), malformed: true };
}

/** The digits read with every separator a group mark, when they can be (one mark, groups of three
 *  after the first), else null. */
function groupedReading(text: string, s: number, e: number, seps: readonly number[]): number | null {
  const mark = text.charCodeAt(seps[0]);
  if (seps[0] - s > 3) return null;
  let digits = text.slice(s, seps[0]);
  for (let k = 0; k < seps.length; k++) {
    if (text.charCodeAt(seps[k]) !== mark) return null;
    const end = k + 1 < seps.length ? seps[k + 1] : e;
    if (end - seps[k] - 1 !== 3) return null;
    digits += text.slice(seps[k] + 1, end);
  }
  return Number(digits);
}

// ---------------------------------------------------------------------------------------------
// The scanner.

/** A digit glued to a word before it is part of a code: "H100", "MP3", "GPT-5", "COVID-19"
 *  (but "top-10" is a number: a hyphen only glues to a word with a capital or a digit). */
function gluedBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const p = text.charCodeAt(i - 1);
  // A size: "320x180", "1920x1080" are two numbers, as "320 x 180" is (Jellyfin's French) —
  // not a hexadecimal "0x1F".
  if ((p === 120 || p === 88) && i >= 2 && isDigit(text.charCodeAt(i - 2)) && !(text.charCodeAt(i - 2) === 48 && (i === 2 || !isAlnum(text.charCodeAt(i - 3))))) return false;
  if (isLetter(p)) return true;
  if ((p === 45 || p === 95) && i >= 2 && isAlnum(text.charCodeAt(i - 2))) {
    if (p === 95) return true;
    // "2020-2023" is a range: the run before the hyphen must hold a letter to make a code
    let letter = false;
    let mark = false;
    for (let k = i - 2; k >= 0 && isAlnum(text.charCodeAt(k)); k--) {
      const c = text.charCodeAt(k);
      if (isLetter(c)) letter = true;
      if (isDigit(c) || isUpper(c)) mark = true;
    }
    return letter && mark;
  }
  return false;
}

/** Past a code: letters, digits, and "-", ".", "_" between them ("GPT-3.5", "H100-Chips"). */
/** The value of "v1.20" (a lone "v" before digits and dotted digits), or null. */
function versionAt(text: string, i: number, end: number): { value: number; start: number } | null {
  // "v1.20", or a short name's version: the Python docs' "Py2.x", "Py3.0" ("Python 2.x" in French).
  let k = i;
  while (k > 0 && i - k < 4 && isLetter(text.charCodeAt(k - 1))) k--;
  const prefix = text.slice(k, i);
  if (!(prefix === 'v' || prefix === 'V' || /^\p{Lu}\p{Ll}{1,2}$/u.test(prefix)) || (k >= 1 && isAlnum(text.charCodeAt(k - 1)))) return null;
  const body = text.slice(i, end);
  if (!/^\d{1,4}(?:\.(?:\d{1,4}|x)){1,3}$/.test(body)) return null;
  const parts = body.split('.');
  return { value: parts[1] === 'x' ? Number(parts[0]) : Number(`${parts[0]}.${parts[1]}`), start: k };
}

function skipCode(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isAlnum(c)) i++;
    else if ((c === 45 || c === 46 || c === 95) && i + 1 < n && isAlnum(text.charCodeAt(i + 1))) i += 2;
    else break;
  }
  return i;
}

/** The unit written at `i` ("miles", "km/h", "°F", "degrés Celsius"), if any. */
function unitAt(text: string, i: number, cd: Compiled): UnitId | undefined {
  const c = text.charCodeAt(i);
  if (c !== 0xb0 && c !== 0xba) {
    // not a degree sign: the unit starts with a word that must open some unit phrase
    if (!cd.unitInitials.has(lower(c))) return undefined;
    let w = i;
    while (w < text.length && w - i <= 20 && isLetter(text.charCodeAt(w))) w++;
    if (w === i || w - i > 20 || !cd.unitFirstWords.has(text.slice(i, w).toLowerCase())) return undefined;
  }
  return matchAny(text, i, cd.units)?.[0].unit;
}

/** A unit symbol or word glued to the digits and ending there: "20cm", "50m", "3kg" (not "5G",
 *  "150MW", "1990s"). */
function gluedUnit(text: string, e: number, cd: Compiled): boolean {
  const u = matchAny(text, e, cd.units);
  return u !== null && !isAlnum(text.charCodeAt(u[1]));
}

/** Denominators of the fractions written with digits that a translation spells out ("1/3" →
 *  "un tiers", "3/4" → "drei Viertel"). */
const DENOMINATORS = new Set([2, 3, 4, 5, 8, 10]);

/** A proper fraction "1/3", "3/4" at `i`: soft (its words may be spelled out on the other side;
 *  and "1/3" may also be a date), matching 1/3 or either of its numbers. "1/3/2024" is a date,
 *  "12/25" no fraction. */
function fractionAt(text: string, i: number): NumberMention | null {
  if (i > 0 && (isAlnum(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 47 || text.charCodeAt(i - 1) === 46 || text.charCodeAt(i - 1) === 44)) return null;
  const a = skipDigits(text, i);
  if (a - i > 1 || text.charCodeAt(a) !== 47) return null;
  const b = skipDigits(text, a + 1);
  if (b === a + 1 || b - a - 1 > 2) return null;
  const next = text.charCodeAt(b);
  if (b < text.length && (isAlnum(next) || next === 47 || ((next === 46 || next === 44) && isDigit(text.charCodeAt(b + 1))))) return null;
  const num = Number(text.slice(i, a));
  const den = Number(text.slice(a + 1, b));
  if (!DENOMINATORS.has(den) || num < 1 || num >= den) return null;
  return { value: num / den, start: i, end: b, raw: text.slice(i, b), kind: 'fraction', soft: true, parts: [num, den] };
}

function skipDigits(text: string, i: number): number {
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && isInlineSpace(text.charCodeAt(i))) i++;
  return i;
}

/** A currency symbol or code just before the digits ("$40", "US$ 40", "USD 40"): its start, or -1. */
function currencyBefore(text: string, s: number, cd: Compiled): [number, CurrencyCode] | null {
  let k = s;
  if (k > 0 && isInlineSpace(text.charCodeAt(k - 1))) k--;
  for (const p of cd.currencyBefore) {
    const from = k - p.text.length;
    if (from < 0) continue;
    if (matchPhrase(text, from, p.text) !== k) continue;
    if (from > 0 && isLetter(text.charCodeAt(from - 1))) continue;
    // a code needs a space or nothing between it and the digits, a symbol may be glued
    if (isLetter(p.text.charCodeAt(p.text.length - 1)) && k === s) continue;
    return [from, p.currency ?? ''];
  }
  return null;
}

/** Minutes after a time's hour: ":30", " 30" after "h", etc. Returns [minutes, end] or null. */
function minutesAt(text: string, i: number): [number, number] | null {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  if (isDigit(a) && isDigit(b) && !isAlnum(text.charCodeAt(i + 2))) {
    const m = (a - 48) * 10 + (b - 48);
    return m < 60 ? [m, i + 2] : null;
  }
  return null;
}

/** " min 16 s" after the minutes of "2 h 02": [seconds, end] or null. */
function secondsAfter(text: string, i: number): [number, number] | null {
  let k = skipSpaces(text, i);
  if (!text.startsWith('min', k) || isLetter(text.charCodeAt(k + 3))) return null;
  k = skipSpaces(text, k + 3);
  const a = text.charCodeAt(k);
  if (!isDigit(a)) return null;
  const two = isDigit(text.charCodeAt(k + 1));
  const sec = two ? (a - 48) * 10 + text.charCodeAt(k + 1) - 48 : a - 48;
  const at = skipSpaces(text, k + (two ? 2 : 1));
  if (sec >= 60 || text.charCodeAt(at) !== 115 || isAlnum(text.charCodeAt(at + 1))) return null;
  return [sec, at + 1];
}

/** Does one of `words` end just before `s` ("tháng 6": June in Vietnamese; "thứ 2": Monday)? */
function afterWord(text: string, s: number, words: readonly Phrase[]): boolean {
  if (words.length === 0 || s < 2 || !isInlineSpace(text.charCodeAt(s - 1))) return false;
  let k = s - 1;
  while (k > 0 && isInlineSpace(text.charCodeAt(k - 1))) k--;
  for (const p of words) {
    const from = k - p.text.length;
    if (from >= 0 && matchPhrase(text, from, p.text) === k && (from === 0 || !isLetter(text.charCodeAt(from - 1)))) return true;
  }
  return false;
}

function meridiemAt(text: string, i: number, cd: Compiled): ['am' | 'pm', number] | null {
  const pm = matchAny(text, i, cd.pm);
  if (pm) return ['pm', pm[1]];
  const am = matchAny(text, i, cd.am);
  return am ? ['am', am[1]] : null;
}

function timeMention(text: string, start: number, end: number, h: number, m: number, meridiem?: 'am' | 'pm'): NumberMention {
  if (meridiem === 'pm' && h < 12) h += 12;
  if (meridiem === 'am' && h === 12) h = 0;
  return { value: h * 60 + m, start, end, raw: text.slice(start, end), kind: 'time', soft: true, parts: [h, m] };
}

interface Numeral {
  /** End of the digits and separators. */
  e: number;
  /** Positions of the separators (".", ",", spaces) between digit groups. */
  seps: number[];
  firstLen: number;
  lastLen: number;
}

/** Digits and the separators between them from digit `s`: "100,000", "1.234,5", "100 000". */
function scanNumeral(text: string, s: number, cd: Compiled): Numeral {
  const n = text.length;
  let j = s;
  while (j < n && isDigit(text.charCodeAt(j))) j++;
  const firstLen = j - s;
  const seps: number[] = [];
  let lastLen = firstLen;
  let sawMark = false; // a "." or "," (space groups must come before it)
  for (;;) {
    const c = text.charCodeAt(j);
    if ((c === 46 || c === 44) && isDigit(text.charCodeAt(j + 1))) {
      seps.push(j);
      sawMark = true;
      j++;
      const from = j;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      lastLen = j - from;
      continue;
    }
    // "100 000": a space (a no-break one in any language, a plain one where the language groups
    // with it) followed by exactly three digits, after a first group of at most three.
    if (
      !sawMark &&
      (isNoBreakSpace(c) || (c === 32 && cd.spaceGroups)) &&
      (seps.length === 0 ? firstLen <= 3 : lastLen === 3) &&
      isDigit(text.charCodeAt(j + 1)) &&
      isDigit(text.charCodeAt(j + 2)) &&
      isDigit(text.charCodeAt(j + 3)) &&
      !isAlnum(text.charCodeAt(j + 4))
    ) {
      seps.push(j);
      j += 4;
      lastLen = 3;
      continue;
    }
    break;
  }
  return { e: j, seps, firstLen, lastLen };
}

/** A time of day ("3:30 PM", "15:30 Uhr") or a date ("12.05.2023", "1/1/2024") at digit `s`. */
function timeOrDate(text: string, s: number, num: Numeral, cd: Compiled): NumberMention | null {
  const n = text.length;
  const { e, seps, firstLen, lastLen } = num;
  // Times: "3:30 PM", "15:30 Uhr".
  if (seps.length === 0 && text.charCodeAt(e) === 58 && firstLen <= 2) {
    const mm = minutesAt(text, e + 1);
    if (mm) {
      let end = mm[1];
      // Seconds: a race time "2:02:16" (= "2 h 02 min 16 s") keeps them as a third part.
      const ss = text.charCodeAt(end) === 58 ? minutesAt(text, end + 1) : null;
      if (ss) end = ss[1];
      const k = skipSpaces(text, end);
      const mer = meridiemAt(text, k, cd);
      if (mer) end = mer[1];
      else {
        const tw = matchAny(text, k, cd.timeWords);
        if (tw) end = tw[1];
      }
      const t = timeMention(text, s, end, Number(text.slice(s, e)), mm[0], mer?.[0]);
      if (ss) t.parts!.push(ss[0]);
      return t;
    }
  }

  // Dates: "12.05.2023", "1/1/2024": three numbers, the last a year. Slashes are read here only.
  if (seps.length === 0 && text.charCodeAt(e) === 47 && firstLen <= 2) {
    let k = e;
    const ends: number[] = [e];
    while (ends.length < 3 && text.charCodeAt(k) === 47 && isDigit(text.charCodeAt(k + 1))) {
      k++;
      while (k < n && isDigit(text.charCodeAt(k))) k++;
      ends.push(k);
    }
    if (ends.length === 3 && !isAlnum(text.charCodeAt(k)) && text.charCodeAt(k) !== 47) {
      const b = text.slice(e + 1, ends[1]);
      const y = text.slice(ends[1] + 1, k);
      if (b.length <= 2 && (y.length === 2 || y.length === 4)) {
        return { value: Number(y), start: s, end: k, raw: text.slice(s, k), kind: 'date', soft: true, parts: [Number(text.slice(s, e)), Number(b), Number(y)] };
      }
    }
  }
  if (seps.length === 2 && text.charCodeAt(seps[0]) === 46 && text.charCodeAt(seps[1]) === 46) {
    const aLen = seps[0] - s;
    const bLen = seps[1] - seps[0] - 1;
    if (aLen <= 2 && bLen <= 2 && (lastLen === 4 || (lastLen === 2 && firstLen <= 2)) && !isAlnum(text.charCodeAt(e))) {
      const parts = [Number(text.slice(s, seps[0])), Number(text.slice(seps[0] + 1, seps[1])), Number(text.slice(seps[1] + 1, e))];
      if (parts[0] >= 1 && parts[0] <= 31 && parts[1] >= 1 && parts[1] <= 12) {
        return { value: parts[2], start: s, end: e, raw: text.slice(s, e), kind: 'date', soft: true, parts };
      }
    }
  }

  return null;
}

/** Reads the number starting at digit `s`; pushes it (if any) and returns where scanning goes on.
 *  `floor` is the end of the previous number: a sign or currency before `s` is not taken from it. */
function readNumber(text: string, s: number, cd: Compiled, out: NumberMention[], floor: number): number {
  const n = text.length;
  const num = scanNumeral(text, s, cd);
  const { seps, firstLen, lastLen } = num;
  let e = num.e;
  const td = timeOrDate(text, s, num, cd);
  if (td) {
    out.push(td);
    return td.end;
  }

  let start = s;
  let currency: CurrencyCode | undefined;
  const found = currencyBefore(text, s, cd);
  const before = found && found[0] >= floor ? found : null; // "40 $ 5": the "$" is the 40's
  let signAt = before ? before[0] : s;
  if (before) {
    start = before[0];
    currency = before[1];
  }
  // A minus sign: "-5%", "−3" (but not "2020-2023", "top-10").
  let negative = false;
  if (signAt > 0) {
    const c = text.charCodeAt(signAt - 1);
    // "6 -7 pm" right after a number is a range written with a loose dash, not minus seven.
    if ((c === 45 || c === 0x2212) && signAt - 1 >= floor && !(floor > 0 && text.slice(floor, signAt - 1).trim() === '') && (signAt === 1 || !isAlnum(text.charCodeAt(signAt - 2)))) {
      negative = true;
      start = signAt - 1;
    }
  }

  const reading = interpret(text, s, e, seps, cd);
  let value = reading.value;
  let kind: NumberKind = 'plain';
  let scaled = false;
  let unit: UnitId | undefined;

  const next = text.charCodeAt(e);
  // "the early 1980's", "the 60's": a decade with an apostrophe, soft as "1980s" is (number.ts
  // reads it as a decade: "au début des années 80").
  if (!currency && seps.length === 0 && (firstLen === 4 || firstLen === 2) && text.charCodeAt(e - 1) === 48 && (next === 39 || next === 0x2019) && text.charCodeAt(e + 1) === 115 && !isAlnum(text.charCodeAt(e + 2))) {
    out.push({ value, start: s, end: e + 2, raw: text.slice(s, e + 2), kind: 'code', soft: true });
    return e + 2;
  }
  if (e < n && (isLetter(next) || next === 46)) {
    // Suffixes glued to the digits.
    const ord = matchAny(text, e, cd.ordinals);
    const gluedH = cd.timeWords.some((p) => p.text === 'h') && (next === 104 || next === 72);
    const mer = isLetter(next) ? meridiemAt(text, e, cd) : null;
    if (ord && seps.length === 0) {
      kind = 'ordinal';
      e = ord[1];
    } else if (gluedH && seps.length === 0 && firstLen <= 2 && (minutesAt(text, e + 1) || !isAlnum(text.charCodeAt(e + 1)))) {
      // French "15h30", "15h"
      const mm = minutesAt(text, e + 1);
      const end = mm ? mm[1] : e + 1;
      out.push(timeMention(text, s, end, value, mm ? mm[0] : 0));
      return end;
    } else if (mer && firstLen <= 2 && seps.length === 0) {
      out.push(timeMention(text, s, mer[1], value, 0, mer[0])); // "3pm"
      return mer[1];
    } else if (isLetter(next)) {
      const suffix = currency ? matchAny(text, e, cd.scaleSuffixes) : null;
      if (suffix) {
        value *= suffix[0].value; // "$40bn"
        scaled = true;
        e = suffix[1];
      } else if ((next === 120 || next === 0xd7) && !isAlnum(text.charCodeAt(e + 1))) {
        e++; // "10x faster": a multiplier, the number stands
      } else if ((next === 120 || next === 88) && isDigit(text.charCodeAt(e + 1)) && !(e - s === 1 && text.charCodeAt(s) === 48)) {
        // "320x180", "1920x1080": a size, two numbers, as "320 x 180" is (Jellyfin's French);
        // the number ends before the "x" (not a hexadecimal "0x1F")
      } else if (!currency && gluedUnit(text, e, cd)) {
        // "20cm", "50m", "3kg": a quantity written without its space (a talk's "8-inch heels" →
        // "giầy cao gót 20cm"): read below with its unit, as "20 cm" is
      } else {
        // "150MW", "1990s", "4K", "5G": a unit or a code — soft, the entity check owns codes
        const end = skipCode(text, e);
        out.push({ value, start: s, end, raw: text.slice(s, end), kind: 'code', soft: true });
        return end;
      }
    }
  } else if (e < n && next === 0xd7 && !isAlnum(text.charCodeAt(e + 1))) {
    e++;
  }

  if (kind === 'plain') {
    // Words after the number: percent, time words, scale, currency.
    const k = skipSpaces(text, e);
    const kc = text.charCodeAt(k);
    if (kc === 37 || kc === 0xff05) {
      kind = 'percent';
      e = k + 1;
    } else {
      const mer = seps.length === 0 && firstLen <= 2 && k > e ? meridiemAt(text, k, cd) : null;
      const tw = !mer && firstLen <= 2 && (seps.length === 0 || (seps.length === 1 && lastLen === 2 && text.charCodeAt(seps[0]) === 46))
        ? matchAny(text, k, cd.timeWords)
        : null;
      if (mer) {
        out.push(timeMention(text, start, mer[1], value, 0, mer[0])); // "3 PM"
        return mer[1];
      }
      if (tw) {
        // "15 h 30", "15 Uhr", "15.30 Uhr", "3 giờ 30"
        let h = value;
        let m = 0;
        let end = tw[1];
        if (seps.length === 1) {
          h = Number(text.slice(s, seps[0]));
          m = Number(text.slice(seps[0] + 1, e));
        } else {
          const mm = minutesAt(text, skipSpaces(text, end));
          if (mm) {
            m = mm[0];
            end = mm[1];
          }
        }
        if (h <= 24 && m < 60) {
          const t = timeMention(text, s, end, h, m);
          // A duration "2 h 02 min 16 s" (the French for the race time "2:02:16"): min and s are SI
          const sec = secondsAfter(text, end);
          if (sec) {
            t.parts!.push(sec[0]);
            t.end = sec[1];
            t.raw = text.slice(s, sec[1]);
          }
          out.push(t);
          return t.end;
        }
      }
      const pct = matchAny(text, k, cd.percent);
      if (pct) {
        kind = 'percent';
        e = pct[1];
      } else {
        const sc = matchAny(text, k, cd.scales);
        if (sc) {
          value *= sc[0].value;
          scaled = true;
          e = sc[1];
        }
        // "8-inch heels", "a 100-mile traffic jam": the unit joined by a hyphen
        const hyphened = text.charCodeAt(e) === 45 && !scaled ? unitAt(text, e + 1, cd) : undefined;
        const k2 = skipSpaces(text, e);
        // A unit: "50 miles", "1,000 feet", "95°F"; "200 pounds" is also read as a currency below.
        const u = hyphened ?? unitAt(text, k2, cd);
        if (u) unit = u;
        const cur = k2 > e || !scaled ? matchAny(text, k2, cd.currencyAfter) : null;
        if (cur && (k2 > e || !isLetter(cur[0].text.charCodeAt(0)))) {
          currency = cur[0].currency;
          e = cur[1];
        }
      }
    }
  }

  if (kind === 'plain' && !scaled && !currency && seps.length === 0 && value >= 1 && value <= 12 && afterWord(text, s, cd.monthWords)) {
    // "ngày 30 tháng 6" is "June 30": the 6 is the month's name, soft like a date
    out.push({ value, start: s, end: e, raw: text.slice(s, e), kind: 'date', soft: true, parts: [value] });
    return e;
  }
  if (kind === 'plain' && !scaled && !currency && seps.length === 0 && value >= 2 && value <= 7 && afterWord(text, s, cd.weekdayWords)) {
    // "Thứ 2" is Monday: a day's name, soft like a date ("lần thứ 2", the second time, is soft too:
    // it matches a 2 of the source when there is one, and is never reported alone)
    out.push({ value, start: s, end: e, raw: text.slice(s, e), kind: 'date', soft: true, parts: [value] });
    return e;
  }
  if (currency && kind === 'plain') kind = 'currency';
  if (kind === 'plain' && seps.length === 0 && firstLen === 4 && !scaled && value >= 1000 && value <= 2100) kind = 'year';
  if (scaled) value = Number(value.toPrecision(15));
  if (negative) value = -value;
  const m: NumberMention = { value, start, end: e, raw: text.slice(start, e), kind };
  if (currency) m.currency = currency;
  if (scaled) m.scaled = true;
  if (unit) m.unit = unit;
  if (reading.alt !== undefined) {
    let alt = reading.alt * (scaled ? value / reading.value : 1);
    if (negative) alt = -Math.abs(alt);
    m.alt = Number(alt.toPrecision(15));
  }
  if (reading.foreign) m.foreign = true;
  if (reading.malformed) m.malformed = true;
  out.push(m);
  return e;
}

// ---------------------------------------------------------------------------------------------
// Public API.

const EMPTY: readonly NumberMention[] = Object.freeze([]);

/**
 * Numbers written with digits in `text`, read in the conventions of `lang`, in text order.
 * Offsets are relative to `text`. Codes ("H100", "GPT-5", "COVID-19") are skipped; digits glued to
 * letters after them ("150MW", "4K") come back as soft `code` mentions. Not cached: hashing a
 * sentence costs about as much as reading it; callers cache per document when they need to.
 */
export function extractNumbers(text: string, lang: Lang): readonly NumberMention[] {
  let i = 0;
  const n = text.length;
  while (i < n && !isDigit(text.charCodeAt(i))) i++;
  if (i === n) return EMPTY;
  const cd = compiled(lang);
  const out: NumberMention[] = [];
  while (i < n) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    if (gluedBefore(text, i)) {
      const end = skipCode(text, i);
      // A version written "v1.20" is soft: it answers the "version 1.20" of a translation
      // (Kubernetes' "In v1.20+" → "À partir de la version 1.20"), never reported alone.
      const v = versionAt(text, i, end);
      if (v !== null) out.push({ value: v.value, start: v.start, end, raw: text.slice(v.start, end), kind: 'code', soft: true });
      i = end;
      continue;
    }
    const fraction = fractionAt(text, i);
    if (fraction) {
      out.push(fraction);
      i = fraction.end;
      continue;
    }
    // An idiom written with digits ("24/7", "7 j/7") is one soft mention: it says "always", and
    // French writes "24/7" as "24 h/24 et 7 j/7", one 7 more than the source has.
    const idiom = (i === 0 || !isDigit(text.charCodeAt(i - 1))) && cd.idioms.length > 0 ? matchAny(text, i, cd.idioms) : null;
    if (idiom && !isDigit(text.charCodeAt(idiom[1]))) {
      out.push({ value: Number(text.slice(i, skipDigits(text, i))), start: i, end: idiom[1], raw: text.slice(i, idiom[1]), kind: 'code', soft: true });
      i = idiom[1];
      continue;
    }
    i = readNumber(text, i, cd, out, out.length ? out[out.length - 1].end : 0);
  }
  timeRanges(text, out);
  sharedUnits(text, out);
  return out;
}

/** The sides of a size share the unit written once: "23 cm sur 18" and "10 by 20 feet" are
 *  centimetres and feet both (a talk's "nine by seven-inch card"). */
function sharedUnits(text: string, out: NumberMention[]): void {
  for (let k = 1; k < out.length; k++) {
    const a = out[k - 1];
    const b = out[k];
    if ((a.unit === undefined) === (b.unit === undefined) || a.soft || b.soft) continue;
    // "by", or "cm sur": the join after the first side's unit
    const gap = text.slice(a.end, b.start).trim().toLowerCase().split(/\s+/);
    if (gap.length > 3 || !SIZE_JOINS.has(gap[gap.length - 1]) || (a.unit === undefined && gap.length > 1)) continue;
    if (a.unit) b.unit = a.unit;
    else a.unit = b.unit;
  }
}

/** Words joining the two ends of a range of hours. */
const TIME_RANGE_JOINS = new Set(['-', '–', '—', 'to', 'and', 'until', 'till', 'à', 'et', 'jusqu’à', "jusqu'à", 'bis', 'a', 'hasta', 'y', 'đến', 'tới', 'và']);

/** The first end of a range of hours is an hour too: "from 6 -7 pm" is 18:00 to 19:00, and the
 *  French of opensource.guide says "de 18 à 19 heures" — "18" is no number changed from "6". */
function timeRanges(text: string, out: NumberMention[]): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const m = out[k];
    const next = out[k + 1];
    if (next.kind !== 'time' || !next.parts || m.kind !== 'plain' || m.scaled || m.currency || m.unit || !Number.isInteger(m.value) || m.value < 0 || m.value > 24) continue;
    if (!TIME_RANGE_JOINS.has(text.slice(m.end, next.start).trim().toLowerCase())) continue;
    // The meridiem of the second end, if it has one, is the first's: 7 pm is 19 h, so 6 is 18 h.
    const pm = next.parts[0] >= 12 && next.parts[0] - 12 < 12 && Number(/\d+/.exec(next.raw)?.[0]) < 12;
    const h = pm && m.value < 12 ? m.value + 12 : m.value;
    if (h > 24 || h > next.parts[0]) continue;
    out[k] = { value: h * 60, start: m.start, end: m.end, raw: m.raw, kind: 'time', soft: true, parts: [h, 0] };
  }
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
function toRoman(v: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [n, r] of table) while (v >= n) (out += r), (v -= n);
  return out;
}

/** A Roman numeral of two letters or more in canonical form, with an optional ordinal suffix
 *  ("XXe", "XIV"): its value, or 0. One letter ("I", "V", "C") is too often a word or an initial. */
function romanAt(text: string, s: number, e: number, cd: Compiled): number {
  let end = s;
  while (end < e && ROMAN[text[end]] !== undefined) end++;
  if (end - s < 2) return 0;
  if (end < e && !cd.ordinals.some((p) => p.text === text.slice(end, e))) return 0;
  let v = 0;
  for (let k = s; k < end; k++) {
    const a = ROMAN[text[k]];
    const b = k + 1 < end ? ROMAN[text[k + 1]] : 0;
    v += a < b ? -a : a;
  }
  return v > 0 && v < 4000 && toRoman(v) === text.slice(s, end) ? v : 0;
}

/**
 * Small spelled-out numbers in `text` ("three", "ba", "trois", "drei", "tres", "ba tỷ" = 3e9) and
 * Roman numerals ("XXe", "XIV"), all
 * soft: they may match a digit on the other side, never raise a finding. Costlier than
 * `extractNumbers` (it looks at every word): call it only when a digit is left unmatched.
 */
export function extractSpelledNumbers(text: string, lang: Lang): readonly NumberMention[] {
  const cd = compiled(lang);
  const out: NumberMention[] = [];
  const pieces: Piece[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < n && isLetter(text.charCodeAt(i))) i++;
    if (s > 0 && isDigit(text.charCodeAt(s - 1))) continue;
    if (i < n && isDigit(text.charCodeAt(i))) continue;
    // "le XXe siècle" for "the 20th century", "Louis XIV"
    const roman = romanAt(text, s, i, cd);
    if (roman) {
      out.push({ value: roman, start: s, end: i, raw: text.slice(s, i), kind: 'word', soft: true });
      continue;
    }
    if (i - s > cd.wordMax || !cd.wordStarts.has(lower(text.charCodeAt(s)))) continue;
    const word = text.slice(s, i).toLowerCase();
    let value: number | undefined = cd.words.get(word);
    let e = i;
    for (const p of cd.multiWords.get(word) ?? []) {
      const end = matchPhrase(text, s, p.text);
      if (end >= 0) {
        value = p.value;
        e = end;
        break;
      }
    }
    if (value === undefined) continue;
    // "năm 2023" is "the year 2023", not "five 2023": a word right before digits is not a number;
    // nor one right after a count: "5 năm" is "5 years" (Vietnamese "năm" is five and year) — a
    // year may come before one ("seit 1998 zwölf Weltrekorde")
    const k = skipSpaces(text, e);
    const month = cd.monthNames.has(word);
    if (isDigit(text.charCodeAt(k)) && !month) continue;
    let before = s;
    while (before > 0 && isInlineSpace(text.charCodeAt(before - 1))) before--;
    if (before < s && isDigit(text.charCodeAt(before - 1)) && !month && !(before >= 4 && isDigit(text.charCodeAt(before - 4)))) continue;
    // …nor one after an ordinal: "le XXe siècle", "the 20th century" name a century, not 100 years
    if (before < s && out.length > 0 && out[out.length - 1].end === before && ORDINAL_END.test(out[out.length - 1].raw)) continue;
    if (before < s && ORDINAL_DIGITS.test(text.slice(Math.max(0, before - 8), before))) continue;
    // "two and a half", "deux et demi"
    let half = Number.isInteger(value) ? halfAfter(text, e, cd) : -1;
    if (half >= 0) {
      value += 0.5;
      e = half;
    }
    const base = value;
    let scaled = false;
    // "two million", and "a half-million" (a talk's "over a half-million secrets" → "plus de 500 000")
    const at = half >= 0 ? skipSpaces(text, e) : k;
    const sc = at > e ? matchAny(text, at, cd.scales) : text.charCodeAt(e) === 45 ? matchAny(text, e + 1, cd.scales) : null;
    if (sc) {
      value *= sc[0].value;
      scaled = true;
      e = sc[1];
    }
    const m: NumberMention = { value, start: s, end: e, raw: text.slice(s, e), kind: 'word', soft: true };
    if (scaled) m.scaled = true;
    const unit = unitAfter(text, e, cd);
    if (unit) m.unit = unit;
    // "deux millions et demi", "deux kilomètres et demi": the half after the scale or the unit
    if (half < 0 && Number.isInteger(base) && cd.halves.length > 0) {
      half = halfAfter(text, e, cd);
      if (half < 0 && unit) {
        let w = skipSpaces(text, e);
        const from = w;
        while (w < text.length && w - from <= 20 && isLetter(text.charCodeAt(w))) w++;
        half = halfAfter(text, w, cd);
      }
      if (half >= 0) m.value += (scaled ? value / base : 1) * 0.5;
    }
    out.push(m);
    pieces.push({ at: out.length - 1, base, scale: scaled ? value / base : 1 });
    i = e;
  }
  return pieces.length < 2 ? out : withCompounds(text, out, pieces);
}

const ORDINAL_END = /^[IVXLCDM]+(?:e|er|ème|è|th|st|nd|rd)$/;
const ORDINAL_DIGITS = /\d(?:st|nd|rd|th|e|er|ème|è|ten|sten|º|ª)$/i;

/** The end of "and a half" / "et demi" after spaces from `e`, or -1. */
function halfAfter(text: string, e: number, cd: Compiled): number {
  if (cd.halves.length === 0) return -1;
  // "two and a half", and hyphenated: "six-and-a-half-million"
  const k = text.charCodeAt(e) === 45 ? e + 1 : skipSpaces(text, e);
  if (k === e) return -1;
  const h = matchAny(text, k, cd.halves);
  return h && !isLetter(text.charCodeAt(h[1])) ? h[1] : -1;
}

/** The unit after a number ending at `e`, after spaces or a hyphen — "eight feet", "seven-inch" —
 *  or after "de" for a collective numeral: "une quinzaine de kilomètres" (about fifteen). */
function unitAfter(text: string, e: number, cd: Compiled): UnitId | undefined {
  if (text.charCodeAt(e) === 45) return unitAt(text, e + 1, cd);
  const k = skipSpaces(text, e);
  const u = unitAt(text, k, cd);
  if (u || k === e) return u;
  const link = UNIT_LINK.exec(text.slice(k, k + 4));
  return link ? unitAt(text, k + link[0].length, cd) : undefined;
}
const UNIT_LINK = /^(?:de |d['’]|di |of )/i;

interface Piece {
  /** Index of the word's mention in the reader's output. */
  at: number;
  base: number;
  scale: number;
}

/** Words that join the parts of a spelled-out number: "thirty-five", "vingt et un", "treinta y cinco". */
const NUMBER_JOINERS = new Set(['and', 'et', 'y', 'und', 'e', 'lẻ', 'linh']);

/** Spelled-out numbers of several words — "Thirty-five thousand eight hundred thirty" (35830),
 *  "twenty-five years" (25), "vingt et un" (21) — as one more mention over the words they join:
 *  a talk's "Thirty-five thousand eight hundred thirty lines" translated "35830 dãy" was reported
 *  as a number the source lacks. The single words stay: mentions of words only ever match. */
function withCompounds(text: string, out: NumberMention[], pieces: Piece[]): NumberMention[] {
  const all = out.slice();
  let k = 0;
  while (k < pieces.length) {
    let total = 0;
    let current = 0;
    /** The largest value the next word may add (after "thirty", a unit; after "hundred", < 100). */
    let room = Infinity;
    /** The scale of the last group ("million" before "thousand"). */
    let lastScale = Infinity;
    let last = k;
    for (let q = k; q < pieces.length; q++) {
      const p = pieces[q];
      if (q > k && !joined(text, out[pieces[q - 1].at].end, out[p.at].start)) break;
      if (p.scale > 1) {
        // "five thousand" (5 × 1000), "hundred thousand" / "cent mille" (the current × 100 × 1000)
        const times = p.base === 100 ? (current || 1) * 100 : current + p.base;
        if ((p.base !== 100 && p.base > room) || times >= 1000 || p.scale >= lastScale || !Number.isInteger(times)) break;
        total += times * p.scale;
        current = 0;
        room = p.scale - 1;
        lastScale = p.scale;
      } else if (p.base === 100) {
        if (current >= 10) break;
        current = (current || 1) * 100;
        room = 99;
      } else {
        if (p.base > room || p.base >= 100 || !Number.isInteger(p.base)) break;
        current += p.base;
        room = p.base >= 20 && p.base % 10 === 0 ? Math.min(9, room - p.base) : 0;
        if (room < 0) break;
      }
      last = q;
    }
    if (last > k) {
      const a = out[pieces[k].at];
      const z = out[pieces[last].at];
      const m: NumberMention = { value: total + current, start: a.start, end: z.end, raw: text.slice(a.start, z.end), kind: 'word', soft: true };
      if (z.unit) m.unit = z.unit;
      all.push(m);
    }
    k = last + 1;
  }
  // "between two and four billion cars" → "entre 2 à 4 milliards": the first end of a range takes
  // the second's scale word
  for (let q = 0; q + 1 < pieces.length; q++) {
    const p = pieces[q];
    const r = pieces[q + 1];
    // "a nine by seven-inch card" → "une carte de 23 cm sur 18": both are inches
    const unit = out[r.at].unit;
    if (unit && !out[p.at].unit && SIZE_JOINS.has(text.slice(out[p.at].end, out[r.at].start).trim().toLowerCase())) {
      all.push({ ...out[p.at], unit });
      continue;
    }
    if (p.scale !== 1 || r.scale <= 1 || out[r.at].unit) continue;
    const a = out[p.at];
    if (!RANGE_JOINS.has(text.slice(a.end, out[r.at].start).trim().toLowerCase())) continue;
    all.push({ value: p.base * r.scale, start: a.start, end: a.end, raw: a.raw, kind: 'word', soft: true, scaled: true });
  }
  return all;
}

/** Between the sides of a size: "nine by seven inches", "23 cm sur 18". */
const SIZE_JOINS = new Set(['by', 'x', '×', 'sur', 'par', 'mal', 'por', 'per', 'nhân']);

/** Between the two ends of a range of numbers, digits or words: "12,6 et 12,9 milliards", "two or
 *  three million", "2 hay 3 triệu". */
export const RANGE_JOINS: ReadonlySet<string> = new Set(['-', '–', '—', 'to', 'and', 'or', 'et', 'à', 'ou', 'und', 'bis', 'oder', 'y', 'a', 'o', 'đến', 'tới', 'và', 'hoặc', 'hay']);

/** Only a hyphen, spaces, or one joining word between two number words. */
function joined(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to).trim().toLowerCase();
  return gap === '' || gap === '-' || NUMBER_JOINERS.has(gap) || gap === '-et-';
}

export interface ScaleWord {
  value: number;
  start: number;
  end: number;
  /** Written after digits ("40 tỷ", "40.000 millones"): part of a number the number check reads. */
  digits: boolean;
}
/** Scale words — "millions of people", "des milliards de", "hàng triệu", "two billion", "40 tỷ" —
 *  as magnitudes (1e6, 1e9 …); scale words in a row multiply ("mille milliards" = 1e12). Words
 *  that only look like one are skipped (Vietnamese "tỉ lệ", a rate: `notScales` in the data). */
export function scaleWords(text: string, lang: Lang): ScaleWord[] {
  const cd = compiled(lang);
  const out: ScaleWord[] = [];
  // Most sentences have none: one regular expression over the text first.
  if (cd.bigScale === null || !cd.bigScale.test(text)) return out;
  // Then from one scale word to the next (a scan of every letter cost ~140 ms on the 50k-pair
  // bench, where most sentences name millions)
  const re = cd.anyScale!;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const i = m.index;
    if (i > 0 && isLetter(text.charCodeAt(i - 1))) continue;
    const sc = matchAny(text, i, cd.scales);
    if (!sc) continue;
    const not = cd.notScales.length > 0 ? matchAny(text, i, cd.notScales) : null;
    if (not) {
      re.lastIndex = not[1];
      continue;
    }
    const last = out[out.length - 1];
    if (last && skipSpaces(text, last.end) === i) {
      last.value *= sc[0].value;
      last.end = sc[1];
    } else {
      let before = i;
      while (before > 0 && isInlineSpace(text.charCodeAt(before - 1))) before--;
      out.push({ value: sc[0].value, start: i, end: sc[1], digits: before > 0 && isDigit(text.charCodeAt(before - 1)) });
    }
    re.lastIndex = sc[1];
  }
  return out;
}

/** `value` written in the conventions of `lang`: 100000 → "100,000" (en), "100.000" (vi),
 *  "100 000" with a narrow no-break space (fr), 1.5 → "1,5". For messages and suggestions. */
export function formatNumber(value: number, lang: Lang): string {
  const data = langData(lang)?.numbers ?? NEUTRAL;
  const neg = value < 0;
  const [int, frac] = String(Math.abs(value)).includes('e')
    ? [BigInt(Math.round(Math.abs(value))).toString(), '']
    : String(Math.abs(value)).split('.');
  let grouped = '';
  for (let k = 0; k < int.length; k++) {
    if (k > 0 && (int.length - k) % 3 === 0) grouped += data.preferredGroup;
    grouped += int[k];
  }
  return (neg ? '-' : '') + grouped + (frac ? data.decimal + frac : '');
}
