// The only place tqc writes files. A report is written into a temporary file that tqc creates
// itself — exclusively (O_EXCL: never an existing file, never through a symbolic link planted at
// the name) under an unpredictable name in the output directory — then renamed over the final
// name, so a crash never leaves half a report and nobody can redirect the write. An output path
// that is one of the inputs is refused: tqc never alters the documents it checks. Temporary files
// are removed on any error and on SIGINT/SIGTERM/SIGHUP.
import { randomBytes } from 'node:crypto';
import { closeSync, constants, mkdirSync, openSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../types/index.js';

/** A report: one string, or pieces of one (the JSON audit is streamed: a million-line audit is
 *  larger than the longest string V8 can build). */
export type Content = string | Iterable<string>;

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Why a write failed, for the one-line message: "no space left on device", "permission denied". */
export function writeError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOSPC':
      return 'no space left on device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'EFBIG':
      return 'file too large';
    case 'EIO':
      return 'input/output error';
    default:
      return code ?? (err instanceof Error ? err.message.split('\n')[0] : String(err));
  }
}

// --- temporary files and signals -------------------------------------------------------------

const temporaries = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const EXIT_CODE: Record<(typeof SIGNALS)[number], number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

function onSignal(signal: (typeof SIGNALS)[number]): void {
  removeTemporaries();
  process.exit(EXIT_CODE[signal]);
}

function removeTemporaries(): void {
  for (const tmp of temporaries) rmSync(tmp, { force: true }); // force: tracked names may not exist yet
  temporaries.clear();
}

/** Handlers stand only while a temporary file exists: the audit itself stays interruptible by the
 *  default action (nothing to clean then), and a write in progress is cleaned up before exiting
 *  with the conventional 128 + signal number. */
function track(tmp: string): void {
  if (temporaries.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  temporaries.add(tmp);
}

function untrack(tmp: string): void {
  temporaries.delete(tmp);
  if (temporaries.size === 0) for (const s of SIGNALS) process.off(s, onSignal);
}

process.on('exit', removeTemporaries);

/** 96 random bits: the name cannot be guessed in advance, so nothing can be planted at it; and it
 *  is created with O_EXCL anyway, which fails on any existing name, symbolic links included. */
export function temporaryName(final: string, random: () => string = () => randomBytes(12).toString('hex')): string {
  return join(dirname(resolve(final)), `.${basename(final)}.${random()}.tmp`);
}

const EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

/** Creates a new temporary file for `final`; a name already taken (a collision, or something
 *  planted there) is never opened: another name is drawn. */
export function createTemporary(final: string, random?: () => string): { fd: number; tmp: string } {
  for (let attempt = 0; ; attempt++) {
    const tmp = temporaryName(final, random);
    // Tracked before it exists: a signal between the open and the tracking would leave it behind.
    track(tmp);
    try {
      return { fd: openSync(tmp, EXCLUSIVE, 0o644), tmp };
    } catch (err) {
      untrack(tmp);
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 8) throw err;
    }
  }
}

// --- writing ---------------------------------------------------------------------------------

const encoder = new TextEncoder();
const CHUNK = 1 << 20;
/** After this many bytes a write lets the event loop run, so a signal is handled mid-write. */
const YIELD_EVERY = 8 * CHUNK;
const tick = () => new Promise<void>((r) => setImmediate(r));

/** `content` as UTF-8, a megabyte at a time, each full buffer handed to `emit` (awaited). Small
 *  pieces fill the buffer together: the reporters hand on pieces of ~16k characters (see PIECE in
 *  report/json.ts), and one write per piece would be thousands. `fresh`: a new buffer after each
 *  emit, for a writer that holds on to it (a stream); else the one buffer is reused. */
async function encodeChunks(content: Content, emit: (bytes: Uint8Array) => Promise<void>, fresh: boolean): Promise<void> {
  let chunk = new Uint8Array(CHUNK);
  let filled = 0;
  const flush = async () => {
    if (filled === 0) return;
    const full = chunk.subarray(0, filled);
    if (fresh) chunk = new Uint8Array(CHUNK);
    filled = 0;
    await emit(full);
  };
  for (const piece of typeof content === 'string' ? [content] : content) {
    let rest = piece;
    while (rest.length > 0) {
      // encodeInto stops before a character that does not fit, never inside one
      const { read, written } = encoder.encodeInto(rest, chunk.subarray(filled));
      filled += written;
      if (read === rest.length) break;
      if (read === 0 && filled === 0) throw new Error('no progress encoding the report'); // cannot happen: the chunk holds any character
      rest = rest.slice(read);
      await flush();
    }
  }
  await flush();
}

/** `content` as UTF-8 into `fd` (writeFileSync encoded the whole string first: a 47 MB buffer for
 *  the 50k-pair benchmark's audit, whose fresh pages made the write take ~160 ms instead of ~40 ms). */
async function writeUtf8(fd: number, content: Content): Promise<void> {
  let sinceYield = 0;
  await encodeChunks(
    content,
    async (bytes) => {
      for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
      sinceYield += bytes.length;
      if (sinceYield >= YIELD_EVERY) {
        sinceYield = 0;
        await tick();
      }
    },
    false,
  );
}

export class OutputGuard {
  private readonly inputs = new Set<string>();
  private readonly written = new Map<string, string>();

  protect(paths: Iterable<string>): void {
    for (const p of paths) this.inputs.add(canonical(p));
  }

  /** Writes `content` to `path` atomically. Two writes to one path in a run are refused: the second
   *  would silently replace the first report. */
  async write(path: string, content: Content): Promise<void> {
    const target = canonical(path);
    if (this.inputs.has(target)) throw new InputError(path, 'refusing to overwrite an input file');
    const earlier = this.written.get(target);
    if (earlier !== undefined) throw new InputError(path, 'two reports would be written to this file: one would be lost');
    this.written.set(target, path);
    try {
      mkdirSync(dirname(resolve(path)), { recursive: true });
    } catch (err) {
      throw new InputError(dirname(path), `cannot create the output directory (${writeError(err)})`);
    }
    let created: { fd: number; tmp: string };
    try {
      created = createTemporary(path);
    } catch (err) {
      throw new InputError(path, `cannot write the output file (${writeError(err)})`);
    }
    const { fd, tmp } = created;
    try {
      try {
        await writeUtf8(fd, content);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, path);
    } catch (err) {
      rmSync(tmp, { force: true });
      throw new InputError(path, `cannot write the output file (${writeError(err)})`);
    } finally {
      untrack(tmp);
    }
  }
}

// --- stdout ----------------------------------------------------------------------------------

let stdoutClosed = false;
// Errors reach the write callbacks below; without a listener Node would also throw them as
// "Unhandled 'error' event" with a stack trace (stdout on /dev/full, or a pipe closed early).
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});

/** Whether the reader of stdout went away (`tqc check … | head -c 10`). */
export const stdoutWasClosed = (): boolean => stdoutClosed;

function writeOne(bytes: Uint8Array): Promise<void> {
  return new Promise((resolveWrite, reject) => {
    process.stdout.write(bytes, (err) => (err ? reject(err) : resolveWrite()));
  });
}

/** stdout holds the report and nothing else. A reader that closes the pipe early ends the output
 *  quietly, as Unix tools do (the exit code still says what the audit found); any other write
 *  error (ENOSPC on /dev/full) is one line and exit 2, never a stack trace.
 *  Encoded a megabyte at a time as for files (encodeChunks): pieces joined into one string first,
 *  then handed to stream.write, spent 0.45 s converting the 48 MB audit of 50,000 --aligned pairs.
 *  Each chunk is a fresh buffer, held by the stream until written. */
export async function writeStdout(content: Content): Promise<void> {
  if (stdoutClosed) return;
  try {
    await encodeChunks(content, writeOne, true);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EPIPE') {
      stdoutClosed = true;
      return;
    }
    throw new InputError('stdout', `cannot write the report (${writeError(err)})`);
  }
}
