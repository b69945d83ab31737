// Two JSON catalogs as one check sees them: units, beads by key, the paired beads only.
import { catalogDocument } from '../../src/catalog/document.js';
import { readJsonUnits } from '../../src/catalog/json.js';
import { beadsByKey, unitAlignment } from '../../src/catalog/set.js';
import type { Check, CheckContext, SourceFile, TermEntry } from '../../src/types/index.js';

const file = (lang: string, text: string): SourceFile => ({ path: `${lang}.json`, text, encoding: 'utf-8', format: 'text' });

export function catalogPair(source: Record<string, unknown>, target: Record<string, unknown>, langs: [string, string] = ['en', 'fr'], termbase?: TermEntry[]): CheckContext {
  const sf = file(langs[0], JSON.stringify(source, null, 2));
  const tf = file(langs[1], JSON.stringify(target, null, 2));
  const s = catalogDocument(sf, langs[0], 'name', readJsonUnits(sf));
  const t = catalogDocument(tf, langs[1], 'name', readJsonUnits(tf));
  return { alignment: unitAlignment({ source: s, target: t, beads: beadsByKey(s, t) }), others: [], lengthRatio: 1, allowlist: {}, glossary: [], termbase };
}

/** "key: message" for each finding, the key being the target's (else the source's) unit. */
export function run(check: Check, ctx: CheckContext): string[] {
  const { source, target } = ctx.alignment;
  const keyAt = (doc: typeof source, at: number | undefined) => doc.units?.find((u) => at !== undefined && u.start <= at && at <= u.end)?.key;
  return check.run(ctx).map((f) => `${keyAt(target, f.target?.start) ?? keyAt(source, f.source?.start)}: ${f.message}`);
}
