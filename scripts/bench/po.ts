// Catalog throughput: `tqc check bench.fr.po` on a 100,000-entry gettext file (the generated
// en→fr pairs of the checks section, one entry each) against Translate Toolkit's pofilter on the
// same file, medians of 3, interleaved. Target (issue 14): at least 5× pofilter's throughput.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { measure, median, spread, type Measure } from './measure.js';
import { generatePairs, toPo } from './pairs.js';

const RUNS = 3;

export function benchPo(count = 100_000): void {
  const dir = mkdtempSync(join(tmpdir(), 'tqc-bench-po-'));
  try {
    const { en, fr } = generatePairs(count);
    const po = join(dir, 'bench.fr.po');
    writeFileSync(po, toPo(en, fr));
    const tqcArgv = ['node', resolve('bin/tqc.js'), 'check', po, '--format', 'json', '--out', join(dir, 'out'), '--fail-on', 'none', '--quiet'];
    const poArgv = ['pofilter', '--progress=none', '-i', po, '-o', join(dir, 'pofilter-out.po')];
    const havePofilter = spawnSync('sh', ['-c', 'command -v pofilter'], { stdio: 'ignore' }).status === 0;
    const tqcRuns: Measure[] = [];
    const poRuns: Measure[] = [];
    for (let i = 0; i < RUNS; i++) {
      rmSync(join(dir, 'out'), { recursive: true, force: true });
      const t = measure(tqcArgv);
      if (t.status !== 0) throw new Error(`tqc failed (${t.status}): ${t.stderr}`);
      tqcRuns.push(t);
      if (havePofilter) poRuns.push(measure(poArgv));
    }
    const t = median(tqcRuns);
    console.log(`po      tqc check bench.fr.po, ${count} entries, all checks: ${t.seconds.toFixed(2)} s (median of ${RUNS}: ${spread(tqcRuns)}), ${Math.round(count / t.seconds)} entries/s, peak ${t.peakMiB.toFixed(0)} MiB`);
    if (!havePofilter) {
      console.log('po      pofilter: not available (apt-get install translate-toolkit); no comparison');
      return;
    }
    const p = median(poRuns);
    console.log(`po      pofilter (Translate Toolkit), same file: ${p.seconds.toFixed(2)} s (median of ${RUNS}: ${spread(poRuns)}), ${Math.round(count / p.seconds)} entries/s, peak ${p.peakMiB.toFixed(0)} MiB`);
    const ratio = p.seconds / t.seconds;
    console.log(`po      tqc/pofilter throughput: ${ratio.toFixed(1)}× (target ≥ 5×) ${ratio >= 5 ? 'PASS' : 'FAIL'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
