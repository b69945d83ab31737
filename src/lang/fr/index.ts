import type { LangData } from '../types.js';
import { numbers } from './numbers.js';
import { segment } from './segment.js';
import { lexicon } from './lexicon.js';

export const fr: LangData = { code: 'fr', name: 'French', numbers, segment, lexicon };
