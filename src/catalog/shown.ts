// How a span of a catalog file reads: its escapes decoded. Findings quote the file by offsets,
// and Home Assistant's JSON (as Python's json.dump writes it) spells every "é" as "\u00e9": the
// quoted "Ung\u00fcltiger Host" was unreadable, and its words miscounted for the score.
import { extname } from 'node:path';
import type { CatalogUnit, Document } from '../types/index.js';
import { decodeBackslashes, rawAt, type Decoded } from './raw.js';
import { decodeXml } from './xliff.js';

const BACKSLASHED = new Set(['.json', '.arb', '.po', '.pot']);
const XML = new Set(['.xlf', '.xliff', '.tmx']);

/** The decoder of a catalog's spans, by its format; undefined when its raw text reads as it is
 *  (YAML: a plain scalar's backslash is a backslash — "C:\Users" — so none is decoded). */
export function shownCatalogText(path: string): ((raw: string) => string) | undefined {
  const ext = extname(path).toLowerCase();
  if (BACKSLASHED.has(ext)) return (raw) => decodeBackslashes(raw).value;
  if (XML.has(ext)) return (raw) => decodeXml(raw).value;
  return undefined;
}

/** The file offset of offset `k` of a unit's value (escapes counted as written), or -1 when the
 *  unit's raw text does not decode to its value here (a PO entry on several quoted lines). */
export function valueOffsetInFile(doc: Document, unit: CatalogUnit, k: number): number {
  const raw = doc.file.text.slice(unit.start, unit.end);
  if (raw === unit.value) return unit.start + k;
  const ext = extname(doc.file.path).toLowerCase();
  const d: Decoded | null = BACKSLASHED.has(ext) ? decodeBackslashes(raw) : XML.has(ext) ? decodeXml(raw) : null;
  return d && d.value === unit.value && k <= d.value.length ? unit.start + rawAt(d, k) : -1;
}
