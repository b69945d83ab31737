// The shape of one language's data. Each concern owns its own section type and file
// (src/lang/<code>/<concern>.ts), so adding a language is adding one folder of data.
import type { Lang } from '../types/index.js';
import type { NumberData } from './number-data.js';
import type { SegmentData } from './segment-data.js';
import type { LexiconData } from './lexicon-data.js';

export interface LangData {
  code: Lang;
  /** English name, used in messages: "French". */
  name: string;
  numbers: NumberData;
  segment: SegmentData;
  lexicon: LexiconData;
}
