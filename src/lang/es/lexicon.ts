import type { LexiconData } from '../lexicon-data.js';

export const lexicon: LexiconData = {
  loanwords: [],
};
