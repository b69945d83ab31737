// How a source changed between two versions, sentence by sentence: the ground of the `stale`
// check. Sentences are matched on what a translation must follow — an edit of white space, quote
// style or dashes ("It's “fast”" → "It’s "fast"") changes nothing a translator has to redo.
import { diffArrays } from 'diff';
import type { CheckContext, Document, PreviousSource } from '../../types/index.js';

/** A sentence as far as a translation must follow it: compatibility forms folded (NBSP, "…",
 *  full-width letters), quotes and apostrophes straight, dashes as hyphens, invisible format
 *  characters dropped, white space collapsed. Letters, digits, case and punctuation stay. */
export function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[“”„‟«»‹›〝〞〟]/g, '"')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One edit of the source: old sentences replaced by new ones. Both sides non-empty: changed; no
 *  old sentence: added; no new sentence: removed. `after` is the old sentence just before the edit
 *  (-1 at the start): where an added sentence's translation would go. */
export interface SourceEdit {
  old: number[];
  new: number[];
  after: number;
}

const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Dice coefficient of the two sentences' word sets. */
function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** A rewritten sentence shares at least this much with the one it replaced: "The cluster has
 *  40 GPUs." → "The cluster now has 45 GPUs." is 0.8; an unrelated new sentence, near 0. */
const SAME_SENTENCE = 0.3;
/** Beyond this many sentence pairs in one stretch of edits, pairing is by position only. */
const MAX_PAIRINGS = 250_000;

/** Old and new sentences of one stretch of edits, paired by a monotone best match (a small
 *  dynamic program over word overlap); the unpaired ones are removed or added. */
function pairHunk(oldIdx: number[], newIdx: number[], oldTexts: readonly string[], newTexts: readonly string[], after: number): SourceEdit[] {
  const edits: SourceEdit[] = [];
  if (oldIdx.length === 0 || newIdx.length === 0) {
    // Added or removed sentences: one edit each, so each has its own finding.
    for (const i of oldIdx) edits.push({ old: [i], new: [], after: i - 1 });
    for (const j of newIdx) edits.push({ old: [], new: [j], after });
    return edits;
  }
  const r = oldIdx.length;
  const a = newIdx.length;
  if (r === a || r * a > MAX_PAIRINGS) {
    // Same count (the usual in-place rewrite): pair in order.
    const n = Math.min(r, a);
    for (let k = 0; k < n; k++) edits.push({ old: [oldIdx[k]], new: [newIdx[k]], after: oldIdx[k] - 1 });
    for (let k = n; k < r; k++) edits.push({ old: [oldIdx[k]], new: [], after: oldIdx[k] - 1 });
    for (let k = n; k < a; k++) edits.push({ old: [], new: [newIdx[k]], after: oldIdx[r - 1] });
    return edits;
  }
  const ow = oldIdx.map((i) => words(oldTexts[i]));
  const nw = newIdx.map((j) => words(newTexts[j]));
  // best[x][y]: best total similarity pairing old[x..] with new[y..].
  const best: Float64Array[] = Array.from({ length: r + 1 }, () => new Float64Array(a + 1));
  for (let x = r - 1; x >= 0; x--) {
    for (let y = a - 1; y >= 0; y--) {
      const s = similarity(ow[x], nw[y]);
      const pair = s >= SAME_SENTENCE ? s + best[x + 1][y + 1] : -1;
      best[x][y] = Math.max(pair, best[x + 1][y], best[x][y + 1]);
    }
  }
  let x = 0;
  let y = 0;
  let lastOld = after;
  while (x < r || y < a) {
    if (x < r && y < a) {
      const s = similarity(ow[x], nw[y]);
      if (s >= SAME_SENTENCE && best[x][y] === s + best[x + 1][y + 1]) {
        edits.push({ old: [oldIdx[x]], new: [newIdx[y]], after: oldIdx[x] - 1 });
        lastOld = oldIdx[x];
        x++;
        y++;
        continue;
      }
      if (best[x][y] === best[x + 1][y]) {
        edits.push({ old: [oldIdx[x]], new: [], after: oldIdx[x] - 1 });
        lastOld = oldIdx[x];
        x++;
      } else edits.push({ old: [], new: [newIdx[y++]], after: lastOld });
    } else if (x < r) {
      edits.push({ old: [oldIdx[x]], new: [], after: oldIdx[x] - 1 });
      lastOld = oldIdx[x++];
    } else edits.push({ old: [], new: [newIdx[y++]], after: lastOld });
  }
  return edits;
}

/** A sentence removed or added next to a changed one in the same paragraph is part of that change:
 *  "For example, if you use CodeSandbox or Create React App, the root component is defined in
 *  `src/App.js`. If you use the framework Next.js, the root component is defined in
 *  `pages/index.js`." became one sentence on react.dev — one edit of two sentences into one, not a
 *  change and a removal reported on the same translated sentence. */
function fold(edits: SourceEdit[], paragraphs?: { old: ArrayLike<number>; new: ArrayLike<number> }): SourceEdit[] {
  if (!paragraphs) return edits;
  const changed = edits.filter((e) => e.old.length > 0 && e.new.length > 0);
  if (changed.length === 0) return edits;
  const out: SourceEdit[] = [];
  const next = (list: number[], k: number, para: ArrayLike<number>) => list.some((i) => Math.abs(i - k) === 1 && para[i] === para[k]);
  for (const e of edits) {
    if (e.old.length > 0 && e.new.length > 0) {
      out.push(e);
      continue;
    }
    const host = e.new.length === 0 ? changed.find((c) => next(c.old, e.old[0], paragraphs.old)) : changed.find((c) => next(c.new, e.new[0], paragraphs.new));
    if (!host) {
      out.push(e);
      continue;
    }
    host.old = [...host.old, ...e.old].sort((a, b) => a - b);
    host.new = [...host.new, ...e.new].sort((a, b) => a - b);
    for (const i of e.old) if (i - 1 < host.after) host.after = i - 1;
  }
  return out;
}

/** Sentence edits a diff looks for before giving up on finding common sentences: O(N × edits). */
const MAX_SENTENCE_EDITS = 1000;

/** The edits that turn the old source's sentences into the new one's, in document order. */
export function sourceEdits(
  oldTexts: readonly string[],
  newTexts: readonly string[],
  paragraphs?: { old: ArrayLike<number>; new: ArrayLike<number> },
): SourceEdit[] {
  return sourceMap(oldTexts, newTexts, paragraphs).edits;
}

/** The edits, and for each old sentence the new sentences it became: itself when unchanged, the
 *  new side of its edit when changed, none when removed. */
export function sourceMap(
  oldTexts: readonly string[],
  newTexts: readonly string[],
  paragraphs?: { old: ArrayLike<number>; new: ArrayLike<number> },
): { edits: SourceEdit[]; oldToNew: number[][] } {
  const oldToNew: number[][] = oldTexts.map(() => []);
  const oldKeys = oldTexts.map(comparable);
  const newKeys = newTexts.map(comparable);
  const edits: SourceEdit[] = [];
  let i = 0;
  let j = 0;
  let removed: number[] = [];
  let added: number[] = [];
  const flush = () => {
    if (removed.length || added.length) for (const e of fold(pairHunk(removed, added, oldTexts, newTexts, (removed[0] ?? i) - 1), paragraphs)) edits.push(e);
    removed = [];
    added = [];
  };
  // A source rewritten from end to end (past MAX_SENTENCE_EDITS) is one stretch of edits.
  const changes = diffArrays(oldKeys, newKeys, { maxEditLength: MAX_SENTENCE_EDITS }) ?? [
    { value: oldKeys, count: oldKeys.length, removed: true, added: false },
    { value: newKeys, count: newKeys.length, removed: false, added: true },
  ];
  for (const change of changes) {
    const n = change.count ?? change.value.length;
    if (change.removed) for (let k = 0; k < n; k++) removed.push(i++);
    else if (change.added) for (let k = 0; k < n; k++) added.push(j++);
    else {
      flush();
      for (let k = 0; k < n; k++) oldToNew[i++].push(j++);
    }
  }
  flush();
  for (const e of edits) for (const o of e.old) for (const n of e.new) oldToNew[o].push(n);
  return { edits, oldToNew };
}

/** Sentences as written in the file, markup included: a link that now points elsewhere
 *  ("[React-based frameworks](/learn/start-a-new-react-project)" → "(/learn/creating-a-react-app)")
 *  is a change the translation must follow, and the diff shows the text a translator edits. (The
 *  sentence texts of a Markdown document have their markup masked.) */
export function rawSentences(doc: Document): string[] {
  return doc.sentences.map((_, i) => rawSentence(doc, i));
}
export const rawSentence = (doc: Document, i: number): string => doc.file.text.slice(doc.sentences[i].start, doc.sentences[i].end);

const editsCache = new WeakMap<PreviousSource, WeakMap<Document, SourceEdit[]>>();

/** The edits of the source since the translation was made (--since), computed once per old and
 *  new source: `stale` reports them, and the coverage checks leave what they explain to it. */
export function editsSinceTranslation(ctx: CheckContext): SourceEdit[] {
  const previous = ctx.previous;
  if (!previous) return [];
  const source = ctx.alignment.source;
  let bySource = editsCache.get(previous);
  if (!bySource) editsCache.set(previous, (bySource = new WeakMap()));
  let edits = bySource.get(source);
  if (!edits) {
    const old = previous.source;
    edits = sourceEdits(rawSentences(old), rawSentences(source), {
      old: old.sentences.map((s) => s.paragraph),
      new: source.sentences.map((s) => s.paragraph),
    });
    bySource.set(source, edits);
  }
  return edits;
}

/** Source sentences added since the translation was made (--since): `stale` reports each where its
 *  translation belongs ("source text added since …"), so they are no omission, and a source that
 *  gained a closing paragraph is no translation that stops early. MDN's French pages lag behind
 *  their English by months: every sentence added since was an omission as well. */
export function addedSinceTranslation(ctx: CheckContext): ReadonlySet<number> {
  const out = new Set<number>();
  for (const e of editsSinceTranslation(ctx)) if (e.old.length === 0) for (const i of e.new) out.add(i);
  return out;
}

/** Target sentences that translate source sentences removed since the translation was made
 *  (--since, by the old source's alignment to the translation): `stale` reports them as carried
 *  over, so they are no addition. */
export function removedSinceTranslation(ctx: CheckContext): ReadonlySet<number> {
  const out = new Set<number>();
  const beads = ctx.previous?.beads;
  if (!beads) return out;
  const removed = new Set<number>();
  for (const e of editsSinceTranslation(ctx)) if (e.new.length === 0) for (const i of e.old) removed.add(i);
  if (removed.size === 0) return out;
  for (const b of beads) if (b.source.length > 0 && b.source.every((i) => removed.has(i))) for (const j of b.target) out.add(j);
  return out;
}
