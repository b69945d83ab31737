// Bytes → text. Offsets everywhere in tqc point into the decoded text, so nothing is normalised:
// CRLF and CR line ends stay as they are; only a leading byte-order mark is dropped.
//
// Accepted: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and UTF-16 without BOM when the
// NUL bytes of mostly-ASCII text give the byte order away.
// Latin-1: bytes that are not valid UTF-8 but are all printable windows-1252 characters (the
// superset of ISO 8859-1 that every "Latin-1" file from Windows really is: 0x92 is ’, 0x80 is €)
// are decoded as windows-1252 and recorded as encoding "latin-1". Legacy French, German and Spanish
// exports are the real case; a Vietnamese file cannot be Latin-1, and its invalid bytes usually
// fall on 0x81/0x8D/0x8F/0x90/0x9D (undefined in windows-1252) or on control characters, so it is
// refused instead of being turned into mojibake.
// Refused (InputError): binary data (known magic numbers, NUL bytes outside UTF-16, control
// characters), undecodable bytes, and files with no text at all.
import { InputError } from '../types/index.js';
import { fromCodeUnits } from './chars.js';

export interface Decoded {
  text: string;
  /** "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "utf-16le-nobom", "utf-16be-nobom" or "latin-1". */
  encoding: string;
}

const MAGIC: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive (also .docx, .xlsx, .odt)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['UTF-32 text (not supported; save it as UTF-8)', [0xff, 0xfe, 0x00, 0x00]],
  ['UTF-32 text (not supported; save it as UTF-8)', [0x00, 0x00, 0xfe, 0xff]],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

/** C0 controls other than tab, LF, VT, FF, CR; DEL; C1 controls (U+0080–U+009F). ESC (U+001B) too. */
function isControl(c: number): boolean {
  return (c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) || (c >= 0x7f && c <= 0x9f);
}

/** The characters isControl accepts, and NUL: one character class, so the test is a linear scan
 *  (~3 ms on a 5 MB file, where the loop below took ~12 ms) that most text passes at once. */
const CONTROL_OR_NUL = /[\x00-\x08\x0e-\x1f\x7f-\x9f]/;

/** Refuse text that is mostly not text: any NUL, or more than 1 % control characters. A stray
 *  control character or two (a trailing DOS end-of-file ^Z) is tolerated and kept. */
function checkText(text: string, path: string, what: string): void {
  if (!CONTROL_OR_NUL.test(text)) return;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw new InputError(path, `binary file (NUL character in ${what} text), not text`);
    if (isControl(c)) controls++;
  }
  if (controls > 0 && controls * 100 > text.length) {
    throw new InputError(path, `binary file (${controls} control characters in ${text.length}), not text`);
  }
}

/** Byte order of BOM-less UTF-16 from its NUL pattern: ASCII characters are "X 00" in LE. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.3 && evenNul <= pairs * 0.01) return 'utf-16le';
  if (evenNul >= pairs * 0.3 && oddNul <= pairs * 0.01) return 'utf-16be';
  return null;
}

/** Bytes that windows-1252 leaves undefined; a file holding them is not Latin-1. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function plausiblyLatin1(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 32 ? b !== 9 && b !== 10 && b !== 13 && b !== 12 : b === 0x7f || UNDEFINED_1252.has(b)) return false;
  }
  return true;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Only for the message: the offset of the first byte that does not start a valid sequence.
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}

function utf16(bytes: Uint8Array, order: 'utf-16le' | 'utf-16be', path: string): string {
  if (bytes.length % 2 !== 0) throw new InputError(path, `not valid UTF-16 (odd number of bytes: ${bytes.length})`);
  try {
    return new TextDecoder(order, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(path, 'not valid UTF-16 (unpaired surrogate)');
  }
}

export function decode(bytes: Uint8Array, path: string): Decoded {
  for (const [name, sig] of MAGIC) if (startsWith(bytes, sig)) throw new InputError(path, `binary file (${name}), not text`);
  let decoded: Decoded;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    decoded = { text: utf8(bytes.subarray(3), path), encoding: 'utf-8-bom' };
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    decoded = { text: utf16(bytes.subarray(2), 'utf-16le', path), encoding: 'utf-16le' };
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    decoded = { text: utf16(bytes.subarray(2), 'utf-16be', path), encoding: 'utf-16be' };
  } else {
    const order = sniffUtf16(bytes);
    if (order) {
      decoded = { text: utf16(bytes, order, path), encoding: `${order}-nobom` };
    } else if (bytes.includes(0)) {
      throw new InputError(path, 'binary file (NUL bytes), not text');
    } else {
      decoded = utf8OrLatin1(bytes, path);
    }
  }
  checkText(decoded.text, path, decoded.encoding);
  decoded.text = composed(decoded.text);
  if (decoded.text.trim() === '') throw new InputError(path, bytes.length === 0 ? 'file is empty' : 'file is empty (white space only)');
  return decoded;
}

/** Marks that decomposed text carries: Latin/Vietnamese combining accents, Hangul conjoining jamo,
 *  kana voicing marks. */
const DECOMPOSED = /[\u0300-\u036F\u1100-\u11FF\u3099\u309A]/;

/** The text in composed form (NFC). Vietnamese written decomposed — "ta\u0300i" for "tài", as
 *  Flutter's own intl_vi.arb has it in places and macOS tools write it — read as five false
 *  findings on the llama article (a "Yoruba" paragraph, "40 tỷ USD" read as 40, "khoảng" no
 *  approximator): word lists, the language detector and the number words are composed. Offsets and
 *  columns are then those of the composed text; lines are unchanged. Most text has no such mark:
 *  one scan (16 ms on 26 MB) and no copy. */
function composed(text: string): string {
  return DECOMPOSED.test(text) ? text.normalize('NFC') : text;
}

/** Strict UTF-8; null when the bytes are not valid UTF-8. */
function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function notUtf8(bytes: Uint8Array, path: string, orLatin1: boolean): InputError {
  const at = firstInvalidUtf8(bytes);
  const where = `byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at offset ${at}`;
  return new InputError(path, `not valid UTF-8 (${where})${orLatin1 ? ' and not Latin-1 text' : ''}; save it as UTF-8`);
}

function utf8(bytes: Uint8Array, path: string): string {
  const text = tryUtf8(bytes);
  if (text === null) throw notUtf8(bytes, path, false);
  return text;
}

function utf8OrLatin1(bytes: Uint8Array, path: string): Decoded {
  const text = tryUtf8(bytes);
  if (text !== null) return { text, encoding: 'utf-8' };
  if (!plausiblyLatin1(bytes)) throw notUtf8(bytes, path, true);
  return { text: windows1252(bytes), encoding: 'latin-1' };
}

// 0x80–0x9F of windows-1252 (Node's TextDecoder maps them to C1 controls, as ISO 8859-1 does);
// NUL marks the five undefined bytes, which plausiblyLatin1 has already refused.
const CP1252_HIGH = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';

function windows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    units[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
  }
  return fromCodeUnits(units);
}
