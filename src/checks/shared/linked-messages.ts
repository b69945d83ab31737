// Linked messages of a catalog: easy_localization (Flutter) and vue-i18n let one message include
// another by key — "@:appName", "@.lower:appName", "@:(app.name)". AppFlowy's Vietnamese writes
// "thư mục dữ liệu @:appName hiện tại" where its English spells "AppFlowy": the name is there,
// through the link. Resolved in the same document (the target's own catalog), a few levels deep.
import type { Document } from '../../types/index.js';

// Linear: the key's parts are separated by single dots, nothing else can repeat.
const LINK = /@(?:\.[a-z]+)?:(?:\(([\w.-]+)\)|([\w-]+(?:\.[\w-]+)*))/g;
const MAX_DEPTH = 3;

const byKey = new WeakMap<Document, Map<string, string>>();

/** The values of the units that `text` links to, resolved through links of links. */
export function linkedValues(doc: Document, text: string): string[] {
  if (!doc.units || text.indexOf('@') < 0) return [];
  let keys = byKey.get(doc);
  if (!keys) {
    keys = new Map();
    for (const u of doc.units) if (!keys.has(u.key)) keys.set(u.key, u.value);
    byKey.set(doc, keys);
  }
  const out: string[] = [];
  let pending = [text];
  for (let depth = 0; depth < MAX_DEPTH && pending.length > 0; depth++) {
    const next: string[] = [];
    for (const t of pending) {
      for (const m of t.matchAll(LINK)) {
        const value = keys.get(m[1] ?? m[2]);
        if (value === undefined) continue;
        out.push(value);
        if (value.indexOf('@') >= 0) next.push(value);
      }
    }
    pending = next;
  }
  return out;
}
