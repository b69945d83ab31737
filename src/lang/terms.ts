// Where do user terms (allowlist, do-not-translate glossary, multi-word loanwords) stand in a text?
// A plain term matches case-insensitively at word boundaries; a term written `/…/` (optionally
// `/…/i`) is a regular expression supplied by the user, compiled once and cached.
//
// User patterns run on untrusted document text, so they run on RE2 semantics (re2js, a pure-JS port
// of RE2): time linear in the text whatever the pattern. With JavaScript's backtracking engine
// `/(a+)+$/` against a sentence of 30,000 "a"s ran until killed at 60 s; with RE2 it takes ~70 ms.
// What RE2 cannot run in linear time (backreferences, lookaround) is refused when the configuration
// is read, so a pattern never silently matches nothing.
import type { RE2JS } from 're2js';
import { lib as re2js } from '../vendor/re2js.js';
import type { Range } from '../types/index.js';
import { isDigitCode, isLetterCode, isMarkCode } from './script.js';

const regexCache = new Map<string, RE2JS | null>();

/** Flags a user may write after the closing slash. `g`, `u` and `y` change nothing here (every
 *  match is wanted; text is always Unicode); `i`, `m`, `s` map to RE2's flags. */
const FLAG_NAMES = { i: 'CASE_INSENSITIVE', m: 'MULTILINE', s: 'DOTALL', g: null, u: null, y: null } as const;

/** The compiled pattern of a `/…/flags` term, or the reason it cannot be one (a one-line message). */
export function compileTerm(term: string): RE2JS | string {
  const m = /^\/(.+)\/([a-z]*)$/s.exec(term);
  if (!m) return 'not a /…/ pattern';
  const { RE2JS } = re2js();
  let flags = 0;
  for (const f of m[2]) {
    if (!Object.hasOwn(FLAG_NAMES, f)) return `unknown flag "${f}" (known: i, m, s)`;
    const name = FLAG_NAMES[f as keyof typeof FLAG_NAMES];
    if (name) flags |= RE2JS[name];
  }
  try {
    return RE2JS.compile(m[1], flags);
  } catch (e) {
    // "error parsing regexp: invalid escape sequence: `\1`": RE2 has no backreferences or lookaround
    const why = (e as Error).message.split('\n')[0].replace(/^error parsing regexp: /, '');
    return `${why} (patterns use RE2 syntax, which runs in linear time: no backreferences or lookaround)`;
  }
}

function compiled(term: string): RE2JS | null {
  let r = regexCache.get(term);
  if (r !== undefined) return r;
  const c = compileTerm(term);
  r = typeof c === 'string' ? null : c; // config validation reports bad patterns; here one matches nothing
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
      const m = re.matcher(text);
      while (m.find()) if (m.end() > m.start()) out.push({ start: m.start(), end: m.end() });
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
