import type { LexiconData } from '../lexicon-data.js';
import { isVietnameseSyllable } from '../vietnamese.js';

// Loanwords established in Vietnamese press and dictionaries, written in their original spelling.
// The seed translation writes "một cụm chip H100" and "150 megawatt điện": correct, not untranslated.
// Deliberately absent: "cluster" (the seed writes "cụm"; a left-in "cluster" is worth a look).
export const lexicon: LexiconData = {
  loanwords: [
    'app', 'big data', 'blockchain', 'blog', 'blogger', 'bluetooth', 'camera', 'chip', 'clip', 'cloud', 'container',
    'deep learning', 'e-mail', 'email', 'fan', 'fanpage', 'file', 'fintech', 'game', 'gamer', 'gigawatt', 'hacker',
    'internet', 'kilowatt', 'laptop', 'livestream', 'logo', 'machine learning', 'marketing', 'megawatt', 'menu',
    'offline', 'online', 'pizza', 'podcast', 'radio', 'robot', 'selfie', 'server', 'show', 'slogan', 'smartphone',
    'smartwatch', 'startup', 'startups', 'streaming', 'tablet', 'taxi', 'trailer', 'video', 'virus', 'watt', 'web',
    'website', 'wifi', 'wi-fi', 'youtuber',
  ],
  functionWords: [
    'các', 'cho', 'có', 'của', 'đã', 'để', 'đang', 'được', 'không', 'là', 'một', 'này', 'những', 'sẽ', 'thì',
    'trong', 'từ', 'và', 'về', 'với',
  ],
  isNativeWord: isVietnameseSyllable,
};
