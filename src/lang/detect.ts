// Language identification: one small adapter around `eld` (offline n-gram detector, Apache-2.0).
// Measured on the seeds: eld gets every paragraph and short fragments ("through cash" → en,
// "développeurs" → fr, "Tuần…" → vi) right, where franc fails below ~20 characters.
// The small database: it loads in ~0.2 s instead of the medium one's ~0.3 s, with the same answers
// on every test here (the extra-small one misreads the French page's English footer).
//
// Where tqc runs from its build (dist/), eld lives in a worker thread started when this module is
// loaded (detect-worker.ts), and detection is a synchronous request to it: loading the database
// (~0.25 s, ~45 MB of heap the main thread's garbage collector no longer copies) overlaps the
// reading and segmenting of the documents instead of delaying them. On the 50k-pair --aligned
// benchmark that took ~0.3 s off the run. Elsewhere (tests running the TypeScript sources) and if
// the worker cannot start or load eld, eld is loaded here, on first use. Same scores either way.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { Lang } from '../types/index.js';

type Scores = [Lang, number][];
type Detector = { detect(text: string): { getScores(): Record<string, number> } };

let local: Detector | null = null;

/** eld in this thread, loaded on first use (synchronously: require() of its ES module). */
function localDetector(): Detector {
  if (local) return local;
  const require = createRequire(import.meta.url);
  // By file path: the package exports 'eld/small' for import only.
  for (const dir of require.resolve.paths('eld') ?? []) {
    const file = join(dir, 'eld', 'src', 'entries', 'static.small.js');
    if (existsSync(file)) return (local = (require(file) as { eld: Detector }).eld);
  }
  throw new Error('eld is not installed');
}

interface Remote {
  worker: Worker;
  port: MessagePort;
  control: Int32Array;
  sent: number;
}

let remote: Remote | null = startWorker();

function startWorker(): Remote | null {
  const file = fileURLToPath(new URL('./detect-worker.js', import.meta.url));
  if (!existsSync(file)) return null;
  try {
    const { port1, port2 } = new MessageChannel();
    const control = new Int32Array(new SharedArrayBuffer(12));
    const worker = new Worker(file, { workerData: { port: port2, control: control.buffer }, transferList: [port2], stdout: true, stderr: true });
    worker.unref();
    worker.on('error', () => {}); // a failed worker is noticed below and replaced by local eld
    return { worker, port: port1, control, sent: 0 };
  } catch {
    return null;
  }
}

/** A worker that does not answer within this time is given up (local eld takes over). */
const WORKER_TIMEOUT_MS = 120_000;

/** eld's scores of each text, in order: from the worker when there is one. */
function scoresOf(texts: readonly string[]): Scores[] {
  if (remote) {
    const r = remote;
    const id = ++r.sent;
    r.port.postMessage(texts);
    Atomics.store(r.control, 0, id);
    Atomics.notify(r.control, 0);
    const deadline = Date.now() + WORKER_TIMEOUT_MS;
    for (;;) {
      if (Atomics.load(r.control, 1) === id) {
        const answer = receiveMessageOnPort(r.port)?.message as Scores[] | undefined;
        if (answer && answer.length === texts.length) return answer;
        break;
      }
      if (Atomics.load(r.control, 2) === 1 || Date.now() > deadline) break;
      Atomics.wait(r.control, 1, Atomics.load(r.control, 1), 1000);
    }
    remote = null;
    void r.worker.terminate();
  }
  const eld = localDetector();
  return texts.map((t) => Object.entries(eld.detect(t).getScores()));
}

export interface Detection {
  /** ISO 639-1 code, or "" when nothing could be detected (no letters). */
  lang: Lang;
  /** The winner's score in [0, 1] (eld's normalised score); 0 when nothing was detected. */
  confidence: number;
  /** All languages eld scored, best first. */
  scores: [Lang, number][];
}

const cache = new Map<string, Detection>();
const CACHE_LIMIT = 50_000;

function detection(scored: Scores, candidates?: readonly Lang[]): Detection {
  let scores = [...scored].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (candidates) {
    const within = scores.filter(([l]) => candidates.includes(l));
    if (within.length > 0) scores = within;
  }
  const top = scores[0];
  return top ? { lang: top[0], confidence: top[1], scores } : { lang: '', confidence: 0, scores: [] };
}

const keyOf = (text: string, candidates?: readonly Lang[]): string => (candidates ? `${candidates.join(',')}\u0000${text}` : text);

function remember(key: string, d: Detection): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, d);
}

/**
 * Detect the language of `text`. With `candidates`, the best-scoring candidate wins when eld scored
 * it at all (a document's language is usually known to be one of the set's languages).
 * Results are cached per distinct text: documents repeat short lines (hashtags, credits).
 */
export function detectLanguage(text: string, candidates?: readonly Lang[]): Detection {
  const key = keyOf(text, candidates);
  const hit = cache.get(key);
  if (hit) return hit;
  const d = detection(scoresOf([text])[0], candidates);
  remember(key, d);
  return d;
}

/** detectLanguage of each text, in order, with one request to the detector for all the misses
 *  (segmenting a file asks about its paragraphs together). */
export function detectLanguages(texts: readonly string[], candidates?: readonly Lang[]): Detection[] {
  const out: (Detection | undefined)[] = texts.map((t) => cache.get(keyOf(t, candidates)));
  const missing = [...new Set(texts.filter((_, i) => out[i] === undefined))];
  if (missing.length > 0) {
    const scored = scoresOf(missing);
    const fresh = new Map(missing.map((t, i) => [t, detection(scored[i], candidates)]));
    for (const [t, d] of fresh) remember(keyOf(t, candidates), d);
    texts.forEach((t, i) => (out[i] ??= fresh.get(t)));
  }
  return out as Detection[];
}
