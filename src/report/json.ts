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
  'key',
  'path',
  'encoding',
  'message',
  'segments',
  'start',
  'end',
  'line',
  'column',
  'paragraph',
  'op',
  'text',
  'actual',
  'expected',
  'diff',
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

interface Shape {
  keys: readonly string[];
  /** The keys sorted by compareKeys. */
  order: readonly string[];
  /** Whether `keys` already are in that order. */
  inOrder: boolean;
}

/** Shapes met so far, most recent first. Objects come in a few shapes that interleave (a row and
 *  its targets, a finding and its spans; 100,000 sentences and 50,000 beads in a 50k-pair
 *  --aligned audit): a shape's order is looked up instead of sorted again (re-sorting whenever
 *  the shape changed allocated ~45 MB there, and ~180 MB when every object was sorted). */
const shapes: Shape[] = [];
const MAX_SHAPES = 32;

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function shapeOf(keys: readonly string[]): Shape {
  for (let i = 0; i < shapes.length; i++) {
    const shape = shapes[i];
    if (!sameKeys(shape.keys, keys)) continue;
    if (i > 0) {
      shapes.splice(i, 1);
      shapes.unshift(shape);
    }
    return shape;
  }
  const order = [...keys].sort(compareKeys);
  const shape = { keys, order, inOrder: sameKeys(order, keys) };
  shapes.unshift(shape);
  if (shapes.length > MAX_SHAPES) shapes.pop();
  return shape;
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
  const { order, inOrder } = shapeOf(Object.keys(obj));
  // The copy is made at the first difference; the fields before it are the object's own.
  let copy: Record<string, unknown> | null = inOrder ? null : {};
  for (let i = 0; i < order.length; i++) {
    const key = order[i];
    const v = obj[key];
    const o = ordered(v);
    if (!copy && (o !== v || v === undefined)) {
      copy = {};
      for (let j = 0; j < i; j++) copy[order[j]] = obj[order[j]];
    }
    if (copy && o !== undefined) copy[key] = o;
  }
  return copy ?? obj;
}

export function json(audit: Audit): string {
  return `${JSON.stringify(ordered(audit), null, 2)}\n`;
}

/** The same text as `json(audit)`, byte for byte, in pieces of ~16k characters: a 1,000,000-line
 *  audit is more JSON than the longest string V8 can build ("Invalid string length"), so the CLI
 *  streams it to disk. Containers are written here; each small value (a sentence, a bead, a
 *  finding's span) is JSON.stringify's own text, re-indented to its depth. */
export function* jsonChunks(audit: Audit): Generator<string> {
  const out = new Pieces();
  yield* write(ordered(audit), 0, out);
  out.add('\n');
  yield out.take();
}

/** ~16k characters: a piece of 1M characters (2 MB when two-byte) went to V8's large-object space,
 *  which only a full collection empties — the 89 MB JSON of a 100,000-sentence pair left ~180 MB of
 *  such garbage, and the heap grew by that much while it was written. */
const PIECE = 1 << 14;
/** Flat array elements written by one JSON.stringify call. 32, not 256: encoding the 100,000-entry
 *  PO audit (127 MB) to UTF-8 took 656 ms with batches of 256 elements, 557 ms with 64, 94 ms with
 *  32 and 96 ms with 16, building it the same ~1 s each — a batch's text past ~16k characters
 *  comes back from JSON.stringify in a form V8 copies flat again before encoding (the PO run 8.3 →
 *  7.3 s, the 50k-pair --aligned run 4.0 → 3.7 s; bytes unchanged). */
const BATCH = 32;

class Pieces {
  private parts: string[] = [];
  private length = 0;
  add(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }
  get full(): boolean {
    return this.length >= PIECE;
  }
  take(): string {
    const s = this.parts.join('');
    this.parts = [];
    this.length = 0;
    return s;
  }
}

/** A value with no object or array inside (a number, a string, [3, 4], {start, end, …}):
 *  JSON.stringify writes it whole. */
function flat(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    for (const v of value) if (v !== null && typeof v === 'object') return false;
    return true;
  }
  for (const k in value) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== null && typeof v === 'object') return false;
  }
  return true;
}

/** A value small enough for a batch: at most `depth` levels of containers, no long string, few
 *  elements — so that BATCH of them stay far below V8's longest string however hostile the
 *  document (a 1 MB sentence is written on its own). */
function compact(value: unknown, depth: number): boolean {
  if (value === null || typeof value !== 'object') return typeof value !== 'string' || value.length <= 2048;
  if (depth === 0) return false;
  if (Array.isArray(value)) {
    if (value.length > 64) return false;
    for (const v of value) if (!compact(v, depth - 1)) return false;
    return true;
  }
  let n = 0;
  for (const k in value) {
    if (++n > 64 || !compact((value as Record<string, unknown>)[k], depth - 1)) return false;
  }
  return true;
}

const INDENT: string[] = [''];
const indent = (depth: number): string => (INDENT[depth] ??= '  '.repeat(depth));

/** `value` inside `depth` one-element arrays: [[value]] for depth 2. */
function wrap(value: unknown, depth: number): unknown {
  let w = value;
  for (let k = 0; k < depth; k++) w = [w];
  return w;
}

/** JSON.stringify(value, null, 2) placed at `depth`, into `out`; a piece is handed on when full. */
function* write(value: unknown, depth: number, out: Pieces): Generator<string> {
  if (flat(value)) {
    const text = JSON.stringify(value, null, 2) ?? 'null';
    out.add(depth === 0 || !text.includes('\n') ? text : text.replace(/\n/g, `\n${indent(depth)}`));
  } else if (Array.isArray(value)) {
    if (value.length === 0) return out.add('[]');
    out.add('[');
    for (let i = 0; i < value.length; ) {
      const sep = i === 0 ? '\n' : ',\n';
      if (compact(value[i], 3)) {
        // A run of small elements (sentences, beads, rows, findings) is one JSON.stringify call,
        // its lines at this depth: one call per element was a tenth of a 50k-pair run, and beads
        // and rows ({source: [4], target: [4]}), written key by key, most of a PO audit's writing.
        let j = i + 1;
        while (j < value.length && j - i < BATCH && compact(value[j], 3)) j++;
        // "[\n  a,\n  b\n]" at this depth (see wrap), without its brackets' lines
        const text = JSON.stringify(wrap(value.slice(i, j), depth), null, 2);
        out.add(sep + text.slice(depth * (depth + 3) + 2, text.length - depth * (depth + 1) - 2 * depth - 2));
        i = j;
      } else {
        out.add(`${sep}${indent(depth + 1)}`);
        yield* write(value[i], depth + 1, out);
        i++;
      }
      if (out.full) yield out.take();
    }
    out.add(`\n${indent(depth)}]`);
  } else {
    const obj = value as Record<string, unknown>;
    let first = true;
    for (const key of Object.keys(obj)) {
      const v = obj[key];
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      out.add(`${first ? '{' : ','}\n${indent(depth + 1)}${JSON.stringify(key)}: `);
      first = false;
      yield* write(v, depth + 1, out);
      if (out.full) yield out.take();
    }
    out.add(first ? '{}' : `\n${indent(depth)}}`);
  }
}
