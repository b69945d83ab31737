// Merge conflicts left in a file: `<<<<<<< HEAD`, the translation, `=======`, the upstream text
// (usually the source language), `>>>>>>> <commit>`. React's translations carry dozens. The
// `addition` check reports each block once (checks/addition.ts, from the file's own text); what
// is read as sentences is the translation only, so that the upstream English side does not pull
// the alignment: in React's Chinese "Conditional Rendering" the English side of a conflict was
// aligned with the source's next sentences, and the two sentences after it shifted by one (an
// "omission" and an "addition" of text that is there).
import type { Lang, Range } from '../types/index.js';
import { plainlyIn } from '../lang/profile.js';
import { expectedScript, letterCounts } from '../lang/script.js';
import { eachLine } from './lines.js';

const MARKER = /^(<{7}|={7}|>{7})(?:[ \t]|$)/;

export type MarkerLine = Range & { kind: '<' | '=' | '>' };

/** Lines that are conflict markers, in order ('<' opening, '=' middle, '>' closing). */
export function markerLines(text: string): MarkerLine[] {
  const out: MarkerLine[] = [];
  // A marker starts a line with seven identical characters: only lines that do are looked at.
  if (text.indexOf('<<<<<<<') < 0) return out;
  eachLine(text, (start, end) => {
    const c = text.charCodeAt(start);
    if (c !== 60 && c !== 61 && c !== 62) return;
    const m = MARKER.exec(text.slice(start, Math.min(end, start + 9)));
    if (m) out.push({ start, end, kind: m[1][0] as '<' | '=' | '>' });
  });
  return out;
}

/** A side plainly in `lang`: by its function words where tqc knows the language, else by its
 *  script (the Chinese side of a conflict against its English one). */
function readsAs(block: string, lang: Lang): boolean {
  if (expectedScript(lang) === 'Latin') return plainlyIn(block, lang);
  const { latin, total } = letterCounts(block);
  return total > 0 && latin / total < 0.5;
}

/** `text` (the masked `original`) with the middle and closing conflict markers blanked, and of
 *  each complete block the side that is not in `lang` when the other plainly is (same length:
 *  offsets hold). A block whose sides are both, or neither, plainly in `lang` keeps them both:
 *  there is no telling which is the translation. */
export function maskConflicts(text: string, lang: Lang, original = text): string {
  // Markers are looked for in the file as written: Markdown reads ">>>>>>> a220bb3" as a block
  // quote and "=======" under a line as a heading's underline, and masks their first characters.
  const marks = markerLines(original);
  if (marks.length === 0) return text;
  const blank: Range[] = [];
  for (let k = 0; k < marks.length; k++) {
    const open = marks[k];
    if (open.kind !== '<') continue;
    const mid = marks[k + 1];
    const close = marks[k + 2];
    // The opening marker stays: it opens the sentence the conflict's finding is placed at (its
    // line, not the end of the sentence before).
    if (mid?.kind !== '=' || close?.kind !== '>') continue;
    blank.push(mid, close);
    k += 2;
    const ours = { start: open.end, end: mid.start };
    const theirs = { start: mid.end, end: close.start };
    const oursIn = readsAs(text.slice(ours.start, ours.end), lang);
    const theirsIn = readsAs(text.slice(theirs.start, theirs.end), lang);
    if (oursIn && !theirsIn) blank.push(theirs);
    else if (theirsIn && !oursIn) blank.push(ours);
  }
  // Lone '=' and '>' lines outside a block are markers too.
  const taken = new Set(blank);
  for (const m of marks) if (m.kind !== '<' && !taken.has(m)) blank.push(m);
  if (blank.length === 0) return text;
  const units = text.split('');
  for (const r of blank) for (let i = r.start; i < r.end; i++) if (units[i] !== '\n' && units[i] !== '\r') units[i] = ' ';
  return units.join('');
}
