// Catalogs: punctuation a UI string shows on screen — leading/trailing white space the source
// lacks (or had), doubled spaces, a different end mark ("Save changes?" → "Enregistrer les
// modifications."), unbalanced brackets and quotes, and the space before ; : ! ? that French
// requires (a narrow no-break space "Merci !" is right, "Merci!" is not) and English or Vietnamese
// forbid ("Xóa sản phẩm ?").
import type { CatalogUnit, Check, Document, FindingDraft, Lang } from '../types/index.js';
import { cutShort } from './shared/coverage.js';
import { shownText } from '../catalog/inline-markup.js';
import { valueOffsetInFile } from '../catalog/shown.js';
import { abbreviationTable, lookUp } from '../corpus/abbreviations.js';

const ID = 'punctuation';
const SPACE_BEFORE_HIGH = new Set(['fr']);

/** French for Canada, told by the language tag the file declares (XLIFF target-language="fr-CA", a
 *  PO header's "Language: fr_CA") or by its path: "fr-CA.json", "fr_CA.po", jitsi's "main-frCA.json",
 *  "locale/fr_CA/LC_MESSAGES/app.po". */
const QUEBEC_PATH = /(?:^|[/\\._-])fr[-_]?ca(?=[/\\.]|$)/i;
const QUEBEC_LOCALE = /^fr[-_]ca(?:$|[-_@])/i;
const isQuebec = (doc: Document): boolean =>
  doc.lang === 'fr' && (QUEBEC_LOCALE.test(doc.locale ?? '') || QUEBEC_PATH.test(doc.file.path));
const SPACE_BEFORE_STOP = /[\p{L}\p{N})}%·][ \t\u00a0\u202f]+([.,])(?=\s|$)/u;
// Openers and closers of each pair, full-width forms with their ASCII ones: the table-flip face
// "(╯°□°）╯︵ ┻━┻" of Mastodon's French catalog opens with "(" and closes with "）".
const PAIRS: [string, string][] = [['(（', ')）'], ['[［', ']］']];
/** Every character of each pair, spread once: unbalanced() runs on every segment. */
const PAIR_CHARS = PAIRS.map(([open, close]) => [...open, ...close]);

function endClass(text: string): string | null {
  const t = text.trimEnd();
  let c = t[t.length - 1];
  // The end mark inside a closing bracket or quote is the sentence's: "(It shouldn't take long.)"
  // ends with a full stop, as does its translation "Ça ne devrait pas être long."
  if (c !== undefined && ')"”»’\''.includes(c) && t.length > 1 && '.!?…'.includes(t[t.length - 2])) c = t[t.length - 2];
  if (c === undefined || c === '}' || c === '>' || c === '·') return null; // ends in ICU syntax, a tag or a placeholder: look no further
  if ('?？؟'.includes(c)) return 'question mark';
  if ('!！'.includes(c)) return 'exclamation mark';
  // "Find text on canvas..." ends in an ellipsis, not a full stop.
  if (c === '…' || t.endsWith('...')) return 'ellipsis';
  if ('.。'.includes(c)) return 'full stop';
  if (':：'.includes(c)) return 'colon';
  if (';；'.includes(c)) return 'semicolon';
  return 'none';
}

/** A list item ends in a semicolon in French typography ("premièrement, la *clause try* … est
 *  exécutée ;" for "First, the *try clause* … is executed."), as in German, Spanish or Italian
 *  lists: against a full stop or no mark it is the language's habit, not a changed sentence. */
function listItemEnds(se: string, te: string): boolean {
  return (se === 'semicolon' || te === 'semicolon') && [se, te].every((e) => e === 'semicolon' || e === 'full stop' || e === 'none');
}

/** A full stop where the source has none, rightly: the source's own sentences end in full stops and
 *  only its last lacks one (Flutter's "… It's used for branding, screen titles, navigation, and
 *  actions", translated with the stop in French and German), or the stop is an abbreviation's
 *  ("Text, elevated, outlined, and more" as "…, bouton avec contours, etc."), or a unit's after a
 *  number or placeholder — Mastodon's "{number}d", "{count}B" are German "{number} T.", "{count}
 *  Mrd." (read on the values as written, `raw`: the placeholders are what the unit follows). */
function stopTheSourceLacks(se: string, te: string, source: string, target: string, lang: Lang, raw: { source: string; target: string }): boolean {
  if (se !== 'none' || te !== 'full stop') return false;
  if (/[.!?]\s+\p{Lu}/u.test(source)) return true;
  if (UNIT_END.test(raw.source.trimEnd()) && ABBREVIATED_UNIT_END.test(raw.target.trimEnd())) return true;
  return endsOnAbbreviation(target, lang);
}

const UNIT_END = /(?:\d|\})\s?\p{L}{1,3}$/u;
const ABBREVIATED_UNIT_END = /(?:\d|\})\s?\p{L}{1,4}\.$/u;

/** Does the text end on an abbreviation's full stop — one the language's table lists, or dotted
 *  letters ("U.S.", the French "n.c." for "N/A")? Laravel's "Virgin Islands, U.S." ends on no
 *  sentence: its translations rightly have no stop. */
function endsOnAbbreviation(text: string, lang: Lang): boolean {
  const last = text.trimEnd().split(/\s+/).pop() ?? '';
  return /^(?:\p{L}\.){2,}$/u.test(last) || lookUp(abbreviationTable(lang), last) !== undefined;
}

function unbalanced(text: string): string | null {
  for (let p = 0; p < PAIRS.length; p++) {
    const [open, close] = PAIRS[p];
    if (!PAIR_CHARS[p].some((c) => text.includes(c))) continue;
    let depth = 0;
    for (const ch of text) {
      if (open.includes(ch)) depth++;
      else if (close.includes(ch) && --depth < 0) break;
    }
    if (depth !== 0) return `${open[0]}${close[0]}`;
  }
  // Quotation marks are counted, not nested: which mark opens depends on the language — German
  // writes „Weiter“ (U+201C closes), English “Next” (U+201C opens), Swedish ”Nästa” (U+201D both),
  // Danish and German books »Weiter« (guillemets reversed). Flutter's German catalog was reported
  // unbalanced on every quotation. Straight quotes open and close alike: an odd count is one left
  // alone, as in Excalidraw's Vietnamese "Làm với Excalidraw\"", which lost its opening quote.
  let curly = 0;
  let straight = 0;
  let guillemets = 0;
  for (const ch of text) {
    if (ch === '“' || ch === '”' || ch === '„') curly++;
    else if (ch === '"') straight++;
    else if (ch === '«') guillemets++;
    else if (ch === '»') guillemets--;
  }
  if (guillemets !== 0) return '«»';
  if (curly % 2 === 1) return '“”';
  if (straight % 2 === 1) return '""';
  return null;
}

const article = (w: string) => (/^[aeiou]/.test(w) ? 'an' : 'a');

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}»”)’]/u.test(c);

/** Offsets of ; : ! ? whose spacing breaks the target language's convention. */
function badSpacing(text: string, lang: Lang, source: string, quebec: boolean): { at: number; mark: string; want: string }[] {
  const out: { at: number; mark: string; want: string }[] = [];
  const french = SPACE_BEFORE_HIGH.has(lang);
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (!';:!?'.includes(c)) continue;
    // Quebec usage (the OQLF's) puts no space before "?", "!" and ";" — or a thin one, by choice:
    // Mastodon's fr-CA "À quoi pensez-vous?" is right there. The colon is spaced as in France.
    if (french && quebec && c !== ':') continue;
    const after = text[i + 1];
    // Only a mark that ends a clause: not "https://", "10:30", "?!" or "{x}:".
    if (after !== undefined && !/[\s"'”»)]/u.test(after)) continue;
    const before = text[i - 1];
    if (french && isLetter(before) && !quotedSourceText(text, i, source) && !afterIdentifier(text, i, source)) out.push({ at: i, mark: c, want: 'a (narrow) no-break space before it in French' });
    if (!french && /[ \u00a0\u202f]/.test(before) && isLetter(text[i - 2])) out.push({ at: i - 1, mark: c, want: `no space before it in this language` });
  }
  return out;
}

/** The mark follows an identifier the source writes with the same mark: a select key in a message
 *  an ICU parser refuses, Angular's "{VAR_SELECT, select, isObserving: {…}}" — code, not a clause. */
function afterIdentifier(text: string, i: number, source: string): boolean {
  let a = i;
  while (a > 0 && /[\p{L}\p{N}_$]/u.test(text[a - 1])) a--;
  const word = text.slice(a, i);
  return /\p{Ll}\p{Lu}|_|\p{L}\p{N}/u.test(word) && source.includes(word + text[i]);
}

/** The mark ends a string quoted in the source's words — what a program prints, kept as written:
 *  Godot's French "la démo "Hello, World!" devrait enfin s'exécuter" for "the "Hello World" demo".
 *  French spacing is for French prose, not for a quoted English string. */
function quotedSourceText(text: string, i: number, source: string): boolean {
  const close = text[i + 1];
  if (close !== '"' && close !== '”' && close !== "'") return false;
  const open = close === '”' ? '“' : close;
  const from = text.lastIndexOf(open, i - 1);
  if (from < 0 || i - from > QUOTED_MAX) return false;
  const words = text.slice(from + 1, i).match(/\p{L}+/gu);
  if (!words) return false;
  const lower = source.toLowerCase();
  return words.every((w) => lower.includes(w.toLowerCase()));
}
const QUOTED_MAX = 80;

/** A sentence end with no space after it: "… của hệ thống.Mặc dù …", the Kubernetes Vietnamese
 *  page's two sentences run together. A word of two lower-case letters or more, the mark, then a
 *  capitalised word — not "v1.26", "Node.js" or "Mr.Smith" — and never a token the source also
 *  has ("React.StrictMode"). On the 131 real pages and articles of the fixtures: those two typos and
 *  three "React.StrictMode", all three in their source. The look-behind lets a match start only
 *  at a word's start, so the scan stays linear. */
const RUN_TOGETHER = /(?<![\p{L}\p{M}\p{N}._/\\-])([\p{L}\p{M}]*\p{Ll}[\p{Ll}\p{M}])([.!?])(\p{Lu}[\p{Ll}\p{M}]+)/gu;

function runTogether(ctx: Parameters<Check['run']>[0]): FindingDraft[] {
  const { source, target } = ctx.alignment;
  const out: FindingDraft[] = [];
  for (const s of target.sentences) {
    if (!/[.!?]\p{Lu}/u.test(s.text)) continue;
    for (const m of s.text.matchAll(RUN_TOGETHER)) {
      if (source.file.text.includes(m[0])) continue;
      const at = s.start + (m.index ?? 0);
      out.push({ check: ID, message: `Two sentences run together: no space after “${m[2]}” in “${m[0]}”`, target: { start: at, end: at + m[0].length }, source: null });
    }
  }
  return out;
}

/** The unit's value with its syntax ranges (CatalogUnit.syntax) written over with "·", offsets
 *  kept: a mark found in it is pointed at in the file. */
function withoutSyntax(u: CatalogUnit): string {
  if (!u.syntax) return u.value;
  const ranges = u.syntax.length === 1 ? u.syntax : [...u.syntax].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [s, e] of ranges) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    out += u.value.slice(at, from) + '·'.repeat(Math.min(e, u.value.length) - from);
    at = Math.min(e, u.value.length);
  }
  return out + u.value.slice(at);
}

export const punctuation: Check = {
  id: ID,
  description: 'Catalogs: leading/trailing and doubled spaces, end punctuation, unbalanced brackets and quotes, spacing before ; : ! ? by language (French narrow no-break space). Documents: two sentences run together without a space.',
  category: 'Linguistic conventions/Punctuation',
  severity: 'minor',
  run(ctx) {
    const { source, target, beads } = ctx.alignment;
    if (!source.units || !target.units) return source.units || target.units ? [] : runTogether(ctx);
    const quebec = isQuebec(target);
    const bySentence = (units: CatalogUnit[]) => {
      const a: CatalogUnit[] = [];
      for (const u of units) if (u.sentence >= 0) a[u.sentence] = u;
      return a;
    };
    const srcUnits = bySentence(source.units);
    const tgtUnits = bySentence(target.units);
    const out: FindingDraft[] = [];
    for (const b of beads) {
      if (b.source.length !== 1 || b.target.length !== 1) continue;
      const su = srcUnits[b.source[0]];
      const tu = tgtUnits[b.target[0]];
      if (!su || !tu) continue;
      // Code, references and reST marks are no prose: the French Python documentation's
      // ``ask_ok('OK to overwrite the file?')`` has no "?" wanting a no-break space.
      // So are placeholders, ICU syntax and inline codes: Angular's <x id="INTERPOLATION"
      // equiv-text="{{ until | date: 'short' }}"/> holds a colon no French space is owed to.
      const sv = withoutSyntax(su);
      const tv = withoutSyntax(tu);
      const s = shownText(sv);
      const t = shownText(tv);
      const whole = { start: tu.start, end: tu.end };
      const src = { start: su.start, end: su.end };
      const add = (message: string) => out.push({ check: ID, message, target: whole, source: src });
      if (/^\s/.test(t) !== /^\s/.test(s)) add(/^\s/.test(t) ? 'Translation starts with white space the source does not have' : 'Translation lost the leading white space of the source');
      if (/\s$/.test(t) !== /\s$/.test(s)) add(/\s$/.test(t) ? 'Translation ends with white space the source does not have' : 'Translation lost the trailing white space of the source');
      if (/ {2}/.test(t.trim()) && !/ {2}/.test(s.trim())) add('Doubled space in the translation');
      // Both introduce the same literal block ("…being sliced. ::" / "…de la chaîne : ::"): a
      // full stop or a colon before the code is the language's habit, not a changed sentence.
      const block = su.value.trimEnd().endsWith('::') && tu.value.trimEnd().endsWith('::');
      const se = block ? null : endClass(shownText(sv, true));
      const te = block ? null : endClass(shownText(tv, true));
      // A target that stops in "…" short of its source is a truncation, reported by that check:
      // the changed end mark is the same defect (eval:inject-catalogs: 24 cuts, 24 such pairs).
      const cut = te === 'ellipsis' && cutShort(ctx, b) !== null;
      const abbreviated = se === 'full stop' && te === 'none' && endsOnAbbreviation(sv, source.lang);
      if (se !== null && te !== null && se !== te && !cut && !abbreviated && !listItemEnds(se, te) && !stopTheSourceLacks(se, te, sv, tv, target.lang, { source: su.value, target: tu.value })) add(`Source ends with ${se === 'none' ? 'no punctuation' : `${article(se)} ${se}`}, the translation with ${te === 'none' ? 'none' : `${article(te)} ${te}`}`);
      // A space before a full stop or comma is wrong in every language tqc knows (French spaces
      // only ; : ! ?): Django's Vietnamese "… %(limit_value)s ." (a placeholder's value then "  .").
      const spaced = SPACE_BEFORE_STOP.exec(t);
      if (spaced && !SPACE_BEFORE_STOP.test(s)) add(`Space before “${spaced[1]}” in the translation`);
      const ub = unbalanced(t);
      if (ub && !unbalanced(s)) add(`Unbalanced ${ub} in the translation`);
      for (const bad of badSpacing(t, target.lang, s, quebec)) {
        // Inside the unit: point at the mark when the file holds the value as written.
        // (Home Assistant's JSON spells "é" "\u00e9": the value offset is mapped to the file's.)
        const at = t.length === tu.value.length ? valueOffsetInFile(target, tu, bad.at) : -1;
        out.push({ check: ID, message: `“${bad.mark}” wants ${bad.want}`, target: at >= 0 ? { start: at, end: at + 1 } : whole, source: src });
      }
    }
    return out;
  },
};
