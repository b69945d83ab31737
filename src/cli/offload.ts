// One large catalog (or --aligned file pair), two cores. A 100,000-entry PO file is one document:
// --jobs cannot share it, and its run left the second core idle (user time ≈ wall time + 1 s). So
// when such a file is named on the command line, a worker thread reads it too, from the start, and
// runs some of the checks (OFFLOADED) while the main thread reads it and runs the others; the main
// thread then takes the worker's drafts in place of running those checks. The drafts are the same code's output on
// the same file and options — the audit is byte-identical to a one-thread run (tested) — and if
// the worker fails or is late, the main thread simply runs the checks itself.
//
// The main thread's audit is synchronous (run/audit.ts), so it waits on a shared flag with
// Atomics.wait and takes the reply with receiveMessageOnPort: no event loop turn is needed.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, resolve } from 'node:path';
import { MessageChannel, Worker, isMainThread, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { discoverCatalogs } from '../catalog/index.js';
import { CHECKS } from '../checks/index.js';
import { alignmentsOf, checkContext, enabledChecks, type DocumentSet, type Precomputed } from '../run/audit.js';
import { loadConfig } from '../run/config.js';
import { discover, type DiscoverOptions } from '../run/discover.js';
import { delegatePoValidation, validatePo } from '../catalog/po.js';
import { readSourceFile } from '../corpus/read.js';
import { InputError, type FindingDraft } from '../types/index.js';
import { workerScript } from './jobs.js';

/** The checks the worker runs, chosen so that both threads finish together on the 100k-entry PO
 *  (the worker also reads the whole file and validates it: ~2 s; untranslated 1.2 s, entity 0.4 s,
 *  against the main thread's header-only read, number 1.5 s and the rest). Measured waits of the
 *  main thread: 1.5 s with punctuation and placeholder here too, 0.4 s with these two. With
 *  addition and duplicate here too (profiles showed the worker ~1 s idle on 50,000 --aligned
 *  pairs), that run took 3.75–3.90 s against 3.50–4.18 s: slower, not kept. */
const OFFLOADED = new Set(['untranslated', 'entity']);

/** Files smaller than this are checked on one thread: a worker costs ~0.3 s to start. */
const MIN_BYTES = (): number => {
  const env = Number(process.env.TQC_OFFLOAD_MIN_BYTES);
  return Number.isFinite(env) && process.env.TQC_OFFLOAD_MIN_BYTES !== '' ? env : 2_000_000;
};

const BILINGUAL = new Set(['.po', '.xlf', '.xliff', '.tmx']);
const MARK = 'tqc-offload';
/** How long the main thread waits for a worker before running the checks itself. */
const PATIENCE_MS = 120_000;

interface Job {
  /** One bilingual catalog file, or --aligned files: the source, then its translations. */
  kind: 'catalog' | 'aligned';
  paths: string[];
  discover: Omit<DiscoverOptions, 'keep'>;
  config?: string;
  cwd: string;
  port: MessagePort;
  signal: Int32Array;
}

/** Per target, per check id, the drafts; or the input error the worker met reading the file. */
type Reply = { ok: true; drafts: [string, FindingDraft[]][][] } | { ok: false; input?: string };

interface Pending {
  path: string;
  /** A PO file whose validation the worker does (catalog/po.ts): its verdict is awaited. */
  validates: boolean;
  port: MessagePort;
  signal: Int32Array;
  reply?: Reply | null;
}

function fileSize(path: string): number | null {
  try {
    const st = statSync(path);
    return st.isFile() ? st.size : null;
  } catch {
    return null; // reading it says what is wrong
  }
}

/** Workers started for large inputs named file by file, by the resolved path of their source: each
 *  large bilingual catalog, or with --aligned the source and its translations together. Only on a
 *  machine with a second core. */
export function startOffloads(paths: readonly string[], opts: { discover: Omit<DiscoverOptions, 'keep'>; config?: string; cwd: string }): Map<string, Pending> {
  const started = new Map<string, Pending>();
  if (availableParallelism() < 2) return started;
  const start = (kind: Job['kind'], files: string[]) => {
    const { port1, port2 } = new MessageChannel();
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const job: Job = { kind, paths: files, discover: opts.discover, config: opts.config, cwd: opts.cwd, port: port2, signal };
    const worker = new Worker(workerScript(), { workerData: { [MARK]: job }, transferList: [port2] });
    worker.on('error', () => {
      Atomics.store(signal, 0, 2);
    });
    worker.unref();
    // gettext-parser's validation (~1 s of 8 on 100,000 entries) is left to the worker, which reads
    // the file whole anyway; this thread reads the header only (confirmValidations).
    const validates = kind === 'catalog' && extname(files[0]).toLowerCase() === '.po';
    if (validates) delegatePoValidation(files[0]);
    started.set(resolve(files[0]), { path: files[0], validates, port: port1, signal });
  };
  const sizes = paths.map(fileSize);
  if (sizes.some((n) => n === null)) return started;
  if (paths.every((p) => BILINGUAL.has(extname(p).toLowerCase()))) {
    paths.forEach((p, i) => {
      if ((sizes[i] ?? 0) >= MIN_BYTES()) start('catalog', [p]);
    });
  } else if (opts.discover.aligned && paths.length >= 2 && sizes.reduce<number>((a, n) => a + (n ?? 0), 0) >= MIN_BYTES()) {
    start('aligned', [...paths]);
  }
  return started;
}

/** The drafts the worker made for `set`, or undefined (then the main thread runs every check). */
export function precomputedFor(set: DocumentSet, offloads: Map<string, Pending>): Precomputed | undefined {
  const pending = offloads.get(resolve(set.source.file.path));
  if (!pending || !(set.beads || set.aligned)) return undefined;
  let table: Map<string, FindingDraft[]>[] | null | undefined;
  return {
    has: (checkId) => OFFLOADED.has(checkId),
    take: (k, checkId) => {
      if (!OFFLOADED.has(checkId)) return undefined;
      if (table === undefined) {
        const reply = waitFor(pending);
        table = reply && reply.ok ? reply.drafts.map((perTarget) => new Map(perTarget)) : null;
      }
      return table?.[k]?.get(checkId);
    },
  };
}

function waitFor(pending: Pending): Reply | null {
  if (pending.reply !== undefined) return pending.reply;
  const deadline = Date.now() + PATIENCE_MS;
  while (Atomics.load(pending.signal, 0) === 0 && Date.now() < deadline) Atomics.wait(pending.signal, 0, 0, 1000);
  const got = Atomics.load(pending.signal, 0) === 1 ? receiveMessageOnPort(pending.port) : undefined;
  pending.port.close();
  pending.reply = got ? (got.message as Reply) : null;
  return pending.reply;
}

/** Before any report is written: the worker's verdict on each PO file it validated — its input
 *  error, or, if it failed otherwise or never answered, the validation done here after all. */
export function confirmValidations(offloads: Map<string, Pending>): void {
  for (const pending of offloads.values()) {
    if (!pending.validates) continue;
    const reply = waitFor(pending);
    if (reply?.ok) continue;
    if (reply?.input !== undefined) throw new InputError(pending.path, reply.input);
    validatePo(readSourceFile(pending.path));
  }
}

/** The worker side: read the catalog as the main thread does, run the offloaded checks, reply. */
function serve(job: Job): void {
  let reply: Reply = { ok: false };
  try {
    const loaded = loadConfig(job.config, job.cwd, CHECKS.map((c) => c.id));
    const sets = !loaded.ok
      ? null
      : job.kind === 'catalog'
        ? discoverCatalogs(job.paths, [false], { langs: job.discover.langs, sourceLang: job.discover.sourceLang })
        : discover(job.paths, job.discover);
    const set = sets?.length === 1 ? sets[0] : undefined;
    if (loaded.ok && set && (set.beads || set.aligned)) {
      const checks = enabledChecks(set, loaded.config).filter((c) => OFFLOADED.has(c.id));
      const drafts = alignmentsOf(set).map((alignment, k) => {
        const ctx = checkContext(set, alignment, k, loaded.config);
        return checks.map((c): [string, FindingDraft[]] => [c.id, c.run(ctx)]);
      });
      reply = { ok: true, drafts };
    }
  } catch (err) {
    // A malformed file: the message the main thread would have given (without the path it adds).
    const message = err instanceof InputError ? (err.file && err.message.startsWith(`${err.file}: `) ? err.message.slice(err.file.length + 2) : err.message) : undefined;
    reply = message === undefined ? { ok: false } : { ok: false, input: message };
  }
  job.port.postMessage(reply);
  Atomics.store(job.signal, 0, reply.ok ? 1 : 2);
  Atomics.notify(job.signal, 0);
  job.port.close();
}

/** Started by the bundle when it is loaded as an offload worker (and only then). */
export function startOffloadWorkerIfAsked(): void {
  if (isMainThread || !workerData || typeof workerData !== 'object' || !(MARK in workerData)) return;
  process.stderr.write = () => true;
  serve((workerData as Record<string, Job>)[MARK]);
}
