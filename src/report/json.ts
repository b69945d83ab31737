// The JSON audit (docs/audit-schema.md): the audit itself, pretty-printed with a fixed key order so
// two runs over the same input give byte-identical files whatever order the run built objects in.
import type { Audit } from '../types/index.js';

/** Keys in the order a reader meets them; keys not listed (language keys of rows, check ids of
 *  byCheck) follow in code-unit order. One list serves every object: no object has two listed
 *  keys whose relative order would need to differ. */
const KEY_ORDER = [
  'schema',
  'name',
  'version',
  'tool',
  'failOn',
  'aligned',
  'check',
  'severity',
  'category',
  'lang',
  'path',
  'encoding',
  'message',
  'segments',
  'start',
  'end',
  'line',
  'column',
  'paragraph',
  'text',
  'actual',
  'expected',
  'fingerprint',
  'source',
  'target',
  'targets',
  'summary',
  'counts',
  'byCheck',
  'bySeverity',
  'minor',
  'major',
  'critical',
  'total',
  'mqmScore',
  'sourceWords',
  'coverage',
  'sentences',
  'beads',
  'findings',
  'rows',
  'documents',
];
const RANK = new Map(KEY_ORDER.map((k, i) => [k, i]));

function compareKeys(a: string, b: string): number {
  const ra = RANK.get(a) ?? KEY_ORDER.length;
  const rb = RANK.get(b) ?? KEY_ORDER.length;
  if (ra !== rb) return ra - rb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A copy of `value` whose objects have their keys in KEY_ORDER (undefined fields dropped). */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort(compareKeys)) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = ordered(v);
  }
  return out;
}

export function json(audit: Audit): string {
  return `${JSON.stringify(ordered(audit), null, 2)}\n`;
}
