// The run's helper thread (worker.ts), started when this module is loaded so that it loads eld
// while the main thread loads everything else. It serves two purposes:
// - language detection, as a synchronous request (lang/detect.ts keeps its synchronous API);
// - on large inputs, some of the checks, run while the main thread runs the others.
// On the 50k-pair --aligned benchmark, eld off the main thread saved ~0.1–0.2 s and the checks
// handed over (untranslated, entity, omission, truncation) ~0.35 s of ~2.2 s.
// Only where the built worker file exists (dist/); tests on the TypeScript sources, and any
// failure of the thread, fall back to doing everything in the main thread: same output.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, isMainThread, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { setDetectorBackend, type Scores } from '../lang/detect.js';
import type { CheckContext, FindingDraft } from '../types/index.js';
import { packJob } from './offload.js';

interface Helper {
  worker: Worker;
  port: MessagePort;
  control: Int32Array;
  sent: number;
  /** Replies read while waiting for another one, by request id. */
  early: Map<number, Reply>;
}

type Reply = { id: number; scores?: Scores[] | null; drafts?: Record<string, FindingDraft[]>; failed?: boolean };

/** A helper that does not answer within this time is given up. */
const TIMEOUT_MS = 120_000;

let helper: Helper | null = isMainThread ? start() : null;

function start(): Helper | null {
  const file = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (!existsSync(file)) return null;
  try {
    const { port1, port2 } = new MessageChannel();
    const control = new Int32Array(new SharedArrayBuffer(8));
    // stdout/stderr: true keeps the thread's output away from ours (stdout holds the report).
    const worker = new Worker(file, { workerData: { port: port2, control: control.buffer }, transferList: [port2], stdout: true, stderr: true });
    worker.unref();
    worker.on('error', () => {}); // noticed as a missing reply; the main thread then does the work
    const h: Helper = { worker, port: port1, control, sent: 0, early: new Map() };
    setDetectorBackend((texts) => {
      if (helper !== h) return () => null;
      const id = post(h, { detect: texts });
      return () => (helper === h ? (reply(h, id)?.scores ?? null) : null);
    });
    return h;
  } catch {
    return null;
  }
}

function post(h: Helper, body: object): number {
  const id = ++h.sent;
  h.port.postMessage({ id, ...body });
  Atomics.store(h.control, 0, id);
  Atomics.notify(h.control, 0);
  return id;
}

/** The reply to request `id`, waiting for it; null when the helper failed or timed out. */
function reply(h: Helper, id: number): Reply | null {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const early = h.early.get(id);
    if (early) {
      h.early.delete(id);
      return early.failed ? null : early;
    }
    const seen = Atomics.load(h.control, 1);
    if (seen >= id) {
      for (let m = receiveMessageOnPort(h.port); m; m = receiveMessageOnPort(h.port)) {
        const r = m.message as Reply;
        h.early.set(r.id, r);
      }
      if (!h.early.has(id)) break; // answered but nothing to read: give up on the helper
      continue;
    }
    if (Date.now() > deadline) break;
    Atomics.wait(h.control, 1, seen, 1000);
  }
  stop(h);
  return null;
}

function stop(h: Helper): void {
  if (helper === h) helper = null;
  setDetectorBackend(null);
  void h.worker.terminate();
}

/** Below this many target sentences checks are not worth handing over. */
const MIN_SENTENCES = 5_000;
/** The checks handed over: together about as long as those left to the main thread. */
const OFFLOADED = ['entity', 'omission', 'truncation', 'untranslated'];

export interface Offloaded {
  ids: readonly string[];
  /** The drafts of each offloaded check, waiting for them; null if the helper failed (run them here). */
  drafts(): Record<string, FindingDraft[]> | null;
}

/** Hands the offloadable checks among `enabled` to the helper, or returns null (run them all here). */
export function offloadChecks(ctx: CheckContext, enabled: readonly string[]): Offloaded | null {
  const h = helper;
  if (!h || ctx.alignment.target.sentences.length < MIN_SENTENCES) return null;
  const ids = OFFLOADED.filter((id) => enabled.includes(id));
  if (ids.length === 0) return null;
  const job = packJob(ctx, ids);
  if (!job) return null;
  const id = post(h, { checks: job });
  let result: Record<string, FindingDraft[]> | null | undefined;
  return {
    ids,
    drafts: () => (result === undefined ? (result = helper === h ? (reply(h, id)?.drafts ?? null) : null) : result),
  };
}
