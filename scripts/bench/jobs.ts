// Many documents: `tqc check content/ --jobs 1` and `--jobs 2` on 200 article-sized documents
// (40 distinct generated sentences in paragraphs of four, English source, French and a second
// French version), medians of 3, interleaved, and the reports compared byte for byte.
// Target (issue 13): --jobs 2 ≥ 1.7× faster than --jobs 1 on a 2-core machine.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measure, median, type Measure } from './measure.js';
import { generatePairs } from './pairs.js';

const RUNS = 3;
const PER_DOC = 40;

/** `count` document directories of distinct sentences: doc-000/{en,fr,fr-CA}.txt, … */
export function buildContent(dir: string, count: number): void {
  const { en, fr } = generatePairs(count * PER_DOC);
  const paragraphs = (xs: string[], d: number) =>
    xs.slice(d * PER_DOC, (d + 1) * PER_DOC).reduce((acc, s, i) => acc + s + (i % 4 === 3 ? '\n\n' : ' '), '');
  for (let d = 0; d < count; d++) {
    const doc = join(dir, `doc-${String(d).padStart(3, '0')}`);
    mkdirSync(doc, { recursive: true });
    writeFileSync(join(doc, 'en.txt'), paragraphs(en, d));
    writeFileSync(join(doc, 'fr.txt'), paragraphs(fr, d));
    writeFileSync(join(doc, 'fr-CA.txt'), paragraphs(fr, d));
  }
}

const snapshot = (dir: string) => readdirSync(dir).sort().map((f) => `${f}\n${readFileSync(join(dir, f), 'utf8')}`).join('\n');

export async function benchJobs(count = 200): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'tqc-bench-jobs-'));
  try {
    const content = join(root, 'content');
    buildContent(content, count);
    const bin = resolve('bin/tqc.js');
    const argv = (jobs: number) => ['node', bin, 'check', content, '--jobs', String(jobs), '--format', 'json', '--out', join(root, `out-${jobs}`), '--fail-on', 'none', '--quiet'];
    const runs: Record<number, Measure[]> = { 1: [], 2: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const jobs of [1, 2]) {
        rmSync(join(root, `out-${jobs}`), { recursive: true, force: true });
        const m = measure(argv(jobs));
        if (m.status !== 0) throw new Error(`tqc --jobs ${jobs} failed (${m.status}): ${m.stderr}`);
        runs[jobs].push(m);
      }
    }
    // The machine's own bound: two separate one-thread processes, each given half the documents,
    // started together. On this 2-vCPU machine one tqc thread already keeps ~1.4 cores busy (V8
    // compiles and collects garbage beside it), so two halves at once take about as long as one
    // process doing all: no --jobs can beat that ratio here.
    const halves = [join(root, 'half-0'), join(root, 'half-1')];
    const names = readdirSync(content).sort();
    names.forEach((name, k) => {
      const half = halves[k < names.length / 2 ? 0 : 1];
      mkdirSync(half, { recursive: true });
      symlinkSync(join(content, name), join(half, name));
    });
    const halfArgv = (k: number) => ['node', bin, 'check', halves[k], '--jobs', '1', '--format', 'json', '--out', join(root, `out-half-${k}`), '--fail-on', 'none', '--quiet'];
    const bound: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const children = [0, 1].map((k) => spawn(halfArgv(k)[0], halfArgv(k).slice(1), { stdio: 'ignore' }));
      const codes = await Promise.all(children.map((c) => new Promise<number | null>((r) => c.on('exit', r))));
      if (codes.some((c) => c !== 0)) throw new Error(`tqc on a half failed: ${codes.join(', ')}`);
      bound.push((performance.now() - t0) / 1000);
    }
    const identical = snapshot(join(root, 'out-1')) === snapshot(join(root, 'out-2'));
    const one = median(runs[1]);
    const two = median(runs[2]);
    const line = (jobs: number, m: Measure) =>
      `jobs    tqc check content/ --jobs ${jobs}, ${count} documents × 3 versions: ${m.seconds.toFixed(2)} s (median of ${RUNS}: ${runs[jobs].map((r) => r.seconds.toFixed(2)).join(', ')}), peak ${m.peakMiB.toFixed(0)} MiB`;
    console.log(line(1, one));
    console.log(line(2, two));
    const speedup = one.seconds / two.seconds;
    console.log(`jobs    speed-up ${speedup.toFixed(2)}× (target ≥ 1.7×) ${speedup >= 1.7 ? 'PASS' : 'FAIL'}; reports byte-identical: ${identical ? 'yes' : 'NO'}`);
    const b = [...bound].sort((x, y) => x - y)[1];
    console.log(
      `jobs    machine bound: two separate --jobs 1 processes, ${count / 2} documents each, at once: ${b.toFixed(2)} s (median of ${RUNS}: ${bound.map((x) => x.toFixed(2)).join(', ')}) — ` +
        `${(one.seconds / b).toFixed(2)}× over one process doing all`,
    );
    if (!identical || speedup < 1.7) process.exitCode = 1;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
