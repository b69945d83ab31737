// Wall time and peak memory of a child process. Peak RSS comes from the kernel's rusage of the
// waited-for child (via python3's resource module), so tqc and pofilter are measured the same way.
import { spawnSync } from 'node:child_process';

export interface Measure {
  seconds: number;
  peakMiB: number;
  status: number | null;
  stderr: string;
}

const WRAPPER = [
  'import resource, subprocess, sys, time',
  't = time.perf_counter()',
  'p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)',
  'dt = time.perf_counter() - t',
  'sys.stderr.write(p.stderr.decode("utf-8", "replace")[-2000:])',
  'print("%f %d %d" % (dt, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.returncode))',
].join('\n');

export function measure(argv: string[], cwd?: string): Measure {
  const r = spawnSync('python3', ['-c', WRAPPER, ...argv], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const [seconds, kib, status] = (r.stdout ?? '').trim().split(' ').map(Number);
  return { seconds, peakMiB: kib / 1024, status: Number.isFinite(status) ? status : r.status, stderr: r.stderr ?? '' };
}

/** The run of median time (the peak memory reported is that run's). */
export function median(runs: readonly Measure[]): Measure {
  return [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)];
}

/** Every run's time, in run order: "4.25, 3.60, 4.28". */
export const spread = (runs: readonly Measure[]): string => runs.map((r) => r.seconds.toFixed(2)).join(', ');
