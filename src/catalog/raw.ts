// A catalog value in two forms: `value`, what the application shows (escapes decoded), and
// `masked`, the raw text of the file with exactly its length, for the checks that report offsets
// into the file. "Save \"draft\"" in a JSON file is the value `Save "draft"` and the masked text
// `Save  "draft "`: every offset of the masked text is an offset of the file.

/** A decoded value with, for each of its UTF-16 units, the offset of the raw text it came from
 *  (relative to the start of the raw range); `map[value.length]` is the raw length. `null` when
 *  the value is the raw text itself — most strings: an array per character was 6 s of garbage
 *  collection on a 100,000-entry PO file. */
export interface Decoded {
  value: string;
  map: number[] | null;
}

/** The raw offset of value offset `k`. */
export const rawAt = (d: Decoded, k: number): number => (d.map ? d.map[k] : k);

const SIMPLE: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', "'": "'", '\\': '\\', '/': '/', v: '\v', a: '\x07' };

/** Backslash escapes of JSON and gettext strings (\n, \", \\, \uXXXX). */
export function decodeBackslashes(raw: string): Decoded {
  if (!raw.includes('\\')) return { value: raw, map: null };
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
  if (d.map === null && blank.length === 0) return raw;
  const out = raw.split('');
  for (let k = 0; d.map && k < d.value.length; k++) {
    const from = d.map[k];
    const to = d.map[k + 1];
    if (to - from === 1) continue;
    // An escape ("\n", "&amp;", "\u00e9"): its character where the escape starts, spaces after.
    const ch = d.value[k];
    out[from] = ch === '\n' || ch === '\r' || ch === '\t' ? ' ' : ch;
    for (let i = from + 1; i < to; i++) out[i] = raw[i] === '\n' || raw[i] === '\r' ? raw[i] : ' ';
  }
  for (const [s, e] of blank) {
    for (let i = rawAt(d, s); i < rawAt(d, Math.min(e, d.value.length)); i++) out[i] = raw[i] === '\n' || raw[i] === '\r' ? raw[i] : ' ';
  }
  return out.join('');
}

