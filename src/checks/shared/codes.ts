// Tokens that a translation must carry over unchanged: product codes and alphanumerics (H100,
// GPT-5, COVID-19), names with internal capitals (OpenAI, ChatGPT, WhatsApp, iPhone), URLs,
// e-mail addresses, hashtags, @handles, and "Name N" product names (Llama 4).
//
// Deliberately NOT codes: all-caps letter-only acronyms. "CEO Sam Altman" is rightly
// "Le PDG Sam Altman", "parts of the US" is "tại Mỹ" / "des États-Unis", "AI" is "IA" in French
// and "KI" in German — pofilter's false alarms on exactly these are documented in DOMAIN.md.
// Ordinary capitalised words ("Wednesday" → "mercredi", "United States" → "États-Unis") are
// translated too, so they are not codes either.
//
// The scanner walks whitespace-separated tokens (one linear pass) and classifies each with anchored
// patterns, so no regular expression ever scans the whole sentence with backtracking.
import { fromCodeUnits } from '../../corpus/chars.js';
import type { Range } from '../../types/index.js';
import { foldUnit, isAlnumCode, isSpaceCode } from './text.js';
import { scriptOfCode, type Script } from '../../lang/script.js';

export type CodeKind = 'url' | 'email' | 'hashtag' | 'handle' | 'code' | 'name-number';

export interface CodeToken {
  kind: CodeKind;
  text: string;
  /** Offsets within the scanned text. */
  start: number;
  end: number;
}

const LEAD = new Set(['"', "'", '“', '‘', '«', '‹', '(', '[', '{', '<', '*', '_', '„', '¿', '¡']);
const TRAIL = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '}', '>', '*', '_', '.', ',', ';', ':', '!', '?', '…']);

/** Letter-digit tokens that are ordinary words, not codes: quarters and halves (Q3 → "T3" in French,
 *  "quý 3" in Vietnamese), fiscal years, clock times, ordinals, decades, and number+unit (150MW → "150 MW"). */
// "2-Step Authentication", "3-Day Trial": a number joined to a capitalised word is a title-case
// compound, not a product code (AppFlowy's Vietnamese "Xác thực 2 bước" was "missing" it).
const NOT_CODE =
  /^(?:\d+-[A-Z][a-z]{2,}|[QH][1-4]|FY\d{2,4}|\d{1,2}(?:AM|PM|am|pm)|\d+(?:st|nd|rd|th|s)|\d+(?:[.,]\d+)?(?:MW|GW|kW|KW|MWh|GWh|TWh|kWh|GB|MB|TB|KB|PB|GHz|MHz|Hz|Mbps|Gbps|TFLOPS|PFLOPS|mAh|V|W|kg|km|cm|mm|nm|ml|mL|L|m|g|x|X))$/;
/** Internal capitals that are ordinary words (PhD → "doctorat"). */
const NOT_CODE_CAMEL = new Set(['PhD', 'PhDs', 'McKinsey’s']);
const CODE_CHARS = /^[\p{L}\p{N}][\p{L}\p{N}.\-_+&]*$/u;
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
const HANDLE = /^@[A-Za-z0-9_]{2,}/;
const NUMBER_PART = /^\d{1,3}(?:\.\d{1,2})?$/;

export function extractCodes(text: string): CodeToken[] {
  const out: CodeToken[] = [];
  const n = text.length;
  let i = 0;
  let k = 0; // tokens seen
  let name: Range | null = null; // the previous token, when a capitalised word ("Llama") not first in the sentence
  while (i < n) {
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const rs = i;
    // One pass over the token for the cheap flags that say whether it can be a code at all; most
    // tokens ("the", "Meta", "2023") are dismissed here without a slice.
    let digit = false;
    let letter = false;
    let special = false;
    let camel = false;
    let prevLetter = false;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (isSpaceCode(c)) break;
      let isLetter = false;
      if (c >= 48 && c <= 57) digit = true;
      else if (c === 35 || c === 64 || c === 47) special = true; // # @ /
      else if (c >= 65 && c <= 90) {
        isLetter = true;
        if (prevLetter) camel = true;
      } else if (c >= 97 && c <= 122) isLetter = true;
      else if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) {
        isLetter = true;
        const ch = text[i];
        if (prevLetter && ch !== ch.toLowerCase()) camel = true;
      }
      if (isLetter) letter = true;
      prevLetter = isLetter;
    }
    const re = i;
    k++;
    const prevName = name;
    name = null;
    let s = rs;
    let e = re;
    const interesting = special || camel || (digit && letter) || (text.charCodeAt(rs) === 119 && text.startsWith('www.', rs));
    if (!interesting) {
      while (s < e && LEAD.has(text[s])) s++;
      if (prevName && digit && !letter) {
        while (e > s && TRAIL.has(text[e - 1])) e--;
        if (s === rs && NUMBER_PART.test(text.slice(s, e)) && isCapitalisedWord(text.slice(prevName.start, prevName.end))) {
          out.push({ kind: 'name-number', text: text.slice(prevName.start, e), start: prevName.start, end: e });
        }
      } else if (k > 1 && letter && !digit) {
        name = { start: s, end: e }; // checked when a number follows; "Llama," + "4" is no pair (e is untrimmed)
      }
      continue;
    }
    while (s < e && LEAD.has(text[s])) s++;
    while (e > s && TRAIL.has(text[e - 1])) e--;
    if (e - s >= 2) classify(text, s, e, out);
  }
  return out;
}

function classify(text: string, s: number, e: number, out: CodeToken[]): void {
  const t = text.slice(s, e);
  const lower = t.toLowerCase();
  if (lower.startsWith('http://') || lower.startsWith('https://') || lower.startsWith('www.')) {
    out.push({ kind: 'url', text: t, start: s, end: e });
    return;
  }
  // A link inside markup: "council](https://www.lyon.fr/velo)" (Markdown), "(see https://…)".
  const inner = urlStart(lower);
  if (inner > 0) {
    let z = t.length;
    while (z > inner && (TRAIL.has(t[z - 1]) || t[z - 1] === ')' || t[z - 1] === '>')) z--;
    if (z - inner >= 8) out.push({ kind: 'url', text: t.slice(inner, z), start: s + inner, end: s + z });
    return;
  }
  if (t[0] === '#') {
    let j = 1;
    while (j < t.length && (isAlnumCode(t, j) || t[j] === '_')) j++;
    if (j > 1) out.push({ kind: 'hashtag', text: t.slice(0, j), start: s, end: s + j });
    return;
  }
  if (t[0] === '@') {
    const m = HANDLE.exec(t);
    if (m) out.push({ kind: 'handle', text: m[0], start: s, end: s + m[0].length });
    return;
  }
  if (t.includes('@')) {
    if (EMAIL.test(t)) out.push({ kind: 'email', text: t, start: s, end: e });
    return;
  }
  const code = codePart(text, s, e);
  if (code) out.push({ kind: 'code', text: text.slice(code.start, code.end), start: code.start, end: code.end });
}

/** The code inside a cleaned token, or null: strips French/Italian elision ("d’OpenAI"), possessives
 *  ("OpenAI’s", "Meta’s"), plural "s" after digits ("H100s") and lower-case hyphen suffixes
 *  ("ChatGPT-like" → "ChatGPT", "COVID-19-related" → "COVID-19"). */
function codePart(text: string, s: number, e: number): Range | null {
  // Elision: l’, d’, qu’, j’, n’, s’, c’ before a capital or digit.
  for (let j = s + 1; j <= s + 2 && j < e - 1; j++) {
    if ((text[j] === '’' || text[j] === "'") && isLowerAscii(text, s, j) && !isLowerChar(text[j + 1])) {
      s = j + 1;
      break;
    }
  }
  // Possessive.
  if (e - s > 2 && (text[e - 2] === '’' || text[e - 2] === "'") && text[e - 1] === 's') e -= 2;
  else if (e - s > 1 && (text[e - 1] === '’' || text[e - 1] === "'")) e -= 1;
  // Lower-case hyphen suffix.
  for (let j = s + 1; j < e; j++) {
    if (text[j] !== '-') continue;
    let k = j + 1;
    while (k < e && text[k] !== '-' && isLowerChar(text[k])) k++;
    if (k > j + 1 && (k === e || text[k] === '-')) {
      e = j;
      break;
    }
  }
  if (e - s >= 3 && text[e - 1] === 's' && text.charCodeAt(e - 2) >= 48 && text.charCodeAt(e - 2) <= 57) e -= 1;
  const t = text.slice(s, e);
  return isCode(t) ? { start: s, end: e } : null;
}

export function isCode(t: string): boolean {
  if (t.length < 2 || !CODE_CHARS.test(t)) return false;
  let digit = false;
  let upper = false;
  let camel = false;
  let prevLower = false;
  for (const ch of t) {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (ch >= '0' && ch <= '9') digit = true;
    if (ch !== lo) {
      upper = true;
      if (prevLower) camel = true;
    }
    prevLower = ch !== up && ch === lo;
  }
  if (digit && upper) return !NOT_CODE.test(t);
  return camel && t.length >= 4 && !NOT_CODE_CAMEL.has(t);
}

function isCapitalisedWord(t: string): boolean {
  const first = t[0];
  if (first === first.toLowerCase()) return false;
  for (let i = 1; i < t.length; i++) {
    const ch = t[i];
    if (ch === ch.toUpperCase()) return false; // lower-case letters only after the capital
  }
  return t.length >= 2;
}

function isLowerAscii(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function isLowerChar(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

// ---- Finding a token in target text --------------------------------------------------------

/** Spaces of every width count as one kind: "Llama\u00a04" (French NBSP) is "Llama 4". */
function unifySpaces(s: string): string {
  return s.replace(/[\u00a0\u202f\u2009\u2007\u3000]/g, ' ');
}

/** Index of `needle` in `hay` as a whole token (a short lower-case suffix such as German
 *  genitive "ChatGPTs" or a plural is allowed), or -1. `ci`: ignore case. */
/** Where a URL starts inside a token, after a non-letter ("](", "(", "<"); -1 when none. */
function urlStart(lower: string): number {
  for (const scheme of ['https://', 'http://', 'www.']) {
    const at = lower.indexOf(scheme);
    if (at > 0 && !isAlnumCode(lower, at - 1)) return at;
  }
  return -1;
}

const URL_CHAR = /[\p{L}\p{N}\/_~%?=&#+-]/u;

/** A URL exactly: what follows the match must not continue it ("…/velo" is not in "…/velos",
 *  "…/velo.html"); a sentence's final period or a closing bracket may follow. */
export function findUrl(hay: string, url: string, ci = false): number {
  const h = ci ? hay.toLowerCase() : hay;
  const n = ci ? url.toLowerCase() : url;
  if (ci && h.length !== hay.length) return -1;
  for (let from = 0; ; ) {
    const i = h.indexOf(n, from);
    if (i < 0) return -1;
    const j = i + n.length;
    const next = h[j];
    const continues = next !== undefined && (URL_CHAR.test(next) || (next === '.' && h[j + 1] !== undefined && URL_CHAR.test(h[j + 1])));
    if (!continues) return i;
    from = i + 1;
  }
}

export function findVerbatim(hay: string, needle: string, ci = false): number {
  // Spaces of other widths matter only when the needle has a space ("Llama 4", "Meta AI").
  const spaced = needle.includes(' ');
  let h = spaced ? unifySpaces(hay) : hay;
  let n = spaced ? unifySpaces(needle) : needle;
  if (ci) {
    h = h.toLowerCase();
    n = n.toLowerCase();
    if (h.length !== hay.length) return -1; // a case mapping changed lengths; offsets would lie
  }
  const checkBefore = isAlnumCode(n, 0);
  const checkAfter = isAlnumCode(n, n.length - 1);
  let from = 0;
  for (;;) {
    const i = h.indexOf(n, from);
    if (i < 0) return -1;
    const j = i + n.length;
    if ((!checkBefore || i === 0 || !joins(h, i - 1, i)) && (!checkAfter || boundaryAfter(h, j))) return i;
    from = i + 1;
  }
}

/** After a match: end of text, a non-letter, or a lower-case suffix of at most 3 letters ("ChatGPTs"). */
function boundaryAfter(h: string, j: number): boolean {
  if (j < h.length && j > 0 && !joins(h, j - 1, j)) return true;
  let k = j;
  while (k < h.length && k - j < 3 && isLowerChar(h[k])) k++;
  return k === h.length || !isAlnumCode(h, k);
}

/** Scripts written without spaces between words: a Latin name runs straight into them. */
const UNSPACED = new Set<Script>(['Han', 'Hiragana', 'Katakana', 'Thai']);

/** Whether the characters at `a` and `b` (neighbours) belong to one word: both letters or digits,
 *  and not a Latin letter against Japanese or Chinese, which write no space after a name
 *  (React's Japanese "JavaScriptを使用して": the name "JavaScript" is there). */
function joins(h: string, a: number, b: number): boolean {
  if (!isAlnumCode(h, a) || !isAlnumCode(h, b)) return false;
  const x = scriptOfCode(h.charCodeAt(a));
  const y = scriptOfCode(h.charCodeAt(b));
  return x === y || x === null || y === null || !(UNSPACED.has(x) || UNSPACED.has(y));
}

/** Letters and digits only, lower-cased, with the offset in `text` of each kept character. */
export interface Folded {
  key: string;
  at: number[];
}

export function fold(text: string): Folded {
  const units = new Uint16Array(text.length);
  const at: number[] = [];
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const u = foldUnit(text, i);
    if (u < 0) continue;
    units[n++] = u;
    at.push(i);
  }
  return { key: fromCodeUnits(units.subarray(0, n)), at };
}

/** Where `needle` occurs in `hay` ignoring case, spaces, hyphens and punctuation ("Chat GPT" for
 *  "ChatGPT", "GPT 5" for "GPT-5"), on token boundaries; the range is in `hay`. */
export function findLoose(hay: Folded, hayText: string, needle: string): Range | null {
  const n = fold(needle).key;
  if (n.length === 0) return null;
  let from = 0;
  for (;;) {
    const i = hay.key.indexOf(n, from);
    if (i < 0) return null;
    const start = hay.at[i];
    const end = hay.at[i + n.length - 1] + 1;
    if ((start === 0 || !joins(hayText, start - 1, start)) && boundaryAfter(hayText, end)) return { start, end };
    from = i + 1;
  }
}
