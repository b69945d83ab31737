// What the page evaluations (eval-damage.ts, eval-inject.ts, eval-inject-catalogs.ts) share: the
// built CLI's audit of a directory, and a page's blocks.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const BIN = resolve('bin/tqc.js');

/** The fields of a JSON audit finding the evaluations read. */
export interface Finding {
  check: string;
  key?: string;
  message: string;
  source: { text: string } | null;
  target: { text: string } | null;
}

/** Every finding of `tqc check <dir> --format json`, as a user runs it. */
export function audit(dir: string): Finding[] {
  const run = spawnSync('node', [BIN, 'check', dir, '--format', 'json', '--fail-on', 'none', '--quiet'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`tqc failed on ${dir}: ${run.stderr}`);
  const a = JSON.parse(run.stdout) as { documents: { targets: { findings: Finding[] }[] }[] };
  return a.documents.flatMap((d) => d.targets.flatMap((t) => t.findings));
}

/** Blocks of lines separated by blank lines; a fenced code block is never split. */
export function blocks(text: string): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  let fence = false;
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (!fence && line.trim() === '') {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(line);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** A documentation page and its translation: `<site>/<page>/en.md(x)` and one other `*.md(x)`. */
export interface PagePair {
  /** "react-learn-rendering-lists-fr" */
  page: string;
  dir: string;
  srcName: string;
  tgtName: string;
}

/** The page pairs of test/fixtures/react, vue and kubernetes, in a fixed order. */
export function pagePairs(): PagePair[] {
  const roots = ['react', 'vue', 'kubernetes'].map((site) => resolve('test/fixtures', site));
  const out: PagePair[] = [];
  for (const root of roots) {
    for (const d of readdirSync(root).filter((x) => !x.includes('.')).sort()) {
      const dir = join(root, d);
      const files = readdirSync(dir);
      const srcName = files.find((f) => /^en\.mdx?$/.test(f));
      const tgtName = files.find((f) => f !== srcName && /\.mdx?$/.test(f));
      if (srcName && tgtName) out.push({ page: dir.split('/').slice(-2).join('-'), dir, srcName, tgtName });
    }
  }
  return out;
}
