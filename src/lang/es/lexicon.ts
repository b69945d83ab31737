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
  // Adverbs and connectives: prose, not terms; one of them alone in another language's text is
  // a word of this one left there ("deshalb", "entonces" in French: see thirdLanguageWord).
  proseWords: ['entonces', 'también', 'tampoco', 'además', 'todavía', 'siempre', 'nunca', 'pero', 'aunque', 'porque', 'embargo', 'quizás', 'quizá', 'ahora', 'luego', 'después', 'aquí', 'allí', 'mucho', 'muchos', 'obviamente', 'realmente', 'finalmente', 'claramente', 'simplemente', 'solamente', 'bueno', 'cuando', 'donde', 'mientras'],
  wordList: 'an-array-of-spanish-words',
};
