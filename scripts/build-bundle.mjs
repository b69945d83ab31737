// Build step (after tsc): the CLI as one ES module, dist/bundle/tqc.mjs, and each parser behind
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
import { readdirSync } from 'node:fs';
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
          "import { createRequire } from 'node:module';",
          'let loaded;',
          `export const lib = () => (loaded ??= createRequire(import.meta.url)(${JSON.stringify(`./vendor/${name}.cjs`)}).lib());`,
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};

await build({
  entryPoints: ['dist/cli/main.js'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: 'dist/bundle/tqc.mjs',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __tqcRequire } from 'node:module'; const require = __tqcRequire(import.meta.url);" },
  plugins: [lazyVendor],
});
