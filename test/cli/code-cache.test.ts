// The built CLI is compiled with the V8 code cache the build made (bin/load-bundle.js,
// scripts/build-cache.mjs): ~50 ms of the seed corpus's ~0.5 s. These run in child processes, as
// tqc does: the cache is valid only under the V8 options of a main thread.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Loads the bundle through `loader` in a fresh process; prints what it said of the cache. */
function cacheVerdict(loader: string): string {
  const script = `import(${JSON.stringify(pathToFileURL(loader).href)}).then((m) => { const b = m.loadBundle(); process.stdout.write(String(b.cacheRejected) + ' ' + typeof b.exports.main); })`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('the code cache of the built CLI', () => {
  it('is made by the build and accepted by V8', () => {
    expect(cacheVerdict(resolve('bin/load-bundle.js'))).toBe('false function');
  });

  it('is not used for a bundle other than the one it was made from, even of the same length', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tqc-cache-'));
    mkdirSync(join(dir, 'bin'));
    mkdirSync(join(dir, 'dist', 'bundle'), { recursive: true });
    copyFileSync(resolve('bin/load-bundle.js'), join(dir, 'bin', 'load-bundle.js'));
    copyFileSync(resolve('dist/bundle/tqc.cjs.cache'), join(dir, 'dist', 'bundle', 'tqc.cjs.cache'));
    // One character changed, the length kept: V8's own check (the length) would accept the cache.
    const source = readFileSync(resolve('dist/bundle/tqc.cjs'), 'utf8');
    const at = source.indexOf('translation-quality checker');
    expect(at).toBeGreaterThan(0);
    writeFileSync(join(dir, 'dist', 'bundle', 'tqc.cjs'), `${source.slice(0, at)}TRANSLATION${source.slice(at + 11)}`);
    expect(cacheVerdict(join(dir, 'bin', 'load-bundle.js'))).toBe('undefined function');
  });
});
