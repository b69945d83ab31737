// Parsing of option values shared by commands; bad values are user errors (exit 2).
import { InputError, type Lang } from '../types/index.js';

import { isLanguageCode } from '../corpus/lang-name.js';

export { isLanguageCode };

/** Country codes people write for a language ("vn" for Vietnamese): the language code they meant.
 *  Only codes that are not themselves a language. */
const COUNTRY_FOR_LANGUAGE: Record<string, Lang> = { vn: 'vi', jp: 'ja', cn: 'zh', kr: 'ko', dk: 'da', gr: 'el', cz: 'cs', ua: 'uk', rs: 'sr', us: 'en', gb: 'en' };

/** What to say about an unknown code: "did you mean vi? (vn is the country code of Vietnam; use
 *  ISO 639-1 codes such as en,vi,fr)", or just the advice. */
export function unknownLanguageAdvice(code: string): string {
  const advice = 'use ISO 639-1 codes such as en,vi,fr';
  const meant = COUNTRY_FOR_LANGUAGE[code];
  if (!meant || isLanguageCode(code)) return `(${advice})`;
  const country = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' }).of(code.toUpperCase());
  return `— did you mean ${meant}? (${code} is the country code of ${country}; ${advice})`;
}

export function parseLangs(value: string): Lang[] {
  const langs = value.split(',').map((s) => s.trim().toLowerCase());
  const bad = langs.find((l) => !isLanguageCode(l));
  if (bad !== undefined) throw new InputError(null, `--langs: unknown language code "${bad}" ${unknownLanguageAdvice(bad)}`);
  return langs;
}

export function parseFormats<F extends string>(value: string, known: readonly F[]): F[] {
  const formats = [...new Set(value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean))];
  const bad = formats.find((f) => !(known as readonly string[]).includes(f));
  if (bad !== undefined || formats.length === 0) throw new InputError(null, `--format: unknown format "${bad ?? value}" (known: ${known.join(', ')})`);
  return formats as F[];
}
