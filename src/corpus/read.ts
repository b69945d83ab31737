// Reading a file from disk. Every failure a user can cause (missing file, a directory, a device, a
// FIFO, no permission, too large, not text) becomes one InputError line; never a stack trace, never
// a hang. Inputs, the configuration and the baseline are all read here.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { extname } from 'node:path';
import { InputError, type SourceFile } from '../types/index.js';
import { decode } from './decode.js';
import { fsPath } from './paths.js';

const MARKDOWN = new Set(['.md', '.markdown', '.mdown', '.mkd']);
const HTML = new Set(['.html', '.htm', '.xhtml']);

export function formatOf(path: string): SourceFile['format'] {
  const ext = extname(path).toLowerCase();
  return ext === '.mdx' ? 'mdx' : MARKDOWN.has(ext) ? 'markdown' : HTML.has(ext) ? 'html' : 'text';
}

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot read the file (permission denied)';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ENOTDIR':
      return 'no such file (a part of the path is not a directory)';
    case 'ELOOP':
      return 'cannot read the file (too many levels of symbolic links)';
    default:
      return `cannot read the file (${code ?? (err instanceof Error ? err.message : String(err))})`;
  }
}

/** What a path that is not a regular file is, for the message ("is a FIFO, not a regular file"). */
export function kindOf(st: Stats): string | null {
  if (st.isFile()) return null;
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** A translated article is kilobytes; a book is a few MiB. Beyond this, the input is almost surely
 *  not a document (a database dump, a log, a 50 MB line of one character) and aligning it would
 *  take minutes: a clear refusal beats a silent stall in CI. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

const tooLarge = (path: string, what: string) =>
  new InputError(path, `${what} is too large (over ${MAX_FILE_BYTES / 1048576} MiB; tqc reads files up to ${MAX_FILE_BYTES / 1048576} MiB)`);

/** The bytes of a regular file, at most MAX_FILE_BYTES of them. The file is opened without
 *  blocking (opening a FIFO for reading would wait forever for a writer) and checked on the open
 *  descriptor, so what is read is what was checked. The limit counts the bytes read, not `st.size`:
 *  a device says 0 and never ends (/dev/zero grew memory to 15 GB), a file can grow while read. */
export function readBytes(path: string, what = 'file'): Buffer {
  let fd: number;
  try {
    fd = openSync(fsPath(path), constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (err) {
    throw new InputError(path, reason(err));
  }
  try {
    let st: Stats;
    try {
      st = fstatSync(fd);
    } catch (err) {
      throw new InputError(path, reason(err));
    }
    const kind = kindOf(st);
    if (kind === 'a directory') throw new InputError(path, 'is a directory, not a file');
    if (kind) throw new InputError(path, `is ${kind}, not a regular file: tqc reads only regular files`);
    if (st.size > MAX_FILE_BYTES) throw tooLarge(path, what);
    // Room for the size the file says plus one byte: a file that grew past the limit is seen.
    let buf = Buffer.allocUnsafe(Math.min(MAX_FILE_BYTES + 1, Math.max(st.size + 1, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        if (length > MAX_FILE_BYTES) throw tooLarge(path, what);
        const bigger = Buffer.allocUnsafe(Math.min(MAX_FILE_BYTES + 1, buf.length * 2));
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      let n: number;
      try {
        n = readSync(fd, buf, length, buf.length - length, null);
      } catch (err) {
        throw new InputError(path, reason(err));
      }
      if (n === 0) break;
      length += n;
    }
    if (length > MAX_FILE_BYTES) throw tooLarge(path, what);
    return buf.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

export function readSourceFile(path: string): SourceFile {
  const bytes = readBytes(path);
  const { text, encoding } = decode(bytes, path);
  return { path, text, encoding, format: formatOf(path) };
}
