// Evaluates the sentence aligner on the Text+Berg de-fr gold set (the Bleualign test set), read
// from ../shared/bench/align/textberg (never copied into the project). Prints strict and lax
// P/R/F1 for dev and test (counts summed over the 7 test documents), for the full aligner and for
// the fallbacks. Tune ONLY on dev.
//   npm run eval:align                       all modes, dev and test
//   npx tsx scripts/eval-align.ts --dev      dev only (for tuning)
//   npx tsx scripts/eval-align.ts --set skipCost=4 --set anchorWeight=2.5
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignMany, parseBeads, scoreAlignments, type AlignScore, type AlignTuning } from '../src/align/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..', 'shared', 'bench', 'align', 'textberg');

interface Doc {
  name: string;
  de: string[];
  fr: string[];
  gold: ReturnType<typeof parseBeads>;
}

/** `--sentences-per-line` semantics: one sentence per line; a final newline ends the last line. */
function lines(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const out = text.split('\n');
  if (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.map((l) => l.replace(/\r$/, ''));
}

function loadSplit(split: 'dev' | 'test'): Doc[] {
  const dir = join(root, split);
  return readdirSync(join(dir, 'gold'))
    .sort()
    .map((name) => ({
      name,
      de: lines(join(dir, 'de', name)),
      fr: lines(join(dir, 'fr', name)),
      gold: parseBeads(readFileSync(join(dir, 'gold', name), 'utf8')),
    }));
}

interface Mode {
  name: string;
  sourceLang: string;
  targetLang: string;
  lexical: boolean;
}

const MODES: Mode[] = [
  { name: 'de→fr, full (length + anchors + learned lexicon)', sourceLang: 'de', targetLang: 'fr', lexical: true },
  { name: 'unknown language pair (no language data; lexicon learned from the documents)', sourceLang: 'xx', targetLang: 'yy', lexical: true },
  { name: 'unknown language pair, length + anchors only (no lexical pass)', sourceLang: 'xx', targetLang: 'yy', lexical: false },
];

function evaluate(docs: Doc[], mode: Mode, tuning: Partial<AlignTuning>): { score: AlignScore; ms: number } {
  const t0 = performance.now();
  const predicted = alignMany(
    docs.map((d) => ({ source: d.de, target: d.fr, sourceLang: mode.sourceLang, targetLang: mode.targetLang })),
    { lexical: mode.lexical, tuning },
  );
  const ms = performance.now() - t0;
  return { score: scoreAlignments(docs.map((d, k) => ({ gold: d.gold, predicted: predicted[k] }))), ms };
}

const f3 = (x: number) => x.toFixed(3);
function line(label: string, s: AlignScore, ms: number): string {
  return (
    `  ${label.padEnd(5)} strict P ${f3(s.strict.precision)} R ${f3(s.strict.recall)} F1 ${f3(s.strict.f1)}` +
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
  const firstOnly = args.includes('--first');
  const tuning: Record<string, number> = {};
  for (let k = 0; k < args.length; k++) {
    if (args[k] === '--set') {
      const [key, value] = args[++k].split('=');
      tuning[key] = Number(value);
    }
  }
  const dev = loadSplit('dev');
  const test = devOnly ? [] : loadSplit('test');
  console.log(`Text+Berg de→fr (${root})`);
  if (Object.keys(tuning).length) console.log(`tuning overrides: ${JSON.stringify(tuning)}`);
  for (const mode of firstOnly ? MODES.slice(0, 1) : MODES) {
    console.log(mode.name);
    const d = evaluate(dev, mode, tuning);
    console.log(line('dev', d.score, d.ms));
    if (!devOnly) {
      const t = evaluate(test, mode, tuning);
      console.log(line('test', t.score, t.ms));
    }
  }
  if (!devOnly) console.log('reference on test: hunalign (no dictionary) strict F1 0.751, lax F1 0.868; target strict ≥ 0.85, lax ≥ 0.95');
}

main();
