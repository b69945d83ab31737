// Identifiers in inline code, by sentence. Markdown and MDX mask inline code out of the sentence
// text (`isPacked`, `messageCount`, `useState` become spaces), yet a translation keeps them as
// written: they are what the entity check compares and what the aligner pairs sentences by
// (React's Vietnamese "Conditional Rendering" pairs "It's easy to assume that it renders nothing
// when `messageCount` is `0` …" with a sentence twice its length only through `messageCount`).
import type { Document } from '../types/index.js';

/** An identifier in inline code: `activeIndex`, `setIsActive()`, `props.children`, `$count`. Code
 *  that reads as words (`'Afficher'`, `<button>`, `npm install`) may be translated or rewritten. */
export const IDENTIFIER = /^[A-Za-z_$][\w$]{0,60}(?:\.[A-Za-z_$][\w$]{0,60}){0,4}(?:\(\))?$/;

/** The widest gap, on one line, between a sentence and markup that trails or opens it. */
export const TRAILING_GAP = 16;

/** No line break in text[a, b), and a short gap: a sentence's trailing markup, not a block of its own. */
export function sameLine(text: string, a: number, b: number): boolean {
  if (b < a || b - a > TRAILING_GAP) return false;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return false;
  }
  return true;
}

/** Identifiers in inline code (or the codes `keep` accepts), by sentence: in a sentence's range, or
 *  trailing or opening it on the same line (inline code is masked, so a sentence may start or stop
 *  beside it). */
export function codesBySentence(doc: Document, keep: (value: string) => boolean = (v) => IDENTIFIER.test(v)): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const s = doc.sentences;
  let i = 0;
  for (const code of doc.markup?.codes ?? []) {
    if (!keep(code.value)) continue;
    while (i < s.length && s[i].end <= code.start) i++;
    let at = -1;
    if (i < s.length && s[i].start < code.end) at = i;
    else if (i < s.length && sameLine(doc.file.text, code.end, s[i].start)) at = i;
    else if (i > 0 && sameLine(doc.file.text, s[i - 1].end, code.start)) at = i - 1;
    if (at < 0) continue;
    const list = out.get(at);
    if (list) list.push(code.value);
    else out.set(at, [code.value]);
  }
  return out;
}
