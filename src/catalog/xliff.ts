// XLIFF 1.2 (<trans-unit>) and 2.x (<unit><segment>): source and target in one file. Read by
// saxes (a maintained, conformant streaming XML parser, ISC) for its exact offsets: each
// <source>/<target> is the raw text between its tags, so findings point at the file's line.
import type { SaxesTag } from 'saxes';
import { lib as saxes } from '../vendor/saxes.js';
import { InputError, type SourceFile } from '../types/index.js';
import type { RawUnit } from './document.js';
import type { Bilingual } from './po.js';
import type { Decoded } from './raw.js';

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const INLINE = new Set(['x', 'bx', 'ex', 'g', 'ph', 'bpt', 'ept', 'it', 'mrk', 'pc', 'sc', 'ec', 'sm', 'em', 'cp']);

/** XML character references and the five predefined entities, decoded with a raw-offset map. */
export function decodeXml(raw: string): Decoded {
  if (!raw.includes('&')) return { value: raw, map: null };
  let value = '';
  const map: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '&') {
      const semi = raw.indexOf(';', i);
      if (semi > i && semi - i <= 10) {
        const name = raw.slice(i + 1, semi);
        const cp = name.startsWith('#x') ? parseInt(name.slice(2), 16) : name.startsWith('#') ? parseInt(name.slice(1), 10) : -1;
        // A reference past Unicode (a slice of hostile text: saxes refuses such a file) stays text.
        const ch = cp >= 0 ? (cp <= 0x10ffff ? String.fromCodePoint(cp) : '') : ENTITIES[name];
        if (ch) {
          for (let k = 0; k < ch.length; k++) map.push(i);
          value += ch;
          i = semi;
          continue;
        }
      }
    }
    value += raw[i];
    map.push(i);
  }
  map.push(raw.length);
  return { value, map };
}

/** Value ranges that are the elements of inline codes (<x/>, <g>, <ph>…, </pc>): masked for the
 *  text checks. Found in the raw XML, where an attribute value is quoted: Angular writes
 *  <x id="START_TAG_NG_CONTAINER" equiv-text="&lt;ng-container *ngIf=&quot;a; else b&quot;>"/>,
 *  whose decoded value holds "<", ">" and quotes of its own (read in the decoded value, the tag
 *  ended inside the attribute and its ";" and ":" were French punctuation wanting spaces). */
export function tagRanges(raw: string, decoded: Decoded): [number, number][] {
  const out: [number, number][] = [];
  if (!raw.includes('<')) return out;
  const at = decodedOffset(decoded);
  for (const m of raw.matchAll(ELEMENT)) out.push([at(m.index), at(m.index + m[0].length)]);
  return out;
}
// A start, end or empty-element tag; quoted attribute values may hold ">" (bounded: linear).
const ELEMENT = /<\/?[A-Za-z][\w:.-]{0,60}(?:\s+[^\s"'<>\/=]{1,60}\s*=\s*(?:"[^"]{0,4000}"|'[^']{0,4000}'))*\s*\/?>/g;

/** Raw offset → value offset: the first value offset whose raw offset is at or after it. */
function decodedOffset(d: Decoded): (raw: number) => number {
  const map = d.map;
  if (!map) return (r) => r;
  return (r) => {
    let lo = 0;
    let hi = map.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (map[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

interface Open {
  side: 'source' | 'target';
  start: number;
  codes: string[];
}

export function readXliff(file: SourceFile): Bilingual {
  const parser = new (saxes().SaxesParser)({ position: true });
  const out: Bilingual = { sourceLang: null, targetLang: null, source: [], target: [] };
  let unitId: string | null = null;
  let unitSegments = 0;
  let segmentId: string | null = null;
  let maxLength: number | undefined;
  let translate = true;
  let state: string | undefined;
  let open: Open | null = null;
  let error: string | null = null;
  const attr = (n: SaxesTag, name: string): string | undefined => {
    const v = n.attributes[name];
    return typeof v === 'string' ? v : undefined;
  };
  parser.on('error', (e) => {
    if (error === null) error = e.message;
    throw e;
  });
  parser.on('opentag', (n) => {
    const name = n.name.replace(/^.*:/, '');
    if (open) {
      if (INLINE.has(name)) open.codes.push(`${name}#${attr(n, 'id') ?? attr(n, 'rid') ?? ''}`);
      return;
    }
    if (name === 'xliff') {
      out.sourceLang = attr(n, 'srcLang')?.slice(0, 2).toLowerCase() ?? out.sourceLang;
      out.targetLang = attr(n, 'trgLang')?.slice(0, 2).toLowerCase() ?? out.targetLang;
      out.targetLocale = attr(n, 'trgLang') ?? out.targetLocale;
    } else if (name === 'file') {
      out.sourceLang = attr(n, 'source-language')?.slice(0, 2).toLowerCase() ?? out.sourceLang;
      out.targetLang = attr(n, 'target-language')?.slice(0, 2).toLowerCase() ?? out.targetLang;
      out.targetLocale = attr(n, 'target-language') ?? out.targetLocale;
    } else if (name === 'trans-unit' || name === 'unit') {
      unitId = attr(n, 'id') ?? attr(n, 'resname') ?? `line ${parser.line}`;
      unitSegments = 0;
      // 1.2: maxwidth with size-unit="char" (the default unit is pixels: not comparable).
      const width = attr(n, 'maxwidth');
      const sizeRestriction = Object.entries(n.attributes).find(([k]) => /(^|:)sizeRestriction$/.test(k))?.[1];
      maxLength = width && attr(n, 'size-unit') === 'char' ? Number(width) : typeof sizeRestriction === 'string' ? Number(sizeRestriction) : undefined;
      if (maxLength !== undefined && !(maxLength > 0)) maxLength = undefined;
      translate = attr(n, 'translate') !== 'no';
      state = undefined;
    } else if (name === 'segment') {
      segmentId = attr(n, 'id') ?? String(unitSegments);
      unitSegments++;
      state = attr(n, 'state');
    } else if ((name === 'source' || name === 'target') && unitId !== null) {
      if (name === 'target' && attr(n, 'state')) state = attr(n, 'state');
      open = { side: name, start: parser.position, codes: [] };
    }
  });
  parser.on('closetag', (n) => {
    const name = n.name.replace(/^.*:/, '');
    if (open && name === open.side) {
      const end = file.text.lastIndexOf('</', parser.position - 1);
      const decoded = decodeXml(file.text.slice(open.start, end));
      const key = unitId !== null && unitSegments > 1 ? `${unitId}/${segmentId}` : (unitId ?? '');
      const unit: RawUnit = { key, start: open.start, end, decoded, markup: tagRanges(file.text.slice(open.start, end), decoded), codes: open.codes };
      if (maxLength !== undefined) unit.maxLength = maxLength;
      if (!translate) unit.skipped = 'translate=no';
      else if (open.side === 'target' && state && /^(new|needs-translation|initial)$/.test(state)) unit.skipped = `state=${state}`;
      (open.side === 'source' ? out.source : out.target).push(unit);
      open = null;
    } else if (name === 'trans-unit' || name === 'unit') unitId = null;
  });
  try {
    parser.write(file.text).close();
  } catch {
    // reported below
  }
  if (error !== null) {
    const m = /^(\d+):(\d+): (.*)$/.exec(error);
    throw new InputError(file.path, m ? `line ${m[1]}, column ${m[2]}: malformed XML (${m[3].replace(/\.$/, '')})` : `malformed XML (${error})`);
  }
  // A segment with a second segment later gets its unit/segment key only then: renumber.
  return out;
}
