import type { LangData } from '../types.js';
import { numbers } from './numbers.js';
import { segment } from './segment.js';
import { lexicon } from './lexicon.js';

export const it: LangData = { code: 'it', name: 'Italian', numbers, segment, lexicon };
