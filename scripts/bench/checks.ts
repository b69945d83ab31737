// Check throughput: `tqc check --aligned` over 50,000 generated en→fr segment pairs with all checks
// on, side by side with Translate Toolkit's pofilter (~46 checks) on the same pairs as a PO file.
// Every pair distinct by default (issue 13: on the old input, 55 % repeated lines, tqc's caches made
// it look 5.4–6.1× faster; on distinct lines it was 1.1×). Target: ≥ 5× pofilter's pairs per second
// in the same run, peak ≤ 500 MB.
import { execSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measure, median, spread, type Measure } from './measure.js';
import { generatePairs, toPo } from './pairs.js';

function ensurePofilter(): boolean {
  if (spawnSync('sh', ['-c', 'command -v pofilter'], { stdio: 'ignore' }).status === 0) return true;
  process.stderr.write('bench: installing Debian translate-toolkit for pofilter…\n');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq translate-toolkit', { stdio: 'ignore' });
  } catch {
    return false;
  }
  return spawnSync('sh', ['-c', 'command -v pofilter'], { stdio: 'ignore' }).status === 0;
}

/** Runs of each tool; the figures are their medians. */
const RUNS = 3;


export function benchChecks(count = 50_000): void {
  const havePofilter = ensurePofilter();
  // The figure that counts: every line distinct, as translated content is. The repeating workload
  // (55 % of the lines repeat an earlier pair, the input of earlier benches) is printed second and
  // labelled: there tqc's per-text caches do much of the work, and the ratio flatters.
  const ok = workload('non-repeating', generatePairs(count), havePofilter, true);
  workload('55 % repeating lines (caches pay; not the target)', generatePairs(count, 42, 0.55), havePofilter, false);
  if (!ok) process.exitCode = 1;
}

function workload(label: string, pairs: { en: string[]; fr: string[] }, havePofilter: boolean, target: boolean): boolean {
  const { en, fr } = pairs;
  const count = en.length;
  const dir = mkdtempSync(join(tmpdir(), 'tqc-bench-checks-'));
  try {
    writeFileSync(join(dir, 'en.txt'), `${en.join('\n')}\n`);
    writeFileSync(join(dir, 'fr.txt'), `${fr.join('\n')}\n`);
    writeFileSync(join(dir, 'bench.po'), toPo(en, fr));
    const bin = resolve('bin/tqc.js');
    const tqcArgv = ['node', bin, 'check', '--aligned', join(dir, 'en.txt'), join(dir, 'fr.txt'), '--format', 'json', '--out', join(dir, 'out'), '--fail-on', 'none', '--quiet'];
    const poArgv = ['pofilter', '--progress=none', '-i', join(dir, 'bench.po'), '-o', join(dir, 'pofilter-out.po')];
    // Each tool RUNS times, interleaved, and the median of each: one run of either moves by ±5 %
    // with whatever else the machine does, and both see the same moments.
    const tqcRuns: Measure[] = [];
    const poRuns: Measure[] = [];
    for (let i = 0; i < RUNS; i++) {
      rmSync(join(dir, 'out'), { recursive: true, force: true });
      const t = measure(tqcArgv);
      if (t.status !== 0) throw new Error(`tqc failed (${t.status}): ${t.stderr}`);
      tqcRuns.push(t);
      if (havePofilter) poRuns.push(measure(poArgv));
    }
    const tqc = median(tqcRuns);
    const tqcRate = count / tqc.seconds;
    console.log(`checks  [${label}] tqc check --aligned, ${count} en→fr pairs, all checks: ${tqc.seconds.toFixed(2)} s (median of ${RUNS}: ${spread(tqcRuns)}), ${Math.round(tqcRate)} pairs/s, peak ${tqc.peakMiB.toFixed(0)} MiB`);
    if (!havePofilter) {
      console.log('checks  pofilter: not available (apt-get install translate-toolkit); no comparison');
      return true;
    }
    const po = median(poRuns);
    const poRate = count / po.seconds;
    console.log(`checks  [${label}] pofilter (Translate Toolkit), same pairs as PO: ${po.seconds.toFixed(2)} s (median of ${RUNS}: ${spread(poRuns)}), ${Math.round(poRate)} pairs/s, peak ${po.peakMiB.toFixed(0)} MiB`);
    const ratio = tqcRate / poRate;
    if (!target) {
      console.log(`checks  [${label}] tqc/pofilter throughput: ${ratio.toFixed(1)}×`);
      return true;
    }
    const memOk = tqc.peakMiB <= 500;
    console.log(`checks  [${label}] tqc/pofilter throughput: ${ratio.toFixed(1)}× (target ≥ 5×) ${ratio >= 5 ? 'PASS' : 'FAIL'}; tqc peak ${tqc.peakMiB.toFixed(0)} MiB (target ≤ 500) ${memOk ? 'PASS' : 'FAIL'}`);
    return ratio >= 5 && memOk;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
