import type { LexiconData } from '../lexicon-data.js';

export const lexicon: LexiconData = {
  loanwords: [
    'app', 'apps', 'big data', 'blog', 'blogs', 'chatbot', 'chatbots', 'cloud', 'clúster', 'cluster', 'e-mail',
    'email', 'fake news', 'hardware', 'machine learning', 'marketing', 'online', 'open source', 'podcast', 'smartphone',
    'software', 'startup', 'startups', 'streaming', 'web',
  ],
  functionWords: [
    'a', 'al', 'como', 'con', 'de', 'del', 'el', 'en', 'es', 'esta', 'este', 'la', 'las', 'le', 'lo', 'los', 'más',
    'no', 'para', 'pero', 'por', 'que', 'se', 'ser', 'su', 'sus', 'un', 'una', 'y',
  ],
  wordList: 'an-array-of-spanish-words',
};
