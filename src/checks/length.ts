// Catalogs: a translation longer than the limit its file sets (XLIFF 1.2 maxwidth with
// size-unit="char", XLIFF 2 slr:sizeRestriction) — the button label that overflows on a phone.
import type { CatalogUnit, Check, FindingDraft } from '../types/index.js';

export const length: Check = {
  id: 'length',
  description: 'Catalogs: a translation longer than the maximum its file sets (XLIFF maxwidth, size-restriction).',
  category: 'Design and markup/Length',
  severity: 'major',
  run(ctx) {
    const { source, target } = ctx.alignment;
    if (!target.units) return [];
    const limits = new Map<string, number>();
    for (const u of source.units ?? []) if (u.maxLength !== undefined) limits.set(u.key, u.maxLength);
    const out: FindingDraft[] = [];
    for (const u of target.units as CatalogUnit[]) {
      const max = u.maxLength ?? limits.get(u.key);
      if (max === undefined || u.sentence < 0) continue;
      // Characters as users count them: code points, inline codes not included.
      const shown = [...u.value.replace(/<[^<>]{0,2000}>/g, '')].length;
      if (shown > max) {
        out.push({ check: 'length', message: `Translation is ${shown} characters long; the limit for “${u.key}” is ${max}`, target: { start: u.start, end: u.end }, source: null, actual: String(shown), expected: `≤ ${max}` });
      }
    }
    return out;
  },
};
