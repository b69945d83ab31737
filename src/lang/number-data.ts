// Number conventions of one language (CLDR): decimal and grouping marks, percent and scale words,
// currency words, small spelled-out numbers. Read by src/lang/numbers.ts.
//
// Phrases are written lower case, NFC, with single spaces; a space matches any run of spaces,
// no-break spaces (U+00A0) and narrow no-break spaces (U+202F) in the text, and an apostrophe
// matches both ' and ’ ("d’euros").

import type { UnitId } from './units.js';

/** ISO 4217 code ("USD", "EUR", …). */
export type CurrencyCode = string;

export interface NumberData {
  /** Decimal separator: "." (en) or "," (fr, vi, de, es). */
  decimal: '.' | ',';
  /** Group separators between groups of three digits, besides the no-break spaces U+00A0, U+202F
   *  and U+2009, which every language accepts: "," (en); "." (vi); "." and " " (de, es); " " (fr). */
  group: string[];
  /** The separator to suggest when a number is written in the other convention ("100 000"). */
  preferredGroup: string;
  /** Words after a number that make it a percentage ("%" is universal): "percent", "pour cent". */
  percent: string[];
  /** Scale words after a number, with their multiplier; multi-word phrases allowed and longest
   *  wins ("nghìn tỷ" = 10¹², "mil millones" = 10⁹). Beware false friends: fr "billion" = 10¹². */
  scales: Record<string, number>;
  /** Scale abbreviations that may be glued to a currency amount: "$40bn", "€5m". Only after a
   *  currency symbol, since "4K" and "5m" alone are a code and a length. */
  currencyScaleSuffixes?: Record<string, number>;
  /** Currency words after a number (after its scale word): "dollars", "de dollars", "đô la".
   *  Universal symbols and ISO codes ($, €, USD, …) are added by the reader. */
  currencyAfter: Record<string, CurrencyCode>;
  /** Suffixes glued to digits that make an ordinal: "st" (1st), "er" (1er), "º" (1º). */
  ordinalSuffixes: string[];
  /** Words after an hour that make a time of day: "h" (15 h 30), "uhr", "giờ". */
  timeWords: string[];
  /** Words before a number 1–12 that make it a month's name: vi "tháng" ("tháng 6" = June). */
  monthWords?: string[];
  /** Month names with their numbers ("september" = 9): a date written with digits on one side is
   *  often written with the month's name on the other — "after 9/11" is "après le 11 septembre".
   *  Read like spelled-out numbers (they only ever match), also beside digits. "may" and "march"
   *  are left out: words first. */
  monthNames?: Record<string, number>;
  /** Words that begin with a scale word and are none: Vietnamese "tỉ lệ" (a rate), "tỷ giá". */
  notScales?: string[];
  /** Words before a number 2–7 that make it a weekday's name: vi "thứ" ("Thứ 2" = Monday, "Thứ 7" =
   *  Saturday; Django's Vietnamese catalog names the days so). */
  weekdayWords?: string[];
  /** Morning/afternoon markers after a time: en "am"/"pm" (3:30 PM = 15:30). */
  meridiem?: { am: string[]; pm: string[] };
  /** Set phrases written with digits that mean "always" or "every day", not a count: "24 h/24",
   *  "7 jours sur 7". Read as one soft mention (see COMMON_IDIOMS). */
  idioms?: string[];
  /** Words that make a figure approximate or a bound, read right before a number: "more than",
   *  "about", "up to" (en); "plus de", "environ" (fr). A source figure so marked, translated as a
   *  bare number, reads as exact: "more than 42 percent" → "tăng 42%". */
  approximators?: string[];
  /** Further words that may mark a figure as approximate anywhere near it in a translation
   *  (Vietnamese "trở lên" after the number, "over", "under"): their presence silences the check. */
  approximatorHints?: string[];
  /** Unit words after a number (after its scale word): "miles", "kilomètres", "Grad Celsius"
   *  (symbols such as km, kg, °F are added by the reader: COMMON_UNITS in units.ts). A word that
   *  is also a currency ("pounds") gives the number both readings. */
  units?: Record<string, UnitId>;
  /** Small spelled-out numbers (cardinals and ordinals): "three" = 3, "ba" = 3, "trois" = 3.
   *  They only ever *match* a digit on the other side, never raise a finding by themselves:
   *  "one" is also a pronoun, "un" an article, "năm" also means "year". */
  words: Record<string, number>;
  /** What adds a half after a spelled number, or after its unit: "two and a half miles", "deux
   *  kilomètres et demi" (a talk's "two and a half miles down" → "à 4 km de profondeur"). */
  halves?: string[];
}

/** Idioms written the same way in every language: "24/7" (round the clock). */
export const COMMON_IDIOMS: readonly string[] = ['24/7', '24x7', '24×7', '24/24', '365/24/7'];

/** Currency symbols and codes every language writes the same way, before or after the amount. */
export const COMMON_CURRENCY: Readonly<Record<string, CurrencyCode>> = {
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  '¥': 'JPY',
  jpy: 'JPY',
  cny: 'CNY',
  '₫': 'VND',
  vnd: 'VND',
  chf: 'CHF',
};
