import type { LexiconData } from '../lexicon-data.js';

// No word list: the npm lists of Italian words are scraped web text (an-array-of-italian-words
// holds "the", "and", "pour", and no accented word at all: "perché", "più", "città" are missing),
// so Italian is told by its function and prose words only. That is enough to name one Italian
// adverb left in a French or English sentence ("ovviamente", "quindi": see thirdLanguageWord).
export const lexicon: LexiconData = {
  loanwords: [
    'app', 'blog', 'chatbot', 'cloud', 'computer', 'e-mail', 'email', 'fake news', 'hardware', 'leader', 'machine learning',
    'manager', 'marketing', 'online', 'open source', 'podcast', 'smartphone', 'social', 'social network', 'software', 'startup',
    'streaming', 'team', 'web', 'weekend',
  ],
  functionWords: [
    'a', 'al', 'alla', 'alle', 'che', 'con', 'da', 'dal', 'dalla', 'dei', 'del', 'della', 'delle', 'di', 'e', 'è', 'gli', 'i',
    'il', 'in', 'la', 'le', 'lo', 'ma', 'nei', 'nel', 'nella', 'non', 'per', 'più', 'si', 'sono', 'su', 'sua', 'sul', 'sulla',
    'suo', 'un', 'una', 'uno',
  ],
  // Adverbs and connectives: prose, not terms. Words French, English or Spanish share are left out
  // ("mai", "qui", "dove", "finalmente", "solamente"), so a word here names Italian alone.
  proseWords: [
    'ovviamente', 'quindi', 'dunque', 'anche', 'ancora', 'sempre', 'però', 'perché', 'tuttavia', 'inoltre', 'forse', 'adesso',
    'allora', 'dopo', 'molto', 'molti', 'davvero', 'chiaramente', 'semplicemente', 'soltanto', 'purtroppo', 'comunque',
    'mentre', 'quando', 'infatti', 'insomma', 'certamente', 'sicuramente', 'veramente', 'proprio', 'così', 'già', 'oggi',
    'ieri', 'domani', 'invece', 'pertanto', 'abbastanza', 'sopratutto', 'soprattutto', 'spesso', 'subito', 'piuttosto',
  ],
};
