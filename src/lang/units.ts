// Units of measurement after a number, so a converted quantity is not read as a changed number.
// Translations of US text routinely convert: "50 miles inland" → "80 kilomètres à l'intérieur des
// terres", "1,000 feet tall" → "305 mètres de haut", "95 degrees Fahrenheit" → "35 degrés Celsius".
// Compared as values those are three false alarms, and false alarms are what users of QA checkers
// complain about most. Each unit is a dimension and the factor to that dimension's base unit (the
// metre, kilogram, litre, km/h, square metre; degrees Celsius for temperature).
//
// The symbols below are written the same in every language; each language adds its unit words in
// its numbers data (`units`). Bare "in", "l", "g" and "t" are left out: a word, a letter, a network
// generation, a ton of which kind. Bare "degrees" is a `degree`: of the scale the other side names.

export type Dimension = 'length' | 'mass' | 'temperature' | 'volume' | 'speed' | 'area';

export type UnitId =
  | 'mile' | 'km' | 'm' | 'cm' | 'mm' | 'ft' | 'inch' | 'yard'
  | 'lb' | 'kg' | 'gram' | 'oz'
  | 'fahrenheit' | 'celsius' | 'degree'
  | 'gallon' | 'litre'
  | 'mph' | 'kmh'
  | 'acre' | 'hectare' | 'sqmi' | 'km2' | 'sqft' | 'm2';

interface Unit {
  dimension: Dimension;
  /** Base units per unit. */
  factor: number;
  /** Added after the factor (temperature only: °F → °C). */
  offset?: number;
}

export const UNITS: Readonly<Record<UnitId, Unit>> = {
  mile: { dimension: 'length', factor: 1609.344 },
  km: { dimension: 'length', factor: 1000 },
  m: { dimension: 'length', factor: 1 },
  cm: { dimension: 'length', factor: 0.01 },
  mm: { dimension: 'length', factor: 0.001 },
  ft: { dimension: 'length', factor: 0.3048 },
  inch: { dimension: 'length', factor: 0.0254 },
  yard: { dimension: 'length', factor: 0.9144 },
  lb: { dimension: 'mass', factor: 0.45359237 },
  kg: { dimension: 'mass', factor: 1 },
  gram: { dimension: 'mass', factor: 0.001 },
  oz: { dimension: 'mass', factor: 0.028349523125 },
  fahrenheit: { dimension: 'temperature', factor: 5 / 9, offset: (-32 * 5) / 9 },
  celsius: { dimension: 'temperature', factor: 1 },
  // bare "degrees": of which scale the other side says (see isConversion)
  degree: { dimension: 'temperature', factor: 1 },
  gallon: { dimension: 'volume', factor: 3.785411784 },
  litre: { dimension: 'volume', factor: 1 },
  mph: { dimension: 'speed', factor: 1.609344 },
  kmh: { dimension: 'speed', factor: 1 },
  acre: { dimension: 'area', factor: 4046.8564224 },
  hectare: { dimension: 'area', factor: 10000 },
  sqmi: { dimension: 'area', factor: 2589988.110336 },
  km2: { dimension: 'area', factor: 1e6 },
  sqft: { dimension: 'area', factor: 0.09290304 },
  m2: { dimension: 'area', factor: 1 },
};

/** Unit symbols written the same way in every language (lower case; matched case-insensitively). */
export const COMMON_UNITS: Readonly<Record<string, UnitId>> = {
  km: 'km',
  m: 'm',
  cm: 'cm',
  mm: 'mm',
  mi: 'mile',
  ft: 'ft',
  kg: 'kg',
  lb: 'lb',
  lbs: 'lb',
  oz: 'oz',
  '°f': 'fahrenheit',
  '° f': 'fahrenheit',
  'ºf': 'fahrenheit',
  '°c': 'celsius',
  '° c': 'celsius',
  'ºc': 'celsius',
  fahrenheit: 'fahrenheit',
  celsius: 'celsius',
  mph: 'mph',
  'km/h': 'kmh',
  kmh: 'kmh',
  'km²': 'km2',
  'm²': 'm2',
  ha: 'hectare',
};

/** Tolerance of a conversion: translators round ("50 miles" = 80.47 km → "80 km", "6 miles" →
 *  "10 km"), so 10 % of the larger value, and one degree more for temperatures (32 °F = 0 °C). */
const RELATIVE = 0.1;
const DEGREE = 1;

/** Is `b` (in unit `ub`) the quantity `a` (in unit `ua`) converted, as a translator would round
 *  it? Only across two different units of one dimension: the same unit with another value is a
 *  changed number, not a conversion. */
export function isConversion(a: number, ua: UnitId, b: number, ub: UnitId): boolean {
  // "temperatures of 130 degrees" (a US talk) → "54 độ C": bare degrees are in the scale the
  // other side does not name, or in the same one (an angle never meets a named temperature scale)
  if (ua === 'degree' || ub === 'degree') {
    const other = ua === 'degree' ? ub : ua;
    if (other !== 'celsius' && other !== 'fahrenheit') return false;
    if (a === b) return true;
    const flip = other === 'celsius' ? 'fahrenheit' : 'celsius';
    return ua === 'degree' ? isConversion(a, flip, b, ub) : isConversion(a, ua, b, flip);
  }
  const x = UNITS[ua];
  const y = UNITS[ub];
  if (ua === ub || x.dimension !== y.dimension) return false;
  const va = a * x.factor + (x.offset ?? 0);
  const vb = b * y.factor + (y.offset ?? 0);
  const slack = RELATIVE * Math.max(Math.abs(va), Math.abs(vb)) + (x.dimension === 'temperature' ? DEGREE : 0);
  if (Math.abs(va - vb) <= slack) return true;
  // Rounded to a whole unit: "a one inch structure" (2.54 cm) → "une structure de 3 centimètres"
  // (a talk). Only for a one-digit figure: "100 miles" is no "200 km".
  if (x.dimension === 'temperature' || !Number.isInteger(b) || b < 1 || b > 9) return false;
  return Math.round(va / y.factor) === b;
}
