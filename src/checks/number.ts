// Numbers compared by value across locale formats: "100,000" (en) = "100.000" (vi) = "100 000" (fr),
// "$40 billion" = "40 tỷ USD" = "40 milliards de dollars". Machine translation corrupts numbers
// silently (Danish "2.200.112" became "2,200,12"; "244890" became "24,490": mozilla/translations
// #1388), and string-comparing tools false-alarm on every correct locale conversion.
//
// Matching, most certain first: same value in the same bead; the other decimal reading of an
// ambiguous target number ("100,000" left in French = a locale-format finding); soft mentions
// (spelled-out "ba" for 3, times "15 h 30" for "3:30 PM", "150MW"); a quantity converted to
// another unit ("50 miles" → "80 kilomètres", units.ts); the same value in an adjacent
// bead (the aligner may put a clause one bead off); the same value anywhere in the aligned text
// (so only a real difference in counts is left) — within one unit or line when the input paired
// the text (a catalog, --aligned files), where nothing can have slid. What is left in a bead becomes "changed" (one
// missing + one extra that look alike, e.g. 42 → 420, billion → million), "dropped" or "added".
// Beads with an empty side belong to the omission/addition/truncation checks and are not reported.
// Values match whatever their kind ("42" ↔ "42 %"): false alarms are the main complaint about QA
// checkers, and a lost "%" is rarer than a reworded one. The same amount with a currency certain on
// both sides but different ("$40 billion" → "40 milliards d'euros") is reported.
import { droppedApproximators } from './shared/approximators.js';
import { cutShort } from './shared/coverage.js';
import { mayShare, segmentOfBead } from './shared/segments.js';
import type { Check, CheckContext, Document, FindingDraft, Lang, Range } from '../types/index.js';
import { langData, langName } from '../lang/index.js';
import { RANGE_JOINS, extractNumbers, extractSpelledNumbers, formatNumber, scaleWords, type NumberMention } from '../lang/numbers.js';
import { isDigitCode, isLetterCode } from '../lang/script.js';
import { isConversion } from '../lang/units.js';
import { TRAILING_GAP } from '../corpus/inline-codes.js';

interface Item {
  m: NumberMention;
  bead: number;
  /** The sentence it stands in (restated() looks at the others of its paragraph). */
  sentence: number;
  abs: Range;
  key: number;
  matched: boolean;
  /** digitsOf(m.raw), computed on first use: likeness() meets one item many times. */
  digits?: string;
}
interface Slot {
  keys: number[];
  used: boolean;
}
interface Side {
  doc: Document;
  lang: Lang;
  sentences: number[];
  hard: Item[];
  soft: Slot[];
  spelled: boolean;
  /** `soft` by key, built on first use (see takeSoft). */
  softBy?: Map<number, Slot[]>;
}

/** Three numbers or more joined by dots that no grouping reads: an IPv4 address, a version
 *  ("2.200.112" is a Danish two million). */
const DOTTED = /^\d{1,4}(?:\.\d{1,4}){2,}$/;
const GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
/** Unmatched source × target numbers of one bead that are still paired by likeness. */
const MAX_PAIRS = 10_000;

/** Values compare without sign ("-5%" may become "giảm 5%", "down 5%") and to 12 digits. */
// Whole numbers below 10^12 already have at most 12 digits: toPrecision would give them back
// unchanged, at ~0.5 µs a call (~60 ms on the 50k-pair bench, where nearly all are whole).
const keyOf = (v: number): number => {
  const a = Math.abs(v);
  return Number.isInteger(a) && a < 1e12 ? a : Number(a.toPrecision(12));
};

function slotsOf(m: NumberMention): Slot[] {
  if (m.kind === 'time' && m.parts) {
    // "3:30 PM" may stand for "15", "3" and "30" on the other side
    const [h, min, sec] = m.parts;
    const slots = [{ keys: [h, h % 12, (h % 12) + 12], used: false }];
    if (min > 0) slots.push({ keys: [min], used: false });
    if (sec > 0) slots.push({ keys: [sec], used: false }); // "2:02:16" = "2 h 02 min 16 s"
    return slots;
  }
  if (m.kind === 'date' && m.parts) return m.parts.map((p) => ({ keys: [p], used: false }));
  // "1/3" stands for 1/3 ("un tiers") or, as a date, for its two numbers
  if (m.kind === 'fraction' && m.parts) return [{ keys: [keyOf(m.value), ...m.parts], used: false }];
  // A decade: "the mid-1990s" is "những năm 90", "les années 90"; "the '90s" may be "1990"
  if (DECADE.test(m.raw)) {
    const v = m.value;
    return [{ keys: v >= 100 ? [v, v % 100] : [v, 1900 + v, 2000 + v], used: false }];
  }
  return [{ keys: [keyOf(m.value)], used: false }];
}
const DECADE = /^['’]?(?:\d\d)?\d0['’]?s$/;

/** A number the check would report even when matched: the right value in the other decimal
 *  convention next to a scale, percent or currency word ("1.5 Milliarden"). */
const flaggedWhenMatched = (m: NumberMention): boolean =>
  Boolean(m.foreign && !m.malformed && (m.scaled || m.kind === 'percent' || m.currency));

/** The matching key of mention `k` of `text`'s mentions `ms` (a range's first end shares the second's scale). */
const keyAt = (text: string, ms: readonly NumberMention[], k: number): number => keyOf(rangeValue(text, ms[k], ms[k + 1]));

/** What the quick comparison (sameNumbers) needs of one sentence text: the keys of its hard
 *  numbers, each followed by the code of its certain currency (0 for none: see currencyOf), and
 *  whether one of them is reported even when matched. Only this is kept per distinct text, not
 *  the mentions: holding ~130k mentions and their strings until the check ended made the garbage
 *  collector copy them again and again (~45 ms of the check on the 50k-pair benchmark); the few
 *  beads that need mentions read them again (see side). */
interface Keys {
  /** key, currency code, key, currency code, … (one array: a second one per text cost ~25 ms). */
  keys: number[];
  flagged: boolean;
}
const NO_KEYS: Keys = { keys: [], flagged: false };

function keysOfText(text: string, lang: Lang): Keys {
  const ms = extractNumbers(text, lang);
  if (ms.length === 0) return NO_KEYS;
  const keys: number[] = [];
  let flagged = false;
  for (let k = 0; k < ms.length; k++) {
    if (ms[k].soft) continue;
    keys.push(keyAt(text, ms, k), currencyCode(currencyOf(ms[k])));
    if (flaggedWhenMatched(ms[k])) flagged = true;
  }
  // Kept per sentence until the run ends: at its length, not with the 16 slots push() leaves
  // (~38 MB of a 100,000-sentence pair's heap when its reports were written).
  return { keys: keys.slice(), flagged };
}

/** The currency a number is certainly in, or '': "200 pounds" may be a weight (it has a unit),
 *  and a number without a currency word or sign says nothing. */
const currencyOf = (m: NumberMention): string => (m.currency && !m.unit ? m.currency : '');

/** Two amounts in different currencies: "$40 billion" translated "40 milliards d'euros". */
const otherCurrency = (a: string, b: string): boolean => a !== '' && b !== '' && a !== b;

/** Small numbers for currencies, 0 for none, in the order met. */
const currencyCodes = new Map<string, number>([['', 0]]);
function currencyCode(c: string): number {
  let n = currencyCodes.get(c);
  if (n === undefined) currencyCodes.set(c, (n = currencyCodes.size));
  return n;
}

/** Keys per sentence, per document: the source is read once however many targets it has, and a
 *  sentence repeating an earlier one's text shares its keys instead of being read again: aligned
 *  files repeat segments. */
const perDocument = new WeakMap<Document, { bySentence: (Keys | undefined)[]; byText: Map<string, Keys> }>();
function keysOf(doc: Document, si: number): Keys {
  let cache = perDocument.get(doc);
  if (!cache) perDocument.set(doc, (cache = { bySentence: [], byText: new Map() }));
  let r = cache.bySentence[si];
  if (r === undefined) {
    const text = doc.sentences[si].text;
    r = cache.byText.get(text);
    if (r === undefined) cache.byText.set(text, (r = keysOfText(text, doc.lang)));
    cache.bySentence[si] = r;
  }
  return r;
}

/** True when the hard numbers of the two sides are the same values, as many times each, with none
 *  to report anyway: then every one of them is matched within the bead (step 1 of run) and the
 *  bead can neither report nor lend a number to another: no Side is built for it. On the 50k-pair
 *  benchmark nine beads in ten are such, and their ~300k Items and spans were most of the
 *  check's allocation. */
const scratch: number[] = [];
function sameNumbers(source: Document, s: readonly number[], target: Document, t: readonly number[]): boolean {
  scratch.length = 0;
  for (const si of s) for (const x of keysOf(source, si).keys) scratch.push(x);
  let n = scratch.length; // live entries (key, currency) at the end of scratch
  if (n > 32) return false;
  for (const ti of t) {
    const r = keysOf(target, ti);
    if (r.flagged) return false;
    for (let k = 0; k < r.keys.length; k += 2) {
      const first = scratch.length - n;
      let at = first;
      while (at < scratch.length && scratch[at] !== r.keys[k]) at += 2; // NaN is never found: not the same
      if (at >= scratch.length) return false;
      const a = scratch[at + 1];
      const b = r.keys[k + 1];
      if (a !== 0 && b !== 0 && a !== b) return false; // another currency: the slow path reports it
      // drop the match by moving the first live entry into its place
      scratch[at] = scratch[first];
      scratch[at + 1] = scratch[first + 1];
      n -= 2;
    }
  }
  return n === 0;
}

function side(doc: Document, lang: Lang, sentences: number[], bead: number): Side {
  const s: Side = { doc, lang, sentences, hard: [], soft: [], spelled: false };
  for (const si of sentences) {
    const sent = doc.sentences[si];
    const ms = extractNumbers(sent.text, lang);
    ms.forEach((m, k) => {
      if (m.soft) for (const slot of slotsOf(m)) s.soft.push(slot);
      else s.hard.push({ m, bead, sentence: si, abs: { start: sent.start + m.start, end: sent.start + m.end }, key: keyAt(sent.text, ms, k), matched: false });
    });
  }
  return s;
}

/** The side of a bead whose numbers all match within it (see sameNumbers). */
const MATCHED: Side = Object.freeze({ doc: null as unknown as Document, lang: '', sentences: [], hard: [], soft: [], spelled: true });

/** The first end of a range shares the scale word of the second: "12,6 et 12,9 milliards" is
 *  12.6 billion, "12.600 y 12.900 millones" 12,600 million (the largest power of 1,000 that keeps
 *  it at most the second end). */
function rangeValue(text: string, m: NumberMention, next: NumberMention | undefined): number {
  if (!next || m.scaled || !next.scaled || next.soft || m.kind !== 'plain' || m.value <= 0) return m.value;
  if (!RANGE_JOINS.has(text.slice(m.end, next.start).trim().toLowerCase())) return m.value;
  let f = 1;
  while (f < 1e12 && m.value * f * 1000 <= Math.abs(next.value)) f *= 1000;
  return f > 1 ? m.value * f : m.value;
}

/** The first unused soft slot holding `key`, in mention order. Slots are indexed by key (lists in
 *  reverse order, used slots dropped from the end as met): scanning every slot for every left-over
 *  number was quadratic on a sentence of thousands of times or dates. */
function takeSoft(side: Side, key: number, other: Side): boolean {
  for (let pass = 0; pass < 2; pass++) {
    if (!side.softBy) {
      side.softBy = new Map();
      for (let k = side.soft.length - 1; k >= 0; k--) {
        for (const v of new Set(side.soft[k].keys)) {
          const list = side.softBy.get(v);
          if (list) list.push(side.soft[k]);
          else side.softBy.set(v, [side.soft[k]]);
        }
      }
    }
    const list = side.softBy.get(key);
    while (list && list.length > 0 && list[list.length - 1].used) list.pop();
    if (list && list.length > 0) return (list[list.length - 1].used = true);
    if (side.spelled) return false;
    // Spelled-out words cost a look at every word: only when a digit is left over
    side.spelled = true;
    side.softBy = undefined;
    const first = side.soft.length;
    for (const si of side.sentences) {
      for (const m of extractSpelledNumbers(side.doc.sentences[si].text, side.lang)) for (const slot of slotsOf(m)) side.soft.push(slot);
    }
    // A spelled-out number the other side spells out too translates that word, not the digits:
    // React's French "State as a Snapshot" with the button label "+3" dropped still says "trois
    // fois" twice, as the source says "three times" twice; the 3 of "+3" is then missing.
    if (side.soft.length > first) {
      const theirs = new Map<number, number>();
      for (const si of other.sentences) {
        for (const m of extractSpelledNumbers(other.doc.sentences[si].text, other.lang)) {
          const v = keyOf(m.value);
          theirs.set(v, (theirs.get(v) ?? 0) + 1);
        }
      }
      for (let k = first; k < side.soft.length && theirs.size > 0; k++) {
        const v = side.soft[k].keys[0];
        const n = theirs.get(v);
        if (n === undefined || side.soft[k].keys.length !== 1) continue;
        side.soft[k].used = true;
        if (n > 1) theirs.set(v, n - 1);
        else theirs.delete(v);
      }
    }
  }
  return false;
}

/** Unmatched items by key, each list in reverse document order (pop() gives the first). A look-up
 *  per item instead of a scan of the other side: a bead with thousands of numbers ("1 1 1 …")
 *  made the scans quadratic. NaN never equals itself, so NaN keys are left out as `===` did. */
function byKey(items: readonly Item[], key: (i: Item) => number | undefined): Map<number, Item[]> {
  const map = new Map<number, Item[]>();
  for (let k = items.length - 1; k >= 0; k--) {
    const v = items[k].matched ? undefined : key(items[k]);
    if (v === undefined || Number.isNaN(v)) continue;
    const list = map.get(v);
    if (list) list.push(items[k]);
    else map.set(v, [items[k]]);
  }
  return map;
}

function matchExact(a: Item[], b: Item[], onMatch?: (x: Item, y: Item) => void): void {
  if (a.length === 0 || b.length === 0) return;
  if (a.length * b.length <= 64) {
    // A sentence's few numbers: the same first-unmatched-in-order choice by a direct scan, without
    // building an index (one Map per call was ~200k Maps on the 50k-pair bench).
    for (const x of a) {
      if (x.matched) continue;
      for (const y of b) {
        if (y.matched || y.key !== x.key) continue;
        x.matched = y.matched = true;
        onMatch?.(x, y);
        break;
      }
    }
    return;
  }
  const free = byKey(b, (c) => c.key);
  for (const x of a) {
    if (x.matched) continue;
    const y = free.get(x.key)?.pop();
    if (y) {
      x.matched = y.matched = true;
      onMatch?.(x, y);
    }
  }
}

/** Quantities converted to another unit: "50 miles" → "80 kilomètres", "95 degrees Fahrenheit" →
 *  "35 degrés Celsius" (units.ts). An unmatched number with a unit is explained by a number of the
 *  other side of its bead in another unit of the same dimension that it converts to: an unmatched
 *  one first, else one already matched ("50 miles (80 km)" translated "80 km"). */
function matchConversions(a: readonly Item[], b: readonly Item[]): void {
  for (const x of a) {
    const ux = x.m.unit;
    if (x.matched || !ux) continue;
    const converts = (y: Item) => y.m.unit !== undefined && isConversion(x.m.value, ux, y.m.value, y.m.unit);
    const y = b.find((c) => !c.matched && converts(c)) ?? b.find(converts);
    if (y) x.matched = y.matched = true;
  }
}

/** A quantity converted from or to one spelled out: "eight feet" → "2,5 mètres", "a
 *  hundred-mile traffic jam" → "un embouteillage de 160 kilomètres" (a talk). Read only when a
 *  number with a unit is left over. */
function matchSpelledConversions(items: readonly Item[], other: Side): void {
  let spelled: NumberMention[] | undefined;
  for (const x of items) {
    const ux = x.m.unit;
    if (x.matched || !ux) continue;
    if (!spelled) {
      spelled = [];
      for (const si of other.sentences) for (const m of extractSpelledNumbers(other.doc.sentences[si].text, other.lang)) if (m.unit) spelled.push(m);
    }
    if (spelled.some((m) => isConversion(x.m.value, ux, m.value, m.unit!))) x.matched = true;
  }
}

/** Significant digits as written: "$40 billion" → "4", "420" → "42", "2,200,112" → "2200112". */
function digitsOf(raw: string): string {
  let d = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) d += raw[i];
  }
  return d.replace(/^0+/, '').replace(/0+$/, '');
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** How alike a dropped and an added number look: 2 = same digits (42 → 420, billion → million),
 *  1 = a digit or two apart or the same length (244890 → 24,490), 0 = unrelated. */
function likeness(s: Item, t: Item): number {
  const a = (s.digits ??= digitsOf(s.m.raw));
  const b = (t.digits ??= digitsOf(t.m.raw));
  if (a === b) return 2;
  if (a.length === b.length) return 1;
  // The edit distance is at least the length difference; and a table is quadratic in the digits:
  // numbers of over 40 significant digits are not compared by it.
  if (Math.abs(a.length - b.length) > 2 || a.length > 40 || b.length > 40) return 0;
  return editDistance(a, b) <= 2 ? 1 : 0;
}

const en = (v: number): string => formatNumber(v, 'en');
const beadRange = (doc: Document, sentences: number[]): Range => ({
  start: doc.sentences[sentences[0]].start,
  end: doc.sentences[sentences[sentences.length - 1]].end,
});

/** The target number rewritten in its language's convention: "100,000" → "100 000" (fr). */
function nativeSpelling(raw: string, lang: Lang): string {
  const data = langData(lang)?.numbers;
  if (!data) return raw;
  const foreignDecimal = data.decimal === ',' ? '.' : ',';
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    const between = i > 0 && i + 1 < raw.length && /\d/.test(raw[i - 1]) && /\d/.test(raw[i + 1]);
    if (between && ch === foreignDecimal) out += data.decimal;
    else if (between && ch === data.decimal) out += data.preferredGroup;
    else out += ch;
  }
  return out;
}

/** The right amount in another currency: "$40 billion" → "40 milliards d'euros". */
function currencyFinding(s: Item, t: Item): FindingDraft {
  return {
    check: 'number',
    message: `“${t.m.raw}” in the translation is in ${t.m.currency}, “${s.m.raw}” in the source in ${s.m.currency}`,
    target: t.abs,
    source: s.abs,
    actual: t.m.raw,
    expected: s.m.raw,
  };
}

function localeFinding(s: Item, t: Item, tl: Lang, readsAs: number, grouped = false): FindingDraft {
  const group = langData(tl)?.numbers.preferredGroup;
  const fixed = grouped && group !== undefined ? t.m.raw.replace(/(?<=\d)[.,](?=\d)/g, group) : nativeSpelling(t.m.raw, tl);
  return {
    check: 'number',
    severity: 'minor',
    category: 'Locale convention/Number format',
    message: `“${t.m.raw}” is not written the ${langName(tl)} way: it reads as ${en(readsAs)} there, and the source has ${en(s.m.value)}; write “${fixed}”`,
    target: t.abs,
    source: s.abs,
    actual: t.m.raw,
    expected: fixed,
  };
}

function run(ctx: CheckContext): FindingDraft[] {
  const { source, target, beads } = ctx.alignment;
  const findings: FindingDraft[] = [];
  const src: Side[] = [];
  const tgt: Side[] = [];
  const aligned: boolean[] = [];
  beads.forEach((b, i) => {
    const both = b.source.length > 0 && b.target.length > 0;
    const quick = both && sameNumbers(source, b.source, target, b.target);
    src.push(quick ? MATCHED : side(source, source.lang, b.source, i));
    tgt.push(quick ? MATCHED : side(target, target.lang, b.target, i));
    aligned.push(both);
  });

  // 1. Within each bead: same value, the other decimal reading, soft mentions.
  for (let b = 0; b < beads.length; b++) {
    if (!aligned[b]) continue;
    const S = src[b].hard;
    const T = tgt[b].hard;
    matchExact(S, T, (s, t) => {
      // "1.5 Milliarden" in German: right value, English decimal point (versions like "Llama 3.1"
      // keep their point, so only numbers with a scale, percent or currency word are flagged)
      if (flaggedWhenMatched(t.m)) findings.push(localeFinding(s, t, target.lang, t.m.value));
      else if (otherCurrency(currencyOf(s.m), currencyOf(t.m))) findings.push(currencyFinding(s, t));
    });
    const byAlt = S.some((s) => !s.matched) ? byKey(T, (c) => (c.m.alt === undefined ? undefined : keyOf(c.m.alt))) : null;
    for (const s of S) {
      if (s.matched) continue;
      // "100,000" left in a French target reads as 100 (three decimals); its other reading matches
      const t = byAlt?.get(s.key)?.pop();
      if (t) {
        s.matched = t.matched = true;
        // "52.000" in French for "52,000": its marks group the digits (write "52 000")
        findings.push(localeFinding(s, t, target.lang, t.m.value, t.m.foreign === true));
      }
    }
    for (const s of S) if (!s.matched && takeSoft(tgt[b], s.key, src[b])) s.matched = true;
    for (const t of T) if (!t.matched && takeSoft(src[b], t.key, tgt[b])) t.matched = true;
    matchConversions(S, T);
    matchConversions(T, S);
    matchSpelledConversions(S, tgt[b]);
    matchSpelledConversions(T, src[b]);
  }

  // 2. The adjacent beads (the aligner may have put the clause one bead off), then the whole text.
  const unmatched = (items: readonly Item[]) => items.some((i) => !i.matched);
  for (let b = 0; b < beads.length; b++) {
    if (!aligned[b]) continue;
    if (!unmatched(src[b].hard) && !unmatched(tgt[b].hard)) continue; // nothing left to match here
    for (const n of [b - 1, b + 1]) {
      if (!mayShare(ctx.alignment, b, n)) continue;
      matchExact(src[b].hard, tgt[n].hard);
      matchExact(tgt[b].hard, src[n].hard);
    }
  }
  // The whole text, or with an input-given pairing (catalog units, --aligned lines) the segment:
  // its beads are consecutive.
  for (let from = 0; from < beads.length; ) {
    let to = from + 1;
    const seg = segmentOfBead(ctx.alignment, from);
    while (to < beads.length && segmentOfBead(ctx.alignment, to) === seg) to++;
    matchAnywhere(src, tgt, aligned, from, to);
    from = to;
  }

  // The bead of each target sentence, for restated() (built only if a number is left over).
  let beadOf: Int32Array | null = null;
  const sentenceBeads = (): Int32Array => {
    if (beadOf) return beadOf;
    beadOf = new Int32Array(target.sentences.length).fill(-1);
    beads.forEach((bd, k) => {
      for (const j of bd.target) beadOf![j] = k;
    });
    return beadOf;
  };

  // 3. What is left, bead by bead: changed, dropped, added.
  for (let b = 0; b < beads.length; b++) {
    if (!aligned[b]) continue;
    // Most beads have everything matched by now: nothing to pair or report, nothing to allocate.
    if (!unmatched(src[b].hard) && !unmatched(tgt[b].hard)) continue;
    const S = src[b].hard.filter((i) => !i.matched);
    const T = tgt[b].hard.filter((i) => !i.matched);
    const pairs: [Item, Item, number][] = [];
    // Pairing by likeness looks at every pair: past MAX_PAIRS the bead is a table dump, not a
    // sentence, and its numbers are reported as dropped and added.
    if (S.length * T.length <= MAX_PAIRS) for (const s of S) for (const t of T) pairs.push([s, t, S.length === 1 && T.length === 1 ? 2 : likeness(s, t)]);
    pairs.sort((x, y) => y[2] - x[2] || x[0].abs.start - y[0].abs.start || x[1].abs.start - y[1].abs.start);
    for (const [s, t, score] of pairs) {
      if (score === 0 || s.matched || t.matched) continue;
      s.matched = t.matched = true;
      // A dotted run is an address or a version ("192.168.1.100", "1.2.3"), read as digits only
      // for want of a grouping that fits: its "value" (19,216,811) would only puzzle.
      const dotted = (DOTTED.test(s.m.raw) && !GROUPED.test(s.m.raw)) || (DOTTED.test(t.m.raw) && !GROUPED.test(t.m.raw));
      const detail =
        !dotted && (s.m.scaled || t.m.scaled || t.m.malformed || t.m.alt !== undefined) ? ` (${en(t.m.value)} instead of ${en(s.m.value)})` : '';
      findings.push({
        check: 'number',
        message: `“${t.m.raw}” in the translation does not match “${s.m.raw}” in the source${detail}`,
        target: t.abs,
        source: s.abs,
        actual: t.m.raw,
        expected: s.m.raw,
      });
    }
    // A cut-short target ("Tuần…" for "Last week, Altman responded …") lacks everything after the
    // cut: truncation reports that once, not each number it lost.
    const cut = S.some((s) => !s.matched) && cutShort(ctx, beads[b]) !== null;
    for (const s of S) {
      if (s.matched || cut) continue;
      if (inCodeSpan(target, beads[b].target, s.m.raw)) continue;
      findings.push({
        check: 'number',
        category: 'Accuracy/Omission',
        message: `“${s.m.raw}” of the source is missing in the translation`,
        target: beadRange(target, beads[b].target),
        source: s.abs,
        expected: s.m.raw,
      });
    }
    for (const t of T) {
      if (t.matched) continue;
      if (t.m.raw === '1' && hasArticle(source, beads[b].source)) continue;
      if (quotedLabelOfSource(target, t.abs, source)) continue;
      if (inCodeSpan(source, beads[b].source, t.m.raw)) continue;
      if (restated(t, target, beads, tgt, sentenceBeads)) continue;
      // A number the source has, written more often here: Node.js's French repeats a clause with
      // its "dans les 10 jours" — "10" is in the source, once.
      const inSource = src[b].hard.filter((x) => x.m.value === t.m.value).length;
      const inTarget = tgt[b].hard.filter((x) => x.m.value === t.m.value).length;
      findings.push({
        check: 'number',
        category: 'Accuracy/Addition',
        message: inSource > 0 && inTarget > inSource ? `“${t.m.raw}” is written ${inTarget} times in the translation, ${inSource} in the source` : `“${t.m.raw}” in the translation is not in the source`,
        target: t.abs,
        source: beadRange(source, beads[b].source),
        actual: t.m.raw,
      });
    }
  }
  for (const f of changedScales(ctx, aligned, findings)) findings.push(f);
  for (const f of droppedApproximators(ctx)) findings.push(f);
  return findings;
}

/** A scale word without digits changed: "millions of people" → "des milliards de personnes",
 *  "hơn một triệu người" → "hơn một tỷ người" (a million → a billion). Only magnitudes of a
 *  million and up ("thousands of" is an idiom as often as a count); only where both sides have
 *  such a word and each has one the other lacks; not in a bead already reported. */
function changedScales(ctx: CheckContext, aligned: readonly boolean[], findings: readonly FindingDraft[]): FindingDraft[] {
  const { source, target, beads } = ctx.alignment;
  const out: FindingDraft[] = [];
  let reported: number[] | null = null;
  const words = (doc: Document, ids: readonly number[]) => {
    const list: { value: number; abs: Range; raw: string; digits: boolean }[] = [];
    for (const i of ids) {
      const s = doc.sentences[i];
      for (const w of scaleWords(s.text, doc.lang)) if (w.value >= 1e6) list.push({ value: w.value, abs: { start: s.start + w.start, end: s.start + w.end }, raw: s.text.slice(w.start, w.end), digits: w.digits });
    }
    return list;
  };
  for (let b = 0; b < beads.length; b++) {
    if (!aligned[b]) continue;
    const S = words(source, beads[b].source);
    if (!S.some((x) => !x.digits)) continue; // only a word without digits can be the changed one
    const T = words(target, beads[b].target);
    if (T.length === 0) continue;
    // Each source word takes a target word of its value; one left on each side is a change — of
    // words without digits: "$40 billion" is "40.000 millones", digits and scale read together.
    const free = T.slice();
    let s: (typeof S)[number] | undefined;
    for (const x of S) {
      const k = free.findIndex((y) => y.value === x.value);
      if (k >= 0) free.splice(k, 1);
      else if (!x.digits) s ??= x;
    }
    const t = free.find((y) => !y.digits);
    if (!s || !t) continue;
    reported ??= findings.flatMap((f) => (f.target ? [f.target.start] : []));
    const range = beadRange(target, beads[b].target);
    if (range && reported.some((at) => at >= range.start && at < range.end)) continue;
    out.push({
      check: 'number',
      message: `“${t.raw}” in the translation does not match “${s.raw}” in the source (${en(t.value)} instead of ${en(s.value)})`,
      target: t.abs,
      source: s.abs,
      actual: t.raw,
      expected: s.raw,
    });
  }
  return out;
}

/** Step 2's last resort: a value left unmatched in beads [from, to) of one side takes the same
 *  value left on the other side, in document order. */
function matchAnywhere(src: readonly Side[], tgt: readonly Side[], aligned: readonly boolean[], from: number, to: number): void {
  let leftT: Map<number, Item[]> | undefined;
  for (let b = to - 1; b >= from; b--) {
    if (!aligned[b]) continue;
    for (let k = tgt[b].hard.length - 1; k >= 0; k--) {
      const t = tgt[b].hard[k];
      if (t.matched) continue;
      leftT ??= new Map();
      const list = leftT.get(t.key);
      if (list) list.push(t);
      else leftT.set(t.key, [t]);
    }
  }
  if (!leftT) return;
  for (let b = from; b < to; b++) {
    if (!aligned[b]) continue;
    for (const s of src[b].hard) {
      const t = s.matched ? undefined : leftT.get(s.key)?.pop(); // in document order: lists are reversed
      if (t) s.matched = t.matched = true;
    }
  }
}

/** The number is inline code on the other side of the bead: React's Vietnamese "Updating Objects
 *  in State" writes "_số 0 bản thân nó_" for "the _number `0` itself_". Markdown's code spans are
 *  masked before the checks read a sentence (code is not prose), so the source showed no 0 and
 *  the translation's bare 0 was "not in the source"; the file still has `0`. */
function inCodeSpan(doc: Document, ids: readonly number[], raw: string): boolean {
  if (ids.length === 0 || (doc.file.format === 'text' && !doc.units)) return false;
  const text = doc.file.text;
  const from = doc.sentences[ids[0]].start;
  const to = doc.sentences[ids[ids.length - 1]].end;
  const needle = `\`${raw}\``;
  // Inline code trailing the sentence counts, across a line break: MDN's "After the second pass:
  // `n` = `2` and `x` =\n  `3`" ends its text at "=", the wrapped `3` masked after it.
  const within = text.slice(from, to + TRAILING_GAP + needle.length);
  const at = within.indexOf(needle);
  if (at < 0) return false;
  return from + at + needle.length <= to || /^\s*$/.test(text.slice(to, from + at));
}

/** Quote pairs around a label. */
const QUOTE_PAIRS: Record<string, string> = { '"': '"', '“': '”', '«': '»', "'": "'", '`': '`', '„': '“', '‘': '’' };

/** A signed number quoted alone, as the label of something the source shows: React's Vietnamese
 *  "Đoán xem browser sẽ alert giá trị bao nhiêu khi bạn nhấn nút "+5"" for "Try to guess what
 *  clicking this button will alert:" names the button of the example's code (`}}>+5</button>`),
 *  a reference and not a quantity added. The label must be quoted by itself, carry its sign, and
 *  stand in the source file as a token of its own. */
function quotedLabelOfSource(target: Document, abs: Range, source: Document): boolean {
  const text = target.file.text;
  let start = abs.start;
  if (start > 0 && '+-−'.includes(text[start - 1])) start--;
  else return false;
  const open = text[start - 1];
  if (start === 0 || QUOTE_PAIRS[open] === undefined || text[abs.end] !== QUOTE_PAIRS[open]) return false;
  const label = text.slice(start, abs.end);
  const src = source.file.text;
  for (let at = src.indexOf(label); at >= 0; at = src.indexOf(label, at + 1)) {
    const before = at > 0 ? src.charCodeAt(at - 1) : 32;
    const after = at + label.length < src.length ? src.charCodeAt(at + label.length) : 32;
    if (!isDigitCode(before) && !isDigitCode(after) && !isLetterCode(before) && !isLetterCode(after) && after !== 46 && after !== 44) return true;
  }
  return false;
}

/** Indefinite articles: informal Vietnamese (and chat-style French) writes "1" for "a" — React
 *  docs in Vietnamese: "Truyền props vào 1 Component" for "Passing Props to a Component" — and for
 *  "every": Kubernetes' "mỗi 1 phút" for "every minute". */
const ARTICLE = /(?<![\p{L}\p{N}])(?:a|an|one|un|une|ein|eine|einen|einem|einer|una|uno|every|each|per|chaque|jede|jeden|jedes|cada)(?![\p{L}\p{N}])/iu;
/** A number the translation says again: the same value stands, matched, in another sentence of the
 *  same paragraph. MDN's French "Closures": "un objet anonyme qui contient 3 fonctions. Et ces 3
 *  fonctions partagent le même environnement. … les 3 fonctions sont alors accessibles" for the
 *  English's one "the three functions". Not a number the source lacks. */
function restated(t: Item, target: Document, beads: CheckContext['alignment']['beads'], tgt: readonly Side[], sentenceBeads: () => Int32Array): boolean {
  const ss = target.sentences;
  const at = t.sentence;
  const para = ss[at].paragraph;
  const beadOf = sentenceBeads();
  for (const dir of [-1, 1]) {
    for (let j = at + dir; j >= 0 && j < ss.length && ss[j].paragraph === para && Math.abs(j - at) <= RESTATED_REACH; j += dir) {
      const b = beadOf[j];
      if (b < 0 || beads[b].source.length === 0) continue;
      const side = tgt[b];
      // A bead whose numbers all matched at once (sameNumbers) keeps no items: its keys say it.
      if (side === MATCHED) {
        const keys = keysOf(target, j).keys;
        for (let k = 0; k < keys.length; k += 2) if (keys[k] === t.key) return true;
        continue;
      }
      if (side.hard.some((o) => o.matched && o.key === t.key && o.sentence === j)) return true;
    }
  }
  return false;
}

/** Sentences looked at on either side by restated(): a paragraph, not a whole hostile one-paragraph file. */
const RESTATED_REACH = 12;

const hasArticle = (source: Document, ids: readonly number[]) => ids.some((i) => ARTICLE.test(source.sentences[i].text));

export const number: Check = {
  id: 'number',
  description: 'Numbers are compared by value across locale formats and unit conversions: dropped, changed or added numbers, amounts moved to another currency, and numbers left in the source convention.',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  run,
};
