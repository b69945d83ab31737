// Reading a file from disk into a SourceFile. Every failure a user can cause (missing file,
// a directory, no permission, not text) becomes one InputError line; never a stack trace.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { InputError, type SourceFile } from '../types/index.js';
import { decode } from './decode.js';

const MARKDOWN = new Set(['.md', '.markdown', '.mdown', '.mkd']);

export function formatOf(path: string): SourceFile['format'] {
  const ext = extname(path).toLowerCase();
  return ext === '.mdx' ? 'mdx' : MARKDOWN.has(ext) ? 'markdown' : 'text';
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
    default:
      return `cannot read the file (${code ?? (err instanceof Error ? err.message : String(err))})`;
  }
}

/** A translated article is kilobytes; a book is a few MiB. Beyond this, the input is almost surely
 *  not a document (a database dump, a log, a 50 MB line of one character) and aligning it would
 *  take minutes: a clear refusal beats a silent stall in CI. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export function readSourceFile(path: string): SourceFile {
  let bytes: Uint8Array;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError(path, 'is a directory, not a file');
    if (st.size > MAX_FILE_BYTES) {
      throw new InputError(path, `file is too large (${(st.size / 1048576).toFixed(1)} MiB; tqc reads files up to ${MAX_FILE_BYTES / 1048576} MiB)`);
    }
    bytes = readFileSync(path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(path, reason(err));
  }
  const { text, encoding } = decode(bytes, path);
  return { path, text, encoding, format: formatOf(path) };
}
