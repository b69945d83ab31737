// What sentence segmentation needs to know about a language: abbreviations that end in a period
// but do not end a sentence ("Mr.", "U.S.", "M.", "TP."). Read by src/corpus/abbreviations.ts.
//
// Entries are written as in running text, with their periods; the parts of a multi-part
// abbreviation are separated by one space ("z. B.", "EE. UU.", "p. ex."). Matching ignores the
// kind and amount of space between the parts ("z.B.", "z. B." and "z.\u00a0B." all match) and
// accepts a capitalised first letter for an entry written in lower case ("E.g." for "e.g.").
// An abbreviation written without a period ("Mme", "Dr" in French) needs no entry.
export interface SegmentData {
  /** Never end a sentence, whatever follows: titles before a name, Latin phrases
   *  ("Mr. Smith", "e.g. Paris", "z. B. Äpfel", "TP. Hồ Chí Minh"). */
  abbreviations: string[];
  /** May end a sentence: the text goes on after them unless a capitalised word follows
   *  ("Apple Inc. said" — one sentence; "… and so on, etc. The next" — two). */
  terminalAbbreviations?: string[];
  /** Stand before a number: no split only when a digit follows ("No. 5", "Nr. 7", "p. 12");
   *  "I said no. Then" must still split. */
  numberAbbreviations?: string[];
  /** Languages that write ordinals with a period ("am 3. Oktober"): a 1–3 digit number + "."
   *  does not end the sentence when the word before it is one of `before` ("am", "der"), or the
   *  word after it is one of `after` ("Oktober"). Compared in lower case. */
  ordinals?: { before: string[]; after: string[] };
}
