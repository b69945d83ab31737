// gettext PO files: source (msgid) and target (msgstr) in one file. gettext-parser (the parser
// of the gettext tooling on npm, MIT) validates the file and gives the header's Language; it keeps
// no positions, so the entries' strings are then located line by line in the file — keyword lines
// (msgctxt, msgid, msgid_plural, msgstr[n]) and their quoted continuation lines, nothing more.
import { resolve } from 'node:path';
import { lib as gettext } from '../vendor/gettext.js';
import { InputError, type Lang, type SourceFile } from '../types/index.js';
import type { RawUnit } from './document.js';
import { decodeBackslashes, rawAt, type Decoded } from './raw.js';

export interface Bilingual {
  sourceLang: Lang | null;
  targetLang: Lang | null;
  /** The target's language tag as the file declares it, region included ("fr-CA", "fr_CA"). */
  targetLocale?: string;
  source: RawUnit[];
  target: RawUnit[];
}

interface Field {
  name: string;
  start: number;
  end: number;
  decoded: Decoded;
}

/** A quoted piece on a line: its raw content range, or null when the line holds none. */
function piece(text: string, from: number, to: number): [number, number] | null {
  const open = text.indexOf('"', from);
  if (open < 0 || open >= to) return null;
  let close = -1;
  for (let i = to - 1; i > open; i--) {
    if (text[i] === '"') {
      close = i;
      break;
    }
  }
  return close < 0 ? null : [open + 1, close];
}

/** The pieces of one field joined: the decoded value, and the raw offset of each of its units. */
function join(text: string, all: [number, number][]): Pick<Field, 'start' | 'end' | 'decoded'> {
  // `msgstr ""` then the text on the next lines: the unit starts where its text does.
  let first = 0;
  while (first < all.length - 1 && all[first][0] === all[first][1]) first++;
  const pieces = all.slice(first);
  if (pieces.length === 1) {
    const [s, e] = pieces[0];
    return { start: s, end: e, decoded: decodeBackslashes(text.slice(s, e)) };
  }
  const start = pieces[0][0];
  let value = '';
  const map: number[] = [];
  for (const [s, e] of pieces) {
    const d = decodeBackslashes(text.slice(s, e));
    value += d.value;
    for (let k = 0; k < d.value.length; k++) map.push(s - start + rawAt(d, k));
  }
  const end = pieces[pieces.length - 1][1];
  map.push(end - start);
  return { start, end, decoded: { value, map } };
}

const KEYWORD = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d{1,2})\])?)\s/;

/** Where the next chunk may start, at or after `from`: the start of a line after a blank line
 *  that opens a new entry — a comment, msgctxt, or msgid after a msgstr. A blank line between two
 *  keywords of one entry (`msgctxt "x"`, blank, `msgid "y"`) is legal PO and is never cut. */
function entryBoundary(text: string, from: number): number {
  const blank = /\n[ \t]*\r?\n/g;
  blank.lastIndex = from;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    const next = m.index + m[0].length;
    const head = text.slice(next, next + 8);
    if (head.startsWith('#') || head.startsWith('msgctxt')) return next;
    if (head.startsWith('msgid ') || head.startsWith('msgid\t')) {
      // the keyword line before the blank: continuation lines start with a quote
      let end = m.index;
      for (;;) {
        const start = text.lastIndexOf('\n', end - 1) + 1;
        const line = text.slice(start, end).trimStart();
        if (!line.startsWith('"')) {
          if (line.startsWith('msgstr')) return next;
          break;
        }
        if (start === 0) break;
        end = start - 1;
      }
    }
  }
  return text.length;
}

// gettext-parser's lexer grows superlinearly with its input: a 26 MB, 100,000-entry file took
// 3.4 s and 900 MB; the same file in ~20 KB chunks 1.25 s and 160 MB. Each chunk after the first
// is parsed with the header entry in front, so that plural counts are validated as in one piece.
const CHUNK = 20_000;

/** Files whose validation a worker thread does (cli/offload.ts): read here for their header only,
 *  the worker's verdict taken before any report is written. */
const delegated = new Set<string>();
export const delegatePoValidation = (path: string): void => void delegated.add(resolve(path));

/** Validates the whole file (throws the InputError a malformed one gets). */
export const validatePo = (file: SourceFile): void => void validate(file, true);

/** The header of a PO file, and unless `whole` is false, the file validated by gettext-parser
 *  chunk by chunk (without it, only the first chunk, which holds the header). */
function validate(file: SourceFile, whole: boolean): Record<string, string> {
  const text = file.text;
  let headers: Record<string, string> = {};
  let prefix = '';
  let prefixLines = 0;
  let at = 0;
  let line = 1;
  while (at < text.length) {
    const end = entryBoundary(text, Math.min(text.length, at + CHUNK));
    const chunk = text.slice(at, end);
    try {
      const data = gettext().po.parse(Buffer.from(at === 0 ? chunk : prefix + chunk, 'utf8'), { defaultCharset: 'utf-8', validation: true });
      if (at === 0) {
        headers = data.headers;
        // The header entry (msgid ""), which a well-formed file opens with, goes in front of every later chunk.
        let header = /^(?:[ \t]*#.*\r?\n)*[ \t]*msgid[ \t]+""/.exec(chunk) && Object.keys(headers).length > 0 ? chunk.slice(0, entryBoundary(chunk, 0)) : '';
        // Only the header entry: an entry glued to it (no blank line) would be declared twice.
        if ((header.match(/^[ \t]*msgid[ \t]/gm) ?? []).length !== 1) header = '';
        prefix = header ? `${header.replace(/\s*$/, '')}\n\n` : '';
        prefixLines = prefix.split('\n').length - 1;
      }
    } catch (err) {
      const msg = (err instanceof Error ? err.message : String(err)).replace(/^Error parsing PO data: /, '').split('\n')[0];
      // gettext-parser counts the line end it stops at: "End-of-line within string at line 3" is
      // the string opened on line 2. Lines of the chunk are lines of the file from `line` on.
      const inChunk = Number(/at line (\d+)/.exec(msg)?.[1] ?? 0);
      const atLine = inChunk > 0 ? (/^End-of-line/.test(msg) ? inChunk - 1 : inChunk) - (at === 0 ? 0 : prefixLines) + line - 1 : 0;
      throw new InputError(file.path, `${atLine > 0 ? `line ${atLine}: ` : ''}malformed PO file (${msg.replace(/ at line \d+/, '')})`);
    }
    if (!whole) break;
    for (let k = text.indexOf('\n', at); k >= 0 && k < end; k = text.indexOf('\n', k + 1)) line++;
    at = end;
  }
  return headers;
}

export function readPo(file: SourceFile): Bilingual {
  const headers = validate(file, !delegated.has(resolve(file.path)));
  const language = (headers.Language ?? headers.language ?? '').trim();
  const targetLang = /^([a-z]{2,3})(?:[-_@].*)?$/i.exec(language)?.[1].toLowerCase() ?? null;

  const source: RawUnit[] = [];
  const target: RawUnit[] = [];
  let fields: Field[] = [];
  const declarations = new Set<string>();
  let duplicate: { at: number; id: string; ctx: string } | undefined;
  let fuzzy = false;
  let pendingFuzzy = false;
  const flush = () => {
    const get = (n: string) => fields.find((f) => f.name === n);
    const id = get('msgid');
    if (id && id.decoded.value !== '') {
      const ctx = get('msgctxt');
      const key = ctx ? `${ctx.decoded.value}|${id.decoded.value}` : id.decoded.value;
      // gettext's own separator (EOT) cannot occur in either: "a|b" and msgctxt "a" msgid "b" differ.
      const declared = `${ctx ? ctx.decoded.value : ''}\u0004${id.decoded.value}`;
      if (declarations.has(declared)) duplicate ??= { at: id.start, id: id.decoded.value, ctx: ctx ? ctx.decoded.value : '' };
      declarations.add(declared);
      const plural = get('msgid_plural');
      source.push({ key, start: id.start, end: id.end, decoded: id.decoded });
      if (plural) source.push({ key: `${key}[1]`, start: plural.start, end: plural.end, decoded: plural.decoded });
      for (const f of fields) {
        if (!f.name.startsWith('msgstr')) continue;
        const n = Number(/\[(\d+)\]/.exec(f.name)?.[1] ?? 0);
        // msgstr[0] translates msgid; msgstr[1], [2]… the plural (Polish has three forms).
        const k = n === 0 ? key : n === 1 ? `${key}[1]` : `${key}[${n}]`;
        target.push({ key: k, start: f.start, end: f.end, decoded: f.decoded, ...(fuzzy ? { skipped: 'fuzzy' } : {}) });
      }
    }
    fields = [];
  };
  let current: { name: string; pieces: [number, number][] } | null = null;
  const close = () => {
    if (current && current.pieces.length > 0) fields.push({ name: current.name, ...join(file.text, current.pieces) });
    current = null;
  };
  let at = 0;
  while (at <= file.text.length) {
    let nl = file.text.indexOf('\n', at);
    if (nl < 0) nl = file.text.length;
    const lineEnd = nl > at && file.text[nl - 1] === '\r' ? nl - 1 : nl;
    let s = at;
    while (s < lineEnd && (file.text[s] === ' ' || file.text[s] === '\t')) s++;
    const line = file.text.slice(s, Math.min(lineEnd, s + 20));
    if (line.startsWith('#')) {
      close();
      if (fields.some((f) => f.name.startsWith('msgstr'))) flush();
      if (line.startsWith('#,') && /\bfuzzy\b/.test(file.text.slice(s, lineEnd))) pendingFuzzy = true;
    } else if (line.startsWith('"')) {
      const p = piece(file.text, s, lineEnd);
      if (current && p) current.pieces.push(p);
    } else {
      const m = KEYWORD.exec(file.text.slice(s, lineEnd) + ' ');
      if (m) {
        close();
        if ((m[1] === 'msgctxt' || m[1] === 'msgid') && fields.some((f) => f.name.startsWith('msgstr'))) flush();
        if (m[1] === 'msgctxt' || (m[1] === 'msgid' && fields.length === 0)) {
          fuzzy = pendingFuzzy;
          pendingFuzzy = false;
        }
        current = { name: m[1], pieces: [] };
        const p = piece(file.text, s + m[1].length, lineEnd);
        if (p) current.pieces.push(p);
      } else if (lineEnd === s) {
        close();
      }
    }
    at = nl + 1;
  }
  close();
  flush();
  // A msgid declared twice in two chunks: what gettext-parser says of one declared twice in one.
  if (duplicate) {
    let line = 1;
    for (let k = file.text.indexOf('\n'); k >= 0 && k < duplicate.at; k = file.text.indexOf('\n', k + 1)) line++;
    throw new InputError(file.path, `line ${line}: malformed PO file (Duplicate msgid error: entry "${duplicate.id}" in "${duplicate.ctx}" context has already been declared.)`);
  }
  return { sourceLang: null, targetLang, ...(language ? { targetLocale: language } : {}), source, target };
}
