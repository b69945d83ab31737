// Leftover fragments: a phrase repeated at the start of a line right after the text that ends with
// it, what an edit of a hard-wrapped file leaves behind. Real cases, two French security pages:
//   "… les cookies strictement nécessaires sont utilisés.⏎sont utilisés."
//   "… signalées par la plateforme⏎la plateforme HackerOne …"
// At least two words, compared case-insensitively; where the aligned source repeats itself too
// ("Never again, never again." → "Plus jamais,⏎plus jamais.") the repetition is the text's own.
import type { CheckContext, FindingDraft, Sentence } from '../types/index.js';
import { sentencesRange } from './shared/text.js';

/** Longest phrase compared, in words. */
const MAX_WORDS = 8;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

interface Word {
  w: string;
  start: number;
  end: number;
}

function words(text: string, from: number, to: number, limit: number, fromEnd: boolean): Word[] {
  // Only the words near the line break matter: look at a bounded window of characters.
  const a = fromEnd ? Math.max(from, to - 40 * limit) : from;
  const b = fromEnd ? to : Math.min(to, from + 40 * limit);
  const out: Word[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(a, b);
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) out.push({ w: m[0].toLowerCase(), start: a + m.index, end: a + m.index + m[0].length });
  return fromEnd ? out.slice(-limit) : out.slice(0, limit);
}

/** The longest k ≥ 2 such that the last k words before the break are the first k after it. */
function overlap(before: Word[], after: Word[]): number {
  for (let k = Math.min(before.length, after.length); k >= 2; k--) {
    let same = true;
    for (let i = 0; i < k && same; i++) same = before[before.length - k + i].w === after[i].w;
    if (same) return k;
  }
  return 0;
}

export function leftoverFragments(ctx: CheckContext): FindingDraft[] {
  const { source, target, beads } = ctx.alignment;
  const s = target.sentences;
  const out: FindingDraft[] = [];
  let beadOf: Map<number, number> | null = null; // target sentence → bead, built on the first report
  const report = (sentence: Sentence, before: Word[], after: Word[], k: number, base: number) => {
    if (!beadOf) {
      beadOf = new Map();
      for (let b = 0; b < beads.length; b++) for (const j of beads[b].target) beadOf.set(j, b);
    }
    const at = beadOf.get(sentence.index);
    const bead = at === undefined ? undefined : beads[at];
    const near = at === undefined ? [] : beads.slice(Math.max(0, at - 1), at + 2).flatMap((b) => b.source);
    // Bounded: a hostile page of ten thousand leftovers must not re-read the whole source each time.
    if (repeatsItself(near.slice(0, 6).map((i) => source.sentences[i].text.slice(0, 2000)).join(' '))) return;
    const start = base + after[0].start;
    const end = base + after[k - 1].end;
    out.push({
      check: 'duplicate',
      message: `“${ctx.alignment.target.file.text.slice(start, end)}” is repeated at the start of the line after the text ending with it: a leftover of an edit`,
      target: { start, end },
      source: bead && bead.source.length > 0 ? sentencesRange(source, bead.source) : null,
      actual: ctx.alignment.target.file.text.slice(base + before[before.length - k].start, end),
    });
  };
  for (let i = 0; i < s.length; i++) {
    const t = s[i].text;
    // A line break inside the sentence: "… par la plateforme⏎la plateforme HackerOne".
    for (let p = t.indexOf('\n'); p >= 0; p = t.indexOf('\n', p + 1)) {
      const before = words(t, 0, p, MAX_WORDS, true);
      const after = words(t, p + 1, t.length, MAX_WORDS, false);
      const k = overlap(before, after);
      if (k > 0) report(s[i], before, after, k, s[i].start);
    }
    // A sentence starting a line after the one ending with the same words: "… sont utilisés.⏎sont utilisés."
    if (i + 1 < s.length) {
      // Only a line break (and markup) between them, no blank line; the fragment starts lower
      // case, as a cut sentence does ("## Installing the CLI⏎Installing the CLI takes …" is not one).
      const next = s[i + 1].text;
      const first = next.search(/[\p{L}\p{N}]/u);
      if (first < 0 || !/\p{Ll}/u.test(next[first])) continue; // the cheap test first: most lines start upper case
      const between = target.file.text.slice(s[i].end, s[i + 1].start);
      if (!between.includes('\n') || between.length > 200 || /\n[ \t]*\r?\n/.test(between)) continue;
      // A new list item is no wrapped line: React's French "Lifecycle of Reactive Effects" ends two
      // items of log lines in code with the same "*(seulement en développement)*", as the English
      // ends both with "*(development-only)*".
      if (LIST_ITEM.test(between)) continue;
      const before = words(t, 0, t.length, MAX_WORDS, true);
      const after = words(next, 0, next.length, MAX_WORDS, false);
      const k = overlap(before, after);
      if (k > 0) report(s[i + 1], before.map((x) => ({ ...x, start: x.start + s[i].start - s[i + 1].start, end: x.end + s[i].start - s[i + 1].start })), after, k, s[i + 1].start);
    }
  }
  return out;
}

const LIST_ITEM = /\n[ \t]*(?:>[ \t]*)*(?:[-*+]|\d{1,3}[.)])[ \t]/;

/** Does the text say some phrase of two or more words twice in a row? */
function repeatsItself(text: string): boolean {
  const seq = words(text, 0, text.length, Number.MAX_SAFE_INTEGER, false).map((x) => x.w);
  for (let k = 2; k <= MAX_WORDS; k++) {
    for (let i = 0; i + 2 * k <= seq.length; i++) {
      let same = true;
      for (let j = 0; j < k && same; j++) same = seq[i + j] === seq[i + k + j];
      if (same) return true;
    }
  }
  return false;
}
