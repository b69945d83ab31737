// Start-up (issue 13: `tqc check` on the seed corpus under 0.4 s) depends on what the CLI does not
// load. Each of these cost milliseconds of every run on this machine and is loaded only when used:
// Node's ES module loader (~8 ms: the launchers are CommonJS, eld's detector is inside the bundle),
// child_process (~5 ms: git runs only with --changed-since and friends) and assert (~4 ms: yargs
// calls it on every run; the bundle's shim loads it only to throw). Not a timing test: it lists
// the built-in modules a run loaded.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

function modulesLoaded(args: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'tqc-modules-'));
  const preload = join(dir, 'list.cjs');
  const listing = join(dir, 'loaded.txt');
  // Written when the CLI ends (it ends through process.exit once its reports are written).
  writeFileSync(
    preload,
    `const exit = process.exit; process.exit = function (c) { require('fs').writeFileSync(${JSON.stringify(listing)}, process.moduleLoadList.join('\\n')); return exit.call(process, c); };`,
  );
  const r = spawnSync(process.execPath, ['-r', preload, resolve('bin/tqc.js'), ...args], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(1); // the seeds have major findings
  return readFileSync(listing, 'utf8').split('\n');
}

describe('start-up of the built CLI', () => {
  it('checks the seed corpus without loading the ES module loader, child_process or assert', () => {
    const loaded = modulesLoaded(['check', 'corpus/seeds', '--format', 'json']);
    expect(loaded).toContain('NativeModule fs'); // the listing was written
    expect(loaded.filter((m) => /^NativeModule (child_process|assert|internal\/modules\/esm\/module_job)$/.test(m))).toEqual([]);
  });
});
