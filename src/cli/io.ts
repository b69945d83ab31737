// The only place tqc writes files. Writes are atomic (temp file + rename, so a crash never leaves
// half a report), and an output path that is one of the inputs is refused: tqc never alters the
// documents it checks.
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync, realpathSync } from 'node:fs';
import { dirname, resolve, basename, join } from 'node:path';
import { InputError } from '../types/index.js';

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

export class OutputGuard {
  private readonly inputs = new Set<string>();

  protect(paths: Iterable<string>): void {
    for (const p of paths) this.inputs.add(canonical(p));
  }

  write(path: string, content: string): void {
    if (this.inputs.has(canonical(path))) throw new InputError(path, 'refusing to overwrite an input file');
    try {
      mkdirSync(dirname(resolve(path)), { recursive: true });
    } catch {
      throw new InputError(dirname(path), 'cannot create the output directory');
    }
    const tmp = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.tmp`);
    try {
      writeUtf8(tmp, content);
      renameSync(tmp, path);
    } catch {
      rmSync(tmp, { force: true });
      throw new InputError(path, 'cannot write the output file');
    }
  }
}

const encoder = new TextEncoder();

/** `content` as UTF-8 into a new file, a megabyte at a time. writeFileSync encoded the whole string
 *  first: a 47 MB buffer for the 50k-pair benchmark's audit, whose fresh pages made the write take
 *  ~160 ms instead of ~40 ms. */
function writeUtf8(path: string, content: string): void {
  const fd = openSync(path, 'w');
  try {
    const chunk = new Uint8Array(Math.min(1 << 20, 3 * content.length + 4));
    let rest = content;
    while (rest.length > 0) {
      // encodeInto stops before a character that does not fit, never inside one
      const { read, written } = encoder.encodeInto(rest, chunk);
      if (read === 0) throw new Error('no progress encoding the report'); // cannot happen: the chunk holds any character
      for (let off = 0; off < written; ) off += writeSync(fd, chunk, off, written - off);
      rest = rest.slice(read);
    }
  } finally {
    closeSync(fd);
  }
}

/** stdout holds the report and nothing else; written in one call. */
export function writeStdout(content: string): Promise<void> {
  return new Promise((resolveWrite) => {
    if (process.stdout.write(content)) resolveWrite();
    else process.stdout.once('drain', () => resolveWrite());
  });
}
