// Linked messages of a catalog: easy_localization (Flutter) and vue-i18n let one message include
// another by key — "@:appName", "@.lower:appName", "@:(app.name)" — and i18next nests with
// "$t(lockRoomPassword)" (jitsi-meet). AppFlowy's Vietnamese writes "thư mục dữ liệu @:appName hiện
// tại" where its English spells "AppFlowy": the name is there, through the link. Resolved in the
// same document (the target's own catalog), a few levels deep; a key not found whole is looked up
// as the last part of exactly one key (jitsi's "$t(lockRoomPassword)" is "dialog.lockRoomPassword").
import type { Document } from '../../types/index.js';

// Linear: the key's parts are separated by single dots, nothing else can repeat.
const LINK = /@(?:\.[a-z]+)?:(?:\(([\w.-]+)\)|([\w-]+(?:\.[\w-]+)*))|\$t\((?:[\w-]+:)?([\w-]+(?:\.[\w-]+)*)/g;
const MAX_DEPTH = 3;

const byKey = new WeakMap<Document, Map<string, string | null>>();

/** The values of the units that `text` links to, resolved through links of links. */
export function linkedValues(doc: Document, text: string): string[] {
  if (!doc.units || (text.indexOf('@') < 0 && text.indexOf('$t(') < 0)) return [];
  let keys = byKey.get(doc);
  if (!keys) {
    keys = new Map();
    for (const u of doc.units) if (!keys.has(u.key)) keys.set(u.key, u.value);
    // Last parts, when one key only ends so (null: ambiguous). Whole keys win.
    const tails = new Map<string, string | null>();
    for (const u of doc.units) {
      const dot = u.key.lastIndexOf('.');
      if (dot < 0) continue;
      const tail = u.key.slice(dot + 1);
      tails.set(tail, tails.has(tail) ? null : u.value);
    }
    for (const [tail, value] of tails) if (!keys.has(tail)) keys.set(tail, value);
    byKey.set(doc, keys);
  }
  const out: string[] = [];
  let pending = [text];
  for (let depth = 0; depth < MAX_DEPTH && pending.length > 0; depth++) {
    const next: string[] = [];
    for (const t of pending) {
      for (const m of t.matchAll(LINK)) {
        const value = keys.get(m[1] ?? m[2] ?? m[3]);
        if (value === undefined || value === null) continue;
        out.push(value);
        if (value.indexOf('@') >= 0 || value.indexOf('$t(') >= 0) next.push(value);
      }
    }
    pending = next;
  }
  return out;
}
