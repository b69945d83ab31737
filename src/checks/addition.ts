import type { Check } from '../types/index.js';

export const addition: Check = {
  id: 'addition',
  description: 'Translation text with no counterpart in the source: boilerplate, credits, hashtags, footers.',
  category: 'Accuracy/Addition',
  severity: 'major',
  run() {
    return [];
  },
};
