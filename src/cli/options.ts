// Parsing of option values shared by commands; bad values are user errors (exit 2).
import { InputError, type Lang } from '../types/index.js';

import { isLanguageCode } from '../corpus/lang-name.js';

export { isLanguageCode };

export function parseLangs(value: string): Lang[] {
  const langs = value.split(',').map((s) => s.trim().toLowerCase());
  const bad = langs.find((l) => !isLanguageCode(l));
  if (bad !== undefined) throw new InputError(null, `--langs: unknown language code "${bad}" (use ISO 639-1 codes such as en,vi,fr)`);
  return langs;
}

export function parseFormats<F extends string>(value: string, known: readonly F[]): F[] {
  const formats = [...new Set(value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean))];
  const bad = formats.find((f) => !(known as readonly string[]).includes(f));
  if (bad !== undefined || formats.length === 0) throw new InputError(null, `--format: unknown format "${bad ?? value}" (known: ${known.join(', ')})`);
  return formats as F[];
}
