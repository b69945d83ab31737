// Per-language abbreviation tables compiled once from src/lang/<code>/segment.ts: a map from the
// abbreviation with its inner spaces removed ("z.B.", "EE.UU.", "Mr.") to how it behaves, plus the
// prefixes of multi-part entries ("z.", "EE.") so a boundary *inside* "z. B." can be recognised.
import type { Lang } from '../types/index.js';
import { langData } from '../lang/index.js';

export type AbbreviationKind = 'never' | 'terminal' | 'number';

export interface AbbreviationTable {
  kinds: Map<string, AbbreviationKind>;
  /** Leading parts of multi-part abbreviations, spaces removed: "z.", "i.", "i.d.", "EE.". */
  prefixes: Set<string>;
  ordinals: { before: Set<string>; after: Set<string> } | null;
}

const tables = new Map<Lang, AbbreviationTable>();

/** Remove white space: "z. B." → "z.B."; the key under which abbreviations are looked up. */
export function squeeze(s: string): string {
  return s.replace(/\s+/gu, '');
}

export function abbreviationTable(lang: Lang): AbbreviationTable {
  const hit = tables.get(lang);
  if (hit) return hit;
  const data = langData(lang.toLowerCase().split(/[-_]/)[0] ?? '')?.segment;
  const kinds = new Map<string, AbbreviationKind>();
  const prefixes = new Set<string>();
  const add = (list: readonly string[] | undefined, kind: AbbreviationKind) => {
    for (const entry of list ?? []) {
      const parts = entry.split(/\s+/u).filter(Boolean);
      kinds.set(parts.join(''), kind);
      for (let k = 1; k < parts.length; k++) prefixes.add(parts.slice(0, k).join(''));
    }
  };
  // Later lists win on a clash; "never" is the strongest claim and is added last.
  add(data?.numberAbbreviations, 'number');
  add(data?.terminalAbbreviations, 'terminal');
  add(data?.abbreviations, 'never');
  const ordinals = data?.ordinals
    ? { before: new Set(data.ordinals.before.map((w) => w.toLowerCase())), after: new Set(data.ordinals.after.map((w) => w.toLowerCase())) }
    : null;
  const table = { kinds, prefixes, ordinals };
  tables.set(lang, table);
  return table;
}

/** Look up a squeezed candidate; a capitalised form matches an entry written in lower case
 *  ("E.g." at the start of a sentence), never the reverse ("no." is not "No."). */
export function lookUp(table: AbbreviationTable, candidate: string): AbbreviationKind | undefined {
  const kind = table.kinds.get(candidate);
  if (kind !== undefined) return kind;
  const first = candidate.charAt(0);
  const lower = first.toLowerCase();
  return lower !== first ? table.kinds.get(lower + candidate.slice(1)) : undefined;
}

export function isPrefix(table: AbbreviationTable, candidate: string): boolean {
  if (table.prefixes.has(candidate)) return true;
  const first = candidate.charAt(0);
  const lower = first.toLowerCase();
  return lower !== first && table.prefixes.has(lower + candidate.slice(1));
}
