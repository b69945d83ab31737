// JSON catalogs, flat ({"cart.title": "Cart"}) or nested ({"cart": {"title": "Cart"}}), as
// i18next, react-intl and vue-i18n keep them: one file per language. Read by Microsoft's
// jsonc-parser (VS Code's), which gives every value its offset, so findings point at the line.
// The ESM build: its UMD main uses a dynamic require that a bundle cannot follow.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { InputError, type SourceFile } from '../types/index.js';
import type { RawUnit } from './document.js';
import { lineColumn } from './position.js';
import { decodeBackslashes } from './raw.js';

export function readJsonUnits(file: SourceFile): RawUnit[] {
  return readJson(file, false).units;
}

/** Flutter's ARB files (app_en.arb, intl_fr.arb: what `flutter gen-l10n` and the intl package
 *  read): a flat JSON object of ICU messages, beside which "@key" entries describe a message
 *  (description, placeholders, examples: metadata for translators, never shown) and "@@locale"
 *  names the file's language. Only the messages are units; the language is "@@locale"'s. */
export function readArbUnits(file: SourceFile): { units: RawUnit[]; locale: string | null } {
  return readJson(file, true);
}

function readJson(file: SourceFile, arb: boolean): { units: RawUnit[]; locale: string | null } {
  const errors: ParseError[] = [];
  // Comments are allowed: Shopify themes ship their locales/*.json with a /* … */ header.
  const root = parseTree(file.text, errors, { allowTrailingComma: false, disallowComments: false });
  if (errors.length > 0 || !root) {
    const e = errors[0];
    const at = lineColumn(file.text, e?.offset ?? 0);
    throw new InputError(file.path, `line ${at.line}, column ${at.column}: malformed JSON (${e ? printParseErrorCode(e.error) : 'empty'})`);
  }
  if (root.type !== 'object') throw new InputError(file.path, 'line 1: a JSON catalog must be an object of keys');
  const units: RawUnit[] = [];
  let locale: string | null = null;
  // WebExtension `_locales/<lang>/messages.json` and Docusaurus `i18n/<lang>/code.json`: every entry
  // is {"message": …, "description": …, "placeholders": …}; only the message is shown. The
  // description is a note for translators, kept in English in every language (each one was
  // "left untranslated"), and a placeholder's "content"/"example" are code and samples.
  const messages = !arb && isMessagesFile(root);
  const body = arb ? root : (translationsOf(root) ?? root);
  if (arb) {
    for (const prop of root.children ?? []) {
      const [k, v] = prop.children ?? [];
      if (k?.value === '@@locale' && v?.type === 'string' && typeof v.value === 'string') locale = v.value;
    }
  }
  const visit = (node: Node, path: string) => {
    if (node.type === 'object') {
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (!k || !v) continue;
        // ARB: "@key" and "@@locale" are metadata (see readArbUnits).
        if (arb && path === '' && String(k.value).startsWith('@')) continue;
        const child = path ? `${path}.${String(k.value)}` : String(k.value);
        if (messages && path === '') {
          const message = v.children?.find((p) => p.children?.[0]?.value === 'message')?.children?.[1];
          if (message) visit(message, child);
          continue;
        }
        visit(v, child);
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((v, i) => visit(v, `${path}[${i}]`));
    } else if (node.type === 'string') {
      // The node spans the quotes; the unit is what lies between them.
      const start = node.offset + 1;
      const end = node.offset + node.length - 1;
      units.push({ key: path, start, end, decoded: decodeBackslashes(file.text.slice(start, end)) });
    }
  };
  visit(body, '');
  return { units, locale };
}

/**
 * The keys of a catalog written as its own source: Laravel's `lang/fr.json` maps each English
 * string to its translation ({"Forgot Your Password?": "Mot de passe oublié ?"}), and so do
 * i18next projects with natural-language keys and gettext's JSON exports. Such a file is bilingual,
 * a PO file in JSON: the keys are the source units (their own positions in the file), the values the
 * target's. Null unless the file is one flat object of strings whose keys read as text: at least
 * half of them hold a space ("cart.title", "login_button" are identifiers, not text).
 */
export function readKeyUnits(file: SourceFile): RawUnit[] | null {
  const errors: ParseError[] = [];
  const root = parseTree(file.text, errors, { allowTrailingComma: false, disallowComments: false });
  if (errors.length > 0 || !root || root.type !== 'object') return null;
  const nextcloud = translationsOf(root);
  const units: RawUnit[] = [];
  let spaced = 0;
  for (const prop of (nextcloud ?? root).children ?? []) {
    const [k, v] = prop.children ?? [];
    const forms = v?.type === 'array' && nextcloud ? (v.children ?? []) : null;
    if (!k || !v || (v.type !== 'string' && !forms?.every((f) => f.type === 'string'))) return null;
    const start = k.offset + 1;
    const end = k.offset + k.length - 1;
    const decoded = decodeBackslashes(file.text.slice(start, end));
    if (/\s/.test(decoded.value.trim())) spaced++;
    if (forms) {
      // Nextcloud's plurals: the key "_%n file_::_%n files_" holds both English forms, the value
      // one form per plural category of the language. The first translates the singular; the
      // others — and the only one of a language with a single form (Vietnamese) — the plural.
      const raw = file.text.slice(start, end);
      const both = /^_(.*)_::_(.*)_$/s.exec(raw);
      const at = both ? raw.indexOf('_::_') : -1;
      forms.forEach((_, i) => {
        const key = `${String(k.value)}[${i}]`;
        const [s, e] = !both ? [start, end] : i === 0 && forms.length > 1 ? [start + 1, start + at] : [start + at + 4, end - 1];
        units.push({ key, start: s, end: e, decoded: both ? decodeBackslashes(file.text.slice(s, e)) : decoded });
      });
    } else units.push({ key: String(k.value), start, end, decoded });
  }
  return units.length > 0 && spaced * 2 >= units.length ? units : null;
}

/**
 * Nextcloud's `l10n/fr.json` (every Nextcloud app ships one per language): the messages keyed by
 * their English text under "translations", beside "pluralForm", the gettext plural rule
 * ("nplurals=2; plural=(n > 1);") — a formula, not text to check. The messages object, or null.
 */
function translationsOf(root: Node): Node | null {
  let messages: Node | null = null;
  for (const prop of root.children ?? []) {
    const [k, v] = prop.children ?? [];
    if (k?.value === 'translations' && v?.type === 'object') messages = v;
    else if (k?.value !== 'pluralForm' || v?.type !== 'string') return null;
  }
  return messages;
}

const MESSAGE_FIELDS = new Set(['message', 'description', 'placeholders']);

/** Is every entry of the file an object holding a string "message" and nothing but "description"
 *  and "placeholders" beside it (the WebExtension and Docusaurus shape)? */
function isMessagesFile(root: Node): boolean {
  const entries = root.children ?? [];
  if (entries.length === 0) return false;
  return entries.every((prop) => {
    const v = prop.children?.[1];
    if (!v || v.type !== 'object') return false;
    let message = false;
    for (const field of v.children ?? []) {
      const [k, x] = field.children ?? [];
      if (!k || !MESSAGE_FIELDS.has(String(k.value))) return false;
      if (k.value === 'message') message = x?.type === 'string';
    }
    return message;
  });
}
