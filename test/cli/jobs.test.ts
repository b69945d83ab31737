// `tqc check --jobs N`: documents shared out to worker threads give the same reports, byte for
// byte, and the same errors as one thread — on real content (the seed article, the HTML shop page,
// React documentation pages in French and Vietnamese).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/tqc.js');
const tqc = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

/** content/: eight document directories of real text, in the layout a site keeps them. */
function content(): string {
  const root = mkdtempSync(join(tmpdir(), 'tqc-jobs-'));
  const dir = join(root, 'content');
  cpSync('corpus/llama-gpu-cluster', join(dir, 'llama-gpu-cluster'), { recursive: true });
  cpSync('corpus/shop-about', join(dir, 'shop-about'), { recursive: true });
  const react = readdirSync('test/fixtures/react').filter((d) => /-(fr|vi)$/.test(d)).slice(0, 6);
  for (const page of react) cpSync(join('test/fixtures/react', page), join(dir, 'react', page), { recursive: true });
  return dir;
}

function reports(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) out[name] = readFileSync(join(dir, name), 'utf8');
  return out;
}

describe('tqc check --jobs', () => {
  const dir = content();

  it('writes byte-identical reports in every format with 1 and 3 threads, and the same exit code and summary', () => {
    const runs = [1, 3].map((jobs) => {
      const out = join(dir, '..', `out-${jobs}`);
      const r = tqc(['check', dir, '--jobs', String(jobs), '--format', 'json,md,html,sarif,junit', '--out', out]);
      return { r, files: reports(out) };
    });
    expect(runs[0].r.status).toBe(1); // the seed has major findings
    expect(runs[1].r.status).toBe(runs[0].r.status);
    expect(runs[1].r.stderr).toBe(runs[0].r.stderr);
    expect(Object.keys(runs[0].files).length).toBeGreaterThan(8 * 3);
    expect(runs[1].files).toEqual(runs[0].files);
    // summary.md lists the documents in discovery order, not in the order the threads ended.
    expect(runs[1].files['summary.md']).toMatch(/llama-gpu-cluster[\s\S]*learn-[\s\S]*shop-about/);
  });

  it('stops on the earliest unreadable document, as one thread does: one line naming its file, exit 2', () => {
    const bad = mkdtempSync(join(tmpdir(), 'tqc-jobs-bad-'));
    for (const name of ['a', 'b', 'c', 'd']) {
      mkdirSync(join(bad, name));
      writeFileSync(join(bad, name, 'en.txt'), 'The plant opened in 2019. It employs 240 people.\n');
      writeFileSync(join(bad, name, 'fr.txt'), 'L’usine a ouvert en 2019. Elle emploie 240 personnes.\n');
    }
    writeFileSync(join(bad, 'c', 'fr.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x00, 0x10, 0x80]));
    writeFileSync(join(bad, 'b', 'fr.txt'), '');
    const one = tqc(['check', bad, '--jobs', '1', '--format', 'json']);
    const two = tqc(['check', bad, '--jobs', '2', '--format', 'json']);
    expect(one.status).toBe(2);
    expect(two.status).toBe(2);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stderr.trim().split('\n')).toHaveLength(1);
    expect(two.stderr).toContain(join(bad, 'b', 'fr.txt'));
    expect(two.stdout).toBe('');
  });

  it('refuses --jobs 0 and --jobs 1.5 in one line, exit 2', () => {
    for (const v of ['0', '1.5', 'many']) {
      const r = tqc(['check', dir, '--jobs', v]);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('--jobs');
    }
  });
});
