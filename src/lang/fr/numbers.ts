import type { NumberData } from '../number-data.js';

// "100 000" (NBSP or narrow NBSP), "1,5", "42 %", "9 pour cent", "40 milliards de dollars",
// "15 h 30", "1er". French "billion" = 10¹², not 10⁹.
export const numbers: NumberData = {
  decimal: ',',
  group: [' '],
  preferredGroup: '\u202f',
  percent: ['pour cent', 'pourcent', 'pour-cent', 'points de pourcentage', 'point de pourcentage'],
  scales: {
    mille: 1e3,
    million: 1e6,
    millions: 1e6,
    milliard: 1e9,
    milliards: 1e9,
    md: 1e9,
    mds: 1e9,
    mrd: 1e9,
    mrds: 1e9,
    billion: 1e12,
    billions: 1e12,
  },
  approximators: ['plus de', 'moins de', 'environ', 'près de', 'presque', 'jusqu’à', "jusqu'à", 'au moins', 'au plus', 'quelque', 'approximativement', 'autour de', 'à peu près', 'pas moins de'],
  approximatorHints: ['plus', 'moins', 'près', 'quelque', 'quelques', 'quasi', 'pratiquement', 'dépasse', 'dépassé', 'supérieur', 'supérieure', 'inférieur', 'inférieure', 'au-delà', 'jusqu', 'ou plus', 'estimé', 'estimée', 'seulement', 'ne', 'guère', 'avoisine', 'approche', 'vers', 'alentours', 'autour', 'env.', 'atteindre', 'atteint', 'pouvant', 'maximum', 'minimum', 'max.'],
  currencyAfter: {
    'de dollars américains': 'USD',
    'de dollars': 'USD',
    'dollars américains': 'USD',
    dollars: 'USD',
    dollar: 'USD',
    "d'euros": 'EUR',
    euros: 'EUR',
    euro: 'EUR',
    'de livres sterling': 'GBP',
    'livres sterling': 'GBP',
    'de yens': 'JPY',
    yens: 'JPY',
    'de wons': 'KRW',
    wons: 'KRW',
    won: 'KRW',
    'de roupies': 'INR',
    roupies: 'INR',
    'de yuans': 'CNY',
    yuans: 'CNY',
    yuan: 'CNY',
    'de roubles': 'RUB',
    roubles: 'RUB',
    'de francs suisses': 'CHF',
    'francs suisses': 'CHF',
  },
  ordinalSuffixes: ['er', 're', 'ère', 'ème', 'eme', 'e', 'è', 'nd', 'nde', 'ᵉ', 'ᵉʳ', 'ʳᵉ'],
  timeWords: ['h', 'heures', 'heure'],
  idioms: ['24 h/24', '24h/24', '24 h sur 24', '24 heures sur 24', '7 j/7', '7j/7', '7 jours sur 7', '365 jours par an'],
  units: {
    milles: 'mile', // not "mille": a thousand
    kilomètre: 'km', kilomètres: 'km', mètre: 'm', mètres: 'm', centimètre: 'cm', centimètres: 'cm',
    millimètre: 'mm', millimètres: 'mm', pied: 'ft', pieds: 'ft', pouce: 'inch', pouces: 'inch',
    livre: 'lb', livres: 'lb', kilogramme: 'kg', kilogrammes: 'kg', kilo: 'kg', kilos: 'kg', gramme: 'gram', grammes: 'gram', once: 'oz', onces: 'oz',
    'degrés fahrenheit': 'fahrenheit', 'degré fahrenheit': 'fahrenheit', 'degrés celsius': 'celsius', 'degré celsius': 'celsius', degrés: 'degree', degré: 'degree',
    gallon: 'gallon', gallons: 'gallon', litre: 'litre', litres: 'litre',
    'kilomètres par heure': 'kmh', 'kilomètres-heure': 'kmh', 'miles par heure': 'mph', 'milles par heure': 'mph',
    hectare: 'hectare', hectares: 'hectare', acre: 'acre', acres: 'acre',
    'kilomètres carrés': 'km2', 'mètres carrés': 'm2', 'milles carrés': 'sqmi', 'pieds carrés': 'sqft',
  },
  monthNames: { janvier: 1, février: 2, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12 },
  words: {
    // "0 or 1 items" → "aucun ou un seul élément" (the French Python tutorial)
    // "A value of 0 disables it" → "Une valeur nulle la désactive" (Jellyfin's French). Not "vide"
    // (empty) for "0 bytes": MDN's Spanish "vacío con un cupo de 0" for "empty … with a quota of
    // zero" then paired "vacío" with "zero", and the digit 0 was left over as added.
    nul: 0, nulle: 0, nuls: 0, nulles: 0,
    zéro: 0, aucun: 0, aucune: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
    dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20,
    trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100, mille: 1000, douzaine: 12,
    premier: 1, première: 1, deuxième: 2, second: 2, seconde: 2, troisième: 3, quatrième: 4,
    cinquième: 5, sixième: 6, septième: 7, huitième: 8, neuvième: 9, dixième: 10, onzième: 11,
    douzième: 12, treizième: 13, quatorzième: 14, quinzième: 15, seizième: 16, vingtième: 20,
    trentième: 30, quarantième: 40, cinquantième: 50, soixantième: 60,
    // "the 100th element" → "le centième élément" (the French Rust book)
    centième: 100, millième: 1000, moitié: 0.5,
    // collective numerals: "près d’un millier" for "nearly 1,000"
    dizaine: 10, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, centaine: 100, millier: 1000,
    // spans of years: "une décennie" for "10 years", "un siècle" for "100 years"
    décennie: 10, décennies: 10, siècle: 100, siècles: 100, millénaire: 1000,
  },
  halves: ['et demi', 'et demie'],
};
