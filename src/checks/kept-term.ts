// Source-language terms kept in the translation, as one note per translation: "14 English terms
// kept: component ×39, array ×24, props ×18 …". Vietnamese technical writing keeps `component`,
// `state`, `node`, `cluster` on purpose, so these are not untranslated text (see isKeptTerm); but
// an editor may still want the list once, to decide which should be translated — and a term base
// entry (config "termbase") then makes each kept occurrence a `glossary` error. Off by default:
// on a technical page it is a list of the register's terms, not a defect.
import { langName } from '../lang/index.js';
import type { Check, FindingDraft } from '../types/index.js';
import { readForeignText } from './untranslated.js';

const ID = 'kept-term';
/** Terms named in the message; the rest are counted. */
const LISTED = 8;

export const keptTerm: Check = {
  id: ID,
  description: 'Source-language terms kept in the translation (component, node, cluster): one note per translation, off by default.',
  category: 'Accuracy/Untranslated',
  severity: 'minor',
  enabled: false,
  run(ctx) {
    const { kept } = readForeignText(ctx);
    if (kept.length === 0) return [];
    const counts = new Map<string, number>();
    for (const k of kept) counts.set(k.lower, (counts.get(k.lower) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const list = ranked.slice(0, LISTED).map(([t, n]) => (n > 1 ? `${t} ×${n}` : t));
    if (ranked.length > LISTED) list.push(`${ranked.length - LISTED} more`);
    const { source, target } = ctx.alignment;
    const n = ranked.length;
    const draft: FindingDraft = {
      check: ID,
      message: `${n} ${langName(source.lang)} term${n === 1 ? '' : 's'} kept in the ${langName(target.lang)} text: ${list.join(', ')} (a term base entry makes one an error)`,
      target: kept[0].target,
      source: kept[0].source,
      actual: ranked.map(([t]) => t).join(', '),
    };
    return [draft];
  },
};
