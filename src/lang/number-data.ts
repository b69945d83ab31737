// Number conventions of one language (CLDR): decimal and grouping marks, percent and scale words,
// currency words, small spelled-out numbers. Read by src/lang/numbers.ts.
export interface NumberData {
  /** Decimal separator: "." (en) or "," (fr, vi, de, es). */
  decimal: '.' | ',';
}
