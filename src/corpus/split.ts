// `tqc split FILE --out DIR`: one file holding several languages → one text per language.
// The real case: corpus/seeds/000_….txt is a Vietnamese translation, its hashtag line and its
// "Nguồn: https://www.wired.com/…" credit line, then the English original, one paragraph a line.
//
// Each non-blank line is a paragraph; its language is detected when it has enough letters once
// URLs, #hashtags and @mentions are set aside (MIN_LETTERS). Shorter lines — the hashtag line,
// the "Nguồn: https://…" credit, a bare URL, "Source link" — cannot be told reliably and join
// the language of the paragraph before them (or after them, at the top of the file).
// Lines are kept byte for byte and joined with the file's own line end; blank lines inside a
// language's stretch are kept; blank lines at a switch of language are dropped. Every output text
// ends with one line end exactly when the input file does.
import type { Lang, SourceFile } from '../types/index.js';
import { detectLanguage } from '../lang/detect.js';
import { isSpaceCode } from './chars.js';
import { findUrls } from './urls.js';
import { lines } from './lines.js';

/** Fewest letters (outside URLs, hashtags, mentions) for a line's language to be trusted. */
export const MIN_LETTERS = 20;

const LETTER = /\p{L}/u;

/** Letters of `line` outside URLs, #hashtags and @mentions: "Nguồn: https://…" has 5. */
export function countLetters(line: string): number {
  let n = 0;
  const urls = findUrls(line);
  let u = 0;
  let skipWord = false;
  for (let i = 0; i < line.length; i++) {
    if (u < urls.length && i >= urls[u].start) {
      i = urls[u].end - 1;
      u++;
      continue;
    }
    const c = line.charCodeAt(i);
    if (isSpaceCode(c)) {
      skipWord = false;
      continue;
    }
    if ((c === 0x23 || c === 0x40) && (i === 0 || isSpaceCode(line.charCodeAt(i - 1)))) skipWord = true;
    if (skipWord) continue;
    if (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(line[i])) n++;
  }
  return n;
}

function lineEnd(text: string): string {
  const i = text.search(/[\r\n]/);
  if (i < 0) return '\n';
  return text[i] === '\r' ? (text[i + 1] === '\n' ? '\r\n' : '\r') : '\n';
}

export interface LanguagePart {
  lang: Lang;
  text: string;
}

/** The languages of `file`, in order of first appearance, each with its lines. */
export function splitByLanguage(file: SourceFile, candidates?: readonly Lang[]): LanguagePart[] {
  const text = file.text;
  const all = lines(text);
  const raw = all.map((l) => text.slice(l.start, l.end));
  // 1. Reliable lines vote for themselves.
  const langs: (Lang | null)[] = raw.map((line) => {
    if (line.trim() === '' || countLetters(line) < MIN_LETTERS) return null;
    const found = detectLanguage(line, candidates).lang;
    return found || null;
  });
  // 2. Short lines join the language before them (the first ones: the language after them).
  let prev: Lang | null = null;
  const assigned: (Lang | null)[] = raw.map((line, i) => {
    if (line.trim() === '') return null;
    if (langs[i]) prev = langs[i];
    return langs[i] ?? prev;
  });
  const firstLang = langs.find((l) => l !== null) ?? candidates?.[0] ?? 'und';
  for (let i = 0; i < assigned.length && raw[i] !== undefined; i++) {
    if (assigned[i] !== null) break;
    if (raw[i].trim() !== '') assigned[i] = firstLang;
  }
  // 3. Runs of one language, blank lines inside a run kept, at its edges dropped.
  const parts = new Map<Lang, string[][]>();
  let run: string[] = [];
  let runLang: Lang | null = null;
  let pendingBlank = 0;
  const flush = () => {
    if (runLang && run.length > 0) {
      if (!parts.has(runLang)) parts.set(runLang, []);
      parts.get(runLang)!.push(run);
    }
    run = [];
    pendingBlank = 0;
  };
  raw.forEach((line, i) => {
    const lang = assigned[i];
    if (lang === null) {
      if (run.length > 0) pendingBlank++;
      return;
    }
    if (lang !== runLang) {
      flush();
      runLang = lang;
    }
    for (; pendingBlank > 0; pendingBlank--) run.push('');
    run.push(line);
  });
  flush();
  const eol = lineEnd(text);
  const endsWithEol = text.endsWith('\n') || text.endsWith('\r');
  const blankBetween = raw.some((l, i) => l.trim() === '' && i < raw.length - 1);
  const out: LanguagePart[] = [];
  for (const [lang, runs] of parts) {
    const body = runs.map((r) => r.join(eol)).join(blankBetween ? eol + eol : eol);
    out.push({ lang, text: endsWithEol ? body + eol : body });
  }
  return out;
}
