import type { LexiconData } from '../lexicon-data.js';

// Loanwords: anglicisms in everyday use in the French press. The seed translation writes "un cluster
// GPU", "l’open source" and "le chatbot de type ChatGPT" — correct French usage, not untranslated text.
export const lexicon: LexiconData = {
  loanwords: [
    'big data', 'blog', 'blogs', 'buzz', 'business', 'challenge', 'chatbot', 'chatbots', 'cloud', 'cluster',
    'clusters', 'coach', 'cloud computing', 'data center', 'data centers', 'deep learning', 'design', 'e-mail',
    'e-mails', 'email', 'emails', 'fake news', 'fintech', 'gadget', 'geek', 'hacker', 'hackers', 'hardware',
    'hashtag', 'hashtags', 'leader', 'like', 'likes', 'low-cost', 'machine learning', 'manager', 'marketing',
    'newsletter', 'open data', 'open source', 'parking', 'podcast', 'podcasts', 'post', 'posts', 'selfie', 'smartphone',
    'smartphones', 'software', 'spam', 'start-up', 'start-ups', 'startup', 'startups', 'streaming', 'tweet', 'tweets',
    'week-end', 'web', 'webinar',
  ],
  functionWords: [
    'à', 'au', 'aux', 'avec', 'ce', 'ces', 'cette', 'dans', 'de', 'des', 'du', 'elle', 'elles', 'en', 'est', 'et',
    'il', 'ils', 'je', 'la', 'le', 'les', 'leur', 'leurs', 'mais', 'ne', 'nous', 'on', 'ou', 'où', 'par', 'pas',
    'pour', 'qu', 'que', 'qui', 'sa', 'se', 'ses', 'son', 'sont', 'sur', 'un', 'une', 'vous',
  ],
  // Adverbs and connectives: prose, not terms; one of them alone in another language's text is
  // a word of this one left there ("deshalb", "entonces" in French: see thirdLanguageWord).
  proseWords: ['toutefois', 'cependant', 'pourtant', 'donc', 'alors', 'ainsi', 'aussi', 'déjà', 'encore', 'toujours', 'jamais', 'beaucoup', 'très', 'peut-être', 'vraiment', 'ensuite', 'puis', 'maintenant', 'évidemment', 'néanmoins', 'parce', 'lorsque', 'quand', 'comme', 'certes', 'désormais'],
  wordList: 'an-array-of-french-words',
  elisions: ['l', 'd', 'qu', 'j', 'n', 's', 'c', 'm', 't', 'jusqu', 'lorsqu', 'puisqu'],
};
