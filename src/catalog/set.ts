// Catalogs → a document set with its beads made by key, not by an aligner: unit "cart.title" of
// fr.json translates unit "cart.title" of en.json, wherever it stands in the file.
import type { Alignment, Bead, Document, Finding } from '../types/index.js';
import type { DocumentSet } from '../run/audit.js';
import { pluralKey } from './plural.js';

/** One bead per key: [s]:[t] when both sides have text, [s]:[] when the target has none, []:[t]
 *  for target text whose key the source lacks. Ordered by source unit, then target-only text. */
export function beadsByKey(source: Document, target: Document): Bead[] {
  const byKey = new Map<string, number>();
  for (const u of target.units ?? []) if (u.sentence >= 0) byKey.set(u.key, u.sentence);
  const used = new Set<number>();
  const beads: Bead[] = [];
  const asOne = messagesAsOne(source, byKey);
  for (const u of source.units ?? []) {
    if (u.sentence < 0) continue;
    const t = byKey.get(u.key) ?? (asOne.get(u.key) === true ? byKey.get(pluralKey(u.key)![0]) : undefined);
    if (t !== undefined && !used.has(t)) {
      used.add(t);
      beads.push({ source: [u.sentence], target: [t] });
    } else beads.push({ source: [u.sentence], target: [] });
  }
  for (let j = 0; j < target.sentences.length; j++) if (!used.has(j)) beads.push({ source: [], target: [j] });
  return beads;
}

/** Source plural forms ("models.user.one", "items_other") whose target gives the whole message as
 *  one string under the base key ("models.user: Utilisateur"): Rails and i18next both answer every
 *  count with it (devise-i18n's French and Vietnamese do this). Each such form → true for the one
 *  form the string is paired with ('other' when there is one), false for the others. */
export function messagesAsOne(source: Document, byKey: ReadonlyMap<string, unknown>): Map<string, boolean> {
  const out = new Map<string, boolean>();
  const chosen = new Map<string, string>();
  for (const u of source.units ?? []) {
    const plural = pluralKey(u.key);
    if (u.sentence < 0 || !plural || byKey.has(u.key) || !byKey.has(plural[0])) continue;
    out.set(u.key, false);
    const was = chosen.get(plural[0]);
    if (was === undefined || (plural[1] === 'other' && pluralKey(was)?.[1] !== 'other')) chosen.set(plural[0], u.key);
  }
  for (const key of chosen.values()) out.set(key, true);
  return out;
}

/** Checks that read a catalog as prose: `duplicate` takes "View all" under three keys, or the
 *  identical French 'many' and 'other' forms, for a repeated sentence (Shopify's Dawn theme:
 *  6 such findings, all false). `consistency` is the catalog's own repetition check. A catalog's
 *  units have no order for `moved` to speak of. */
export const NOT_FOR_CATALOGS: ReadonlySet<string> = new Set(['duplicate', 'moved']);

export function catalogSet(name: string, source: Document, targets: Document[]): DocumentSet {
  return { name, source, targets, aligned: false, beads: targets.map((t) => beadsByKey(source, t)) };
}

/** Checks see only the beads that pair two texts: a unit with no translation is reported once,
 *  by `missing-translation`, not again as an omission or a truncated document. */
export function pairedOnly(beads: readonly Bead[]): Bead[] {
  return beads.filter((b) => b.source.length > 0 && b.target.length > 0);
}

/** The catalog key of a finding: its target unit's, else its source unit's. */
export function keyOf(doc: Document, sentence: number | undefined): string | undefined {
  if (sentence === undefined || !doc.units) return undefined;
  return unitsBySentence(doc)[sentence]?.key;
}

const cache = new WeakMap<Document, Document['units'] & object>();
function unitsBySentence(doc: Document): NonNullable<Document['units']> {
  let list = cache.get(doc);
  if (!list) {
    list = [];
    for (const u of doc.units ?? []) if (u.sentence >= 0) list[u.sentence] = u;
    cache.set(doc, list);
  }
  return list;
}

/** Findings with the key of the unit they are about (`key` follows `lang` in the JSON audit). */
export function withKeys(findings: Finding[], source: Document, target: Document): Finding[] {
  return findings.map((f) => {
    const key = keyOf(target, f.target?.segments[0]) ?? keyOf(source, f.source?.segments[0]);
    return key === undefined ? f : { ...f, key };
  });
}

/** What a catalog's checks see: the beads that pair two texts, each its own unit (segmentOf): a
 *  number or a name is never looked for in the next entry, as it may be in a document's next bead. */
export function unitAlignment(alignment: Alignment): Alignment {
  const beads = pairedOnly(alignment.beads);
  return { ...alignment, beads, segmentOf: beads.map((_, i) => i) };
}
