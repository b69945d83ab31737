// A term base: per source term, its required translation in each target language, or the term
// itself when it must stay untranslated. CSV (a header of language codes: "en,fr,vi"; read by
// csv-parse, the CSV parser of the Node CSV project) or TBX (ISO 30042: <termEntry> with one
// <langSet xml:lang> per language; read by saxes). A target cell equal to the source term is a
// do-not-translate term; an empty cell says nothing for that language; "a|b" gives alternatives.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { lib as csv } from '../vendor/csv.js';
import { lib as saxes } from '../vendor/saxes.js';
import type { TermEntry } from '../types/index.js';

export type { TermEntry };

const LANG = /^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/;
const base = (l: string) => l.slice(0, l.search(/[-_]|$/)).toLowerCase();

function fromCsv(text: string, path: string): TermEntry[] | string {
  let rows: string[][];
  try {
    rows = csv().parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (e) {
    const err = e as { lines?: number; message?: string };
    return `${path}: line ${err.lines ?? '?'}: malformed CSV (${String(err.message ?? e).split('\n')[0]})`;
  }
  const head = rows[0] ?? [];
  if (head.length < 2 || !LANG.test(head[0]) || !head.slice(1).some((h) => LANG.test(h))) {
    return `${path}: line 1: the header must name the languages, source first ("en,fr,vi")`;
  }
  const langs = head.map((h) => (LANG.test(h) ? base(h) : ''));
  const out: TermEntry[] = [];
  for (const row of rows.slice(1)) {
    const term = row[0];
    if (!term) continue;
    const targets: Record<string, string[]> = {};
    for (let i = 1; i < row.length; i++) {
      if (!langs[i] || !row[i]) continue;
      targets[langs[i]] = row[i].split('|').map((s) => s.trim()).filter(Boolean);
    }
    out.push({ lang: langs[0], term, targets });
  }
  return out;
}

function fromTbx(text: string, path: string, sourceLang: string): TermEntry[] | string {
  const parser = new (saxes().SaxesParser)({ position: true });
  const entries: Record<string, string[]>[] = [];
  let entry: Record<string, string[]> | null = null;
  let lang = '';
  let inTerm = false;
  let term = '';
  let error: string | null = null;
  parser.on('error', (e) => {
    if (error === null) error = e.message;
    throw e;
  });
  parser.on('opentag', (n) => {
    const name = n.name.replace(/^.*:/, '');
    if (name === 'termEntry' || name === 'conceptEntry') entry = {};
    else if (name === 'langSet' || name === 'langSec') lang = base(String(n.attributes['xml:lang'] ?? ''));
    else if (name === 'term') {
      inTerm = true;
      term = '';
    }
  });
  parser.on('text', (t) => {
    if (inTerm) term += t;
  });
  parser.on('closetag', (n) => {
    const name = n.name.replace(/^.*:/, '');
    if (name === 'term' && entry && lang) {
      (entry[lang] ??= []).push(term.trim());
      inTerm = false;
    } else if ((name === 'termEntry' || name === 'conceptEntry') && entry) {
      entries.push(entry);
      entry = null;
    }
  });
  try {
    parser.write(text).close();
  } catch {
    // reported below
  }
  if (error !== null) return `${path}: malformed TBX (${error})`;
  const out: TermEntry[] = [];
  for (const e of entries) {
    for (const term of e[sourceLang] ?? []) {
      const targets: Record<string, string[]> = {};
      for (const [l, terms] of Object.entries(e)) if (l !== sourceLang) targets[l] = terms;
      out.push({ lang: sourceLang, term, targets });
    }
  }
  return out;
}

/** The term base at `path`, or a one-line error naming the file. */
export function loadTermbase(path: string, sourceLang = 'en'): TermEntry[] | string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return `${path}: cannot read the term base`;
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return fromCsv(text, path);
  if (ext === '.tbx' || ext === '.xml') return fromTbx(text, path, sourceLang);
  return `${path}: a term base is a .csv or .tbx file`;
}
