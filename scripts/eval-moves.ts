// How often does a moved paragraph raise a false alarm? Every paragraph of the React page
// "Keeping Components Pure" (test/fixtures/react/pure: the English original, the French and the
// Vietnamese community translations, one paragraph per line) is placed 2 and 4 paragraphs higher in
// the translation, and the built CLI checks each damaged copy:
//   tqc check en.txt <lang>.txt --format json
// A move is counted as a false alarm when the audit holds more coverage findings (truncation,
// omission, addition, number, duplicate, entity) than the intact translation's (none).
//
//   npm run eval:moves
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const dir = resolve('test/fixtures/react/pure');
const COVERAGE = new Set(['truncation', 'omission', 'addition', 'number', 'duplicate', 'entity']);
const tmp = mkdtempSync(join(tmpdir(), 'tqc-eval-moves-'));

function coverageFindings(lang: string, lines: string[]): string[] {
  const target = join(tmp, `${lang}.txt`);
  writeFileSync(target, lines.map((l) => `${l}\n`).join(''));
  const r = spawnSync(process.execPath, ['bin/tqc.js', 'check', join(dir, 'en.txt'), target, '--format', 'json', '--fail-on', 'none', '--quiet'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`tqc failed: ${r.stderr}`);
  const audit = JSON.parse(r.stdout) as { documents: { targets: { findings: { check: string }[] }[] }[] };
  return audit.documents.flatMap((d) => d.targets.flatMap((t) => t.findings.map((f) => f.check))).filter((c) => COVERAGE.has(c));
}

try {
  for (const lang of ['fr', 'vi']) {
    const lines = readFileSync(join(dir, `${lang}.txt`), 'utf8').split('\n').slice(0, -1);
    const base = coverageFindings(lang, lines).length;
    let moves = 0;
    let alarms = 0;
    for (let from = 2; from < lines.length; from++) {
      if (lines[from].trim() === '') continue;
      for (const up of [2, 4]) {
        if (from - up < 0) continue;
        const moved = [...lines];
        const [paragraph] = moved.splice(from, 1);
        moved.splice(from - up, 0, paragraph);
        moves++;
        const found = coverageFindings(lang, moved);
        if (found.length > base) {
          alarms++;
          console.log(`  ${lang} paragraph ${from + 1} → ${from + 1 - up}: ${found.join(', ')}`);
        }
      }
    }
    console.log(`${lang}: ${moves} moved paragraphs, ${alarms} with a coverage finding (${((100 * alarms) / moves).toFixed(0)} %); intact: ${base}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
