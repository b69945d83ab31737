import type { Check } from '../types/index.js';

export const wrongLanguage: Check = {
  id: 'wrong-language',
  description: 'A paragraph whose language differs from the file’s.',
  category: 'Linguistic conventions/Wrong language',
  severity: 'major',
  run() {
    return [];
  },
};
