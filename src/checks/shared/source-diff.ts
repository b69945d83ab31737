// How a source changed between two versions, sentence by sentence and word by word: the ground of
// the `stale` check. Sentences are matched on what a translation must follow — an edit of white
// space, quote style or dashes ("It's “fast”" → "It’s "fast"") changes nothing a translator has to
// redo — and a changed sentence is shown as a word diff (the `diff` package: diffWordsWithSpace,
// or diffChars for scripts written without spaces).
import { diffArrays, diffChars, diffWordsWithSpace, type ChangeObject } from 'diff';
import type { DiffPart } from '../../types/index.js';

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
    host.after = Math.min(host.after, ...e.old.map((i) => i - 1));
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
  const oldKeys = oldTexts.map(comparable);
  const newKeys = newTexts.map(comparable);
  const edits: SourceEdit[] = [];
  let i = 0;
  let j = 0;
  let removed: number[] = [];
  let added: number[] = [];
  const flush = () => {
    if (removed.length || added.length) edits.push(...fold(pairHunk(removed, added, oldTexts, newTexts, (removed[0] ?? i) - 1), paragraphs));
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
      i += n;
      j += n;
    }
  }
  flush();
  return edits;
}

/** Languages written without spaces between words: their diff is by character. */
const WITHOUT_SPACES = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my', 'bo']);
/** A word diff of two sentences costs O(length × edits); past this many edits (a sentence
 *  rewritten from end to end) it is shown as the old text deleted and the new inserted. */
const MAX_EDIT_LENGTH = 2000;
/** Past this many characters of differing middle, the diff is the old middle deleted and the new
 *  one inserted (a 1 MB sentence rewritten from end to end is not worth a word diff). */
const MAX_DIFF_CHARS = 20_000;

const tidy = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The change from `before` to `after` as word-level pieces: equal, then each change as one
 *  deletion followed by one insertion. */
export function wordDiff(before: string, after: string, lang: string): DiffPart[] {
  const byChar = WITHOUT_SPACES.has(lang.split('-')[0]);
  const [head, a, b, tail] = trimCommon(tidy(before), tidy(after), byChar);
  let parts: DiffPart[];
  const changes: ChangeObject<string>[] | undefined =
    a.length + b.length > MAX_DIFF_CHARS ? undefined : byChar ? diffChars(a, b, { maxEditLength: MAX_EDIT_LENGTH }) : diffWordsWithSpace(a, b, { maxEditLength: MAX_EDIT_LENGTH });
  if (changes) parts = changes.map((c): DiffPart => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value }));
  else {
    parts = [
      { op: 'delete', text: a },
      { op: 'insert', text: b },
    ];
  }
  parts = [{ op: 'equal', text: head } as DiffPart, ...parts, { op: 'equal', text: tail } as DiffPart].filter((p) => p.text !== '');
  return widenNumbers(runs(bridgeSpaces(mergeEquals(parts))));
}

/** Two changes with only a space between them read as one: "~~Engineers~~ **In** **2019 the
 *  operator** replaced" becomes "~~Engineers~~ **In 2019 the operator** replaced"; so do two
 *  changes inside one number, "24,576" → "32,768" (the comma alone is unchanged). */
function bridgeSpaces(parts: DiffPart[]): DiffPart[] {
  const between = (k: number) => k > 0 && k < parts.length - 1 && parts[k - 1].op !== 'equal' && parts[k + 1].op !== 'equal';
  const inNumber = (k: number) => /^[.,\u00a0\u202f]$/.test(parts[k].text) && /\d$/.test(parts[k - 1].text) && /^\d/.test(parts[k + 1].text);
  return parts.flatMap((p, k): DiffPart[] =>
    p.op === 'equal' && between(k) && (/^\s+$/.test(p.text) || inNumber(k))
      ? [
          { op: 'delete', text: p.text },
          { op: 'insert', text: p.text },
        ]
      : [p],
  );
}

/** The common start and end of two texts, cut at a space (at any character for unspaced
 *  scripts) so no word is split: only the middle goes to the diff, which costs O(length × edits) —
 *  a long sentence with one changed number costs a few words, whatever its length. */
function trimCommon(a: string, b: string, byChar: boolean): [string, string, string, string] {
  let p = 0;
  const max = Math.min(a.length, b.length);
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  if (!byChar && p < max) p = a.lastIndexOf(' ', p - 1) + 1;
  let q = 0;
  while (q < max - p && a.charCodeAt(a.length - 1 - q) === b.charCodeAt(b.length - 1 - q)) q++;
  if (!byChar && q < max - p) {
    const space = a.indexOf(' ', a.length - q);
    q = space < 0 ? 0 : a.length - space;
  }
  return [a.slice(0, p), a.slice(p, a.length - q), b.slice(p, b.length - q), a.slice(a.length - q)];
}

/** Adjacent equal pieces as one. */
function mergeEquals(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && last.op === 'equal' && p.op === 'equal') out[out.length - 1] = { op: 'equal', text: last.text + p.text };
    else out.push(p);
  }
  return out;
}

/** Consecutive deletions and insertions merged into one deletion then one insertion. */
function runs(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (let k = 0; k < parts.length; ) {
    if (parts[k].op === 'equal') {
      out.push(parts[k++]);
      continue;
    }
    let del = '';
    let ins = '';
    for (; k < parts.length && parts[k].op !== 'equal'; k++) {
      if (parts[k].op === 'delete') del += parts[k].text;
      else ins += parts[k].text;
    }
    if (del) out.push({ op: 'delete', text: del });
    if (ins) out.push({ op: 'insert', text: ins });
  }
  return out;
}

const NUMBER_TAIL = /\d[\d.,]*$/;
const NUMBER_HEAD = /^[\d.,]*\d/;

/** A number is shown whole: the word diff of "1,200" → "1,500" changes only "200" (digits and
 *  separators are separate tokens); the change takes in the rest of the number, "1,200" → "1,500". */
function widenNumbers(parts: DiffPart[]): DiffPart[] {
  const out = parts.map((p) => ({ ...p }));
  for (let k = 0; k < out.length; k++) {
    if (out[k].op === 'equal') continue;
    let end = k;
    while (end + 1 < out.length && out[end + 1].op !== 'equal') end++;
    const changed = out.slice(k, end + 1);
    const prev = k > 0 ? out[k - 1] : null;
    const next = end + 1 < out.length ? out[end + 1] : null;
    if (prev && changed.some((p) => /^[\d.,]/.test(p.text))) {
      const m = NUMBER_TAIL.exec(prev.text);
      if (m) {
        prev.text = prev.text.slice(0, m.index);
        for (const p of changed) p.text = m[0] + p.text;
      }
    }
    if (next && changed.some((p) => /\d$/.test(p.text))) {
      const m = NUMBER_HEAD.exec(next.text);
      if (m) {
        next.text = next.text.slice(m[0].length);
        for (const p of changed) p.text += m[0];
      }
    }
    k = end;
  }
  return out.filter((p) => p.text !== '');
}

/** The numbers of an edit that changed only numbers ("40" → "45"), else null. */
export function numberChange(parts: readonly DiffPart[]): { before: string; after: string } | null {
  const changed = parts.filter((p) => p.op !== 'equal');
  if (changed.length === 0 || !changed.every((p) => /^[\d.,\s%]*$/.test(p.text) && /\d/.test(p.text))) return null;
  const side = (op: DiffPart['op']) =>
    changed
      .filter((p) => p.op === op)
      .map((p) => p.text.trim())
      .join(', ');
  return { before: side('delete'), after: side('insert') };
}

/** The diff in git's word-diff notation, long unchanged stretches cut to their ends:
 *  "… costs [-40-]{+45+} billion dollars …". For messages and plain-text reports. */
export function diffText(parts: readonly DiffPart[], context = 40): string {
  return parts
    .map((p, k) => {
      if (p.op === 'delete') return `[-${p.text}-]`;
      if (p.op === 'insert') return `{+${p.text}+}`;
      const first = k === 0;
      const last = k === parts.length - 1;
      if (first && p.text.length > context) return `…${p.text.slice(-context)}`;
      if (last && p.text.length > context) return `${p.text.slice(0, context)}…`;
      if (!first && !last && p.text.length > 2 * context + 1) return `${p.text.slice(0, context)}…${p.text.slice(-context)}`;
      return p.text;
    })
    .join('');
}
