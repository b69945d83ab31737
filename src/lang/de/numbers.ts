import type { NumberData } from '../number-data.js';

export const numbers: NumberData = {
  decimal: ',',
};
