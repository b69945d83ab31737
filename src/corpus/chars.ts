// Character classes shared by the scanners of src/corpus. Hand-written and table-free so that
// the hot paths (segmentation of 100k sentences) never run a regular expression per character.

/** White space of running text, including NBSP (U+00A0) and narrow NBSP (U+202F) of French "100 000". */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Opening punctuation that may stand before a word: `(e.g.`, `“Mr.`, `¿Sr.`, `«M.`. */
export function isOpeningCode(c: number): boolean {
  return (
    c === 0x28 || c === 0x5b || c === 0x7b || c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 ||
    c === 0x201e || c === 0x201a || c === 0xab || c === 0x2039 || c === 0xbf || c === 0xa1
  );
}

/** Closing punctuation that belongs to the sentence before it: `on this.”`, `contrôle »`. */
export function isClosingCode(c: number): boolean {
  return (
    c === 0x29 || c === 0x5d || c === 0x7d || c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 ||
    c === 0xbb || c === 0x203a
  );
}

const UPPER = /\p{Lu}|\p{Lt}/u;
const LOWER = /\p{Ll}/u;

/** Is the character starting at `i` an upper-case letter ("Tuần", "Äpfel", "État")? */
export function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const cp = s.codePointAt(i);
  return cp !== undefined && UPPER.test(String.fromCodePoint(cp));
}

export function isLowerAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  const cp = s.codePointAt(i);
  return cp !== undefined && LOWER.test(String.fromCodePoint(cp));
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Trimmed bounds of s[start, end): white space (see isSpaceCode) removed at both ends. */
export function trimRange(s: string, start: number, end: number): [number, number] {
  while (start < end && isSpaceCode(s.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(s.charCodeAt(end - 1))) end--;
  return [start, end];
}

/** The string of UTF-16 code units, lone surrogates kept (TextDecoder would replace them).
 *  `String.fromCharCode(...units)` passes every unit as an argument: past ~100k units that
 *  overflows the stack, so the units are read as little-endian bytes instead. */
export function fromCodeUnits(units: Uint16Array): string {
  const bytes = Buffer.from(units.buffer, units.byteOffset, units.length * 2);
  return (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? bytes : Buffer.from(bytes).swap16()).toString('utf16le');
}
