// Property 4: `tqc check` output is byte-identical across two runs (two processes) in every format
// — json, html, md, sarif, junit — on generated corpora (3 corpora from a fixed fast-check seed,
// each run twice with all formats to files and twice with JSON to stdout). Runs the built CLI
// (`npm run build`; `npm test` builds first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DRESSINGS, paragraphs, sentence } from './generate.js';

const BIN = resolve('bin/tqc.js');
const FORMATS = ['json', 'html', 'md', 'sarif', 'junit'];

function tqc(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A corpus directory: English source, French and Vietnamese "translations" made of the source's
 *  sentences with drops, duplicates, changed numbers and foreign sentences, in text and Markdown. */
const corpusArb = fc.record({
  en: paragraphs('en', 8),
  fr: fc.array(fc.constantFrom('keep', 'drop', 'double', 'number', 'foreign'), { minLength: 32, maxLength: 32 }),
  vi: fc.array(fc.constantFrom('keep', 'drop', 'number', 'foreign'), { minLength: 32, maxLength: 32 }),
  frExtra: sentence('fr'),
  viExtra: sentence('vi'),
  crlf: fc.boolean(),
  markdown: fc.boolean(),
  nbsp: fc.boolean(),
});

type Corpus = typeof corpusArb extends fc.Arbitrary<infer T> ? T : never;

function writeCorpus(dir: string, c: Corpus): void {
  mkdirSync(dir, { recursive: true });
  const edit = (edits: string[], extra: string) => {
    let k = 0;
    return c.en.map((p) =>
      p.flatMap((s) => {
        const e = edits[k++ % edits.length];
        return e === 'drop' ? [] : e === 'double' ? [s, s] : e === 'number' ? [s.replace(/\d+/, '42')] : e === 'foreign' ? [extra] : [s];
      }),
    ).filter((p) => p.length > 0);
  };
  const render = (paras: string[][]) => {
    let t = paras.map((p, i) => (c.markdown && i === 0 ? `# ${p.join(' ')}` : p.join(' '))).join(c.markdown ? '\n\n' : '\n');
    if (c.nbsp) t = DRESSINGS.nbsp(t);
    return c.crlf ? t.replace(/\n/g, '\r\n') : t;
  };
  const ext = c.markdown ? 'md' : 'txt';
  writeFileSync(join(dir, `en.${ext}`), render(c.en));
  writeFileSync(join(dir, `fr.${ext}`), render(edit(c.fr, c.frExtra).length ? edit(c.fr, c.frExtra) : c.en));
  writeFileSync(join(dir, `vi.${ext}`), render(edit(c.vi, c.viExtra).length ? edit(c.vi, c.viExtra) : c.en));
}

describe('tqc check is deterministic', () => {
  it('byte-identical reports in every format across two runs (3 generated corpora)', () => {
    expect(existsSync(resolve('dist/cli/main.js')), 'run `npm run build` first').toBe(true);
    const root = mkdtempSync(join(tmpdir(), 'tqc-determinism-'));
    const corpora = fc.sample(corpusArb, { seed: 20240505, numRuns: 3 });
    corpora.forEach((c, k) => {
      const dir = join(root, `doc${k}`);
      writeCorpus(dir, c);
      const outs = ['a', 'b'].map((run) => {
        const out = join(root, `out${k}${run}`);
        const r = tqc(['check', dir, '--format', FORMATS.join(','), '--out', out, '--quiet'], root);
        expect(r.stderr).not.toMatch(/internal error|^\s+at /m);
        expect([0, 1]).toContain(r.code);
        return Object.fromEntries(readdirSync(out).sort().map((f) => [f, readFileSync(join(out, f))]));
      });
      expect(Object.keys(outs[0])).toHaveLength(FORMATS.length);
      for (const f of Object.keys(outs[0])) expect(outs[1][f]?.equals(outs[0][f]), `${f} differs between runs`).toBe(true);
      const json = [0, 1].map(() => tqc(['check', dir, '--format', 'json', '--quiet'], root).stdout);
      expect(json[0].length).toBeGreaterThan(100);
      expect(json[1]).toBe(json[0]);
      // The generated edits made findings, so identity is not that of empty reports.
      expect(JSON.parse(json[0]).documents[0].targets.some((t: { findings: unknown[] }) => t.findings.length > 0)).toBe(true);
    });
  }, 180_000);
});
