// TMX translation memories (<tu> with one <tuv xml:lang> per language, <seg> holding the text):
// a source and one or many target languages in one file. Read by saxes, like XLIFF.
import type { SaxesTag } from 'saxes';
import { lib as saxes } from '../vendor/saxes.js';
import { InputError, type SourceFile } from '../types/index.js';
import type { RawUnit } from './document.js';
import { decodeXml, tagRanges } from './xliff.js';

export interface Memory {
  sourceLang: string | null;
  /** Units per language, in file order. */
  byLang: Map<string, RawUnit[]>;
}

const INLINE = new Set(['bpt', 'ept', 'it', 'ph', 'hi', 'ut', 'sub']);
const base = (l: string) => l.toLowerCase().replace(/[-_].*$/, '');

export function readTmx(file: SourceFile): Memory {
  const parser = new (saxes().SaxesParser)({ position: true });
  const out: Memory = { sourceLang: null, byLang: new Map() };
  let tu = 0;
  let key = '';
  let lang = '';
  let seg: { start: number; codes: string[] } | null = null;
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
    if (seg) {
      if (INLINE.has(n.name)) seg.codes.push(`${n.name}#${attr(n, 'i') ?? attr(n, 'x') ?? attr(n, 'id') ?? ''}`);
      return;
    }
    if (n.name === 'header') {
      const src = attr(n, 'srclang');
      out.sourceLang = src && src !== '*all*' ? base(src) : null;
    } else if (n.name === 'tu') {
      tu++;
      key = attr(n, 'tuid') ?? `tu ${tu}`;
    } else if (n.name === 'tuv') lang = base(attr(n, 'xml:lang') ?? attr(n, 'lang') ?? '');
    else if (n.name === 'seg' && lang) seg = { start: parser.position, codes: [] };
  });
  parser.on('closetag', (n) => {
    if (n.name !== 'seg' || !seg) return;
    const end = file.text.lastIndexOf('</', parser.position - 1);
    const decoded = decodeXml(file.text.slice(seg.start, end));
    const list = out.byLang.get(lang) ?? [];
    if (!out.byLang.has(lang)) out.byLang.set(lang, list);
    list.push({ key, start: seg.start, end, decoded, markup: tagRanges(file.text.slice(seg.start, end), decoded), codes: seg.codes });
    seg = null;
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
  return out;
}
