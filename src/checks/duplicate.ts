// A sentence or paragraph repeated in the translation but not in the source, (minor) a word
// typed twice ("the the"), and a leftover fragment of an edit (duplicate-leftover.ts). Real case: the French seed's title appears twice, as two paragraphs;
// the English has it once or not at all (see shared/repeats.ts for how copies are counted).
import type { Check, CheckContext, FindingDraft } from '../types/index.js';
import { leftoverFragments } from './duplicate-leftover.js';
import { findRepeats } from './shared/repeats.js';
import { foldUnit, sentenceLabel, sentencesRange } from './shared/text.js';

export const duplicate: Check = {
  id: 'duplicate',
  description: 'A sentence or paragraph repeated in the translation but not in the source, a word typed twice, or a leftover fragment of an edit.',
  category: 'Linguistic conventions/Duplication',
  severity: 'major',
  run(ctx) {
    return [...repeatedSentences(ctx), ...repeatedWords(ctx), ...leftoverFragments(ctx)];
  },
};

function repeatedSentences(ctx: CheckContext): FindingDraft[] {
  const { source, target, beads } = ctx.alignment;
  const repeats = [...findRepeats(ctx.alignment).values()];
  if (repeats.length === 0) return [];
  const beadOf = new Map<number, number>();
  beads.forEach((b, k) => b.target.forEach((j) => beadOf.set(j, k)));
  const out: FindingDraft[] = [];
  // A repeated paragraph is one finding: consecutive repeats of consecutive sentences merge.
  for (let r = 0; r < repeats.length; ) {
    let e = r;
    while (e + 1 < repeats.length && repeats[e + 1].sentence === repeats[e].sentence + 1 && repeats[e + 1].first === repeats[e].first + 1) e++;
    const ids = range(repeats[r].sentence, repeats[e].sentence);
    const firsts = range(repeats[r].first, repeats[e].first);
    const srcIds = [...new Set(ids.flatMap((j) => beads[beadOf.get(j) ?? -1]?.source ?? []))].sort((x, y) => x - y);
    const para = target.sentences[firsts[0]].paragraph + 1;
    const what = ids.length === 1 ? 'repeats' : `(${ids.length} sentences) repeat`;
    out.push({
      check: 'duplicate',
      message: `target ${sentenceLabel(ids)} ${what} ${sentenceLabel(firsts)} (paragraph ${para}) word for word; the source does not repeat it`,
      target: sentencesRange(target, ids),
      source: srcIds.length > 0 ? sentencesRange(source, srcIds) : null,
      actual: ids.map((j) => target.sentences[j].text).join(' '),
    });
    r = e + 1;
  }
  return out;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

/** Doubled words that are grammatical: "that that", "nous nous sommes", "die, die" without the
 *  comma, "bye bye". Vietnamese reduplication ("từ từ", "nhanh nhanh") is grammar: not checked. */
const LEGIT_DOUBLES = new Set(['that', 'had', 'nous', 'vous', 'die', 'der', 'das', 'sie', 'ha', 'bye', 'so', 'very', 'no', 'si', 'non', 'très', 'muy', 'sehr', 'là', 'ja', 'nein']);
const NO_DOUBLED_WORD_CHECK = new Set(['vi', 'zh', 'ja', 'ko', 'th', 'id', 'ms']);

function repeatedWords(ctx: CheckContext): FindingDraft[] {
  const { source, target, beads } = ctx.alignment;
  if (NO_DOUBLED_WORD_CHECK.has(target.lang)) return [];
  const out: FindingDraft[] = [];
  // Doubled words of each distinct target text, found once: aligned files repeat segments.
  const doubledByText = new Map<string, { word: string; start: number; end: number }[]>();
  for (const b of beads) {
    if (b.source.length === 0) continue; // additions are reported as such
    // The source's doubled words, read once per bead: re-reading them for every doubled word of the
    // target was quadratic ("ABC ABC ABC …" over 40k characters took 8 s).
    let inSource: Set<string> | null = null;
    for (const j of b.target) {
      const s = target.sentences[j];
      let doubled = doubledByText.get(s.text);
      if (!doubled) doubledByText.set(s.text, (doubled = doubledWords(s.text)));
      for (const d of doubled) {
        // The source doubles it too (a quotation, a name like "Duran Duran"): leave it.
        inSource ??= new Set(b.source.flatMap((i) => doubledWords(source.sentences[i].text).map((x) => x.word)));
        if (inSource.has(d.word)) continue;
        out.push({
          check: 'duplicate',
          severity: 'minor',
          message: `the word “${d.word}” is typed twice`,
          target: { start: s.start + d.start, end: s.start + d.end },
          source: sentencesRange(source, b.source),
          actual: s.text.slice(d.start, d.end),
          expected: d.word,
        });
      }
    }
  }
  return out;
}

/** "the the" inside a sentence: two equal words (case-insensitive) separated only by spaces.
 *  One pass over the characters; words are compared only when their lengths agree. */
function doubledWords(text: string): { word: string; start: number; end: number }[] {
  if (!mayHaveDoubledWord(text)) return [];
  const out: { word: string; start: number; end: number }[] = [];
  let prevStart = -1;
  let prevEnd = -1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (foldUnit(text, i) < 0) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && foldUnit(text, i) >= 0) i++;
    const len = i - start;
    if (prevStart >= 0 && len >= 2 && prevEnd - prevStart === len && onlySpaces(text, prevEnd, start) && sameWord(text, prevStart, start, len)) {
      const word = text.slice(start, i);
      if (!LEGIT_DOUBLES.has(word.toLowerCase()) && !/\d/.test(word)) out.push({ word, start: prevStart, end: i });
    }
    prevStart = start;
    prevEnd = i;
  }
  return out;
}

/** Native pre-filter: some space-separated token is followed by a token that starts with it. */
function mayHaveDoubledWord(text: string): boolean {
  const t = text.toLowerCase().split(' ');
  for (let k = 0; k + 1 < t.length; k++) if (t[k].length >= 2 && t[k + 1].startsWith(t[k])) return true;
  return false;
}

function sameWord(text: string, a: number, b: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (foldUnit(text, a + k) !== foldUnit(text, b + k)) return false;
  return true;
}

function onlySpaces(text: string, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let i = a; i < b; i++) if (text[i] !== ' ' && text[i] !== '\u00a0') return false;
  return true;
}
