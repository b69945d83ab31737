// Scores what `tqc align --sentences-per-line` does, document by document, on the Text+Berg de-fr
// gold set (the Bleualign test set), read in place from ../shared/bench/align/textberg (never
// copied into the project). Each document goes through the CLI's own entry point (alignFiles:
// the CLI's file reading, segmentation and alignment, one document pair per call, nothing learned
// from another document), so the figures are the command's.
//
// Variants, made at run time in a temporary directory by the protocol of issue 9:
//   intact  the files as they are;
//   cut     the translation keeps its first ⌊m/2⌋ lines (a translation that stops half-way);
//   gap     5 consecutive translation lines removed from line ⌊m/2⌋−2 (a lost passage).
// The gold is rewritten to match: removed target ids disappear, later ids shift down, a bead left
// with no target becomes 1-0 (which the scorer never requires for recall).
// Modes: de,fr as named by the directories, and an unknown language pair (the same files under
// names that declare nothing, with --langs of two languages tqc has no data for).
//
//   npm run eval:align                       everything
//   npx tsx scripts/eval-align.ts --dev      dev only (tune ONLY on dev)
//   npx tsx scripts/eval-align.ts --dev --set skipCost=4 --set anchorWeight=2.5
//   npx tsx scripts/eval-align.ts --intact   intact variant only
//   npx tsx scripts/eval-align.ts --spot-check   also run the built CLI (`node bin/tqc.js align`)
//                                            on two documents and require byte-identical beads
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TUNING, formatBeads, parseBeads, scoreAlignments, type AlignScore } from '../src/align/index.js';
import { alignFiles } from '../src/cli/align.js';
import type { Bead } from '../src/types/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..', 'shared', 'bench', 'align', 'textberg');

interface Doc {
  split: string;
  name: string;
  de: string;
  fr: string;
  gold: Bead[];
}

function loadSplit(split: 'dev' | 'test'): Doc[] {
  const dir = join(root, split);
  return readdirSync(join(dir, 'gold'))
    .sort()
    .map((name) => ({
      split,
      name,
      de: join(dir, 'de', name),
      fr: join(dir, 'fr', name),
      gold: parseBeads(readFileSync(join(dir, 'gold', name), 'utf8')),
    }));
}

/** The file's lines as `--sentences-per-line` reads them (every file here ends with a newline). */
function fileLines(path: string): string[] {
  const out = readFileSync(path, 'utf8').split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
}

type Variant = 'intact' | 'cut' | 'gap';

/** Target lines removed by a variant, for a translation of m lines. */
function removed(variant: Variant, m: number): Set<number> {
  const out = new Set<number>();
  if (variant === 'cut') for (let j = Math.floor(m / 2); j < m; j++) out.add(j);
  if (variant === 'gap') for (let j = Math.floor(m / 2) - 2; j < Math.floor(m / 2) + 3 && j < m; j++) out.add(j);
  return out;
}

/** The gold after removing target lines: ids disappear, later ids shift down. */
function rewriteGold(gold: readonly Bead[], gone: Set<number>): Bead[] {
  const sorted = [...gone].sort((a, b) => a - b);
  const shift = (j: number) => {
    let k = 0;
    while (k < sorted.length && sorted[k] < j) k++;
    return j - k;
  };
  const out: Bead[] = [];
  for (const b of gold) {
    const target = b.target.filter((j) => !gone.has(j)).map(shift);
    if (b.source.length === 0 && target.length === 0) continue;
    out.push({ source: b.source, target });
  }
  return out;
}

interface Mode {
  name: string;
  /** --langs; null: the languages come from the file names (de/NAME, fr/NAME). */
  langs: [string, string] | null;
}

const MODES: Mode[] = [
  { name: 'de→fr (languages from the directory names, as `tqc align --sentences-per-line de/001 fr/001`)', langs: null },
  // Basque and Georgian: tqc has no data for them (no number conventions, no word normaliser).
  { name: 'unknown language pair (`--langs eu,ka` on files whose names declare nothing)', langs: ['eu', 'ka'] },
];

/** Paths of one document in one mode and variant; files written to `tmp` when needed. */
function prepare(doc: Doc, mode: Mode, variant: Variant, tmp: string): { source: string; target: string; gold: Bead[] } {
  if (variant === 'intact' && mode.langs === null) return { source: doc.de, target: doc.fr, gold: doc.gold };
  const frLines = fileLines(doc.fr);
  const gone = removed(variant, frLines.length);
  const dir = join(tmp, `${mode.langs ? 'unknown' : 'named'}-${variant}-${doc.split}`);
  const srcDir = join(dir, mode.langs ? 'source' : 'de');
  const tgtDir = join(dir, mode.langs ? 'target' : 'fr');
  mkdirSync(srcDir, { recursive: true });
  mkdirSync(tgtDir, { recursive: true });
  const source = mode.langs ? join(srcDir, doc.name) : doc.de;
  if (mode.langs) writeFileSync(source, readFileSync(doc.de));
  const target = join(tgtDir, doc.name);
  writeFileSync(target, frLines.filter((_, j) => !gone.has(j)).map((l) => `${l}\n`).join(''));
  return { source, target, gold: rewriteGold(doc.gold, gone) };
}

function evaluate(docs: Doc[], mode: Mode, variant: Variant, tmp: string): { score: AlignScore; ms: number } {
  let ms = 0;
  const scored: { gold: Bead[]; predicted: Bead[] }[] = [];
  for (const doc of docs) {
    const { source, target, gold } = prepare(doc, mode, variant, tmp);
    const t0 = performance.now();
    const { beads } = alignFiles(source, target, { sentencesPerLine: true, langs: mode.langs ?? undefined });
    ms += performance.now() - t0;
    scored.push({ gold, predicted: beads });
  }
  return { score: scoreAlignments(scored), ms };
}

/** The eval's beads must be the command's: run `tqc align` (the built bundle) on a document. */
function spotCheck(doc: Doc, mode: Mode, variant: Variant, tmp: string): void {
  const { source, target } = prepare(doc, mode, variant, tmp);
  const args = ['bin/tqc.js', 'align', '--sentences-per-line', ...(mode.langs ? ['--langs', mode.langs.join(',')] : []), source, target];
  const cli = execFileSync('node', args, { cwd: resolve(here, '..'), encoding: 'utf8' });
  const ours = formatBeads(alignFiles(source, target, { sentencesPerLine: true, langs: mode.langs ?? undefined }).beads);
  const same = cli === ours;
  console.log(`  spot check ${doc.split}/${doc.name} ${variant} (${mode.langs ? 'unknown pair' : 'de→fr'}): \`tqc align\` beads ${same ? 'identical' : 'DIFFER'}`);
  if (!same) process.exitCode = 1;
}

const f3 = (x: number) => x.toFixed(3);
function line(label: string, s: AlignScore, ms: number): string {
  return (
    `  ${label.padEnd(12)} strict P ${f3(s.strict.precision)} R ${f3(s.strict.recall)} F1 ${f3(s.strict.f1)}` +
    ` | lax P ${f3(s.lax.precision)} R ${f3(s.lax.recall)} F1 ${f3(s.lax.f1)}` +
    `  (${s.counts.predicted} predicted, ${s.counts.gold} gold; ${ms.toFixed(0)} ms)`
  );
}

function main(): void {
  if (!existsSync(root)) {
    console.log(`eval-align: benchmark data not found at ${root}; skipped.`);
    return;
  }
  const args = process.argv.slice(2);
  const devOnly = args.includes('--dev');
  const variants: Variant[] = args.includes('--intact') ? ['intact'] : ['intact', 'cut', 'gap'];
  const modes = args.includes('--named') ? MODES.slice(0, 1) : MODES;
  // --set key=value overrides a weight of DEFAULT_TUNING for this run (tuning on dev).
  const tuning = DEFAULT_TUNING as unknown as Record<string, number>;
  for (let k = 0; k < args.length; k++) {
    if (args[k] !== '--set') continue;
    const [key, value] = args[++k].split('=');
    if (!(key in tuning)) throw new Error(`--set: no tuning weight "${key}"`);
    tuning[key] = Number(value);
    console.log(`tuning override: ${key}=${value}`);
  }
  const splits: [string, Doc[]][] = [['dev', loadSplit('dev')]];
  if (!devOnly) splits.push(['test', loadSplit('test')]);
  const tmp = mkdtempSync(join(tmpdir(), 'tqc-eval-align-'));
  try {
    console.log(`Text+Berg de→fr (${root}), one document per call through the CLI's alignFiles`);
    for (const mode of modes) {
      console.log(mode.name);
      for (const variant of variants) {
        for (const [name, docs] of splits) {
          const r = evaluate(docs, mode, variant, tmp);
          console.log(line(`${name} ${variant}`, r.score, r.ms));
        }
      }
    }
    if (args.includes('--spot-check')) {
      const docs = splits[splits.length - 1][1];
      spotCheck(docs[0], MODES[0], 'intact', tmp);
      spotCheck(docs[docs.length - 1], MODES[0], 'cut', tmp);
      spotCheck(docs[0], MODES[1], 'gap', tmp);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (!devOnly) console.log('reference on test intact: hunalign (no dictionary) strict F1 0.751, lax 0.868; Vecalign 0.902 / 0.986. hunalign on cut: 0.55');
}

main();
