// `tqc check --jobs N`: a CI run checks hundreds of articles, and each document's audit is
// independent of the others (a pure function of its files and the config). The main thread lists
// the document directories (documentPlan: nothing read yet), then N worker threads take them one at
// a time from a queue — a long article does not hold up a shard of short ones — and post each
// audit back as soon as it is done, so a worker holds one document at a time. The main thread puts
// the audits back in discovery order: the reports are byte-identical to --jobs 1.
//
// Errors keep the sequential contract: the input error of the earliest document wins (what a
// one-thread run would have stopped on), a bug in a worker is an internal error (exit 3).
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { CHECKS } from '../checks/index.js';
import { auditDocumentSet } from '../run/audit.js';
import { loadConfig } from '../run/config.js';
import { readDocumentDir, type DiscoverOptions } from '../run/discover.js';
import { attachPrevious } from '../run/since.js';
import { InputError, type AuditDocument } from '../types/index.js';

/** What a worker needs to read and audit a document directory as the main thread would. */
export interface JobOptions {
  discover: Omit<DiscoverOptions, 'keep'>;
  since?: string;
  config?: string;
  cwd: string;
}

type Reply =
  | { index: number; doc: AuditDocument; paths: string[] }
  | { index: number; input: { file: string | null; message: string } }
  | { index: number; internal: string };

const MARK = 'tqc-check-job';

/** The default of --jobs: one core fewer than the machine gives. One thread of V8 already keeps
 *  ~1.45 cores busy (garbage collection and compilation run beside it: 3.3 s wall, 4.8 s CPU on
 *  100 documents); on two cores a second thread made 200 documents slower (4.88 s → 5.28 s,
 *  `npm run bench -- jobs`), so a two-core machine stays on one thread unless asked. */
export const defaultJobs = (): number => Math.max(1, availableParallelism() - 1);

/** What workers run: bin/tqc-worker.js, the built bundle with its code cache, whether tqc runs
 *  bundled (bin/tqc.js) or from dist/ or src/ (tests), all of which sit two levels under the
 *  package root. */
export function workerScript(): string {
  return fileURLToPath(new URL('../../bin/tqc-worker.js', import.meta.url));
}

/** Audits the document directories on `jobs` worker threads; `done(i)` after each. Resolves with
 *  the audits in plan order and the input files (for the output guard). */
export function auditInParallel(dirs: readonly string[], opts: JobOptions, jobs: number, done: (count: number, name: string) => void): Promise<{ documents: AuditDocument[]; paths: string[] }> {
  return new Promise((resolve, reject) => {
    const documents: AuditDocument[] = new Array(dirs.length);
    const paths: string[][] = new Array(dirs.length);
    let inputError: { index: number; error: InputError } | undefined;
    let internal: Error | undefined;
    let next = 0;
    let finished = 0;
    let running = 0;
    const workers: Worker[] = [];
    const settle = () => {
      if (running > 0) return;
      if (internal) return reject(internal);
      if (inputError) return reject(inputError.error);
      resolve({ documents, paths: paths.flat() });
    };
    const feed = (worker: Worker) => {
      // After an error no new document is started: the run fails anyway.
      if (next < dirs.length && !internal && !inputError) {
        const index = next++;
        worker.postMessage({ index, dir: dirs[index] });
      } else {
        worker.postMessage(null);
      }
    };
    // More threads than cores never speeds CPU-bound work, and each holds its own heap (~60 MB):
    // --jobs 1000 on 200 documents would have asked for 200 of them.
    const count = Math.max(1, Math.min(jobs, dirs.length, availableParallelism()));
    for (let w = 0; w < count; w++) {
      const worker = new Worker(workerScript(), { workerData: { [MARK]: opts } });
      running++;
      workers.push(worker);
      worker.on('message', (reply: Reply) => {
        if ('doc' in reply) {
          documents[reply.index] = reply.doc;
          paths[reply.index] = reply.paths;
          done(++finished, reply.doc.name);
        } else if ('input' in reply) {
          if (!inputError || reply.index < inputError.index) inputError = { index: reply.index, error: new InputError(reply.input.file, reply.input.message) };
        } else {
          internal ??= new Error(reply.internal);
        }
        feed(worker);
      });
      worker.on('error', (err) => {
        internal ??= err instanceof Error ? err : new Error(String(err));
      });
      worker.on('exit', () => {
        running--;
        settle();
      });
      feed(worker);
    }
  });
}

/** The worker side: read, audit and post one document directory per message, until null. Its
 *  stderr is silent — the main thread's listing already said what it skipped. */
function serve(opts: JobOptions): void {
  const port = parentPort!;
  const loaded = loadConfig(opts.config, opts.cwd, CHECKS.map((c) => c.id));
  port.on('message', (job: { index: number; dir: string } | null) => {
    if (job === null) {
      port.close();
      return;
    }
    try {
      if (!loaded.ok) throw new InputError(null, loaded.error);
      const set = readDocumentDir(job.dir, opts.discover);
      attachPrevious([set], { since: opts.since });
      const doc = auditDocumentSet(set, loaded.config);
      port.postMessage({ index: job.index, doc, paths: [set.source, ...set.targets].map((d) => d.file.path) } satisfies Reply);
    } catch (err) {
      if (err instanceof InputError) {
        const message = err.file && err.message.startsWith(`${err.file}: `) ? err.message.slice(err.file.length + 2) : err.message;
        port.postMessage({ index: job.index, input: { file: err.file, message } } satisfies Reply);
      } else {
        port.postMessage({ index: job.index, internal: err instanceof Error && err.stack ? err.stack : String(err) } satisfies Reply);
      }
    }
  });
}

/** Started by the bundle when it is loaded as a check worker (and only then). */
export function startWorkerIfAsked(): void {
  if (isMainThread || !workerData || typeof workerData !== 'object' || !(MARK in workerData)) return;
  process.stderr.write = () => true;
  serve((workerData as Record<string, JobOptions>)[MARK]);
}
