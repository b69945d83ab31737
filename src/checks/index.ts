// The check registry: one sorted literal list. Docs, config keys and SARIF rules derive from it.
import type { Check } from '../types/index.js';
import { addition } from './addition.js';
import { codeBlock } from './code-block.js';
import { consistency } from './consistency.js';
import { duplicate } from './duplicate.js';
import { entity } from './entity.js';
import { glossary } from './glossary.js';
import { keptTerm } from './kept-term.js';
import { length } from './length.js';
import { missingTranslation } from './missing-translation.js';
import { moved } from './moved.js';
import { number } from './number.js';
import { omission } from './omission.js';
import { placeholder } from './placeholder.js';
import { punctuation } from './punctuation.js';
import { stale } from './stale.js';
import { truncation } from './truncation.js';
import { untranslated } from './untranslated.js';
import { wrongLanguage } from './wrong-language.js';

export const CHECKS: readonly Check[] = [
  addition,
  codeBlock,
  consistency,
  duplicate,
  entity,
  glossary,
  keptTerm,
  length,
  missingTranslation,
  moved,
  number,
  omission,
  placeholder,
  punctuation,
  stale,
  truncation,
  untranslated,
  wrongLanguage,
];

export function checkById(id: string): Check | undefined {
  return CHECKS.find((c) => c.id === id);
}
