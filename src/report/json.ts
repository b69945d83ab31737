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

/** `keys` sorted by compareKeys, and whether that is already their order. Objects of one shape
 *  come in long runs (100,000 sentences and 50,000 beads in a 50k-pair --aligned audit): the
 *  previous object's order is reused when its keys are the same, instead of sorting again (the
 *  sorts allocated ~180 MB there). */
let lastKeys: readonly string[] = [];
let lastOrder: readonly string[] = [];
let lastInOrder = true;
function keyOrder(keys: readonly string[]): readonly string[] {
  if (keys.length !== lastKeys.length || keys.some((k, i) => k !== lastKeys[i])) {
    lastKeys = keys;
    lastOrder = [...keys].sort(compareKeys);
    lastInOrder = lastOrder.every((k, i) => k === keys[i]);
  }
  return lastOrder;
}

/** `value` with its objects' keys in KEY_ORDER (undefined fields dropped): a copy where anything
 *  differs, the same object or array where nothing does (most of a large audit is already in
 *  order: copying every sentence and bead cost ~0.1 s of allocation and garbage collection). */
function ordered(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const v = ordered(value[i]);
      if (copy) copy.push(v);
      else if (v !== value[i]) (copy = value.slice(0, i)).push(v);
    }
    return copy ?? value;
  }
  const obj = value as Record<string, unknown>;
  const keys = keyOrder(Object.keys(obj));
  let same = lastInOrder;
  const values: unknown[] = [];
  for (const key of keys) {
    const v = obj[key];
    const o = ordered(v);
    if (o !== v || v === undefined) same = false;
    values.push(o);
  }
  if (same) return value;
  const out: Record<string, unknown> = {};
  keys.forEach((key, i) => {
    if (values[i] !== undefined) out[key] = values[i];
  });
  return out;
}

export function json(audit: Audit): string {
  return `${JSON.stringify(ordered(audit), null, 2)}\n`;
}
