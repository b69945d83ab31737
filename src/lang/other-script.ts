// Words in a script the target language is not written in: Russian "однако" or Japanese "しかし"
// in a French sentence, Greek in Vietnamese. No dictionary can call such a word French, and no
// name or code is written that way in a French text, so one word is enough — while a single
// Latin word in French needs word lists and a detector to agree (see foreign.ts), which missed
// 38 of 120 injected foreign words in held-out French segments, every other-script one among them.
// Latin words in a non-Latin target (English left in Russian) stay with foreign.ts.
import type { Lang } from '../types/index.js';
import { expectedScript, type Script } from './script.js';
import type { Token } from './tokens.js';

export interface OtherScriptRun {
  start: number;
  end: number;
  tokens: Token[];
  script: Script;
  /** Language named by the script (and letters only one of its languages uses); '' if none. */
  lang: Lang;
}

/** Scripts a language's text may hold besides its own: Japanese mixes Han and kana, Korean may
 *  write Han; every language may carry Latin names and codes. */
const COMPANIONS: Partial<Record<Script, readonly Script[]>> = {
  Han: ['Hiragana', 'Katakana', 'Hangul'],
  Hangul: ['Han'],
};

/** Languages a script points to, the most written first. */
const LANGS_OF: Partial<Record<Script, readonly Lang[]>> = {
  Cyrillic: ['ru', 'uk', 'bg', 'sr'],
  Arabic: ['ar', 'fa', 'ur'],
  Devanagari: ['hi', 'mr', 'ne'],
  Han: ['zh', 'ja'],
  Hiragana: ['ja'],
  Katakana: ['ja'],
  Hangul: ['ko'],
  Greek: ['el'],
  Hebrew: ['he'],
  Armenian: ['hy'],
  Georgian: ['ka'],
  Thai: ['th'],
  Bengali: ['bn'],
};

function allowed(target: Lang): (s: Script) => boolean {
  const own = expectedScript(target);
  const extra = COMPANIONS[own] ?? [];
  return (s) => s === own || s === 'Latin' || s === 'Other' || extra.includes(s);
}

/** Runs of words written in a script `target` is not written in (spaced neighbours join one run). */
export function otherScriptRuns(tokens: readonly Token[], target: Lang): OtherScriptRun[] {
  const ok = allowed(target);
  const runs: OtherScriptRun[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const script = t.script;
    if (!script || ok(script)) continue;
    let j = i;
    // Japanese writes no spaces between Han and kana words: one run for the whole stretch.
    const same = (s: Script | null) => s !== null && !ok(s) && (s === script || (LANGS_OF[s]?.includes('ja') && LANGS_OF[script]?.includes('ja')));
    while (j + 1 < tokens.length && tokens[j + 1].kind === 'word' && same(tokens[j + 1].script)) j++;
    const toks = tokens.slice(i, j + 1);
    const start = toks[0].start;
    const end = toks[toks.length - 1].end;
    runs.push({ start, end, tokens: toks, script, lang: languageOf(toks) });
    i = j;
  }
  return runs;
}

function languageOf(toks: readonly Token[]): Lang {
  const scripts = new Set(toks.map((t) => t.script));
  if (scripts.has('Hiragana') || scripts.has('Katakana')) return 'ja';
  const script = toks.map((t) => t.script).find((s) => s !== null) ?? 'Other';
  const text = toks.map((t) => t.lower).join(' ');
  // One word is too little for a detector (eld called "однако" Serbian): letters only one
  // language of the script uses decide, else the script's most written language.
  if (script === 'Cyrillic') return /[іїєґ]/u.test(text) ? 'uk' : /[ђјљњћџ]/u.test(text) ? 'sr' : 'ru';
  if (script === 'Arabic') return /[پچژگ]/u.test(text) ? 'fa' : 'ar';
  return LANGS_OF[script]?.[0] ?? '';
}
