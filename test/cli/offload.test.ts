// One large catalog on two threads (cli/offload.ts): a worker reads the file too and runs some
// checks while the main thread runs the others. The audit must be byte-identical to one thread's,
// a malformed file must still be refused with its line, and the worker's drafts must really be
// the ones used. TQC_OFFLOAD_MIN_BYTES lowers the size from which a worker is started.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { untranslated } from '../../src/checks/untranslated.js';
import { precomputedFor, startOffloads } from '../../src/cli/offload.js';
import { catalogAlignments, checkContext, type DocumentSet } from '../../src/run/audit.js';
import { defaultConfig } from '../../src/run/config.js';
import { discover } from '../../src/run/discover.js';
import type { Bead } from '../../src/types/index.js';

const BIN = resolve('bin/tqc.js');
const tqc = (args: string[], offload: boolean) =>
  spawnSync(process.execPath, [BIN, 'check', ...args, '--format', 'json', '--fail-on', 'none', '--quiet'], {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    env: { ...process.env, TQC_OFFLOAD_MIN_BYTES: offload ? '0' : '1000000000000' },
  });

const HEADER = 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n';
const entries = Array.from({ length: 3000 }, (_, i) => `msgid "Order ${i} ships in ${(i % 9) + 1} days to the warehouse."\nmsgstr "La commande ${i} part sous ${(i % 7) + 1} jours vers through the warehouse."\n`);

describe('a catalog checked on two threads', () => {
  it('gives the same audit, byte for byte, as one thread (Django vi.po, the shop app PO, a 3,000-entry file with findings of every offloaded check)', () => {
    const big = join(mkdtempSync(join(tmpdir(), 'tqc-offload-')), 'big.fr.po');
    writeFileSync(big, HEADER + entries.join('\n'));
    for (const path of ['test/fixtures/django-po/vi.po', 'corpus/shop-app/messages.fr.po', big]) {
      const two = tqc([path], true);
      const one = tqc([path], false);
      expect(two.status, two.stderr).toBe(0);
      expect(two.stdout).toBe(one.stdout);
    }
    const audit = JSON.parse(tqc([big], true).stdout);
    expect(audit.documents[0].targets[0].findings.filter((f: { check: string }) => f.check === 'untranslated').length).toBeGreaterThan(1000);
  });

  it('--aligned text files: the same audit on two threads as on one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tqc-offload-'));
    writeFileSync(join(dir, 'en.txt'), Array.from({ length: 3000 }, (_, i) => `Order ${i} ships in ${(i % 9) + 1} days. The warehouse in Lyon opens at 8 am.`).join('\n') + '\n');
    writeFileSync(join(dir, 'fr.txt'), Array.from({ length: 3000 }, (_, i) => `La commande ${i} part sous ${(i % 7) + 1} jours. The warehouse à Lyon ouvre à 8 h.`).join('\n') + '\n');
    const args = ['--aligned', join(dir, 'en.txt'), join(dir, 'fr.txt')];
    const two = tqc(args, true);
    expect(two.status, two.stderr).toBe(0);
    expect(two.stdout).toBe(tqc(args, false).stdout);
    const checks = new Set(JSON.parse(two.stdout).documents[0].targets[0].findings.map((f: { check: string }) => f.check));
    expect(checks.has('untranslated') && checks.has('number')).toBe(true);
  });

  it('a malformed string deep in the file (validated by the worker only) is refused with its line', () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'tqc-offload-')), 'bad.fr.po');
    const text = HEADER + entries.slice(0, 2000).join('\n') + '\nmsgid "Broken"\nmsgstr "Cassé\n\n' + entries.slice(2000).join('\n');
    writeFileSync(bad, text);
    const line = text.slice(0, text.indexOf('msgstr "Cassé')).split('\n').length;
    for (const offload of [true, false]) {
      const r = tqc([bad], offload);
      expect(r.status).toBe(2);
      expect(r.stderr.trim()).toMatch(new RegExp(`bad\\.fr\\.po: line ${line}: malformed PO file \\(End-of-line within string`));
    }
  });

  describe('in process: the drafts come from the worker', () => {
    const saved = process.env.TQC_OFFLOAD_MIN_BYTES;
    afterAll(() => {
      if (saved === undefined) delete process.env.TQC_OFFLOAD_MIN_BYTES;
      else process.env.TQC_OFFLOAD_MIN_BYTES = saved;
    });
    it('untranslated is taken from the worker, equal to running it here', () => {
      process.env.TQC_OFFLOAD_MIN_BYTES = '0';
      const path = 'test/fixtures/django-po/vi.po';
      const discoverOpts = { sourceLang: 'en', aligned: false };
      const offloads = startOffloads([path], { discover: discoverOpts, cwd: process.cwd() });
      expect(offloads.size).toBe(1);
      const [set] = discover([path], discoverOpts) as (DocumentSet & { beads: Bead[][] })[];
      const pre = precomputedFor(set, offloads)!;
      expect(pre.has('untranslated')).toBe(true);
      expect(pre.has('number')).toBe(false);
      const fromWorker = pre.take(0, 'untranslated');
      expect(fromWorker).toBeDefined();
      const here = untranslated.run(checkContext(set, catalogAlignments(set)[0], 0, defaultConfig()));
      expect(fromWorker).toEqual(here);
      expect(here.length).toBeGreaterThan(0);
    });
  });
});
