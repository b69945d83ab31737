// YAML catalogs as Rails (config/locales/fr.yml, the language as the root key: "fr: cart: title:")
// and many JS apps keep them. Read by the `yaml` package (eemeli/yaml, the YAML 1.2 reference
// implementation for JavaScript), whose nodes carry their source ranges.
import type { Node } from 'yaml';
import { lib as yaml } from '../vendor/yaml.js';
import { InputError, type SourceFile } from '../types/index.js';
import type { RawUnit } from './document.js';
import { decodeBackslashes, type Decoded } from './raw.js';

/** Each character of the value at the next raw position that holds it: exact for plain and
 *  single-quoted scalars, close for block and folded ones (indentation and the indicator are
 *  skipped, a folded line end lands on the next space). */
function follow(raw: string, value: string): Decoded {
  const map: number[] = [];
  let at = 0;
  for (const ch of value) {
    for (let k = 0; k < ch.length; k++) {
      const want = ch[k];
      let i = at;
      while (i < raw.length && raw[i] !== want && !(want === ' ' && raw[i] === '\n')) i++;
      if (i >= raw.length) i = at;
      map.push(Math.min(i, raw.length));
      at = Math.min(i + 1, raw.length);
    }
  }
  map.push(raw.length);
  // Keep the map increasing: a character not found stands where the previous one ended.
  for (let k = 1; k < map.length; k++) if (map[k] <= map[k - 1]) map[k] = Math.min(map[k - 1] + 1, raw.length);
  for (let k = map.length - 2; k >= 0; k--) if (map[k] >= map[k + 1]) map[k] = Math.max(0, map[k + 1] - 1);
  return { value, map };
}

export interface YamlCatalog {
  /** The root key when it is a language code (Rails: "fr:"). */
  rootLang: string | null;
  units: RawUnit[];
}

export function readYamlUnits(file: SourceFile): YamlCatalog {
  const { isMap, isScalar, isSeq, parseDocument } = yaml();
  const doc = parseDocument(file.text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const at = e.linePos?.[0];
    throw new InputError(file.path, `${at ? `line ${at.line}, column ${at.col}: ` : ''}malformed YAML (${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')})`);
  }
  const root = doc.contents;
  if (!isMap(root)) throw new InputError(file.path, 'line 1: a YAML catalog must be a mapping of keys');
  let top: Node = root;
  let rootLang: string | null = null;
  if (root.items.length === 1 && isScalar(root.items[0].key) && /^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/.test(String(root.items[0].key.value)) && isMap(root.items[0].value)) {
    rootLang = String(root.items[0].key.value).slice(0, 3).replace(/[-_].*$/, '').toLowerCase();
    top = root.items[0].value as Node;
  }
  const units: RawUnit[] = [];
  const visit = (node: unknown, path: string) => {
    if (isMap(node)) {
      for (const pair of node.items) visit(pair.value, path ? `${path}.${String(isScalar(pair.key) ? pair.key.value : pair.key)}` : String(isScalar(pair.key) ? pair.key.value : pair.key));
    } else if (isSeq(node)) {
      node.items.forEach((v, i) => visit(v, `${path}[${i}]`));
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      const [s, e] = node.range;
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      const start = quoted ? s + 1 : s;
      const end = quoted ? e - 1 : e;
      const raw = file.text.slice(start, end);
      const decoded = node.type === 'QUOTE_DOUBLE' && !raw.includes('\n') ? decodeBackslashes(raw) : follow(raw, node.value);
      // A block scalar's "|" and indentation are not the value: the unit starts at its first character.
      const map = decoded.map;
      const lead = map?.[0] ?? 0;
      if (map && lead > 0) for (let k = 0; k < map.length; k++) map[k] -= lead;
      units.push({ key: path, start: start + lead, end, decoded });
    }
  };
  visit(top, '');
  return { rootLang, units };
}
