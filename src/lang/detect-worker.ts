// The eld language detector in a worker thread (see detect.ts, which starts it and talks to it
// synchronously). Loading eld's n-gram database takes ~0.25 s and ~45 MB of heap: here it happens
// on another core while the main thread reads and segments the documents.
//
// Protocol over `control` (an Int32Array on a SharedArrayBuffer): the main thread posts an array of
// texts on `port`, then stores a new request number in control[0] and notifies; this thread answers
// with eld's scores of each text (the entries of getScores(), as eld returns them), stores the same
// number in control[1] and notifies. control[2] = 1 means eld could not be loaded here.
import { receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';

const { port, control: buffer } = workerData as { port: MessagePort; control: SharedArrayBuffer };
const control = new Int32Array(buffer);

type Detector = { detect(text: string): { getScores(): Record<string, number> } };
let eld: Detector | null = null;
try {
  eld = ((await import('eld/small')) as { eld: Detector }).eld;
} catch {
  Atomics.store(control, 2, 1);
  Atomics.notify(control, 1);
}

let done = 0;
while (eld) {
  const wanted = Atomics.load(control, 0);
  if (wanted === done) {
    Atomics.wait(control, 0, done);
    continue;
  }
  const request = receiveMessageOnPort(port);
  const texts = (request?.message ?? []) as string[];
  port.postMessage(texts.map((t) => Object.entries(eld!.detect(t).getScores())));
  done = wanted;
  Atomics.store(control, 1, done);
  Atomics.notify(control, 1);
}
