import type { NumberData } from '../number-data.js';

// "100.000" or "100 000", "1,5", "42 %", "42 per cento", "40 miliardi di dollari", "3 mila".
// Italian "bilione" is 10¹² (rare); "miliardo" is 10⁹.
export const numbers: NumberData = {
  decimal: ',',
  group: ['.', ' '],
  preferredGroup: '.',
  percent: ['per cento', 'percento', 'punti percentuali', 'punto percentuale'],
  scales: {
    mila: 1e3,
    milione: 1e6,
    milioni: 1e6,
    miliardo: 1e9,
    miliardi: 1e9,
    bilione: 1e12,
    bilioni: 1e12,
  },
  approximators: ['più di', 'meno di', 'circa', 'quasi', 'fino a', 'almeno', 'al massimo', 'oltre', 'intorno a', 'attorno a', 'approssimativamente', 'all’incirca', "all'incirca"],
  approximatorHints: ['più', 'meno', 'oltre', 'circa', 'quasi', 'superiore', 'inferiore', 'supera', 'superato', 'stimato', 'stimata', 'solo', 'soltanto', 'massimo', 'minimo', 'intorno', 'attorno', 'fino', 'raggiungere', 'raggiunge'],
  currencyAfter: {
    'di dollari statunitensi': 'USD',
    'dollari statunitensi': 'USD',
    'di dollari': 'USD',
    dollari: 'USD',
    dollaro: 'USD',
    'di euro': 'EUR',
    euro: 'EUR',
    'di sterline': 'GBP',
    sterline: 'GBP',
    sterlina: 'GBP',
    'di yen': 'JPY',
    yen: 'JPY',
    'di won': 'KRW',
    won: 'KRW',
    'di rupie': 'INR',
    rupie: 'INR',
    'di yuan': 'CNY',
    yuan: 'CNY',
    'di rubli': 'RUB',
    rubli: 'RUB',
  },
  ordinalSuffixes: ['º', 'ª', '°'],
  timeWords: ['h', 'ore'],
  idioms: ['24 ore su 24', '7 giorni su 7', '365 giorni all’anno', "365 giorni all'anno"],
  units: {
    miglio: 'mile', miglia: 'mile', chilometro: 'km', chilometri: 'km', metro: 'm', metri: 'm', centimetro: 'cm', centimetri: 'cm',
    millimetro: 'mm', millimetri: 'mm', piede: 'ft', piedi: 'ft', pollice: 'inch', pollici: 'inch',
    libbra: 'lb', libbre: 'lb', chilogrammo: 'kg', chilogrammi: 'kg', chilo: 'kg', chili: 'kg', grammo: 'gram', grammi: 'gram', oncia: 'oz', once: 'oz',
    'gradi fahrenheit': 'fahrenheit', 'grado fahrenheit': 'fahrenheit', 'gradi celsius': 'celsius', 'grado celsius': 'celsius', gradi: 'degree', grado: 'degree',
    gallone: 'gallon', galloni: 'gallon', litro: 'litre', litri: 'litre',
    'chilometri orari': 'kmh', 'chilometri all’ora': 'kmh', "chilometri all'ora": 'kmh', 'miglia orarie': 'mph', ettaro: 'hectare', ettari: 'hectare', acro: 'acre', acri: 'acre',
    'chilometri quadrati': 'km2', 'metri quadrati': 'm2', 'miglia quadrate': 'sqmi', 'piedi quadrati': 'sqft',
  },
  // Cardinals only: "sei" is also "you are", "secondo" also "according to", "prima" "before".
  monthNames: { gennaio: 1, febbraio: 2, marzo: 3, aprile: 4, maggio: 5, giugno: 6, luglio: 7, agosto: 8, settembre: 9, ottobre: 10, novembre: 11, dicembre: 12 },
  words: {
    // zero as "none" or "null" (not "vuoto", empty: see fr/numbers.ts)
    nessun: 0, nessuno: 0, nessuna: 0, nullo: 0, nulla: 0,
    zero: 0, uno: 1, una: 1, un: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sette: 7, otto: 8,
    nove: 9, dieci: 10, undici: 11, dodici: 12, venti: 20, trenta: 30, quaranta: 40, cinquanta: 50,
    cento: 100, mille: 1000, dozzina: 12, metà: 0.5,
    // collective numerals: "quasi un migliaio" for "nearly 1,000"
    decina: 10, ventina: 20, trentina: 30, centinaio: 100, migliaio: 1000,
    decennio: 10, decenni: 10, secolo: 100, secoli: 100, millennio: 1000,
  },
  halves: ['e mezzo', 'e mezza'],
};
