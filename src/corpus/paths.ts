// File names are bytes on Linux, not text. A vendor's export can hold a version named with a
// Latin-1 byte — `de\xff.txt` — which Node turns into "de\uFFFD.txt", a name that opens nothing.
// Such a name is kept as its bytes, shown escaped ("de\xff.txt"), and every open goes through the
// bytes. A name with a control character (a newline, ESC) is shown escaped the same way, so a
// message stays one line and a terminal never receives an escape sequence from a file name.
import { lstatSync, readdirSync } from 'node:fs';
import { basename, dirname, sep } from 'node:path';

/** Shown name → the name's bytes, for every name that cannot be used as the string it is shown as. */
const rawNames = new Map<string, Buffer>();
const strict = new TextDecoder('utf-8', { fatal: true });

const hex = (b: number) => `\\x${b.toString(16).padStart(2, '0')}`;
// C0 and C1 controls and DEL; everything else of a valid name is shown as it is.
const isControl = (c: number) => c < 0x20 || (c >= 0x7f && c <= 0x9f);

/** `bytes` as text: valid UTF-8 decoded, every other byte and every control character as `\xNN`. */
export function escapeName(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ch: string | null = null;
    if (len > 0 && i + len <= bytes.length) {
      try {
        ch = strict.decode(bytes.subarray(i, i + len));
      } catch {
        ch = null;
      }
    }
    if (ch === null) {
      out += hex(b);
      i++;
      continue;
    }
    const c = ch.codePointAt(0)!;
    out += isControl(c) ? (c < 0x100 ? hex(c) : ch) : ch;
    i += len;
  }
  return out;
}

/** The name to show and to pass around for a path given as bytes; registered when it differs from
 *  what the bytes mean as UTF-8 (then `fsPath` gives the bytes back). */
export function nameOf(bytes: Buffer): string {
  const shown = escapeName(bytes);
  if (shown !== bytes.toString('utf8')) rawNames.set(shown, bytes);
  return shown;
}

/** What to hand to node:fs for a path tqc shows as `path`. */
export function fsPath(path: string): string | Buffer {
  return rawNames.get(path) ?? path;
}

/** `path` joined to a directory entry's bytes, as bytes when either needs them. */
export function childPath(dir: string, entry: Buffer): string {
  const d = fsPath(dir);
  const dirBytes = typeof d === 'string' ? Buffer.from(d, 'utf8') : d;
  const needsSep = dirBytes.length > 0 && dirBytes[dirBytes.length - 1] !== sep.charCodeAt(0);
  return nameOf(Buffer.concat([dirBytes, needsSep ? Buffer.from(sep) : Buffer.alloc(0), entry]));
}

/** Entries of a directory as bytes, in the order the system gives them. */
export function listDirectory(dir: string): Buffer[] {
  return readdirSync(fsPath(dir), { encoding: 'buffer' }) as Buffer[];
}

/** A command-line path Node could not decode (it holds U+FFFD where the name had a byte that is not
 *  UTF-8): the one directory entry whose name decodes to the same text, if the path itself does not
 *  exist. `tqc check en.txt de$'\xff'.txt` then reads the file named, instead of "no such file". */
export function resolveArgument(path: string): string {
  if (!path.includes('\uFFFD') || rawNames.has(path)) return path;
  try {
    lstatSync(path);
    return path;
  } catch {
    // not there as text: look for it as bytes
  }
  const dir = dirname(path);
  const wanted = basename(path);
  let entries: Buffer[];
  try {
    entries = listDirectory(resolveArgument(dir));
  } catch {
    return path;
  }
  const matches = entries.filter((e) => e.toString('utf8') === wanted);
  if (matches.length !== 1) return path;
  return dir === '.' && !path.startsWith(`.${sep}`) ? nameOf(matches[0]) : childPath(resolveArgument(dir), matches[0]);
}

