import { describe, expect, it } from 'vitest';
import { AnchorVocab, WordVocab, extractFeatures, numberValue } from '../../src/align/features.js';
import { charLength, fold, isTruncated } from '../../src/align/normalize.js';

describe('numberValue', () => {
  it.each([
    ['1,5', ',', '1.5'],
    ['100.000', ',', '100000'],
    ['100,000', '.', '100000'],
    ['1.5', '.', '1.5'],
    ["4'000", ',', '4000'],
    ['4.45', ',', '4.45'], // "4.45 Uhr": not a grouping (two digits after the point)
    ['8847,60', ',', '8847.6'],
    ['1.000.000', null, '1000000'],
    ['2,5', null, '2.5'],
    ['09', '.', '9'],
  ] as const)('%s (decimal %s) → %s', (raw, decimal, value) => {
    expect(numberValue(raw, decimal)).toBe(value);
  });
});

describe('normalisation', () => {
  it('folds case and accents, Vietnamese đ and German ß included', () => {
    expect(fold('Électricité')).toBe('electricite');
    expect(fold('Đường')).toBe('duong');
    expect(fold('Straße')).toBe('strasse');
  });

  it('counts characters without white space (the benchmark text is tokenised)', () => {
    expect(charLength('Michel Piola , Vernier ')).toBe(19);
  });

  it('knows a cut sentence from a tokenised ellipsis', () => {
    expect(isTruncated('Tuần…')).toBe(true);
    expect(isTruncated('the compa...')).toBe(true);
    expect(isTruncated('Dring ... dring ... ')).toBe(false);
    expect(isTruncated('…')).toBe(false);
    expect(isTruncated('Une phrase complète.')).toBe(false);
  });
});

describe('extractFeatures', () => {
  it('shares anchors across languages: prefixes, numbers by value, codes, URLs, hashtags', () => {
    const anchors = new AnchorVocab();
    const en = extractFeatures(['A cluster of 100,000 H100 chips would require 150 megawatts, see https://www.wired.com/story/x/ #Meta'], 'en', anchors, new WordVocab());
    const fr = extractFeatures(['Un cluster de 100 000 puces H100 nécessiterait 150 mégawatts, voir https://www.wired.com/story/x/. #meta'], 'fr', anchors, new WordVocab());
    const ids = (f: typeof en) => new Set(Array.from(f.anchorIds));
    const shared = [...ids(en)].filter((x) => ids(fr).has(x)).map((x) => [...anchors.ids].find(([, v]) => v === x)?.[0]).sort();
    expect(shared).toEqual(['c:h100', 'h:#meta', 'n:100000', 'n:150', 'p:clus', 'p:mega', 'p:meta', 'u:wired.com']);
    expect(Array.from(en.numCount)).toEqual([2]);
    expect(Array.from(en.verbatimCount)).toEqual([4]); // a URL weighs 3, a hashtag 1
  });

  it('marks a sentence that repeats one of the two before it', () => {
    const f = extractFeatures(['Titre', 'Titre', 'Texte.', 'Autre.', 'Titre'], 'fr', new AnchorVocab(), new WordVocab());
    expect(Array.from(f.repeat)).toEqual([0, 1, 0, 0, 0]);
  });
});
