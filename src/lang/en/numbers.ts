import type { NumberData } from '../number-data.js';

// "$40 billion", "100,000", "42 percent", "3:30 PM", "1st".
export const numbers: NumberData = {
  decimal: '.',
  group: [','],
  preferredGroup: ',',
  percent: ['percent', 'per cent', 'pct', 'percentage points', 'percentage point'],
  scales: {
    thousand: 1e3,
    // "like 10 thousands of people" (a talk) → "10000 người"
    thousands: 1e3,
    million: 1e6,
    millions: 1e6,
    mn: 1e6,
    billion: 1e9,
    billions: 1e9,
    bn: 1e9,
    trillion: 1e12,
    trillions: 1e12,
    tn: 1e12,
  },
  currencyScaleSuffixes: { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, tn: 1e12 },
  approximators: ['more than', 'less than', 'fewer than', 'about', 'around', 'approximately', 'nearly', 'almost', 'up to', 'at least', 'at most', 'roughly', 'close to'],
  approximatorHints: ['over', 'under', 'above', 'below', 'just', 'some', 'plus', 'or more', 'or so', 'approx', 'approx.', 'circa', 'ca.', 'estimated', 'only', 'maximum', 'minimum', 'reach', 'reaching'],
  currencyAfter: {
    dollars: 'USD',
    dollar: 'USD',
    'us dollars': 'USD',
    'u.s. dollars': 'USD',
    euros: 'EUR',
    euro: 'EUR',
    pounds: 'GBP',
    yen: 'JPY',
    yuan: 'CNY',
    dong: 'VND',
    // Korean, Indian, Russian currencies by name: "5 billion won" must read as an amount, so that
    // "5 milliards de wons" matches it and "5 milliards de dollars" does not.
    won: 'KRW',
    rupees: 'INR',
    rupee: 'INR',
    rubles: 'RUB',
    roubles: 'RUB',
    'swiss francs': 'CHF',
  },
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  timeWords: ["o'clock"],
  meridiem: { am: ['am', 'a.m.'], pm: ['pm', 'p.m.'] },
  // "3rd party code" is "du code tiers" (Vue's French "Component Events"): a word, not a number.
  idioms: ['24 hours a day', '7 days a week', '365 days a year', '24-7', '3rd party', '3rd-party', '3rd parties', '1st party', '1st-party'],
  monthNames: { january: 1, february: 2, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12 },
  units: {
    mile: 'mile', miles: 'mile', kilometer: 'km', kilometers: 'km', kilometre: 'km', kilometres: 'km',
    meter: 'm', meters: 'm', metre: 'm', metres: 'm', centimeter: 'cm', centimeters: 'cm', centimetre: 'cm', centimetres: 'cm',
    millimeter: 'mm', millimeters: 'mm', foot: 'ft', feet: 'ft', inch: 'inch', inches: 'inch', yard: 'yard', yards: 'yard',
    pound: 'lb', pounds: 'lb', kilogram: 'kg', kilograms: 'kg', kilo: 'kg', kilos: 'kg', gram: 'gram', grams: 'gram', ounce: 'oz', ounces: 'oz',
    'degrees fahrenheit': 'fahrenheit', 'degree fahrenheit': 'fahrenheit', 'degrees f': 'fahrenheit',
    'degrees celsius': 'celsius', 'degree celsius': 'celsius', 'degrees c': 'celsius', degrees: 'degree', degree: 'degree',
    gallon: 'gallon', gallons: 'gallon', liter: 'litre', liters: 'litre', litre: 'litre', litres: 'litre',
    'miles per hour': 'mph', 'kilometers per hour': 'kmh', 'kilometres per hour': 'kmh',
    acre: 'acre', acres: 'acre', hectare: 'hectare', hectares: 'hectare', 'square miles': 'sqmi', 'square mile': 'sqmi',
    'square kilometers': 'km2', 'square kilometres': 'km2', 'square feet': 'sqft', 'feet square': 'sqft', 'foot square': 'sqft', 'square meters': 'm2', 'square metres': 'm2',
  },
  words: {
    // "a value of zero" for "une valeur à 0" (the React docs' diagram of activeIndex)
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
    seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, dozen: 12,
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
    tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fifteenth: 15, twentieth: 20, thirtieth: 30,
    fiftieth: 50, hundredth: 100, thousandth: 1000, once: 1, twice: 2, half: 0.5,
    'a hundred': 100, 'a thousand': 1000, 'a million': 1e6, 'a billion': 1e9, 'a trillion': 1e12, 'a dozen': 12,
    // "more than half a million people" → "500 000 personnes"
    'half a million': 5e5, 'half a billion': 5e8, 'half a dozen': 6,
    'a quarter of a million': 2.5e5, 'a quarter of a billion': 2.5e8, 'a quarter-million': 2.5e5,
    // "a couple hundred characters" → "200 caractères"; "a twentysomething" → "une jeune de 20 ans"
    'a couple': 2, 'a couple of': 2, twentysomething: 20, thirtysomething: 30, fortysomething: 40, fiftysomething: 50,
    // Spans of years a translation counts in years: "within the next decade" → "dans les 10
    // prochaines années", "for another century" → "pendant encore 100 ans"
    decade: 10, decades: 10, century: 100, centuries: 100, 'half a century': 50, millennium: 1000,
    // "doubles, triples, or even quadruples" → "multiplié par 2, par 3 ou même par 4"
    double: 2, doubles: 2, doubled: 2, triple: 3, triples: 3, tripled: 3, quadruple: 4, quadruples: 4, quadrupled: 4,
    // Digits named as things: React's "Reacting to Input with State" has alt="Ones and zeroes." for
    // an image of binary digits, and the French writes "Des 1 et des 0." (spelled-out words only
    // ever excuse a digit; they never raise a finding).
    ones: 1, zeros: 0, zeroes: 0, twos: 2, threes: 3, fours: 4, fives: 5, sixes: 6, sevens: 7, eights: 8, nines: 9,
  },
  halves: ['and a half', 'and-a-half'],
};
