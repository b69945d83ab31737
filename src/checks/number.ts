import type { Check } from '../types/index.js';

export const number: Check = {
  id: 'number',
  description: 'Numbers are compared by value across locale formats: dropped, changed or added numbers.',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  run() {
    return [];
  },
};
