import { describe, expect, it } from 'vitest';
import { extractNumbers, extractSpelledNumbers, formatNumber, type NumberMention } from '../../src/lang/numbers.js';

/** [raw, value, kind] of every mention: spans are checked through `raw`, which is text.slice(start, end). */
const read = (text: string, lang: string): [string, number, string][] =>
  extractNumbers(text, lang).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.raw);
    return [m.raw, m.value, m.kind];
  });
const one = (text: string, lang: string): NumberMention => {
  const all = extractNumbers(text, lang);
  expect(all).toHaveLength(1);
  return all[0];
};

describe('extractNumbers: grouping and decimals by language', () => {
  it.each([
    ['en', 'a cluster of 100,000 H100 chips', '100,000', 100000],
    ['vi', 'một cụm chip H100 100.000 chiếc', '100.000', 100000],
    ['de', 'ein Cluster aus 100.000 H100-Chips', '100.000', 100000],
    ['es', 'un clúster de 100.000 chips H100', '100.000', 100000],
    ['fr', 'un cluster de 100 000 puces H100', '100 000', 100000],
    ['fr', 'un cluster de 100\u00a0000 puces', '100\u00a0000', 100000],
    ['fr', 'un cluster de 100\u202f000 puces', '100\u202f000', 100000],
    ['de', 'rund 100 000 Chips', '100 000', 100000],
    ['en', 'grew 1.5 times', '1.5', 1.5],
    ['fr', 'a crû de 1,5 fois', '1,5', 1.5],
    ['vi', 'tăng 1,5 lần', '1,5', 1.5],
    ['en', '1,234,567.89 units', '1,234,567.89', 1234567.89],
    ['de', '1.234.567,89 Einheiten', '1.234.567,89', 1234567.89],
  ])('%s: %s', (lang, text, raw, value) => {
    const m = one(text, lang);
    expect([m.raw, m.value]).toEqual([raw, value]);
  });

  it('an ambiguous 1.000 / 1,000 is read in the language of its side, with the other reading as alt', () => {
    expect([one('1,000 chips', 'en').value, one('1,000 chips', 'en').alt]).toEqual([1000, 1]);
    expect([one('1.000 chiếc', 'vi').value, one('1.000 chiếc', 'vi').alt]).toEqual([1000, 1]);
    // English-style 100,000 left in French reads as 100 with three decimals
    expect([one('de 100,000 puces', 'fr').value, one('de 100,000 puces', 'fr').alt]).toEqual([100, 100000]);
    expect(one('1,5 lần', 'vi').alt).toBeUndefined();
  });

  it('reads the other convention when the own does not fit, and flags separators in no place', () => {
    expect(one('um 1.5 Prozent', 'de')).toMatchObject({ value: 1.5, foreign: true, kind: 'percent' });
    // Danish 2.200.112 corrupted to 2,200,12 (mozilla/translations #1388)
    expect(one('2,200,12 kroner', 'en')).toMatchObject({ value: 220012, malformed: true });
    expect(one('24,490 people', 'en')).toMatchObject({ value: 24490 });
  });
});

describe('extractNumbers: percent, scale and currency words', () => {
  it.each([
    ['en', 'more than 42 percent from last year', '42 percent', 42],
    ['en', 'more than 42% from last year', '42%', 42],
    ['fr', 'de plus de 42 % par rapport', '42 %', 42],
    ['fr', 'de plus de 42\u00a0% par rapport', '42\u00a0%', 42],
    ['fr', "d'environ 9 pour cent cette année", '9 pour cent', 9],
    ['vi', 'tăng 42 phần trăm', '42 phần trăm', 42],
    ['de', 'um 42 Prozent', '42 Prozent', 42],
    ['es', 'un 2,5 por ciento más', '2,5 por ciento', 2.5],
  ])('%s percent: %s', (lang, text, raw, value) => {
    expect(one(text, lang)).toMatchObject({ raw, value, kind: 'percent' });
  });

  it.each([
    ['en', 'as much as $40 billion in capital', '$40 billion'],
    ['vi', 'chi tiêu tới 40 tỷ USD vào năm nay', '40 tỷ USD'],
    ['fr', "jusqu'à 40 milliards de dollars en capital", '40 milliards de dollars'],
    ['de', 'bis zu 40 Milliarden Dollar', '40 Milliarden Dollar'],
    ['es', 'hasta 40.000 millones de dólares', '40.000 millones de dólares'],
    ['es', 'hasta 40 mil millones de dólares', '40 mil millones de dólares'],
    ['en', 'a £40bn deal', '£40bn'],
  ])('%s currency: %s = 4e10', (lang, text, raw) => {
    const m = one(text, lang);
    expect([m.raw, m.value, m.kind, m.scaled]).toEqual([raw, 4e10, 'currency', true]);
  });

  it('keeps the false friends of scale apart', () => {
    expect(one('3 billion', 'en').value).toBe(3e9);
    expect(one('3 billions', 'fr').value).toBe(3e12);
    expect(one('3 Billionen', 'de').value).toBe(3e12);
    expect(one('3 billones', 'es').value).toBe(3e12);
    expect(one('3 nghìn tỷ', 'vi').value).toBe(3e12);
    expect(one('3 tỉ', 'vi').value).toBe(3e9);
    expect(one('500 triệu người', 'vi').value).toBe(5e8);
    expect(one('500 millions de personnes', 'fr').value).toBe(5e8);
    expect(one('Over 500 million people', 'en').value).toBe(5e8);
  });
});

describe('extractNumbers: codes, years, times, ranges, ordinals', () => {
  it('skips codes glued to letters, keeps standalone numbers', () => {
    expect(read('GPT-5, COVID-19, MP3, A380 and H100 chips', 'en')).toEqual([]);
    expect(read('to develop Llama 4 is likely', 'en')).toEqual([['4', 4, 'plain']]);
    expect(read('một cụm chip H100 100.000 chiếc', 'vi')).toEqual([['100.000', 100000, 'plain']]);
    expect(read('the top-10 list', 'en')).toEqual([['10', 10, 'plain']]);
  });

  it('digits with a glued suffix are soft codes', () => {
    expect(one('a 4K screen', 'en')).toMatchObject({ raw: '4K', kind: 'code', soft: true });
    expect(one('in the 1990s', 'en')).toMatchObject({ value: 1990, kind: 'code', soft: true });
  });

  it('years, ranges and negative numbers', () => {
    expect(read('from 2023', 'en')).toEqual([['2023', 2023, 'year']]);
    expect(read('2020-2023', 'en')).toEqual([
      ['2020', 2020, 'year'],
      ['2023', 2023, 'year'],
    ]);
    expect(read('fell -5% and −3', 'en')).toEqual([
      ['-5%', -5, 'percent'],
      ['−3', -3, 'plain'],
    ]);
  });

  it('times of day are soft, in minutes since midnight', () => {
    expect(one('at 3:30 PM', 'en')).toMatchObject({ raw: '3:30 PM', value: 930, kind: 'time', soft: true });
    expect(one('à 15 h 30', 'fr')).toMatchObject({ raw: '15 h 30', value: 930, kind: 'time' });
    expect(one('à 15h30', 'fr')).toMatchObject({ raw: '15h30', value: 930 });
    expect(one('um 15.30 Uhr', 'de')).toMatchObject({ raw: '15.30 Uhr', value: 930 });
    expect(one('lúc 15 giờ 30', 'vi')).toMatchObject({ raw: '15 giờ 30', value: 930 });
  });

  it('dates are soft with their parts', () => {
    expect(one('am 12.05.2023', 'de')).toMatchObject({ kind: 'date', parts: [12, 5, 2023], soft: true });
    expect(one('on 5/12/2023', 'en')).toMatchObject({ kind: 'date', parts: [5, 12, 2023] });
  });

  it('ordinals', () => {
    expect(one('the 1st time', 'en')).toMatchObject({ raw: '1st', value: 1, kind: 'ordinal' });
    expect(one('le 1er mai', 'fr')).toMatchObject({ raw: '1er', value: 1, kind: 'ordinal' });
    expect(one('el 3º lugar', 'es')).toMatchObject({ raw: '3º', value: 3, kind: 'ordinal' });
  });

  it('a currency sign belongs to one number only', () => {
    expect(read('entre 40 $ 5 et 6', 'fr')).toEqual([
      ['40 $', 40, 'currency'],
      ['5', 5, 'plain'],
      ['6', 6, 'plain'],
    ]);
  });

  it('text without digits costs nothing and returns nothing', () => {
    expect(extractNumbers('Không có số nào ở đây.', 'vi')).toEqual([]);
  });

  it('a language without data reads like English', () => {
    expect(one('100,000 units', 'xx').value).toBe(100000);
  });
});

describe('extractSpelledNumbers', () => {
  it('finds small spelled-out numbers, with scale words', () => {
    expect(extractSpelledNumbers('Có ba người và hai tỷ đồng', 'vi').map((m) => [m.raw, m.value])).toEqual([
      ['ba', 3],
      ['hai tỷ', 2e9],
    ]);
    expect(extractSpelledNumbers('trois puces', 'fr').map((m) => m.value)).toEqual([3]);
    expect(extractSpelledNumbers('drei Chips', 'de').map((m) => m.value)).toEqual([3]);
    expect(extractSpelledNumbers('tres chips', 'es').map((m) => m.value)).toEqual([3]);
    expect(extractSpelledNumbers('mười hai tháng', 'vi').map((m) => m.value)).toEqual([12]);
  });

  it('Roman numerals of two letters or more, with an ordinal suffix: “le XXe siècle”', () => {
    expect(extractSpelledNumbers('au XXe siècle, sous Louis XIV', 'fr').map((m) => [m.raw, m.value])).toEqual([
      ['XXe', 20],
      ['XIV', 14],
    ]);
    // "I", "CD" as an acronym of a disc is canonical but harmless (soft); "LCD" and "DVD" are not numerals
    expect(extractSpelledNumbers('I bought an LCD and a DVD', 'en')).toEqual([]);
  });

  it('a number word right before digits is not a number: "năm 2023" is "the year 2023"', () => {
    expect(extractSpelledNumbers('tăng 42% so với năm 2023', 'vi')).toEqual([]);
  });
});

describe('formatNumber', () => {
  it('writes the convention of the language', () => {
    expect(formatNumber(100000, 'en')).toBe('100,000');
    expect(formatNumber(100000, 'vi')).toBe('100.000');
    expect(formatNumber(100000, 'fr')).toBe('100\u202f000');
    expect(formatNumber(1.5, 'de')).toBe('1,5');
    expect(formatNumber(4e10, 'en')).toBe('40,000,000,000');
  });
});

describe('properties', () => {
  const fc = import('fast-check');

  it('a number written the way its language writes it reads back as the same value', async () => {
    const { default: f } = await fc;
    f.assert(
      f.property(
        f.constantFrom('en', 'vi', 'fr', 'de', 'es'),
        f.integer({ min: 0, max: 10_000_000_000 }),
        f.integer({ min: 0, max: 99 }),
        (lang, int, cents) => {
          const value = cents ? Number(`${int}.${cents}`) : int;
          const text = `Total: ${formatNumber(value, lang)} items.`;
          expect(extractNumbers(text, lang).map((m) => m.value)).toEqual([value]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('any text: mentions lie inside the text, in order, without overlap', async () => {
    const { default: f } = await fc;
    const piece = f.constantFrom('1', '23', '456', '.', ',', ' ', '\u00a0', '%', '$', 'H', 'tỷ', 'billion', ':', '/', '-', 'h', 'x', 'e', '\n');
    f.assert(
      f.property(f.constantFrom('en', 'vi', 'fr', 'de', 'es'), f.array(piece, { maxLength: 40 }), (lang, parts) => {
        const text = parts.join('');
        let last = 0;
        for (const m of [...extractNumbers(text, lang)]) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.raw);
          expect(Number.isFinite(m.value)).toBe(true);
          last = m.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('extractNumbers: units after a number', () => {
  it.each<[string, string, number, string | undefined]>([
    ['en', 'moved 50 miles inland', 50, 'mile'],
    ['en', 'a 1,000-foot tower', 1000, 'ft'], // hyphenated: "8-inch heels" became "20cm" (a talk)
    ['en', 'too many 8-inch heels', 8, 'inch'],
    ['vi', 'giầy cao gót 20cm mà', 20, 'cm'], // glued: a quantity, not a code like "5G"
    ['en', 'temperatures of 130 degrees', 130, 'degree'],
    ['en', 'it reached 95°F', 95, 'fahrenheit'],
    ['en', 'it reached 95 degrees Fahrenheit', 95, 'fahrenheit'],
    ['en', 'winds of 100 miles per hour', 100, 'mph'],
    ['en', 'it lasted 5 minutes', 5, undefined], // "mi" must end a word
    ['en', 'panels of 200 pounds', 200, 'lb'], // also a currency (GBP): both readings
    ['fr', 'à 80 kilomètres de Paris', 80, 'km'],
    ['fr', 'il fait 35 °C', 35, 'celsius'],
    ['fr', 'à 5 mille habitants', 5000, undefined], // "mille" is a thousand, not a mile
    ['fr', 'pendant 5 mois', 5, undefined],
    ['de', 'ein 305 Meter hoher Turm', 305, 'm'],
    ['es', '4.000 hectáreas', 4000, 'hectare'],
    ['vi', 'dài 10 km', 10, 'km'],
  ])('%s: %s', (lang, text, value, unit) => {
    const m = one(text, lang);
    expect([m.value, m.unit]).toEqual([value, unit]);
  });
});

describe('extractNumbers: idioms written with digits', () => {
  it.each<[string, string, string[]]>([
    ['en', 'they work 24/7, and', ['24/7']],
    ['en', 'open 24 hours a day', ['24 hours a day']],
    ['fr', 'travailler 24 h/24 et 7 j/7, et', ['24 h/24', '7 j/7']],
    ['fr', 'ouvert 7 jours sur 7', ['7 jours sur 7']],
    ['es', 'las 24 horas del día', ['24 horas del día']],
  ])('%s: %s is soft', (lang, text, raws) => {
    const ms = extractNumbers(text, lang);
    expect(ms.map((m) => m.raw)).toEqual(raws);
    expect(ms.every((m) => m.soft)).toBe(true);
  });

  it.each<[string, string]>([
    ['en', 'in 124/7 cases'],
    ['en', 'a ratio of 24/75'],
    ['en', 'it took 24 hours and a day'],
  ])('%s: %s is no idiom', (lang, text) => {
    expect(extractNumbers(text, lang).every((m) => !m.soft)).toBe(true);
  });
});

describe('extractNumbers: fractions written with digits', () => {
  it.each<[string, string, [string, number, string][]]>([
    ['en', 'About 1/3 of users', [['1/3', 1 / 3, 'fraction']]],
    ['en', '3/4 of voters', [['3/4', 0.75, 'fraction']]],
    ['en', 'on 5/3/2024', [['5/3/2024', 2024, 'date']]],
    ['en', 'a 12/25 ratio', [['12', 12, 'plain'], ['25', 25, 'plain']]], // no such denominator
    ['en', '4/3 scaling', [['4', 4, 'plain'], ['3', 3, 'plain']]], // not a proper fraction
    ['en', '1/3.5 of it', [['1', 1, 'plain'], ['3.5', 3.5, 'plain']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected);
  });
});
