// Preloaded with `node -r` by test/cli/lazy-parsers.test.ts: names on stderr every parser file the
// built CLI loads from dist/bundle/vendor/ (scripts/build-bundle.mjs), one line each.
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  const m = /[\\/]vendor[\\/]([\w-]+)\.cjs$/.exec(String(request));
  if (m) process.stderr.write(`vendor-loaded ${m[1]}\n`);
  return load.call(this, request, ...rest);
};
