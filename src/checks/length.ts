// Catalogs: a translation longer than the limit its file sets (XLIFF 1.2 maxwidth with
// size-unit="char", XLIFF 2 slr:sizeRestriction) or the config gives per key pattern
// ("maxLength": { "checkout.*": 24 }, for JSON, YAML and PO, which carry no limit) — the button
// label that overflows on a phone.
import type { CatalogUnit, Check, FindingDraft } from '../types/index.js';

export const length: Check = {
  id: 'length',
  description: 'Catalogs: a translation longer than the maximum its file sets (XLIFF maxwidth, size-restriction) or the config gives per key pattern (maxLength).',
  category: 'Design and markup/Length',
  severity: 'major',
  run(ctx) {
    const { source, target } = ctx.alignment;
    if (!target.units) return [];
    const limits = new Map<string, number>();
    for (const u of source.units ?? []) if (u.maxLength !== undefined) limits.set(u.key, u.maxLength);
    const out: FindingDraft[] = [];
    for (const u of target.units as CatalogUnit[]) {
      const fromFile = u.maxLength ?? limits.get(u.key);
      const rule = fromFile === undefined ? ctx.maxLength?.find(([pattern]) => matchesKey(pattern, u.key)) : undefined;
      const max = fromFile ?? rule?.[1];
      if (max === undefined || u.sentence < 0) continue;
      // Characters as users count them: code points, inline codes not included.
      const shown = [...u.value.replace(/<[^<>]{0,2000}>/g, '')].length;
      if (shown > max) {
        const why = rule ? ` (maxLength “${rule[0]}”)` : '';
        out.push({ check: 'length', message: `Translation is ${shown} characters long; the limit for “${u.key}” is ${max}${why}`, target: { start: u.start, end: u.end }, source: null, actual: String(shown), expected: `≤ ${max}` });
      }
    }
    return out;
  },
};

/** Does `key` match `pattern`, where `*` stands for any run of characters (dots included)?
 *  The classic wildcard walk with one back-up point: O(key × pattern) at worst, never the
 *  exponential backtracking a regular expression built from the pattern could take. */
export function matchesKey(pattern: string, key: string): boolean {
  let p = 0;
  let k = 0;
  let star = -1;
  let mark = 0;
  while (k < key.length) {
    if (p < pattern.length && pattern[p] !== '*' && pattern[p] === key[k]) {
      p++;
      k++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = k;
    } else if (star >= 0) {
      p = star + 1;
      k = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}
