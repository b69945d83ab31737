// A person's or a firm's name misspelt in the translation: "Jensen Huang" written "Jensen Hwang".
// Ordinary capitalised words are translated (shared/codes.ts), and names are transliterated by
// convention ("Vladimir Putin" is "Vladimir Poutine" in French, "Wladimir Putin" in German,
// "Zelenskyy" "Zelensky"), so this says only what no convention does: in a name of two capitalised
// words or more, one word is kept exactly (the anchor) and the word next to it in the source has,
// next to the anchor in the translation, a word of the same length that differs in exactly one
// letter — not a pair transliterations swap (i/y, c/k, v/w, s/z, i/j, q/k, e/i) and not an accent
// ("Taïwan"). A name dropped or replaced by a pronoun says nothing here.
import { scriptOfCode } from '../../lang/script.js';

export interface NameChange {
  /** The source's name words (the run), and its range in the sentence text. */
  expected: string;
  source: { start: number; end: number };
  /** The translation's anchor and altered word, and their range in the target sentence text. */
  actual: string;
  target: { start: number; end: number };
  /** Index of the target sentence (in the list given) that holds it. */
  sentence: number;
}

interface Word {
  text: string;
  folded: string;
  start: number;
  end: number;
  cap: boolean;
}

/** Words: letters and combining marks, with inner apostrophes and hyphens. One linear pass. */
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]+$/u;

const fold = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function words(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const t = m[0];
    out.push({ text: t, folded: '', start: m.index, end: m.index + t.length, cap: t.length >= 2 && t.length <= 40 && CAPITALISED.test(t) });
  }
  return out;
}

/** Letter pairs transliteration swaps between languages: never a misspelling here. */
const SWAPS = new Set(['iy', 'ck', 'vw', 'sz', 'ij', 'kq', 'ei', 'jy']);

/** Same length, same first letter, exactly one other letter differs, and not by a swap. */
function oneLetterOff(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4 || a[0] !== b[0]) return false;
  let diff = -1;
  for (let i = 1; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  if (diff < 0) return false;
  const pair = [a[diff], b[diff]].sort().join('');
  return !SWAPS.has(pair);
}

const isLatin = (w: string): boolean => scriptOfCode(w.charCodeAt(0)) === 'Latin';

/** Runs of two capitalised words or more separated by one space ("Jensen Huang"): a capital,
 *  then lower-case letters only ("McKinsey", "OpenAI" are codes, shared/codes.ts), not before an
 *  apostrophe or hyphen that continues the word. Each attempt moves forward one word at a time
 *  and the run's end looks one character ahead: linear on any input. The first capital is tried
 *  as [A-Z] before \p{Lu} (a quarter of the time on the 50k-pair benchmark, the same matches),
 *  and "not inside a word" is checked on the character before the match, not by a lookbehind. */
const NAME_RUN = /(?:[A-Z]|(?=[^\x00-\x7F])\p{Lu})[\p{Ll}\p{M}]+(?: \p{Lu}[\p{Ll}\p{M}]+)+(?![\p{L}\p{M}]|['’-][\p{L}\p{M}])/gu;
const WORD_CHAR = /[\p{L}\p{M}'’-]/u;

function capitalisedRuns(text: string): [number, number][][] {
  const runs: [number, number][][] = [];
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(text); m; m = NAME_RUN.exec(text)) {
    if (m.index > 0 && WORD_CHAR.test(text[m.index - 1])) {
      NAME_RUN.lastIndex = m.index + 1; // inside a word ("McKinsey Bob Smith"): try from the next character
      continue;
    }
    const words: [number, number][] = [];
    let at = m.index;
    for (const w of m[0].split(' ')) {
      if (w.length <= 40) words.push([at, at + w.length]);
      at += w.length + 1;
    }
    if (words.length >= 2) runs.push(words);
  }
  return runs;
}

/** Names of `source` (one sentence's text) misspelt in `targets` (the bead's target sentences). */
export function alteredNames(source: string, targets: readonly string[]): NameChange[] {
  const found = capitalisedRuns(source);
  if (found.length === 0) return [];
  const out: NameChange[] = [];
  let tgt: Word[][] | null = null;
  for (const ranges of found) {
    if (!isLatin(source.slice(ranges[0][0], ranges[0][0] + 1))) continue;
    const run = ranges.map(([a, b]) => ({ text: source.slice(a, b), folded: '', start: a, end: b, cap: true }));
    // Most names are kept as they are, and a run with nothing kept ("On Tuesday" → "Mardi") has
    // no anchor: in neither case is anything read further. The anchor is kept verbatim.
    const kept = run.map((w) => targets.some((t) => t.includes(w.text)));
    if (!kept.some((x, k) => !x && (kept[k - 1] === true || kept[k + 1] === true))) continue;
    tgt ??= targets.map((t) => {
      const ws = words(t);
      for (const w of ws) w.folded = fold(w.text);
      return ws;
    });
    for (const w of run) w.folded = fold(w.text);
    for (let k = 0; k < run.length; k++) {
      const w = run[k];
      if (w.folded.length < 4 || tgt.some((ws) => ws.some((x) => x.folded === w.folded))) continue;
      // The anchor: a neighbour of w in the name, kept; the word on w's side of it in the translation.
      for (const [n, side] of [[k - 1, 1], [k + 1, -1]] as const) {
        if (n < 0 || n >= run.length) continue;
        const hit = findAltered(targets, tgt, run[n].folded, side, w.folded);
        if (!hit) continue;
        const first = run[0];
        const last = run[run.length - 1];
        out.push({ expected: source.slice(first.start, last.end), source: { start: first.start, end: last.end }, ...hit });
        break;
      }
    }
  }
  return out;
}

function findAltered(targets: readonly string[], tgt: readonly Word[][], anchor: string, side: 1 | -1, want: string): Omit<NameChange, 'expected' | 'source'> | null {
  for (let s = 0; s < tgt.length; s++) {
    const ws = tgt[s];
    for (let i = 0; i < ws.length; i++) {
      if (ws[i].folded !== anchor || !ws[i].cap) continue;
      const v = ws[i + side];
      if (!v || !v.cap || !oneLetterOff(want, v.folded)) continue;
      const [a, b] = side === 1 ? [ws[i], v] : [v, ws[i]];
      return { actual: targets[s].slice(a.start, b.end), target: { start: a.start, end: b.end }, sentence: s };
    }
  }
  return null;
}
