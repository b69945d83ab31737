import type { Check } from '../types/index.js';

export const entity: Check = {
  id: 'entity',
  description: 'Names, product codes, URLs, e-mails and hashtags of the source missing or altered in the translation.',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  run() {
    return [];
  },
};
