// tqc benchmarks, one section per concern. `npm run bench` builds first, then runs every section
// of SECTIONS in order (or only those named: `npx tsx scripts/bench.ts align`). Add a section by
// writing a function that prints its own lines and listing it in SECTIONS.
//
// Section "align": sentence alignment of generated 10k- and 100k-sentence document pairs, built
// deterministically by repeating the Text+Berg de-fr documents (read from ../shared, never
// copied), each aligned in a child process running the built dist/ (wall time and peak RSS of
// that process). Targets: 10k < 2.6 s, 100k < 30 s and < 500 MB, time(100k)/time(10k) ≤ 11.
// (hunalign on this machine kind: 10k 5.2 s / 218 MiB; 46k+ never finishes.)
//
// Section "checks": `tqc check --aligned` over 50,000 generated en→fr pairs with all checks on,
// pairs/s and peak RSS, side by side with Translate Toolkit's pofilter on the same pairs as a PO
// file (scripts/bench/checks.ts), every line distinct; a 55 %-repeating workload second, labelled.
// Target: ≥ 5× pofilter's throughput in the same run, peak ≤ 500 MB.
//
// Section "document": `tqc check en.txt fr.txt --format json,html` on 10k- and 100k-sentence pairs of
// distinct generated sentences (scripts/bench/document.ts). Targets: 100k ≤ 30 s and ≤ 500 MB,
// time(100k)/time(10k) ≤ 11.
//
// Section "startup": `tqc check` on the seed corpus, median of 7 runs, beside `node -e 0`
// (scripts/bench/startup.ts). Target: < 0.4 s.
//
// Section "jobs": 200 documents × 3 versions with --jobs 1 and --jobs 2, reports compared byte for
// byte (scripts/bench/jobs.ts). Target: ≥ 1.7× on two cores.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseBeads, scoreAlignments } from '../src/align/index.js';
import type { Bead } from '../src/types/index.js';
import { addedSentences, millionLines } from '../test/hostile/huge.js';
import { benchChecks } from './bench/checks.js';
import { benchPo } from './bench/po.js';
import { benchJobs } from './bench/jobs.js';
import { benchDocument } from './bench/document.js';
import { benchStartup } from './bench/startup.js';
import { measure } from './bench/measure.js';

export interface BenchSection {
  name: string;
  description: string;
  run(): void | Promise<void>;
}

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const textberg = resolve(repo, '..', 'shared', 'bench', 'align', 'textberg');

function lines(path: string): string[] {
  const out = readFileSync(path, 'utf8').split('\n');
  if (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/** The benchmark documents (dev, then test 001..007), repeated in order until the source side
 *  has at least `count` sentences. Deterministic: same count → same files. */
export function buildAlignPair(count: number): { de: string[]; fr: string[]; gold: Bead[] } {
  const docs: { de: string[]; fr: string[]; gold: Bead[] }[] = [];
  for (const split of ['dev', 'test']) {
    const dir = join(textberg, split);
    for (const name of readdirSync(join(dir, 'de')).sort()) {
      docs.push({ de: lines(join(dir, 'de', name)), fr: lines(join(dir, 'fr', name)), gold: parseBeads(readFileSync(join(dir, 'gold', name), 'utf8')) });
    }
  }
  const de: string[] = [];
  const fr: string[] = [];
  const gold: Bead[] = [];
  for (let k = 0; de.length < count; k++) {
    const d = docs[k % docs.length];
    const s0 = de.length;
    const t0 = fr.length;
    for (const b of d.gold) gold.push({ source: b.source.map((i) => i + s0), target: b.target.map((j) => j + t0) });
    de.push(...d.de);
    fr.push(...d.fr);
  }
  return { de, fr, gold };
}

// The child: reads two sentence-per-line files, aligns them with the built aligner, and reports
// its own alignment time on stderr (stdout is discarded by measure()).
const CHILD = `
import { readFileSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
const { alignSentences, formatBeads } = await import(process.argv[1]);
const read = (p) => { const o = readFileSync(p, 'utf8').split('\\n'); if (o[o.length - 1] === '') o.pop(); return o; };
const de = read(process.argv[2]);
const fr = read(process.argv[3]);
const t0 = performance.now();
const beads = alignSentences(de, fr, { sourceLang: 'de', targetLang: 'fr' });
const ms = performance.now() - t0;
const cpu = process.cpuUsage();
writeFileSync(process.argv[4], formatBeads(beads));
process.stderr.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, beads: beads.length, maxRssKiB: process.resourceUsage().maxRSS }) + '\\n');
`;

function benchAlign(): void {
  const dist = join(repo, 'dist', 'align', 'index.js');
  if (!existsSync(textberg)) {
    console.log(`align   benchmark data not found at ${textberg}; skipped`);
    return;
  }
  if (!existsSync(dist)) {
    console.log(`align   ${dist} missing: run \`npm run build\` first; skipped`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'tqc-bench-align-'));
  try {
    const times: number[] = [];
    for (const size of [10_000, 100_000]) {
      const { de, fr, gold } = buildAlignPair(size);
      const deFile = join(dir, `de-${size}`);
      const frFile = join(dir, `fr-${size}`);
      writeFileSync(deFile, `${de.join('\n')}\n`);
      writeFileSync(frFile, `${fr.join('\n')}\n`);
      const outFile = join(dir, `beads-${size}`);
      const r = measure(['node', '--input-type=module', '-e', CHILD, pathToFileURL(dist).href, deFile, frFile, outFile]);
      if (r.status !== 0) throw new Error(`align child failed (${r.status}): ${r.stderr}`);
      const report = JSON.parse(r.stderr.trim().split('\n').pop() ?? '{}') as { ms: number; cpuMs: number; beads: number };
      times.push(r.seconds);
      // Accuracy at scale: the repeated gold, offset (the band and the refinement must not cost accuracy).
      const score = scoreAlignments([{ gold, predicted: parseBeads(readFileSync(outFile, 'utf8')) }]);
      console.log(
        `align   ${de.length} de / ${fr.length} fr sentences: ${r.seconds.toFixed(2)} s wall (alignment ${(report.ms / 1000).toFixed(2)} s, ` +
          `process CPU ${(report.cpuMs / 1000).toFixed(2)} s), peak ${r.peakMiB.toFixed(0)} MiB, ${report.beads} beads, ` +
          `strict F1 ${score.strict.f1.toFixed(3)} lax F1 ${score.lax.f1.toFixed(3)}`,
      );
    }
    console.log(`align   growth time(100k)/time(10k) = ${(times[1] / times[0]).toFixed(1)} (targets: 10k < 2.6 s, 100k < 30 s and < 500 MB, growth ≤ 11)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Section "unrelated": two unrelated generated documents (test/hostile/unrelated-child.ts) of 20k
// and 100k sentences each, aligned in a child process: wall time and peak RSS. Target (issue 5):
// 100k < 30 s and < 500 MB. The test suite checks 10k/20k (test/hostile/memory.test.ts).
function benchUnrelated(): void {
  const child = join(repo, 'test', 'hostile', 'unrelated-child.ts');
  for (const size of [20_000, 100_000]) {
    const r = measure(['node', '--import', 'tsx', child, String(size)], repo);
    if (r.status !== 0) throw new Error(`unrelated child failed (${r.status}): ${r.stderr}`);
    console.log(`unrelated ${size} × ${size} sentences: ${r.seconds.toFixed(2)} s wall, peak ${r.peakMiB.toFixed(0)} MiB (target at 100k: < 30 s, < 500 MB)`);
  }
}

// Section "huge" (issue 11): the CLI on 1,000,000 short lines a side (--aligned, JSON audit
// streamed to disk) and on one source sentence against 300,000 added sentences. Both used to
// crash (exit 3); the target is exit 0 or 1 and a complete report. Wall time and peak RSS.
function benchHuge(): void {
  for (const make of [addedSentences, millionLines]) {
    const dir = mkdtempSync(join(tmpdir(), 'tqc-bench-huge-'));
    try {
      const c = make(dir);
      const r = measure(['node', join(repo, 'bin', 'tqc.js'), 'check', ...c.args], dir);
      const size = existsSync(join(dir, 'out', 'en.json')) ? `${(statSync(join(dir, 'out', 'en.json')).size / 1048576).toFixed(0)} MiB JSON` : 'no report';
      console.log(`huge: ${c.name}: exit ${r.status}, ${r.seconds.toFixed(1)} s wall, peak ${r.peakMiB.toFixed(0)} MiB, ${size}${r.status !== 0 && r.status !== 1 ? ` — ${r.stderr.trim().split('\n').pop()}` : ''}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

export const SECTIONS: BenchSection[] = [
  { name: 'align', description: 'sentence alignment, 10k and 100k sentences', run: benchAlign },
  { name: 'unrelated', description: 'alignment of two unrelated documents, 20k and 100k sentences', run: benchUnrelated },
  { name: 'checks', description: 'check throughput, 50k en→fr pairs in --aligned mode, vs pofilter', run: () => benchChecks() },
  { name: 'document', description: 'tqc check on one long document pair, 10k and 100k sentences, JSON and HTML (issue 13)', run: () => benchDocument() },
  { name: 'jobs', description: 'many documents: 200 × 3 versions with --jobs 1 and --jobs 2 (issue 13)', run: () => benchJobs() },
  { name: 'huge', description: 'the CLI on 1,000,000 lines a side and on 300,000 added sentences (issue 11)', run: benchHuge },
  { name: 'startup', description: 'tqc check on the seed corpus, median of 7 runs (issue 13)', run: () => benchStartup() },
  { name: 'po', description: 'catalog throughput, a 100k-entry PO file, vs pofilter on the same file', run: () => benchPo() },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const s of SECTIONS) if (only.length === 0 || only.includes(s.name)) await s.run();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
