// Build step (after build-bundle.mjs): the V8 code cache of dist/bundle/tqc.cjs, which bin/tqc.js
// loads it with (bin/load-bundle.js). V8 caches the code of the functions compiled so far, and it
// compiles a function when it first runs, so the cache is made after a run: `tqc check` on the
// shipped corpus (articles, Markdown, catalogs, HTML; every report format), in this process, its
// reports written to a temporary directory and removed. Nothing here is needed for tqc to work:
// without the cache it compiles the bundle from source, ~65 ms slower.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachePath, loadBundle } from '../bin/load-bundle.js';

rmSync(cachePath, { force: true });
const { exports, script, digest } = loadBundle({ useCache: false });
// A path, not URL.pathname: a checkout under a directory with a space in its name is %20-encoded there.
const corpus = fileURLToPath(new URL('../corpus/', import.meta.url));
if (existsSync(corpus)) {
  const out = mkdtempSync(join(tmpdir(), 'tqc-cache-'));
  try {
    await exports.main(['check', corpus, '--format', 'html,md,json', '--out', out, '--fail-on', 'none', '--quiet', '--jobs', '1']);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
writeFileSync(cachePath, Buffer.concat([digest, script.createCachedData()]));
