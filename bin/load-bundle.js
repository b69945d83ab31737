// Loads the built CLI, dist/bundle/tqc.cjs, with the V8 code cache the build made for it
// (scripts/build-cache.mjs). Compiling the 0.8 MB bundle, and then every function a run calls, was
// ~85 ms of the 0.5 s `tqc check` on the seed corpus (CPU profile); with the cache V8 reads the
// compiled code instead (~20 ms). Node 20 has no compile cache for ES modules, hence a script.
//
// The cache is used only for the exact bundle it was made from: V8 itself checks its own version,
// its options and the source's length, not its content, so a cache left beside a rebuilt bundle of
// the same length would run stale code. The cache file starts with the SHA-256 of the source it
// was made from (~2 ms to check). Without a valid cache the bundle is compiled as before.
//
// CommonJS (bin/package.json), as are the two launchers: Node reads an ES module entry point
// through its ES module loader, ~8 ms more than a CommonJS one on this machine (a file holding
// `0;`, medians of 30 runs: 104 against 97 ms), of a start-up whose target is 0.4 s.
'use strict';
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { createRequire } = Module;
const { dirname, join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');
const { isMainThread } = require('node:worker_threads');

const bundlePath = join(__dirname, '..', 'dist', 'bundle', 'tqc.cjs');
const cachePath = `${bundlePath}.cache`;
exports.bundlePath = bundlePath;
exports.cachePath = cachePath;

/** Compiles and runs the bundle; returns its exports, the compiled script (for createCachedData)
 *  and the digest a cache of it must start with. `useCache: false` compiles from source. */
function loadBundle({ useCache = true } = {}) {
  // The V8 option main.ts sets (see there), set before compiling: a code cache is valid only under
  // the options it was made with, and the build makes it after main.ts has run.
  if (isMainThread) setFlagsFromString('--heap-growing-percent=50');
  const source = readFileSync(bundlePath, 'utf8');
  const digest = createHash('sha256').update(source).digest();
  let cachedData;
  if (useCache) {
    try {
      const cache = readFileSync(cachePath);
      if (cache.length > digest.length && cache.subarray(0, digest.length).equals(digest)) cachedData = cache.subarray(digest.length);
    } catch {
      // No cache (a build without it, or deleted): compile from source.
    }
  }
  const script = new Script(Module.wrap(source), { filename: bundlePath, cachedData });
  const module = new Module(bundlePath);
  module.filename = bundlePath;
  module.paths = Module._nodeModulePaths(dirname(bundlePath));
  const run = script.runInThisContext();
  run.call(module.exports, module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
  module.loaded = true;
  return { exports: module.exports, script, digest, cacheRejected: cachedData ? script.cachedDataRejected === true : undefined };
}
exports.loadBundle = loadBundle;
