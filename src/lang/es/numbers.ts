import type { NumberData } from '../number-data.js';

// "100.000" or "100 000", "1,5", "42 %", "42 por ciento", "40.000 millones de dólares".
// Spanish "billón" = 10¹²; "mil millones" = 10⁹.
export const numbers: NumberData = {
  decimal: ',',
  group: ['.', ' '],
  preferredGroup: '.',
  percent: ['por ciento', 'por cien', 'puntos porcentuales', 'punto porcentual'],
  scales: {
    mil: 1e3,
    millón: 1e6,
    millon: 1e6,
    millones: 1e6,
    'mil millones': 1e9,
    millardo: 1e9,
    millardos: 1e9,
    billón: 1e12,
    billon: 1e12,
    billones: 1e12,
  },
  currencyAfter: {
    'de dólares estadounidenses': 'USD',
    'dólares estadounidenses': 'USD',
    'de dólares': 'USD',
    dólares: 'USD',
    dólar: 'USD',
    'de euros': 'EUR',
    euros: 'EUR',
    euro: 'EUR',
    'de libras': 'GBP',
    libras: 'GBP',
    'de yenes': 'JPY',
    yenes: 'JPY',
  },
  ordinalSuffixes: ['º', 'ª', '.º', '.ª'],
  timeWords: ['h', 'horas'],
  idioms: ['24 horas al día', '24 horas del día', '7 días a la semana', '365 días al año'],
  units: {
    milla: 'mile', millas: 'mile', kilómetro: 'km', kilómetros: 'km', metro: 'm', metros: 'm', centímetro: 'cm', centímetros: 'cm',
    milímetro: 'mm', milímetros: 'mm', pie: 'ft', pies: 'ft', pulgada: 'inch', pulgadas: 'inch',
    libra: 'lb', libras: 'lb', kilogramo: 'kg', kilogramos: 'kg', kilo: 'kg', kilos: 'kg', gramo: 'gram', gramos: 'gram', onza: 'oz', onzas: 'oz',
    'grados fahrenheit': 'fahrenheit', 'grado fahrenheit': 'fahrenheit', 'grados celsius': 'celsius', 'grado celsius': 'celsius',
    galón: 'gallon', galones: 'gallon', litro: 'litre', litros: 'litre',
    'kilómetros por hora': 'kmh', 'millas por hora': 'mph', hectárea: 'hectare', hectáreas: 'hectare', acre: 'acre', acres: 'acre',
    'kilómetros cuadrados': 'km2', 'metros cuadrados': 'm2', 'millas cuadradas': 'sqmi', 'pies cuadrados': 'sqft',
  },
  words: {
    uno: 1, una: 1, un: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8,
    nueve: 9, diez: 10, once: 11, doce: 12, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50,
    cien: 100, ciento: 100, mil: 1000, docena: 12, primero: 1, primera: 1, primer: 1, segundo: 2,
    segunda: 2, tercero: 3, tercera: 3, tercer: 3, mitad: 0.5,
    // collective numerals: "cerca de un millar" for "nearly 1,000"
    decena: 10, veintena: 20, treintena: 30, centenar: 100, millar: 1000,
  },
};
