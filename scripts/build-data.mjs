// Build step (after tsc and esbuild): data files the built code loads faster than it could make
// them at run time, each checked against what it was made from when loaded (a stale file is
// ignored). They go to dist/data/, which both the modules (dist/lang/*.js) and the bundle
// (dist/bundle/tqc.cjs) find as ../data/.
// - dist/data/eld-small.bin: eld's small n-gram database packed with the eld version it came from
//   (packEldData in src/lang/detect.ts), searched in place: ~2 ms to load where evaluating eld's
//   1.6 MB object literal took ~220 ms and JSON.parse of a JSON copy 50–140 ms, on every run that
//   detects a language.
// - dist/data/words/<lang>.fc: each shipped word list sorted and front-coded (src/lang/word-store.ts),
//   a third to a half of the list’s size, searched in place.
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
const { listFingerprint, listWords } = await import(new URL('words.js', lang).href);
const { packWords } = await import(new URL('word-store.js', lang).href);
mkdirSync(new URL('words/', dist), { recursive: true });
for (const [code, data] of Object.entries(LANGUAGES)) {
  const list = data.lexicon.wordList;
  if (!list) continue;
  const path = require.resolve(list);
  writeFileSync(new URL(`words/${code}.fc`, dist), packWords(listWords(readFileSync(path)), listFingerprint(path)));
}
