// A word list as a sorted, front-coded byte string: the form the build ships the big lists in
// (dist/data/words/<lang>.fc, by scripts/build-data.mjs) and the form they are searched in.
//
// Why: the lists are JSON arrays of 275k (English) to 337k (French) words, 3.3 and 4.5 MB. Every
// run that reads English or French text needs them, and on the seed corpus reading them was the
// largest cost left after start-up work (decoding them to strings ~60 ms; reading the bytes plus
// an index of offsets ~43 ms for en and fr, of a 0.5 s run). Sorted words share long prefixes
// ("développe", "développement", "développements"): storing each word as the length of the prefix
// it shares with the word before plus the rest makes the lists a third to a half of their size, and
// the search needs no index of every word, only one of every 16th.
//
// Layout (little-endian): u32 MAGIC, u32 count, u32 blocks, u32 fingerprint, Int32 blockStart[blocks
// + 1] (offsets into the data), then the data. A block is up to BLOCK words in byte order: the first
// whole, the others as one byte (shared prefix length, at most 255) then their remaining bytes; each
// word ends with a 0x0A byte (no word holds one: checked when packing).
//
// Byte order of UTF-8 is code-point order: lookups encode the word to UTF-8 and compare bytes.

const MAGIC = 0x57435154; // "TQCW"
const BLOCK = 16;
const END = 0x0a;
const HEADER = 16;

/** Byte comparison of a[0, an) with b[bs, be). */
function compareBytes(a: Uint8Array, an: number, b: Uint8Array, bs: number, be: number): number {
  const n = Math.min(an, be - bs);
  for (let i = 0; i < n; i++) {
    const d = a[i] - b[bs + i];
    if (d !== 0) return d;
  }
  return an - (be - bs);
}

/** Pack `words` (UTF-8 byte strings, any order, duplicates allowed) with a fingerprint of what they
 *  came from. A word holding a line feed or longer than MAX_WORD bytes is left out: no look-up
 *  could ask for it. */
export function packWords(words: Uint8Array[], fingerprint: number): Uint8Array {
  const byBytes = (a: Uint8Array, b: Uint8Array) => compareBytes(a, a.length, b, 0, b.length);
  // The shipped lists come sorted: checking costs one pass, sorting 300k words several.
  let ordered = true;
  for (let k = 1; k < words.length && ordered; k++) ordered = byBytes(words[k - 1], words[k]) <= 0;
  const sorted = ordered ? words : [...words].sort(byBytes);
  const unique: Uint8Array[] = [];
  for (const w of sorted) {
    if (w.length === 0 || w.length > MAX_WORD || w.includes(END)) continue;
    const last = unique[unique.length - 1];
    if (!last || compareBytes(w, w.length, last, 0, last.length) !== 0) unique.push(w);
  }
  const blocks = Math.ceil(unique.length / BLOCK);
  const parts: number[] = [];
  const starts = new Int32Array(blocks + 1);
  for (let k = 0; k < unique.length; k++) {
    const w = unique[k];
    if (k % BLOCK === 0) {
      starts[k / BLOCK] = parts.length;
      for (const b of w) parts.push(b);
    } else {
      const prev = unique[k - 1];
      let p = 0;
      while (p < 255 && p < w.length && p < prev.length && w[p] === prev[p]) p++;
      parts.push(p);
      for (let i = p; i < w.length; i++) parts.push(w[i]);
    }
    parts.push(END);
  }
  starts[blocks] = parts.length;
  const out = new Uint8Array(HEADER + 4 * (blocks + 1) + parts.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, unique.length, true);
  view.setUint32(8, blocks, true);
  view.setUint32(12, fingerprint >>> 0, true);
  for (let b = 0; b <= blocks; b++) view.setInt32(HEADER + 4 * b, starts[b], true);
  out.set(parts, HEADER + 4 * (blocks + 1));
  return out;
}

/** Longest word a list may hold, in bytes (the search encodes into a buffer of this size). */
const MAX_WORD = 1024;

/** The fingerprint stored in a packed list. */
export function packedFingerprint(packed: Uint8Array): number | null {
  if (packed.length < HEADER) return null;
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  return view.getUint32(0, true) === MAGIC ? view.getUint32(12, true) : null;
}

export class WordStore {
  readonly count: number;
  private readonly data: Uint8Array;
  private readonly starts: Int32Array;
  private readonly key = new Uint8Array(MAX_WORD);
  private readonly cur = new Uint8Array(MAX_WORD + 255);
  private readonly encoder = new TextEncoder();

  /** Throws when `packed` is not a packed list. */
  constructor(packed: Uint8Array) {
    const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
    if (packed.length < HEADER || view.getUint32(0, true) !== MAGIC) throw new Error('not a packed word list');
    this.count = view.getUint32(4, true);
    const blocks = view.getUint32(8, true);
    const dataAt = HEADER + 4 * (blocks + 1);
    if (dataAt > packed.length) throw new Error('packed word list cut short');
    this.starts = new Int32Array(blocks + 1);
    for (let b = 0; b <= blocks; b++) this.starts[b] = view.getInt32(HEADER + 4 * b, true);
    this.data = packed.subarray(dataAt);
    if (this.starts[blocks] !== this.data.length || this.count > BLOCK * blocks || (blocks > 0 && this.count <= BLOCK * (blocks - 1))) throw new Error('packed word list does not hold together');
  }

  has(word: string): boolean {
    if (word.length === 0 || word.length > MAX_WORD) return false;
    const { read, written: n } = this.encoder.encodeInto(word, this.key);
    if (read < word.length) return false; // longer than any word stored
    const key = this.key;
    const data = this.data;
    const starts = this.starts;
    // The last block whose first word is ≤ the key.
    let lo = 0;
    let hi = starts.length - 2;
    let block = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const s = starts[mid];
      const found = data.indexOf(END, s);
      const d = compareBytes(key, n, data, s, found < 0 ? data.length : found);
      if (d === 0) return true;
      if (d > 0) {
        block = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (block < 0) return false;
    // Walk the block's words in order, rebuilding each from the one before.
    const cur = this.cur;
    let pos = starts[block];
    const end = starts[block + 1];
    let len = 0;
    // Bounded by the block's end and the buffer's size: a damaged copy cannot loop or overrun.
    while (pos < end && data[pos] !== END && len < cur.length) cur[len++] = data[pos++];
    pos++;
    while (pos < end) {
      len = data[pos++];
      while (pos < end && data[pos] !== END && len < cur.length) cur[len++] = data[pos++];
      pos++;
      const d = compareBytes(key, n, cur, 0, len);
      if (d === 0) return true;
      if (d < 0) return false;
    }
    return false;
  }
}
