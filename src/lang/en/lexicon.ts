import type { LexiconData } from '../lexicon-data.js';

export const lexicon: LexiconData = {
  loanwords: [],
  functionWords: [
    'a', 'about', 'after', 'all', 'also', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'can',
    'could', 'did', 'do', 'does', 'for', 'from', 'had', 'has', 'have', 'he', 'her', 'his', 'how', 'i', 'if', 'in',
    'into', 'is', 'it', 'its', 'may', 'more', 'most', 'my', 'no', 'not', 'of', 'on', 'or', 'our', 'out', 'over',
    'she', 'should', 'so', 'some', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this',
    'those', 'through', 'to', 'under', 'up', 'was', 'we', 'were', 'what', 'when', 'which', 'while', 'who', 'will',
    'with', 'would', 'you', 'your',
    // Prepositions and determiners: a run of English words holding one is prose left untranslated,
    // not a kept term ("dynamic property inside" in a Vietnamese sentence; see isKeptTerm).
    'across', 'against', 'along', 'among', 'around', 'because', 'before', 'behind', 'beside', 'between', 'beyond',
    'both', 'during', 'each', 'every', 'inside', 'itself', 'onto', 'outside', 'toward', 'towards', 'until', 'upon',
    'where', 'whose', 'why', 'within', 'without',
  ],
  proseWords: [
    'again', 'already', 'always', 'actually', 'even', 'ever', 'here', 'however', 'instead', 'just', 'later', 'never',
    'now', 'often', 'only', 'really', 'soon', 'still', 'therefore', 'too', 'usually', 'very', 'yet',
    "don't", "doesn't", "isn't", "aren't", "can't", "won't", "didn't", 'am', 'being', 'get', 'gets', 'got', 'must',
    'let', 'lets', 'make', 'makes', 'need', 'needs', 'want', 'wants', 'use', 'uses',
    // pronouns: "one big nap", "the third one" put into a French or Vietnamese sentence are prose;
    // no kept term is made of them
    'one', 'ones', 'something', 'anything', 'everything', 'nothing', 'someone', 'anyone', 'everyone', 'somebody', 'anybody', 'nobody',
  ],
  verbEnding: 's',
  adverbEnding: 'ly',
  wordList: 'an-array-of-english-words',
};
