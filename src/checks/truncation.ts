import type { Check } from '../types/index.js';

export const truncation: Check = {
  id: 'truncation',
  description: 'The translation stops early, or a sentence is cut short.',
  category: 'Design and markup/Truncation',
  severity: 'critical',
  run() {
    return [];
  },
};
