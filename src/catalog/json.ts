// JSON catalogs, flat ({"cart.title": "Cart"}) or nested ({"cart": {"title": "Cart"}}), as
// i18next, react-intl and vue-i18n keep them: one file per language. Read by Microsoft's
// jsonc-parser (VS Code's), which gives every value its offset, so findings point at the line.
// The ESM build: its UMD main uses a dynamic require that a bundle cannot follow.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { InputError, type SourceFile } from '../types/index.js';
import type { RawUnit } from './document.js';
import { lineColumn } from './position.js';
import { decodeBackslashes } from './raw.js';

export function readJsonUnits(file: SourceFile): RawUnit[] {
  const errors: ParseError[] = [];
  // Comments are allowed: Shopify themes ship their locales/*.json with a /* … */ header.
  const root = parseTree(file.text, errors, { allowTrailingComma: false, disallowComments: false });
  if (errors.length > 0 || !root) {
    const e = errors[0];
    const at = lineColumn(file.text, e?.offset ?? 0);
    throw new InputError(file.path, `line ${at.line}, column ${at.column}: malformed JSON (${e ? printParseErrorCode(e.error) : 'empty'})`);
  }
  if (root.type !== 'object') throw new InputError(file.path, 'line 1: a JSON catalog must be an object of keys');
  const units: RawUnit[] = [];
  const visit = (node: Node, path: string) => {
    if (node.type === 'object') {
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k && v) visit(v, path ? `${path}.${String(k.value)}` : String(k.value));
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((v, i) => visit(v, `${path}[${i}]`));
    } else if (node.type === 'string') {
      // The node spans the quotes; the unit is what lies between them.
      const start = node.offset + 1;
      const end = node.offset + node.length - 1;
      units.push({ key: path, start, end, decoded: decodeBackslashes(file.text.slice(start, end)) });
    }
  };
  visit(root, '');
  return units;
}
