#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run automatically by `npm ci` via
// `prepare`), and bundled into one file with its dependencies: loading ~120 modules one by one
// took ~80 ms of every run, the bundle ~40 ms. The parsers of formats a run does not read (HTML,
// Markdown, PO, XML, YAML…) stay out of it, loaded on first use (scripts/build-bundle.mjs).
import('../dist/bundle/tqc.mjs').then((m) => m.main(process.argv.slice(2))).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`tqc: internal error: ${err && err.stack ? err.stack : err}\n`); process.exitCode = 3; },
);
