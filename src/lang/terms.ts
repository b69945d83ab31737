// Where do user terms (allowlist, do-not-translate glossary, multi-word loanwords) stand in a text?
// A plain term matches case-insensitively at word boundaries; a term written `/…/` (optionally
// `/…/i`) is a regular expression supplied by the user, compiled once and cached.
import type { Range } from '../types/index.js';
import { isDigitCode, isLetterCode, isMarkCode } from './script.js';

const regexCache = new Map<string, RegExp | null>();

function compiled(term: string): RegExp | null {
  let r = regexCache.get(term);
  if (r !== undefined) return r;
  r = null;
  const m = /^\/(.+)\/([a-z]*)$/s.exec(term);
  if (m) {
    const flags = [...new Set(`${m[2]}gu`)].filter((f) => 'gimsuy'.includes(f)).join('');
    try {
      r = new RegExp(m[1], flags);
    } catch {
      r = null; // config validation reports bad patterns; here a bad one simply matches nothing
    }
  }
  regexCache.set(term, r);
  return r;
}

export const isRegexTerm = (term: string): boolean => term.length > 2 && term.startsWith('/') && term.lastIndexOf('/') > 0;

const isWordAt = (text: string, i: number) => {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return isLetterCode(c) || isDigitCode(c) || isMarkCode(c);
};

/** Ranges of `text` covered by any of `terms`, in order of discovery (not merged). */
export function termRanges(text: string, terms: readonly string[]): Range[] {
  const out: Range[] = [];
  let lower: string | null = null;
  for (const term of terms) {
    if (term.length === 0) continue;
    if (isRegexTerm(term)) {
      const re = compiled(term);
      if (!re) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        out.push({ start: m.index, end: m.index + m[0].length });
      }
      continue;
    }
    lower ??= text.toLowerCase();
    // toLowerCase may change the length of rare letters ("İ"): then match case-sensitively.
    const hay = lower.length === text.length ? lower : text;
    const needle = hay === lower ? term.toLowerCase() : term;
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
      const end = i + needle.length;
      if (!isWordAt(text, i - 1) && !isWordAt(text, end)) out.push({ start: i, end });
    }
  }
  return out;
}

export const overlaps = (ranges: readonly Range[], start: number, end: number): boolean =>
  ranges.some((r) => r.start < end && start < r.end);
