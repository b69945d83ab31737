// Placeholders of a message, by the formats apps use: ICU MessageFormat (react-intl, vue-i18n,
// Angular), i18next {{name}}, printf %s / %1$d / %(name)s (gettext, Android, iOS), HTML-like tags.
// ICU is read by @formatjs/icu-messageformat-parser (FormatJS's own parser, with locations), never
// by a hand-written grammar; the other forms are single tokens a linear regular expression finds.
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { lib as icuLib } from '../vendor/icu.js';
import { inlineMarkupRanges } from './inline-markup.js';

export interface Placeholder {
  /** What identifies it across languages: "{count}", "%1$d", "%s", "{{name}}", "<b>". */
  id: string;
  kind: 'icu' | 'printf' | 'printf-positional' | 'double-brace' | 'tag';
  start: number;
  end: number;
}

export interface PluralUse {
  /** The ICU argument: "count". */
  arg: string;
  ordinal: boolean;
  /** Categories the message gives ("one", "other"), without exact matches ("=0"). */
  categories: string[];
  /** The exact matches it gives: 0 and 1 for "=0{…} =1{…}". */
  exact: number[];
  /** Categories whose message is empty ("other {}"): the app shows nothing for those counts. */
  empty: string[];
  /** Each category's form as shown, "#" and arguments aside (compared, never displayed). */
  shown: Record<string, string>;
  start: number;
  end: number;
}

export interface Message {
  placeholders: Placeholder[];
  plurals: PluralUse[];
  /** ICU syntax error, when the message has ICU syntax that does not parse. */
  icuError: { message: string; offset: number } | null;
  /** The message parsed as ICU (it has braces and they parse). */
  icu: boolean;
}

// `{{name}}`, `{{ count }}`: i18next and vue's interpolation; not ICU.
const DOUBLE_BRACE = /\{\{\s*([^{}\s]{1,100})\s*\}\}/g;
// An ICU plural or select: "{count, plural, =0{No items} other{{count} items}}". Its branches open
// with a brace right before an argument's — "{{" that is no i18next interpolation (Flutter's
// documented form, in every ARB plural).
export const ICU_CHOICE = /\{\s*[A-Za-z_$][\w$]{0,60}\s*,\s*(?:plural|select|selectordinal)\s*,/;

/** The syntax of ICU plurals and selects, read without parsing: the argument's head and the
 *  plural categories before their forms. */
const ICU_SKELETON = /\{\s*[A-Za-z_$][\w$]{0,60}\s*,\s*(?:plural|select|selectordinal)\s*,(?:\s*offset:\d{1,9})?|(?<![\p{L}\d=])(?:zero|one|two|few|many|other|=\d{1,9})(?=\s{0,20}\{)/gu;

/** "{{" that is i18next or vue interpolation for certain: no ICU plural or select to parse. (With
 *  one, the message is ICU if it parses, interpolation if not: the callers parse it once.) */
const surelyDoubleBraced = (value: string): boolean => value.includes('{{') && !ICU_CHOICE.test(value);
// %s %d %1$s %.2f %(name)s %@ — no space flag: "50 % de" is French, not "% d".
const PRINTF = /%(?:(\d{1,2})\$|\(([\w.]{1,60})\))?[-+0#]{0,4}\d{0,3}(?:\.\d{1,3})?(?:l{1,2}|h{1,2}|z|j|q|L)?([sdifuxXeEgGcpo@])/g;
// A tag's name ends at a space, "/" or ">": "<noreply@example.com>" is an address (Immich's French
// "<nepasrepondre@exemple.org>", reported as a tag <noreply> lost and one added).
const TAG = /<(\/?)([A-Za-z][\w:-]{0,40})(?=[\s/>])[^<>]{0,500}?(\/?)>/g;
// react-i18next's <Trans> numbers its children: "or <2>create a new one</2>", "<0/>". Element
// Call's German "<1>erstellen Sie einen neuen</1>" for the English's "<2>…</2>" binds the text to
// another child: a tag lost and one added, not "1" for "2" (twice, for each tag of the pair).
const NUMBERED_TAG = /<(\/?)(\d{1,2})(\/?)>/g;
const BRACE = /\{\s*([A-Za-z_$][\w$.-]{0,60})\s*\}/g;
// Rails and Ruby i18n: %{count}.
const RUBY = /%\{([A-Za-z_][\w.-]{0,60})\}/g;
// WebExtension messages.json: "Restored $COUNT$ tabs" names a placeholder of the entry (its name is
// case-insensitive: compared in lower case).
const DOLLAR = /\$([A-Za-z][\w@]{0,60})\$/g;

// Laravel: "The :attribute must be at least :min characters." — a colon glued to a name, not after
// a letter, digit, colon or slash (no "10:30", "http://", "a:b"). A colon after it is punctuation:
// "Update :resource: :title" (Laravel replaces the ":resource" in it); an emoji code ":smile:" then
// reads as one, alike on both sides; a reST role ":term:`…`", ":py:func:" is none. Laravel fills ":attribute", ":Attribute" and ":ATTRIBUTE"
// with one value in three cases: the name is compared in lower case.
const COLON = /(?<![\p{L}\p{N}_:/\\.@]):([A-Za-z][A-Za-z_]{1,40})(?!\w|:[\w`])/gu;

// Laravel's trans_choice and Symfony's translator: forms separated by "|", each optionally opened
// by the counts it is for — "{0} Aucune pomme|{1} Une pomme|[2,*] :count pommes", "]1,Inf[ …".
// The interval is syntax (its "{0}" no ICU argument, its "2" no number of the text). Linear: at
// most one interval per form, each a bounded pattern anchored at the form's start.
const INTERVAL = /^\s*(?:\{\s*-?\d{1,9}(?:\s*,\s*-?\d{1,9}){0,20}\s*\}|[[\]]\s*(?:-?\d{1,9}|-Inf|\*)\s*,\s*(?:-?\d{1,9}|\+?Inf|\*)\s*[[\]])(?=\s*\S)/;

/** The forms of a choice message ("pomme|pommes"), as [start, end) ranges, or null when the value
 *  has no "|" between two forms of text ("||" is no separator). */
function choiceForms(value: string): [number, number][] | null {
  if (!value.includes('|') || value.includes('||')) return null;
  const forms: [number, number][] = [];
  let at = 0;
  for (let i = value.indexOf('|'); ; i = value.indexOf('|', at)) {
    const end = i < 0 ? value.length : i;
    if (value.slice(at, end).trim() === '') return null;
    forms.push([at, end]);
    if (i < 0) break;
    at = i + 1;
  }
  return forms.length >= 2 ? forms : null;
}

/** The interval prefixes of a choice message's forms ("{0}", "[2,*]"): syntax ranges. */
function choiceIntervals(value: string, forms = choiceForms(value)): [number, number][] {
  if (!forms) return [];
  const out: [number, number][] = [];
  for (const [s, e] of forms) {
    const m = INTERVAL.exec(value.slice(s, e));
    if (m) out.push([s, s + m[0].length]);
  }
  return out;
}

/** The value with its choice intervals written over in spaces (offsets kept). */
function withoutIntervals(value: string, intervals: readonly [number, number][]): string {
  // One pass (a value of 100,000 forms must not be copied once per form).
  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of intervals) {
    parts.push(value.slice(at, s), ' '.repeat(e - s));
    at = e;
  }
  parts.push(value.slice(at));
  return parts.join('');
}

/** A plural form's words: its literal text, "#" and arguments left out, spaces collapsed. */
function formWords(els: MessageFormatElement[]): string {
  const { TYPE } = icuLib();
  return els
    .map((x) => (x.type === TYPE.literal ? x.value : ' '))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function walk(els: MessageFormatElement[], out: Message, seen: Set<string>): void {
  const { TYPE } = icuLib();
  for (const el of els) {
    const loc = el.location;
    const start = loc?.start.offset ?? 0;
    const end = loc?.end.offset ?? 0;
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) {
      const id = `{${el.value}}`;
      // A name used in several branches of a plural is one placeholder: compare names, not counts.
      if (!seen.has(id)) {
        seen.add(id);
        out.placeholders.push({ id, kind: 'icu', start, end });
      }
    } else if (el.type === TYPE.plural || el.type === TYPE.select) {
      const id = `{${el.value}}`;
      if (!seen.has(id)) {
        seen.add(id);
        out.placeholders.push({ id, kind: 'icu', start, end });
      }
      if (el.type === TYPE.plural) {
        const categories = Object.keys(el.options).filter((k) => !k.startsWith('='));
        const empty = categories.filter((k) => el.options[k].value.every((x) => x.type === TYPE.literal && x.value.trim() === ''));
        const exact = Object.keys(el.options).filter((k) => /^=\d{1,9}$/.test(k)).map((k) => Number(k.slice(1)));
        const shown: Record<string, string> = {};
        for (const k of categories) shown[k] = formWords(el.options[k].value);
        out.plurals.push({ arg: el.value, ordinal: el.pluralType === 'ordinal', categories, exact, empty, shown, start, end });
      }
      for (const opt of Object.values(el.options)) walk(opt.value, out, seen);
    } else if (el.type === TYPE.tag) {
      walk(el.children, out, seen);
    }
  }
}

/** Ranges of the value that are ICU syntax, not text (`{count, plural, one {` … `}`): blanked
 *  for the text checks, so "plural" and "other" are not English words left in a French message. */
export function syntaxRanges(raw: string): [number, number][] {
  const list = raw.includes('\n') ? listNumbers(raw) : [];
  if (!raw.includes('{') && !raw.includes('%') && !raw.includes('<') && !raw.includes('$') && !raw.includes(':') && !raw.includes('|')) return list;
  const intervals = choiceIntervals(raw);
  const value = intervals.length > 0 ? withoutIntervals(raw, intervals) : raw;
  const literals: [number, number][] = [];
  // The count written out in the branch that selects it — "=1{1 item}", "one{1 item}" — is the
  // branch's `#`: a Vietnamese message has only "other{{count} mặt hàng}" (CLDR asks no more), and
  // the "1" was reported as dropped. Blanked like the syntax, in every language alike.
  const counts: [number, number][] = [];
  const icu = parseIcu(value);
  if (icu) {
    const { TYPE } = icuLib();
    const collect = (els: MessageFormatElement[], count: string | null) => {
      for (const el of els) {
        if (el.type === TYPE.literal && el.location) {
          const [s, e] = [el.location.start.offset, el.location.end.offset];
          literals.push([s, e]);
          if (count !== null) for (const m of value.slice(s, e).matchAll(NUMBER_TOKEN)) if (m[0] === count) counts.push([s + m.index, s + m.index + m[0].length]);
        } else if (el.type === TYPE.plural) for (const [key, o] of Object.entries(el.options)) collect(o.value, COUNT_OF[key] ?? (/^=\d{1,9}$/.test(key) ? key.slice(1) : null));
        else if (el.type === TYPE.select) for (const o of Object.values(el.options)) collect(o.value, null);
      }
    };
    collect(icu, null);
    literals.sort((a, b) => a[0] - b[0]);
  } else literals.push([0, value.length]);
  const out: [number, number][] = [];
  // A broken plural is still a plural: its skeleton ("count, plural," and the "one"/"other" before
  // each form) is syntax, not words — Mastodon's French "{count, plural, one {{counter} suivi},
  // other {{counter} suivis}}" (a comma between the forms) was read as English for "plural",
  // "one" and "other". The placeholder check reports the message broken.
  if (!icu && ICU_CHOICE.test(value)) for (const m of value.matchAll(ICU_SKELETON)) out.push([m.index, m.index + m[0].length]);
  let at = 0;
  for (const [s, e] of literals) {
    if (s > at) out.push([at, s]);
    at = Math.max(at, e);
  }
  if (at < value.length) out.push([at, value.length]);
  for (const c of counts) out.push(c);
  for (const r of intervals) out.push(r);
  for (const r of list) out.push(r);
  // Inside the literal text: printf, {{…}} and tags.
  for (const [s, e] of literals) {
    const part = value.slice(s, e);
    for (const re of [DOUBLE_BRACE, RUBY, PRINTF, TAG, NUMBERED_TAG, BRACE, DOLLAR, COLON]) {
      re.lastIndex = 0;
      for (const m of part.matchAll(re)) out.push([s + m.index, s + m.index + m[0].length]);
    }
  }
  return out;
}

// An ordered list item's number at a line start: "1. Go to …", "2) Select …".
const LIST_NUMBER = /(?:^|\n)[ \t]{0,3}(\d{1,3}[.)])(?=[ \t])/g;

/** The numbers of a Markdown ordered list in a message (two items or more): list syntax, not
 *  figures of the text. Home Assistant numbers every item "1." in English (Markdown counts them)
 *  and its French "1.", "2.", "3.": the same list, where "2" and "3" were changed numbers. */
function listNumbers(value: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of value.matchAll(LIST_NUMBER)) {
    const at = m.index + m[0].length - m[1].length;
    out.push([at, at + m[1].length]);
  }
  return out.length >= 2 ? out : [];
}

/** The count a plural category stands for when it is one number (ICU's `=N` keys aside). */
const COUNT_OF: Record<string, string> = { zero: '0', one: '1', two: '2' };
/** A whole number in text, not part of a longer one ("1" in "1 item", not in "1.5" or "21"). */
const NUMBER_TOKEN = /(?<![\p{N}.,])\p{N}+(?![\p{N}]|[.,]\p{N})/gu;

function parsesAsIcu(value: string): boolean {
  try {
    icuLib().parse(value, { ignoreTag: true, requiresOtherClause: true });
    return true;
  } catch {
    return false;
  }
}

function parseIcu(value: string): MessageFormatElement[] | null {
  if (!value.includes('{') || value.includes('%{') || surelyDoubleBraced(value)) return null;
  try {
    return icuLib().parse(value, { captureLocation: true, ignoreTag: true, requiresOtherClause: true });
  } catch {
    return null;
  }
}

/** The placeholders of a message. `expectIcu`: the source parsed as ICU, so a target that does
 *  not parse is a broken message rather than plain text with braces. */
export function readMessage(raw: string, expectIcu = false): Message {
  // (The intervals are written over in spaces: the forms of `value` are those of `raw`.)
  const forms = choiceForms(raw);
  const intervals = choiceIntervals(raw, forms);
  const value = intervals.length > 0 ? withoutIntervals(raw, intervals) : raw;
  const out = readPlaceholders(value, expectIcu);
  // A choice message says each placeholder once per form: "(et :count erreur)|(et :count erreurs)"
  // has the one ":count" of "(and :count more errors)". Each counts as often as in its fullest form.
  if (forms && out.placeholders.length > 1) {
    const most = new Map<string, number>();
    // Placeholders by position, walked once beside the forms (linear in both).
    const byStart = [...out.placeholders].sort((x, y) => x.start - y.start);
    let k = 0;
    for (const [s, e] of forms) {
      const here = new Map<string, number>();
      for (; k < byStart.length && byStart[k].start < e; k++) if (byStart[k].start >= s) here.set(byStart[k].id, (here.get(byStart[k].id) ?? 0) + 1);
      for (const [id, n] of here) most.set(id, Math.max(most.get(id) ?? 0, n));
    }
    const kept = new Map<string, number>();
    out.placeholders = out.placeholders.filter((p) => {
      const n = (kept.get(p.id) ?? 0) + 1;
      kept.set(p.id, n);
      return n <= (most.get(p.id) ?? n);
    });
  }
  return out;
}

function readPlaceholders(value: string, expectIcu: boolean): Message {
  const out: Message = { placeholders: [], plurals: [], icuError: null, icu: false };
  // Most UI strings hold no placeholder at all: no regular expression for them.
  if (!value.includes('{') && !value.includes('%') && !value.includes('<') && !value.includes('$') && !value.includes(':')) return out;
  if (value.includes(':')) for (const m of value.matchAll(COLON)) out.placeholders.push({ id: `:${m[1].toLowerCase()}`, kind: 'double-brace', start: m.index, end: m.index + m[0].length });
  if (value.includes('$')) for (const m of value.matchAll(DOLLAR)) out.placeholders.push({ id: `$${m[1].toLowerCase()}$`, kind: 'double-brace', start: m.index, end: m.index + m[0].length });
  let hasDouble = surelyDoubleBraced(value);
  const ruby = value.includes('%{');
  if (ruby) {
    for (const m of value.matchAll(RUBY)) out.placeholders.push({ id: `%{${m[1]}}`, kind: 'double-brace', start: m.index, end: m.index + m[0].length });
    if (!hasDouble && value.includes('{{')) hasDouble = !parsesAsIcu(value);
  } else if (value.includes('{') && !hasDouble) {
    try {
      const els = icuLib().parse(value, { captureLocation: true, ignoreTag: true, requiresOtherClause: true });
      out.icu = true;
      walk(els, out, new Set());
    } catch (err) {
      // An ICU plural or select with "{{" that does not parse: i18next's "{{count}}" after all —
      // unless the source is ICU: then it is a broken plural, as Mastodon's German "{{count,
      // plural, one {…} other {…}}" (a doubled brace) and French "one {{counter} suivi}, other
      // {…}" (a comma between the forms), which had been reported as a placeholder "missing".
      if (value.includes('{{') && !(expectIcu && ICU_CHOICE.test(value))) hasDouble = true;
      else {
        const e = err as { message?: string; location?: { start?: { offset?: number } } };
        if (expectIcu) out.icuError = { message: String(e.message ?? 'syntax error'), offset: e.location?.start?.offset ?? 0 };
        // Not ICU: single-brace names as plain placeholders.
        const seen = new Set<string>();
        for (const m of value.matchAll(BRACE)) {
          const id = `{${m[1]}}`;
          if (!seen.has(id)) out.placeholders.push({ id, kind: 'icu', start: m.index, end: m.index + m[0].length });
          seen.add(id);
        }
        // "{}": a positional argument (Flutter's easy_localization "{} items", Python's str.format,
        // Rust's format!): each one is a value, so each counts.
        for (let at = value.indexOf('{}'); at >= 0; at = value.indexOf('{}', at + 2)) out.placeholders.push({ id: '{}', kind: 'printf', start: at, end: at + 2 });
      }
    }
  }
  if (hasDouble) {
    for (const m of value.matchAll(DOUBLE_BRACE)) out.placeholders.push({ id: `{{${m[1]}}}`, kind: 'double-brace', start: m.index, end: m.index + m[0].length });
  }
  for (const m of value.matchAll(PRINTF)) {
    const positional = m[1] !== undefined || m[2] !== undefined;
    const id = m[2] !== undefined ? `%(${m[2]})${m[3]}` : m[1] !== undefined ? `%${m[1]}$${m[3]}` : `%${m[3]}`;
    out.placeholders.push({ id, kind: positional ? 'printf-positional' : 'printf', start: m.index, end: m.index + m[0].length });
  }
  for (const re of [TAG, NUMBERED_TAG]) for (const m of value.matchAll(re)) {
    // A pair is one placeholder: "<link>…</link>" dropped is one finding, not two.
    if (m[1] === '/') continue;
    const id = `<${m[1]}${m[2].toLowerCase()}${m[3]}>`;
    out.placeholders.push({ id, kind: 'tag', start: m.index, end: m.index + m[0].length });
  }
  // Inside inline code or a reST role "<…>" is no tag: ":term:`muables <mutable>`" is a term and
  // its target. Placeholders stay placeholders there: the application fills them before anything
  // renders the marks — Django's admindocs "the related `%(app_label)s.%(data_type)s` object".
  if (value.includes('`') && out.placeholders.some((p) => p.kind === 'tag')) {
    const code = inlineMarkupRanges(value);
    if (code.length > 0) out.placeholders = out.placeholders.filter((p) => p.kind !== 'tag' || !code.some(([s, e]) => p.start >= s && p.start < e));
  }
  return out;
}
