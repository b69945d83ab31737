import type { NumberData } from '../number-data.js';

// "100.000" or "100 000", "1,5", "42 %", "42 Prozent", "40 Milliarden Dollar", "15:30 Uhr".
// German "Billion" = 10¹², not 10⁹.
export const numbers: NumberData = {
  decimal: ',',
  group: ['.', ' '],
  preferredGroup: '.',
  percent: ['prozent', 'prozentpunkte', 'prozentpunkten', 'prozentpunkt', 'v. h.', 'vh'],
  scales: {
    tausend: 1e3,
    'tsd.': 1e3,
    million: 1e6,
    millionen: 1e6,
    'mio.': 1e6,
    mio: 1e6,
    milliarde: 1e9,
    milliarden: 1e9,
    'mrd.': 1e9,
    mrd: 1e9,
    billion: 1e12,
    billionen: 1e12,
    'bio.': 1e12,
  },
  currencyAfter: {
    'us-dollar': 'USD',
    'us dollar': 'USD',
    dollar: 'USD',
    euro: 'EUR',
    'pfund sterling': 'GBP',
    pfund: 'GBP',
    yen: 'JPY',
  },
  ordinalSuffixes: [],
  timeWords: ['uhr'],
  idioms: ['24 stunden am tag', '7 tage die woche', '7 tage pro woche', '365 tage im jahr'],
  units: {
    meile: 'mile', meilen: 'mile', kilometer: 'km', kilometern: 'km', meter: 'm', metern: 'm', zentimeter: 'cm', millimeter: 'mm',
    fuß: 'ft', zoll: 'inch', pfund: 'lb', kilogramm: 'kg', kilo: 'kg', gramm: 'gram', unze: 'oz', unzen: 'oz',
    'grad fahrenheit': 'fahrenheit', 'grad celsius': 'celsius', gallone: 'gallon', gallonen: 'gallon', liter: 'litre', litern: 'litre',
    'kilometer pro stunde': 'kmh', 'meilen pro stunde': 'mph', hektar: 'hectare', acre: 'acre', acres: 'acre',
    quadratkilometer: 'km2', quadratkilometern: 'km2', quadratmeter: 'm2', quadratmetern: 'm2', quadratmeilen: 'sqmi',
  },
  words: {
    ein: 1, eine: 1, eins: 1, einen: 1, einem: 1, einer: 1, zwei: 2, drei: 3, vier: 4, fünf: 5,
    sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, zwanzig: 20, dreißig: 30,
    vierzig: 40, fünfzig: 50, hundert: 100, tausend: 1000, dutzend: 12, erste: 1, ersten: 1,
    erster: 1, zweite: 2, zweiten: 2, dritte: 3, dritten: 3, hälfte: 0.5, halb: 0.5,
  },
};
