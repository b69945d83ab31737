// A catalog value in two forms: `value`, what the application shows (escapes decoded), and
// `masked`, the raw text of the file with exactly its length, for the checks that report offsets
// into the file. "Save \"draft\"" in a JSON file is the value `Save "draft"` and the masked text
// `Save  "draft "`: every offset of the masked text is an offset of the file.

/** A decoded value with, for each of its UTF-16 units, the offset of the raw text it came from
 *  (relative to the start of the raw range); `map[value.length]` is the raw length. */
export interface Decoded {
  value: string;
  map: number[];
}

const SIMPLE: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', "'": "'", '\\': '\\', '/': '/', v: '\v', a: '\x07' };

/** Backslash escapes of JSON and gettext strings (\n, \", \\, \uXXXX). */
export function decodeBackslashes(raw: string): Decoded {
  let value = '';
  const map: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\' && i + 1 < raw.length) {
      const e = raw[i + 1];
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) {
        value += String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
        map.push(i);
        i += 5;
        continue;
      }
      value += SIMPLE[e] ?? e;
      map.push(i);
      i++;
      continue;
    }
    value += c;
    map.push(i);
  }
  map.push(raw.length);
  return { value, map };
}

/** The raw text with every stretch that is not a literal character of the value blanked: an escape
 *  becomes its character followed by spaces, so offsets stay those of the file. `blank` lists
 *  value ranges (placeholders, ICU syntax) to blank too. Line ends are kept, so lines still count. */
export function maskRaw(raw: string, d: Decoded, blank: readonly [number, number][] = []): string {
  const out = raw.split('');
  for (let k = 0; k < d.value.length; k++) {
    const from = d.map[k];
    const to = d.map[k + 1];
    if (to - from === 1) continue;
    // An escape ("\n", "&amp;", "\u00e9"): its character where the escape starts, spaces after.
    const ch = d.value[k];
    out[from] = ch === '\n' || ch === '\r' || ch === '\t' ? ' ' : ch;
    for (let i = from + 1; i < to; i++) out[i] = raw[i] === '\n' || raw[i] === '\r' ? raw[i] : ' ';
  }
  for (const [s, e] of blank) {
    for (let i = d.map[s]; i < d.map[Math.min(e, d.value.length)]; i++) out[i] = raw[i] === '\n' || raw[i] === '\r' ? raw[i] : ' ';
  }
  return out.join('');
}

/** Raw stretches between decoded characters that stand for nothing in the value (the `"\n"`
 *  between the pieces of a multi-line PO string) are blanked too, by the caller giving a map. */
export function identity(raw: string): Decoded {
  const map: number[] = [];
  for (let i = 0; i <= raw.length; i++) map.push(i);
  return { value: raw, map };
}
