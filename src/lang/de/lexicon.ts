import type { LexiconData } from '../lexicon-data.js';

export const lexicon: LexiconData = {
  loanwords: [
    'app', 'apps', 'big data', 'blog', 'chatbot', 'chatbots', 'cloud', 'cloud computing', 'cluster', 'computing',
    'deep learning', 'e-mail', 'e-mails', 'email', 'fake news', 'hardware', 'internet', 'machine learning', 'marketing',
    'newsletter', 'online', 'open source', 'smartphone', 'software', 'startup', 'startups', 'streaming', 'website',
  ],
  functionWords: [
    'als', 'am', 'an', 'auch', 'auf', 'aus', 'bei', 'bis', 'das', 'dass', 'dem', 'den', 'der', 'des', 'die', 'ein',
    'eine', 'einem', 'einen', 'einer', 'es', 'für', 'hat', 'ich', 'im', 'in', 'ist', 'mit', 'nach', 'nicht', 'noch',
    'sich', 'sie', 'sind', 'über', 'um', 'und', 'von', 'vor', 'wie', 'wir', 'wird', 'zu', 'zum', 'zur',
  ],
  // Adverbs and connectives: prose, not terms; one of them alone in another language's text is
  // a word of this one left there ("deshalb", "entonces" in French: see thirdLanguageWord).
  proseWords: ['deshalb', 'darum', 'daher', 'jedoch', 'obwohl', 'trotzdem', 'allerdings', 'außerdem', 'ausserdem', 'nämlich', 'natürlich', 'wirklich', 'schon', 'noch', 'immer', 'niemals', 'sehr', 'auch', 'aber', 'oder', 'weil', 'dann', 'damit', 'sondern', 'bereits', 'vielleicht', 'eigentlich', 'ziemlich', 'gerade', 'endlich', 'sofort', 'heute', 'gestern', 'jetzt', 'dort', 'nicht', 'wenn', 'dass'],
  wordList: 'an-array-of-german-words',
  // The German list is counted from web text and holds frequent English words. These are not German
  // (German "will", "also", "was", "die", "an", "in" are, and stay).
  wordListExclude: [
    'and', 'are', 'be', 'been', 'but', 'by', 'can', 'could', 'for', 'from', 'had', 'has', 'have', 'he', 'her',
    'his', 'how', 'if', 'into', 'is', 'it', 'its', 'me', 'more', 'my', 'no', 'not', 'of', 'on', 'or', 'our', 'out',
    'she', 'should', 'some', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this',
    'those', 'through', 'to', 'up', 'we', 'were', 'what', 'when', 'which', 'while', 'who', 'with', 'would', 'you',
    'your',
  ],
};
