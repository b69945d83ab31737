import type { Check } from '../types/index.js';

export const untranslated: Check = {
  id: 'untranslated',
  description: 'Source-language or third-language text left in the translation.',
  category: 'Accuracy/Untranslated',
  severity: 'major',
  run() {
    return [];
  },
};
