// One long document through the command users run: `tqc check en.txt fr.txt --format json,html`
// on 10,000- and 100,000-sentence pairs (not pre-aligned), every sentence distinct (the generated
// news sentences of pairs.ts, in paragraphs of four), wall time and peak RSS of the process.
// Targets (issue 13): 100k ≤ 30 s and ≤ 500 MB, time(100k)/time(10k) ≤ 11.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measure } from './measure.js';
import { generatePairs } from './pairs.js';

function paragraphs(xs: readonly string[]): string {
  let out = '';
  for (let i = 0; i < xs.length; i++) out += xs[i] + (i % 4 === 3 ? '\n\n' : ' ');
  return out;
}

export function benchDocument(sizes: readonly number[] = [10_000, 100_000]): void {
  const root = mkdtempSync(join(tmpdir(), 'tqc-bench-document-'));
  try {
    const bin = resolve('bin/tqc.js');
    const times: number[] = [];
    for (const size of sizes) {
      const { en, fr } = generatePairs(size);
      const dir = join(root, String(size));
      const out = join(dir, 'out');
      const enFile = join(dir, 'en.txt');
      const frFile = join(dir, 'fr.txt');
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      writeFileSync(enFile, paragraphs(en));
      writeFileSync(frFile, paragraphs(fr));
      const m = measure(['node', bin, 'check', enFile, frFile, '--format', 'json,html', '--out', out, '--fail-on', 'none', '--quiet']);
      if (m.status !== 0) throw new Error(`tqc check failed (${m.status}): ${m.stderr}`);
      times.push(m.seconds);
      const mib = (ext: string) => (readdirSync(out).filter((f) => f.endsWith(ext)).reduce((s, f) => s + statSync(join(out, f)).size, 0) / 1048576).toFixed(0);
      console.log(`document tqc check en.txt fr.txt --format json,html, ${size} sentences a side: ${m.seconds.toFixed(1)} s wall, peak ${m.peakMiB.toFixed(0)} MiB (JSON ${mib('.json')} MiB, HTML ${mib('.html')} MiB)`);
    }
    if (times.length === 2) console.log(`document growth time(${sizes[1]})/time(${sizes[0]}) = ${(times[1] / times[0]).toFixed(1)} (targets: 100k ≤ 30 s and ≤ 500 MB, growth ≤ 11)`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
