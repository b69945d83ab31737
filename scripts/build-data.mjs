// Build step (after tsc and esbuild): data files the built code loads faster than it could make
// them at run time, each checked against what it was made from when loaded (a stale file is
// ignored). They go to dist/data/, which both the modules (dist/lang/*.js) and the bundle
// (dist/bundle/tqc.mjs) find as ../data/.
// - dist/data/eld-small.json: eld's small n-gram database as JSON with the eld version it came
//   from. src/lang/detect.ts loads it with JSON.parse (~50 ms) instead of evaluating eld's 1.6 MB
//   object literal (~220 ms), on every run that detects a language.
// - dist/data/words/<lang>.idx: the offsets of every word of each shipped word list (see
//   packIndex in src/lang/words.ts): ~1 ms to read instead of ~25 ms to index a list.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const lang = new URL('../dist/lang/', import.meta.url);
const dist = new URL('../dist/data/', import.meta.url);
mkdirSync(dist, { recursive: true });

const { installedEldData } = await import(new URL('detect.js', lang).href);
writeFileSync(new URL('eld-small.json', dist), JSON.stringify(installedEldData()));

const { LANGUAGES } = await import(new URL('index.js', lang).href);
const { indexWords, packIndex } = await import(new URL('words.js', lang).href);
mkdirSync(new URL('words/', dist), { recursive: true });
for (const [code, data] of Object.entries(LANGUAGES)) {
  const list = data.lexicon.wordList;
  if (!list) continue;
  const text = readFileSync(require.resolve(list), 'utf8');
  const index = text.includes('\\') ? null : indexWords(text);
  if (!index) continue; // loaded by JSON.parse and sorted at run time instead
  const packed = packIndex(text, index);
  writeFileSync(new URL(`words/${code}.idx`, dist), new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength));
}
