import type { LangData } from '../types.js';
import { numbers } from './numbers.js';
import { segment } from './segment.js';
import { lexicon } from './lexicon.js';

export const en: LangData = { code: 'en', name: 'English', numbers, segment, lexicon };
