import type { Check } from '../types/index.js';

export const omission: Check = {
  id: 'omission',
  description: 'Source text with no counterpart in the translation.',
  category: 'Accuracy/Omission',
  severity: 'major',
  run() {
    return [];
  },
};
