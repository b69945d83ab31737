import { describe, expect, it } from 'vitest';
import {
  hasNativeTest,
  identifyByWords,
  inWordList,
  isFunctionWord,
  isLoanword,
  isNativeWord,
  loanPhrases,
  wordListLangs,
} from '../../src/lang/words.js';

describe('word lists', () => {
  it('knows which languages have lists', () => {
    expect(wordListLangs()).toEqual(['de', 'en', 'es', 'fr']);
    expect(hasNativeTest('vi')).toBe(true); // structural test, no list
    expect(hasNativeTest('it')).toBe(false);
  });

  it.each<[string, string, boolean]>([
    ['en', 'through', true],
    ['en', 'cash', true],
    ['fr', 'cash', true], // shared: "cash" alone never proves English in French text
    ['fr', 'through', false],
    ['fr', 'développeurs', true],
    ['en', 'développeurs', false],
    ['fr', "l'argent", true], // elision: every part of 2+ letters is a word
    ['en', "company's", true],
    ['en', 'fine-tuned', true],
    ['de', 'the', false], // the German list holds English "the": excluded
    ['de', 'your', false],
    ['de', 'wächst', true],
    ['de', 'will', true], // German "will" (wollen) stays
    ['xx', 'through', false], // no list
  ])('inWordList(%s, %s) = %s', (lang, word, expected) => expect(inWordList(lang, word)).toBe(expected));

  it('tells native words of the target by list or by structure', () => {
    expect(isNativeWord('vi', 'đốt')).toBe(true);
    expect(isNativeWord('vi', 'through')).toBe(false);
    expect(isNativeWord('fr', 'argent')).toBe(true);
    expect(isNativeWord('it', 'casa')).toBeUndefined();
  });

  it('names the language of foreign words, source first on ties', () => {
    expect(identifyByWords(['through', 'cash'], ['en'], 'vi')).toEqual({ lang: 'en', hits: 2 });
    expect(identifyByWords(['développeurs'], ['en'], 'vi')).toEqual({ lang: 'fr', hits: 1 });
    expect(identifyByWords(['cash'], ['en'], 'fr').lang).toBe('en'); // en before de, though both have it
    expect(identifyByWords(['xqzzv'], ['en'], 'vi')).toEqual({ lang: '', hits: 0 });
  });

  it('reads loanwords and function words from the language data', () => {
    expect(isLoanword('vi', 'chip')).toBe(true);
    expect(isLoanword('vi', 'megawatt')).toBe(true);
    expect(isLoanword('vi', 'cluster')).toBe(false); // the seed writes "cụm"
    expect(isLoanword('fr', 'cluster')).toBe(true);
    expect(loanPhrases('fr')).toContain('open source');
    expect(isFunctionWord('fr', 'les')).toBe(true);
    expect(isFunctionWord('en', 'les')).toBe(false);
  });
});

describe('word lists packed by the build (dist/data/words/<lang>.fc)', () => {
  it.each(['de', 'en', 'es', 'fr'])('%s: the packed copy is the installed list, front-coded, at half its size or less', async (lang) => {
    const { readFileSync } = await import('node:fs');
    const { createRequire } = await import('node:module');
    const { listFingerprint, listWords } = await import('../../src/lang/words.js');
    const { packWords, WordStore } = await import('../../src/lang/word-store.js');
    const { langData } = await import('../../src/lang/index.js');
    const path = createRequire(import.meta.url).resolve(langData(lang)!.lexicon.wordList!);
    const list = readFileSync(path);
    const stored = readFileSync(new URL(`../../dist/data/words/${lang}.fc`, import.meta.url));
    const packed = packWords(listWords(list), listFingerprint(path));
    expect(Buffer.from(packed).equals(stored)).toBe(true);
    expect(stored.length).toBeLessThan(list.length / 2);
    expect(new WordStore(stored).count).toBeGreaterThan(100_000);
  });

  it('refuses what is not a packed list, or one cut short', async () => {
    const { readFileSync } = await import('node:fs');
    const { WordStore } = await import('../../src/lang/word-store.js');
    const stored = readFileSync(new URL('../../dist/data/words/en.fc', import.meta.url));
    expect(() => new WordStore(stored.subarray(0, stored.length - 1))).toThrow();
    expect(() => new WordStore(Buffer.from('["a","b"]'))).toThrow();
  });

  it('answers, and ends, on a copy whose words lost their ends (damaged data, header intact)', async () => {
    const { readFileSync } = await import('node:fs');
    const { WordStore } = await import('../../src/lang/word-store.js');
    const stored = Buffer.from(readFileSync(new URL('../../dist/data/words/en.fc', import.meta.url)));
    const blocks = stored.readUInt32LE(8);
    for (let i = 16 + 4 * (blocks + 1); i < stored.length; i++) if (stored[i] === 0x0a) stored[i] = 0x61;
    const damaged = new WordStore(stored);
    for (const w of ['through', 'cash', 'zzzz', 'a', 'développeurs']) expect(typeof damaged.has(w)).toBe('boolean');
  });
});

describe('word-list search in place (front-coded UTF-8, binary search over blocks)', () => {
  // The lists are searched packed, not parsed: every answer must be the parsed list's. Sampled
  // words of every list, as they are and changed by a letter (mostly not words), accented ones
  // included ("é" is two bytes, "œ" too; the order of bytes must be the order of the list).
  it.each(['de', 'en', 'es', 'fr'])('%s: the same answers as the parsed list', async (lang) => {
    const { readFileSync } = await import('node:fs');
    const { createRequire } = await import('node:module');
    const { langData } = await import('../../src/lang/index.js');
    const lex = langData(lang)!.lexicon;
    const words = JSON.parse(readFileSync(createRequire(import.meta.url).resolve(lex.wordList!), 'utf8')) as string[];
    const listed = new Set(words);
    const excluded = new Set(lex.wordListExclude ?? []);
    const plain = words.filter((w, k) => k % 401 === 0 && !/['-]/.test(w));
    const probes = plain.flatMap((w) => [w, `${w}q`, w.slice(0, -1), `é${w}`, `${w}œ`]).filter((w) => w.length > 0 && !/['-]/.test(w));
    expect(plain.some((w) => /[^\x00-\x7f]/.test(w)) || lang === 'en').toBe(true);
    let found = 0;
    for (const w of probes) {
      const expected = listed.has(w) && !excluded.has(w);
      if (expected) found++;
      expect(inWordList(lang, w), w).toBe(expected);
    }
    expect(found).toBeGreaterThan(plain.length * 0.9);
  });
});
