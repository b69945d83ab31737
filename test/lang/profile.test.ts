// plainlyIn decides which paragraphs skip the language detector: a "true" must be right (the
// paragraph is then never looked at again), a "false" only costs a detector call.
import { describe, expect, it } from 'vitest';
import { plainlyIn } from '../../src/lang/profile.js';

describe('plainlyIn', () => {
  it.each([
    ['fr', 'Les coûts d’exploitation totaux de Google ont augmenté d’environ 79 % cette année.'],
    // "Su" is a Spanish function word, but capitalised mid-sentence it is a name
    ['fr', 'Mardi, Lisa Su a déclaré que la dernière version de MI300X était en cours de développement.'],
    ['fr', 'Plus de 49 millions de personnes utilisent Xeon 6 chaque mois, a déclaré Lisa Su.'],
    ['en', 'Over 628 million people use Llama 4 every month, Lisa Su said.'],
    ['vi', 'Meta đang đốt tiền để xây dựng các cụm GPU lớn hơn bao giờ hết.'],
  ])('%s: %s', (lang, text) => {
    expect(plainlyIn(text, lang)).toBe(true);
  });

  it.each([
    // English left in the French page: goes to the detector
    ['fr', 'Your email address will not be published.'],
    ['fr', 'Source link'],
    ['fr', 'Leave a Reply'],
    // a Spanish sentence in a French file, opening with a capitalised Spanish function word
    ['fr', 'Su empresa presentó los resultados del trimestre en Madrid.'],
    ['en', 'Le plus grand supercalculateur des États-Unis nécessite 30 mégawatts.'],
  ])('%s: not plainly: %s', (lang, text) => {
    expect(plainlyIn(text, lang)).toBe(false);
  });
});
