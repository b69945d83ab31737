// The only place tqc writes files. Writes are atomic (temp file + rename, so a crash never leaves
// half a report), and an output path that is one of the inputs is refused: tqc never alters the
// documents it checks.
import { mkdirSync, renameSync, rmSync, writeFileSync, realpathSync } from 'node:fs';
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
      writeFileSync(tmp, content);
      renameSync(tmp, path);
    } catch {
      rmSync(tmp, { force: true });
      throw new InputError(path, 'cannot write the output file');
    }
  }
}

/** stdout holds the report and nothing else; written in one call. */
export function writeStdout(content: string): Promise<void> {
  return new Promise((resolveWrite) => {
    if (process.stdout.write(content)) resolveWrite();
    else process.stdout.once('drain', () => resolveWrite());
  });
}
