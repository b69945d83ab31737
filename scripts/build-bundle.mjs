// Build step (after tsc): the CLI as one CommonJS file, dist/bundle/tqc.cjs, and each parser behind
// src/vendor/ as a CommonJS file of its own, dist/bundle/vendor/<name>.cjs, that the bundle
// require()s on first use.
//
// Why: V8 compiles every byte of a module before running it. With every parser inside, the bundle
// was 3.2 MB and compiling it was ~140 ms of the 0.6 s `tqc check` takes on the seed corpus (CPU
// profile), though plain text needs none of them: micromark (Markdown), its MDX extensions with
// acorn (MDX only), parse5
// (HTML), gettext-parser with iconv-lite's code-page tables (PO), yaml, saxes (XLIFF, TMX, TBX),
// csv-parse, the ICU message parser and re2js. Now the bundle is ~0.8 MB and a run loads the
// parsers of the formats it reads.
//
// How: src/vendor/<name>.ts exports `lib()`, the parser's functions. Run from the sources (tsx,
// vitest, dist/ modules) it imports them statically. In the bundle the plugin below replaces each
// vendor module with a shim whose lib() loads the vendor file once (CommonJS: synchronous, and no
// experimental warning on Node 20).
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

const vendorNames = readdirSync(new URL('../dist/vendor/', import.meta.url))
  .filter((f) => f.endsWith('.js'))
  .map((f) => f.slice(0, -3))
  .sort();

await build({
  entryPoints: vendorNames.map((n) => `dist/vendor/${n}.js`),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outdir: 'dist/bundle/vendor',
  outExtension: { '.js': '.cjs' },
  // One acorn: the MDX extensions import its ES module and acorn-jsx requires its CommonJS file,
  // and each was bundled (2 × ~0.2 MB).
  alias: { acorn: './node_modules/acorn/dist/acorn.js' },
  logLevel: 'warning',
});

/** Each dist/vendor/<name>.js becomes a shim loading dist/bundle/vendor/<name>.cjs on first use. */
const lazyVendor = {
  name: 'lazy-vendor',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]vendor[\\/][^\\/]+\.js$/ }, (args) => {
      const name = args.path.replace(/^.*[\\/]/, '').slice(0, -3);
      if (!vendorNames.includes(name)) return undefined;
      return {
        contents: [
          'let loaded;',
          `export const lib = () => (loaded ??= __tqcLazyRequire(${JSON.stringify(`./vendor/${name}.cjs`)}).lib());`,
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};

// string-width (yargs, cliui and wrap-ansi measure help text with it) builds an Intl.Segmenter
// and three Unicode-property regular expressions when loaded: ~15 ms of every run, for a help
// text a check never prints. It is a file of its own too, loaded when a width is first asked for.
await build({
  entryPoints: ['node_modules/string-width/index.js'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: 'dist/bundle/vendor/string-width.cjs',
  logLevel: 'warning',
});
const lazyStringWidth = {
  name: 'lazy-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, () => ({ path: 'string-width', namespace: 'lazy-string-width' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-string-width' }, () => ({
      contents: [
        'let width;',
        "export default function stringWidth(text, options) { return (width ??= __tqcLazyRequire('./vendor/string-width.cjs').default)(text, options); }",
      ].join('\n'),
      loader: 'js',
    }));
  },
};

// yargs imports two functions of Node's `assert`, which loads ~4 ms of modules at every start-up
// (assertion errors, colours, call tracking) for checks that pass, and it calls them on every run:
// the shim compares as assert does (Object.is) and loads assert only to throw its error.
const lazyAssert = {
  name: 'lazy-assert',
  setup(b) {
    b.onResolve({ filter: /^assert$/ }, (args) => (args.importer.includes('yargs') ? { path: 'assert', namespace: 'lazy-assert' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-assert' }, () => ({
      contents: [
        "export function notStrictEqual(a, b, message) { if (Object.is(a, b)) __tqcLazyRequire('node:assert').notStrictEqual(a, b, message); }",
        "export function strictEqual(a, b, message) { if (!Object.is(a, b)) __tqcLazyRequire('node:assert').strictEqual(a, b, message); }",
      ].join('\n'),
      loader: 'js',
    }));
  },
};

// eld's detector (src/lang/eld-factory.ts) is bundled from the installed eld's sources (~30 KB),
// not require()d at run time: require() of an ES module loads Node's ES module loader (~8 ms).
// Found as src/lang/detect.ts finds it (the package exports neither its sources nor package.json).
const eldDir = (createRequire(import.meta.url).resolve.paths('eld') ?? []).map((d) => join(d, 'eld')).find((d) => existsSync(join(d, 'package.json')));
if (!eldDir) throw new Error('build-bundle: eld is not installed');
const bundledEld = {
  name: 'bundled-eld',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]lang[\\/]eld-factory\.js$/ }, () => ({
      contents: [
        `import { createEld } from ${JSON.stringify(join(eldDir, 'src', 'languageDetector.js'))};`,
        'export function eldFactory() { return createEld; }',
      ].join('\n'),
      loader: 'js',
    }));
  },
};

// CommonJS, not an ES module: bin/tqc.js compiles it with a V8 code cache made at build time
// (scripts/build-cache.mjs), which Node 20 offers for scripts only. `import.meta.url` becomes the
// file's own URL; the vendor shims require through a name esbuild does not try to resolve.
await build({
  entryPoints: ['dist/cli/main.js'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: 'dist/bundle/tqc.cjs',
  logLevel: 'warning',
  define: { 'import.meta.url': '__tqcUrl' },
  banner: { js: "const __tqcLazyRequire = require; const __tqcUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [lazyVendor, lazyStringWidth, lazyAssert, bundledEld],
});
