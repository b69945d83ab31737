#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run automatically by `npm ci` via
// `prepare`), and bundled into one file with its dependencies: loading ~120 modules one by one
// took ~80 ms of every run, the bundle ~40 ms. The parsers of formats a run does not read (HTML,
// Markdown, PO, XML, YAML…) stay out of it, loaded on first use (scripts/build-bundle.mjs). The
// bundle is compiled with the code cache the build made for it (load-bundle.js).
'use strict';
const { loadBundle } = require('./load-bundle.js');

Promise.resolve().then(() => loadBundle().exports.main(process.argv.slice(2))).then(
  (code) => exitWhenWritten(code),
  (err) => { process.stderr.write(`tqc: internal error: ${err && err.stack ? err.stack : err}\n`); process.exitCode = 3; },
);

// main() resolves once the audit is written (it awaits every write of a report). Left to itself,
// the process would then wait for V8 to finish garbage-collection work it had started: 30–90 ms
// of the 0.5 s `tqc check` on the seed corpus. So it ends now, once anything still buffered on
// stdout or stderr (a slow pipe, on Windows) has drained; a reader that went away never drains,
// and then the process ends by itself with the same code.
function exitWhenWritten(code) {
  process.exitCode = code;
  const buffered = [process.stdout, process.stderr].filter((s) => s.writableLength > 0);
  if (buffered.length === 0) process.exit(code);
  let left = buffered.length;
  for (const s of buffered) s.once('drain', () => { if (--left === 0) process.exit(code); });
}
