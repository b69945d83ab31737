// The helper thread of a run (started by pool.ts): it loads eld and answers language detection
// for the main thread, then runs the checks the main thread hands it on large inputs.
//
// Protocol over `control` (an Int32Array on a SharedArrayBuffer) and `port`: the main thread posts
// a request { id, … } on the port, stores `id` in control[0] and notifies; this thread handles the
// requests in order, posts { id, … } back, stores `id` in control[1] and notifies. It blocks in
// Atomics.wait between requests and never returns to its event loop (receiveMessageOnPort reads
// the port synchronously).
import { receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { localDetector, type Detector } from '../lang/detect.js';
import type { CheckJob } from './offload.js';

const { port, control: buffer } = workerData as { port: MessagePort; control: SharedArrayBuffer };
const control = new Int32Array(buffer);

let eld: Detector | null = null;
try {
  eld = localDetector(); // checks run here detect with this instance, not a second one
} catch {
  eld = null; // detection requests are then refused, and the main thread loads eld itself
}

type Request = { id: number; detect: string[] } | { id: number; checks: CheckJob };

// The checks are loaded after the first request, not before: detection is asked for first (while
// the main thread segments), and loading the checks first made it wait ~0.15 s.
let runChecks: ((job: CheckJob) => unknown) | null = null;

let done = 0;
for (;;) {
  const wanted = Atomics.load(control, 0);
  if (wanted === done) {
    if (!runChecks && done > 0) {
      runChecks = (await import('./offload.js')).runChecks; // idle after the first answer: load them now
      continue;
    }
    Atomics.wait(control, 0, done);
    continue;
  }
  const request = receiveMessageOnPort(port)?.message as Request | undefined;
  if (request) {
    try {
      if ('detect' in request) {
        const d = eld;
        port.postMessage({ id: request.id, scores: d ? request.detect.map((t) => Object.entries(d.detect(t).getScores())) : null });
      } else {
        runChecks ??= (await import('./offload.js')).runChecks;
        port.postMessage({ id: request.id, drafts: runChecks(request.checks) });
      }
    } catch {
      port.postMessage({ id: request.id, failed: true });
    }
    done = request.id;
  } else done = wanted;
  Atomics.store(control, 1, done);
  Atomics.notify(control, 1);
}
