// A changed sentence as a word diff (the `diff` package: diffWordsWithSpace, or diffChars for
// scripts written without spaces), shaped for a translator to read: whole phrases, whole numbers.
import { diffChars, diffWordsWithSpace, type ChangeObject } from 'diff';
import type { DiffPart } from '../../types/index.js';

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
