import type { Check } from '../types/index.js';

export const duplicate: Check = {
  id: 'duplicate',
  description: 'A sentence or paragraph repeated in the translation but not in the source.',
  category: 'Linguistic conventions/Duplication',
  severity: 'major',
  run() {
    return [];
  },
};
