// Words of a language that may rightly stand untranslated in another (loanwords such as "chip" in
// Vietnamese), and what tells the language apart at word level: a word list, function words, or a
// structural test. A language with none of these still gets script- and sentence-level detection.
export interface LexiconData {
  /** Loanwords and terms of other languages that are normal in this language's text, lower case;
   *  several words ("open source") are matched as a phrase. Never reported as untranslated. */
  loanwords: string[];
  /** The most frequent closed-class words (articles, prepositions, pronouns), lower case. They are
   *  the cheap profile of the language and never count as foreign in its text. */
  functionWords: string[];
  /** Open-class words that mark running prose, not a kept term: adverbs ("now", "already") and
   *  verbs' helpers beyond the function words. "now expects revenue" left in a translation is a
   *  clause; "rendering logic" is a term (see isKeptTerm). */
  proseWords?: string[];
  /** Inflection a verb takes and a term's inner word does not: English "-s" on a non-final word
   *  ("now expects revenue", "it returns markup"); a plural stands last ("numeric values"). */
  verbEnding?: string;
  /** The ending of adverbs made from adjectives ("ly": "radically" from "radical"): no term has one. */
  adverbEnding?: string;
  /** npm package of a lower-case word list (a JSON array of words), loaded lazily on first use. */
  wordList?: string;
  /** Words the word list holds but that are not words of the language: the German list is drawn
   *  from web text and contains English "the", "your", "will"… */
  wordListExclude?: string[];
  /** A structural test of native words, for a language without a word list (Vietnamese syllables). */
  isNativeWord?: (lowerWord: string) => boolean;
  /** Elided function words written onto the next word with an apostrophe: French "l'", "d'", "qu'".
   *  "L'instruction while" holds the French article, whatever the words after it are. */
  elisions?: string[];
}

/** Unit symbols and abbreviations written the same in every Latin-script language: never foreign. */
export const SYMBOL_WORDS: readonly string[] = [
  'km', 'kg', 'mg', 'mm', 'cm', 'ml', 'kw', 'kwh', 'mw', 'mwh', 'gw', 'gwh', 'tw', 'twh', 'hz', 'khz', 'mhz', 'ghz',
  'kb', 'mb', 'gb', 'tb', 'pb', 'kbps', 'mbps', 'gbps', 'fps', 'rpm', 'mph', 'kmh', 'ppm', 'vs', 'etc', 'ok',
];
