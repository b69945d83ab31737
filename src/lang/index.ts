// The registry of languages tqc has data for. A language not listed here still works for
// alignment (length and anchors) and for the language-independent checks.
import type { Lang } from '../types/index.js';
import type { LangData } from './types.js';
import { en } from './en/index.js';
import { vi } from './vi/index.js';
import { fr } from './fr/index.js';
import { de } from './de/index.js';
import { es } from './es/index.js';
import { it } from './it/index.js';

export const LANGUAGES: Readonly<Record<Lang, LangData>> = { de, en, es, fr, it, vi };

export function langData(code: Lang): LangData | undefined {
  return Object.prototype.hasOwnProperty.call(LANGUAGES, code) ? LANGUAGES[code] : undefined;
}

/** English name of a language code for messages ("fr" → "French"); unknown codes are returned as is. */
export function langName(code: Lang): string {
  const own = langData(code)?.name;
  if (own) return own;
  // Languages tqc has no data for still have a name ("ru" → "Russian": Cyrillic found in French).
  try {
    return (displayNames ??= new Intl.DisplayNames(['en'], { type: 'language' })).of(code) ?? code;
  } catch {
    return code;
  }
}
let displayNames: Intl.DisplayNames | undefined;
