// Words of a language that may rightly stand untranslated in another (loanwords such as "chip" in
// Vietnamese), and what tells the language apart at word level.
export interface LexiconData {
  /** Loanwords and terms of other languages that are normal in this language's text. */
  loanwords: string[];
}
