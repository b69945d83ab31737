// Build step (after tsc and esbuild): data files the built code loads faster than it could make
// them at run time, each checked against what it was made from when loaded (a stale file is
// ignored). They go to dist/data/, which both the modules (dist/lang/*.js) and the bundle
// (dist/bundle/tqc.mjs) find as ../data/.
// - dist/data/eld-small.bin: eld's small n-gram database packed with the eld version it came from
//   (packEldData in src/lang/detect.ts), searched in place: ~2 ms to load where evaluating eld's
//   1.6 MB object literal took ~220 ms and JSON.parse of a JSON copy 50–140 ms, on every run that
//   detects a language.
// - dist/data/words/<lang>.idx: the byte offsets of every word of each shipped word list (see
//   packIndex in src/lang/words.ts): ~1 ms to read instead of ~25 ms to index a list.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const lang = new URL('../dist/lang/', import.meta.url);
const dist = new URL('../dist/data/', import.meta.url);
mkdirSync(dist, { recursive: true });

const { installedEldData, packEldData } = await import(new URL('detect.js', lang).href);
const packedEld = packEldData(installedEldData());
if (packedEld) writeFileSync(new URL('eld-small.bin', dist), packedEld); // else eld's own entry is loaded

const { LANGUAGES } = await import(new URL('index.js', lang).href);
const { indexWords, packIndex } = await import(new URL('words.js', lang).href);
mkdirSync(new URL('words/', dist), { recursive: true });
for (const [code, data] of Object.entries(LANGUAGES)) {
  const list = data.lexicon.wordList;
  if (!list) continue;
  const bytes = readFileSync(require.resolve(list));
  const index = bytes.includes(0x5c) ? null : indexWords(bytes);
  if (!index) continue; // loaded by JSON.parse and sorted at run time instead
  const packed = packIndex(bytes, index);
  writeFileSync(new URL(`words/${code}.idx`, dist), new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength));
}
