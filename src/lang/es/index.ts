import type { LangData } from '../types.js';
import { numbers } from './numbers.js';
import { segment } from './segment.js';
import { lexicon } from './lexicon.js';

export const es: LangData = { code: 'es', name: 'Spanish', numbers, segment, lexicon };
