// Start-up: `tqc check` on the seed corpus (two short articles, plain text), the run a pre-commit
// hook or a CI job on one changed file makes. Median of 7 runs, each in its own process, with a
// bare `node -e 0` beside it (the part no code of ours can remove). Target (issue 13): < 0.4 s.
import { resolve } from 'node:path';
import { measure, median, spread, type Measure } from './measure.js';

const RUNS = 7;

export function benchStartup(): void {
  const tqcArgv = ['node', resolve('bin/tqc.js'), 'check', resolve('corpus/seeds'), '--format', 'json', '--fail-on', 'none', '--quiet'];
  const nodeArgv = ['node', '-e', '0'];
  const tqc: Measure[] = [];
  const bare: Measure[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = measure(tqcArgv);
    if (t.status !== 0) throw new Error(`tqc failed (${t.status}): ${t.stderr}`);
    tqc.push(t);
    bare.push(measure(nodeArgv));
  }
  const m = median(tqc);
  console.log(`startup tqc check corpus/seeds --format json: ${m.seconds.toFixed(2)} s (median of ${RUNS}: ${spread(tqc)}), peak ${m.peakMiB.toFixed(0)} MiB; node -e 0: ${median(bare).seconds.toFixed(2)} s`);
  console.log(`startup target < 0.4 s: ${m.seconds < 0.4 ? 'met' : 'NOT met'}`);
}
