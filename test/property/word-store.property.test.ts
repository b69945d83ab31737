// Properties of the front-coded word store (src/lang/word-store.ts) against a plain Set, over
// generated lists: any order, duplicates, shared prefixes longer than the 255 a prefix byte can
// say, accents, characters outside the BMP, words of every length the store accepts. Every member
// is found, and a probe is found exactly when the list holds it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packWords, WordStore } from '../../src/lang/word-store.js';

const utf8 = (w: string) => Buffer.from(w, 'utf8');
const letters = fc.constantFrom('a', 'b', 'e', 'é', 'è', 'œ', 'ß', 'z', 'ạ', 'ữ', '😀', '𝔸', '-', "'");
const word = fc.oneof(
  fc.array(letters, { minLength: 1, maxLength: 12 }).map((cs) => cs.join('')),
  // Long shared prefixes: the prefix byte caps at 255, the rest must still rebuild the word.
  fc.tuple(fc.integer({ min: 250, max: 300 }), fc.array(letters, { minLength: 0, maxLength: 3 })).map(([n, cs]) => 'x'.repeat(n) + cs.join('')),
);

describe('word store', () => {
  it('answers as a Set of the same words, for members and for probes', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 120 }), fc.array(word, { maxLength: 40 }), (words, probes) => {
        const store = new WordStore(packWords(words.map(utf8), 7));
        const set = new Set(words);
        for (const w of words) expect(store.has(w), w).toBe(true);
        for (const p of probes) expect(store.has(p), p).toBe(set.has(p));
        expect(store.count).toBe(set.size);
      }),
      { numRuns: 300 },
    );
  });

  it('finds nothing in an empty list, and no word longer than any stored', () => {
    const empty = new WordStore(packWords([], 0));
    expect(empty.has('a')).toBe(false);
    const store = new WordStore(packWords(['abc'].map(utf8), 0));
    expect(store.has('abc'.repeat(1000))).toBe(false);
    expect(store.has('')).toBe(false);
  });
});
