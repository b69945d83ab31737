// Sentence boundaries inside one paragraph: Intl.Segmenter (Unicode UAX #29) proposes, a
// per-language pass disposes. UAX #29 alone splits "Mr. | Smith", "z. | B. | Äpfel",
// "am 3. | Oktober", "EE. | UU.", "J. | R. | R. | Tolkien" and "https://x.com/a? | b=1"; it keeps
// decimals ("3.5", "100.000"), closing quotes ("on this.”") and "…" before a lower-case word
// together, which we rely on.
import type { Lang } from '../types/index.js';
import { isSpaceCode, isOpeningCode, isClosingCode, isUpperAt, isDigitCode, trimRange } from './chars.js';
import { abbreviationTable, isPrefix, lookUp, type AbbreviationTable } from './abbreviations.js';
import { findUrls } from './urls.js';
import { isFunctionWord } from '../lang/words.js';
import { isLetterCode } from '../lang/script.js';
import type { Range } from '../types/index.js';

const segmenters = new Map<string, Intl.Segmenter>();

/** One Intl.Segmenter per language for the whole process (creating one costs ~0.1 ms). */
function segmenter(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    try {
      s = new Intl.Segmenter(lang || 'und', { granularity: 'sentence' });
    } catch {
      s = new Intl.Segmenter('und', { granularity: 'sentence' }); // not a valid BCP 47 tag
    }
    segmenters.set(lang, s);
  }
  return s;
}

// V8's segment iterator is quadratic in the length of the string it walks (measured: 51k chars
// 9 ms, 408k chars 2 s), so long paragraphs are cut into pieces of about CHUNK characters at
// places UAX #29 would cut anyway: after . ! ? (and closing quotes), white space, a capital.
const CHUNK = 2000;

interface Cut {
  at: number;
  /** A cut made only to bound the piece size, not a sentence boundary: always merged back. */
  forced: boolean;
}

function chunkCuts(s: string): Cut[] {
  const cuts: Cut[] = [];
  let pos = 0;
  while (s.length - pos > 2 * CHUNK) {
    const limit = Math.min(s.length, pos + 4 * CHUNK);
    let cut = -1;
    for (let i = pos + CHUNK; i < limit && cut < 0; i++) {
      const c = s.charCodeAt(i);
      if (c !== 0x2e && c !== 0x21 && c !== 0x3f) continue;
      let j = i + 1;
      while (j < limit && isClosingCode(s.charCodeAt(j))) j++;
      let k = j;
      while (k < limit && isSpaceCode(s.charCodeAt(k))) k++;
      if (k > j && k < limit && isUpperAt(s, k)) cut = k;
    }
    if (cut >= 0) {
      cuts.push({ at: cut, forced: false });
    } else {
      cut = pos + CHUNK;
      while (cut < limit && !isSpaceCode(s.charCodeAt(cut))) cut++;
      if (cut >= limit) cut = pos + CHUNK;
      const c = s.charCodeAt(cut);
      if (c >= 0xdc00 && c <= 0xdfff) cut++; // never between the halves of a surrogate pair
      cuts.push({ at: cut, forced: true });
    }
    pos = cut;
  }
  return cuts;
}

/** "…" or "..." then white space then a capital: a sentence end UAX #29 does not see
 *  ("Tuần… Hôm sau"). Before a lower-case word it stays inside the sentence. */
function ellipsisCuts(s: string): number[] {
  const cuts: number[] = [];
  for (let i = s.indexOf('…'); i >= 0; i = s.indexOf('…', i + 1)) push(i + 1);
  for (let i = s.indexOf('...'); i >= 0; i = s.indexOf('...', i + 3)) push(i + 3);
  function push(j: number) {
    while (j < s.length && (s.charCodeAt(j) === 0x2e || isClosingCode(s.charCodeAt(j)))) j++;
    let k = j;
    while (k < s.length && isSpaceCode(s.charCodeAt(k))) k++;
    if (k > j && k < s.length && isUpperAt(s, k)) cuts.push(k);
  }
  return cuts.sort((a, b) => a - b);
}

const MAX_TOKEN = 64;

/** Up to `n` white-space-separated tokens ending before `end`, nearest first; a token longer
 *  than MAX_TOKEN stops the walk (no abbreviation is that long; keeps the scan bounded). */
function tokensBefore(s: string, end: number, n: number): string[] {
  const out: string[] = [];
  let e = end;
  while (out.length < n) {
    while (e > 0 && isSpaceCode(s.charCodeAt(e - 1))) e--;
    if (e === 0) break;
    let b = e;
    while (b > 0 && !isSpaceCode(s.charCodeAt(b - 1)) && e - b <= MAX_TOKEN) b--;
    if (e - b > MAX_TOKEN) break;
    out.push(s.slice(b, e));
    e = b;
  }
  return out;
}

function tokensAfter(s: string, start: number, n: number): string[] {
  const out: string[] = [];
  let b = start;
  while (out.length < n) {
    while (b < s.length && isSpaceCode(s.charCodeAt(b))) b++;
    if (b >= s.length) break;
    let e = b;
    while (e < s.length && !isSpaceCode(s.charCodeAt(e)) && e - b <= MAX_TOKEN) e++;
    if (e - b > MAX_TOKEN) break;
    out.push(s.slice(b, e));
    b = e;
  }
  return out;
}

function stripOpening(t: string): string {
  let i = 0;
  while (i < t.length && isOpeningCode(t.charCodeAt(i))) i++;
  return i > 0 ? t.slice(i) : t;
}

/** First letter of the next sentence, past opening quotes: `etc. “The` looks at "T". */
function nextWordStart(s: string, b: number): number {
  let i = b;
  while (i < s.length && (isSpaceCode(s.charCodeAt(i)) || isOpeningCode(s.charCodeAt(i)))) i++;
  return i;
}

const INITIAL = /^\p{Lu}\.$/u;
/** A capitalised word with nothing after it: "Titus" of "C. Titus Brown" (not "Then,"). */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
const DOTTED = /^(?:\p{L}{1,3}\.){2,}$/u; // "U.S.", "a.m.", "Ph.D." — bounded tokens only
const ORDINAL = /^\d{1,3}\.$/;

/** Within BRACKET_SPAN characters after an opening bracket and before its closer, with no
 *  sentence mark on the way: "(réf. 17)", "[see fig. 3]" — a reference, not a sentence end.
 *  Bounded scans both ways: linear on any input. */
function insideShortBrackets(s: string, e: number, b: number): boolean {
  let opened = false;
  for (let i = e - 2; i >= 0 && i >= e - BRACKET_SPAN; i--) {
    const c = s.charCodeAt(i);
    if (c === 41 || c === 93 || isTerminalCode(c)) return false; // ) ] or an earlier sentence mark
    if (c === 40 || c === 91) {
      opened = true;
      break;
    }
  }
  if (!opened) return false;
  for (let i = b; i < s.length && i < b + BRACKET_SPAN; i++) {
    const c = s.charCodeAt(i);
    if (c === 41 || c === 93) return true;
    if (isTerminalCode(c) || c === 40 || c === 91) return false;
  }
  return false;
}
const BRACKET_SPAN = 40;

/** Does the candidate boundary at `b` (start of the would-be next sentence) end a sentence? */
function isSentenceEnd(s: string, b: number, table: AbbreviationTable, lang: Lang): boolean {
  let e = b;
  while (e > 0 && isSpaceCode(s.charCodeAt(e - 1))) e--;
  if (e === 0 || b >= s.length) return true;
  // Only a period is ambiguous; "?", "!", "…" and closing quotes after a period end sentences.
  if (s.charCodeAt(e - 1) !== 0x2e) return true;
  if (e >= 2 && s.charCodeAt(e - 2) === 0x2e) return true; // "..." before a capital
  if (insideShortBrackets(s, e, b)) return false;
  const left = tokensBefore(s, e, 3);
  if (left.length === 0) return true;
  const right = tokensAfter(s, b, 2);
  const next = nextWordStart(s, b);
  const nextUpper = next < s.length && isUpperAt(s, next);
  const nextDigit = next < s.length && isDigitCode(s.charCodeAt(next));

  // 1. The boundary falls inside a multi-part abbreviation: "z. | B.", "EE. | UU.", "p. | ex.".
  for (let k = 1; k <= Math.min(2, left.length); k++) {
    const l = stripOpening(left.slice(0, k).reverse().join(''));
    if (!isPrefix(table, l)) continue;
    for (let j = 1; j <= right.length; j++) {
      if (lookUp(table, l + right.slice(0, j).join('')) !== undefined) return false;
    }
  }
  // 2. An abbreviation ends here, longest first ("i. d. R." before "R.").
  for (let k = Math.min(3, left.length); k >= 1; k--) {
    const kind = lookUp(table, stripOpening(left.slice(0, k).reverse().join('')));
    if (kind === 'never') return false;
    if (kind === 'terminal') return nextUpper;
    if (kind === 'number') return !nextDigit;
  }
  const tok = stripOpening(left[0]);
  // 3. Initials: "J. R. R. Tolkien", "George W. Bush". Not after a lower-case word:
  //    "by writing on X. Then …" ends a sentence.
  if (INITIAL.test(tok) && nextUpper) {
    const prev = left[1] === undefined ? '' : stripOpening(left[1]);
    if (prev === '' || INITIAL.test(prev) || isUpperAt(prev, 0)) return false;
    // After a lower-case word, a first name and a surname make it an initial all the same:
    // "… reported to C. Titus Brown and Michael R. Crusoe" (opensource.guide's code of conduct);
    // but "… on X. The Guardian …" starts a sentence with a function word.
    if (right.length === 2 && NAME_WORD.test(right[0]) && NAME_WORD.test(right[1]) && !isFunctionWord(lang, right[0].toLowerCase())) return false;
  }
  // 4. Dotted abbreviations no table lists ("U.K.", "Ph.D."): a capital after them starts a sentence.
  if (DOTTED.test(tok)) return nextUpper;
  // 5. Ordinals with a period: "am 3. Oktober", "im 19. Jahrhundert".
  if (table.ordinals && ORDINAL.test(tok)) {
    const before = left[1]?.toLowerCase();
    const after = right[0]?.replace(/[^\p{L}]+$/u, '').toLowerCase();
    if ((before !== undefined && table.ordinals.before.has(before)) || (after !== undefined && table.ordinals.after.has(after))) return false;
  }
  return true;
}

const TERMINALS = new Set(['.', '!', '?', '…', '。', '！', '？', '‼', '⁇', '⁈', '⁉', '؟', '।', '።']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '}', '」', '』']);
// The same sets by code unit (all are single code units): a Set look-up of a one-character string
// per character of every paragraph cost ~0.1 s on a 50,000-line file.
const TERMINAL_CODES = new Set([...TERMINALS].map((c) => c.charCodeAt(0)));
const CLOSER_CODES = new Set([...CLOSERS].map((c) => c.charCodeAt(0)));
// Terminals and closers below U+0080 ('.', '!', '?', '"', "'", ')', ']', '}'): the fast path.
const ASCII_TERMINAL = Uint8Array.from({ length: 128 }, (_, c) => (TERMINAL_CODES.has(c) ? 1 : 0));
const isTerminalCode = (c: number): boolean => (c < 128 ? ASCII_TERMINAL[c] === 1 : TERMINAL_CODES.has(c));

/** An ASCII lower-case letter at `j` past spaces, opening brackets and quotes. */
function lowerFollows(s: string, j: number): boolean {
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c === 32 || c === 0xa0 || c === 40 || c === 91 || c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0xab) j++;
    else return c >= 97 && c <= 122;
  }
  return false;
}

/** Is there a sentence mark before the paragraph's final run of marks, closers and spaces? A
 *  decimal point ("70.2 billion") is none: Intl.Segmenter never breaks before a digit (UAX #29,
 *  rule SB6), and 5,000 of the 22,111 distinct English lines of the check benchmark went through
 *  it only for that. */
function hasInnerTerminal(s: string): boolean {
  let end = s.length;
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    if (isTerminalCode(c) || CLOSER_CODES.has(c) || c === 32 || c === 9 || c === 0xa0) end--;
    else break;
  }
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (!isTerminalCode(c)) continue;
    if (c === 46 && i > 0 && isDigitCode(s.charCodeAt(i - 1)) && isDigitCode(s.charCodeAt(i + 1))) continue;
    // A period before a lower-case word, past spaces, brackets and quotes ("… from 2019. (ref 17)",
    // "wired.com", "etc. and"): UAX #29 never breaks there (rule SB8), so the segmenter would
    // propose nothing. "..." is left to the slow path (its cuts are our own).
    if (c === 46 && s.charCodeAt(i + 1) !== 46 && lowerFollows(s, i + 1)) continue;
    return true;
  }
  return false;
}

/**
 * Sentence ranges of `s` (one paragraph; line breaks inside it must already be blanked to spaces),
 * trimmed of white space, ascending, relative to `s`.
 */
export function splitSentences(s: string, lang: Lang): Range[] {
  // Fast path: most paragraphs of --aligned input are one sentence with its mark at the end
  // ("… an increase of more than 42 percent from 2023."); Intl.Segmenter costs ~5 µs a call.
  if (!hasInnerTerminal(s)) {
    const [a, b] = trimRange(s, 0, s.length);
    return b > a ? [{ start: a, end: b }] : [];
  }
  const table = abbreviationTable(lang);
  const seg = segmenter(lang);
  const candidates: Cut[] = [];
  const pieces = chunkCuts(s);
  let from = 0;
  for (const piece of [...pieces, { at: s.length, forced: false }]) {
    const part = from === 0 && piece.at === s.length ? s : s.slice(from, piece.at);
    for (const x of seg.segment(part)) if (x.index > 0) candidates.push({ at: from + x.index, forced: false });
    if (piece.at < s.length) candidates.push(piece);
    from = piece.at;
  }
  const extra = ellipsisCuts(s);
  if (extra.length > 0) {
    for (const at of extra) candidates.push({ at, forced: false });
    candidates.sort((a, b) => a.at - b.at || Number(a.forced) - Number(b.forced));
  }

  const urls = findUrls(s);
  let u = 0;
  const out: Range[] = [];
  let start = 0;
  let lastAt = -1;
  let scanned = 0;
  let worded = false;
  for (const c of candidates) {
    if (c.at === lastAt || c.at <= start) continue;
    lastAt = c.at;
    if (c.forced) continue;
    while (u < urls.length && urls[u].end <= c.at) u++;
    if (u < urls.length && urls[u].start < c.at) continue; // inside a URL
    if (!isSentenceEnd(s, c.at, table, lang)) continue;
    // Nothing but marks so far is no sentence: javascript.info's paragraph "...Is technically the
    // same as this" opened with a lone "..." (its "omission" reported where the French writes
    // "...est techniquement"). The marks open the next sentence. (Scanned once: `scanned` moves on.)
    for (; scanned < c.at && !worded; scanned++) worded = isLetterCode(s.charCodeAt(scanned)) || isDigitCode(s.charCodeAt(scanned));
    if (!worded) {
      // …unless they close the sentence before: see closesPrevious.
      if (closesPrevious(s, start, c.at, out)) start = scanned = c.at;
      continue;
    }
    // A section's number opens its heading: Qwik's French "3.1. Les variables capturées" was cut
    // after "3.1." (a capital follows), "1. littéraux …" not.
    if (c.at - start <= 24 && ENUMERATION.test(s.slice(start, c.at).trim())) continue;
    const [a, b] = trimRange(s, start, c.at);
    if (b > a) out.push({ start: a, end: b });
    start = c.at;
    scanned = start;
    worded = false;
  }
  if (closesPrevious(s, start, s.length, out)) return out;
  const [a, b] = trimRange(s, start, s.length);
  if (b > a) out.push({ start: a, end: b });
  return out;
}

/** "2.", "3.1.", "4.2.1.": a number that labels what follows. */
const ENUMERATION = /^\d{1,3}(?:\.\d{1,3}){0,3}\.$/;

/** Brackets and quotes that close. */
const CLOSING = new Set([...')]}»”’'].map((c) => c.charCodeAt(0)));

/** Marks alone after a sentence that open with a closing bracket or quote belong to it, which is
 *  made to end past them: MDN's French "(par exemple [le dictionnaire … <sup>(angl.)</sup>](url))."
 *  reads, its markup masked, "… (angl.) )." — UAX #29 ends a sentence after "(angl.)", and the ")."
 *  was a sentence of its own. True when `s[from, to)` is such and was joined to the last of `out`. */
function closesPrevious(s: string, from: number, to: number, out: Range[]): boolean {
  if (out.length === 0) return false;
  const [a, b] = trimRange(s, from, to);
  if (b <= a || !CLOSING.has(s.charCodeAt(a))) return false;
  for (let i = a; i < b; i++) if (isLetterCode(s.charCodeAt(i)) || isDigitCode(s.charCodeAt(i))) return false;
  out[out.length - 1].end = b;
  return true;
}
