// Catalogs: the placeholders of a translation must be those of its source — ICU arguments
// ({count}, {name}), i18next {{name}}, printf (%s, %1$d, %(name)s), tags (<link>…</link>) and
// XLIFF inline codes — by identity and count; order is free except for non-positional printf
// ("%s … %d" → "%d … %s" swaps the arguments). A plural must give the categories the target
// language needs (CLDR rules through Intl.PluralRules), and a broken ICU message, which makes
// react-intl or vue-i18n show the raw key, is critical.
import { allCategories, coveredByExact, requiredCategories } from '../catalog/plural.js';
import { ICU_CHOICE, readMessage, type Placeholder } from '../catalog/placeholders.js';
import { linkReferences } from '../catalog/inline-markup.js';
import { linkKey, sameLink } from './shared/links.js';
import type { CatalogUnit, Check, Document, FindingDraft, Range } from '../types/index.js';

const ID = 'placeholder';

function unitsBySentence(doc: Document): CatalogUnit[] {
  const out: CatalogUnit[] = [];
  for (const u of doc.units ?? []) if (u.sentence >= 0) out[u.sentence] = u;
  return out;
}

/** The placeholder's raw text in the file, when it stands there as written; else the whole unit. */
function locate(doc: Document, unit: CatalogUnit, value: string, p: Placeholder): Range {
  const written = value.slice(p.start, p.end);
  const at = doc.file.text.indexOf(written, unit.start);
  return at >= 0 && at + written.length <= unit.end ? { start: at, end: at + written.length } : { start: unit.start, end: unit.end };
}

function count(ids: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const id of ids) m.set(id, (m.get(id) ?? 0) + 1);
  return m;
}

/** HTML elements of typography a translation may add ("<sup>e</sup>", a no-break "<nobr>"). */
const TYPOGRAPHY = /^<\/?(?:sup|sub|b|i|em|strong|small|br|wbr|abbr|span|u|s|mark|q|nobr)\/?>$/;

export const placeholder: Check = {
  id: ID,
  description: 'Catalogs: placeholders (ICU, {{name}}, printf, tags, XLIFF inline codes) and plural categories of the source kept in the translation.',
  category: 'Design and markup/Markup',
  severity: 'major',
  run(ctx) {
    const { source, target, beads } = ctx.alignment;
    if (!source.units || !target.units) return [];
    const srcUnits = unitsBySentence(source);
    const tgtUnits = unitsBySentence(target);
    const out: FindingDraft[] = [];
    // ICU quotes what follows an apostrophe: "'{filter}'" is the text "{filter}", not the
    // argument. A catalog whose messages never use ICU's plural or select is read by a simpler
    // interpolation (Nextcloud's, vue-i18n's, Flutter's without escaping): there the French
    // "Chercher '{filter}' maintenant" keeps its placeholder inside quotes of its own.
    let icuCatalog: boolean | undefined;
    const quotedIsKept = (value: string, id: string) => {
      if (!value.includes(`'${id}'`)) return false;
      icuCatalog ??= source.units?.some((u) => ICU_CHOICE.test(u.value)) ?? false;
      return !icuCatalog;
    };
    for (const b of beads) {
      if (b.source.length !== 1 || b.target.length !== 1) continue;
      const su = srcUnits[b.source[0]];
      const tu = tgtUnits[b.target[0]];
      if (!su || !tu) continue;
      const whole = { start: tu.start, end: tu.end };
      const srcWhole = { start: su.start, end: su.end };
      const s = readMessage(su.value);
      const t = readMessage(tu.value, s.icu);
      // XLIFF inline codes are compared by id below, not again as tags.
      if (su.codes || tu.codes) {
        s.placeholders = s.placeholders.filter((p) => p.kind !== 'tag');
        t.placeholders = t.placeholders.filter((p) => p.kind !== 'tag');
      }
      if (t.icuError) {
        out.push({ check: ID, severity: 'critical', message: `Broken ICU message (${t.icuError.message.toLowerCase().replace(/_/g, ' ')} at character ${t.icuError.offset + 1}): the app shows the raw text or fails`, target: whole, source: srcWhole, actual: tu.value });
        continue;
      }
      // reST hyperlink references: a link of the source lost, or kept without the "_" that makes
      // it a link — Sphinx then shows "`Discover Godot 3, … <https://youtu.be/…>`" as text.
      const links = linkReferences(su.value).filter((l) => l.closed);
      if (links.length > 0) {
        const kept = linkReferences(tu.value);
        for (const l of links) {
          // The same page in the reader's language is the same link: "en.wikipedia.org/wiki/
          // Fibonacci_number" → "fr.wikipedia.org/wiki/Suite_de_Fibonacci" (shared/links.ts).
          const langs = [source.lang, target.lang];
          const want = linkKey(l.target, langs);
          let k = kept.findIndex((x) => x.target === l.target);
          if (k < 0) k = kept.findIndex((x) => sameLink(want, linkKey(x.target, langs)));
          if (k >= 0 && kept[k].closed) {
            kept.splice(k, 1);
            continue;
          }
          if (k >= 0) kept.splice(k, 1);
          const message = k >= 0 ? `The link to ${l.target} lost its closing “_”: shown as plain text, not a link` : `The link to ${l.target} of the source is missing from the translation`;
          out.push({ check: ID, message, target: whole, source: srcWhole, expected: l.target });
        }
      }
      // Non-positional printf arguments are matched by position: compare them as a sequence.
      const seq = (m: typeof s) => m.placeholders.filter((p) => p.kind === 'printf').map((p) => p.id);
      const ss = seq(s);
      const ts = seq(t);
      // A named placeholder is one value however often it is said: Laravel's French "La valeur du
      // champ :attribute … Veuillez choisir une valeur différente." for "The given :attribute … a
      // different :attribute." loses nothing. Only unnamed ones (%s, {}) and tags count.
      const named = (p: Placeholder) => p.kind === 'icu' || p.kind === 'double-brace' || p.kind === 'printf-positional';
      const ids = (m: typeof s) => {
        const seen = new Set<string>();
        const out: string[] = [];
        for (const p of m.placeholders) {
          if (named(p) && seen.has(p.id)) continue;
          seen.add(p.id);
          out.push(p.id);
        }
        return out;
      };
      const sc = count(ids(s));
      const tc = count(ids(t));
      for (const [id, n] of sc) {
        const m = tc.get(id) ?? 0;
        if (m < n && !(m === 0 && quotedIsKept(tu.value, id))) {
          const p = s.placeholders.find((x) => x.id === id) as Placeholder;
          out.push({ check: ID, message: `Placeholder ${id} of the source is missing from the translation${n > 1 ? ` (${n} in the source, ${m} here)` : ''}`, target: whole, source: locate(source, su, su.value, p), expected: id });
        }
      }
      for (const [id, n] of tc) {
        const m = sc.get(id) ?? 0;
        if (n > m) {
          const p = t.placeholders.find((x) => x.id === id) as Placeholder;
          // Typography the translation adds is its own markup, not a value the app must supply:
          // Django's French ordinals "1<sup>er</sup>" for "st". Losing the source's tags still counts.
          if (p.kind === 'tag' && TYPOGRAPHY.test(id)) continue;
          out.push({ check: ID, message: `Placeholder ${id} is not in the source${m > 0 ? ` (${m} in the source, ${n} here)` : ': the app has no value for it'}`, target: locate(target, tu, tu.value, p), source: srcWhole, actual: id });
        }
      }
      if (ss.length === ts.length && ss.length > 1 && ss.join() !== ts.join() && [...ss].sort().join() === [...ts].sort().join()) {
        out.push({ check: ID, message: `printf arguments reordered (${ss.join(' ')} → ${ts.join(' ')}): without positions (%1$s) they swap values`, target: whole, source: srcWhole });
      }
      // XLIFF inline codes, by element and id.
      const codes = count(su.codes ?? []);
      const tcodes = count(tu.codes ?? []);
      for (const [c, n] of codes) if ((tcodes.get(c) ?? 0) < n) out.push({ check: ID, message: `Inline code <${c.replace('#', ' id="')}"> of the source is missing from the translation`, target: whole, source: srcWhole, expected: c });
      for (const [c, n] of tcodes) if ((codes.get(c) ?? 0) < n) out.push({ check: ID, message: `Inline code <${c.replace('#', ' id="')}"> is not in the source`, target: whole, source: srcWhole, actual: c });
      // Plural categories the target language needs.
      for (const pl of t.plurals) {
        const need = requiredCategories(target.lang, pl.ordinal);
        const all = allCategories(target.lang, pl.ordinal);
        const missing = [...need].filter((c) => !pl.categories.includes(c) && !coveredByExact(target.lang, c, pl.exact, pl.ordinal));
        // A source that gives only "other" says its words do not change with the count: Immich's
        // "{count, plural, other {# archived}}" is German "{count, plural, other {# archiviert}}",
        // right for 1 too (six such findings, none a defect; a French "# retardés" for 1 would be).
        const sourceOtherOnly = s.plurals.some((x) => x.arg === pl.arg && x.exact.length === 0 && x.categories.every((c) => c === 'other'));
        if (missing.length > 0 && !sourceOtherOnly) {
          out.push({ check: ID, message: `Plural {${pl.arg}} lacks the ${missing.join(', ')} form${missing.length > 1 ? 's' : ''} ${target.lang} needs (it has ${pl.categories.join(', ')})`, target: whole, source: srcWhole, expected: [...need].join(' ') });
        }
        // "{count, plural, other {}}" for "{count, plural, one {# vote} other {# votes}}"
        // (Mastodon's Vietnamese catalog): the count and its noun vanish from the screen.
        const sourceEmpty = new Set(s.plurals.filter((x) => x.arg === pl.arg).flatMap((x) => x.empty));
        const empty = pl.empty.filter((c) => !sourceEmpty.has(c));
        if (empty.length > 0) {
          out.push({ check: ID, message: `Plural {${pl.arg}} has an empty ${empty.join(', ')} form: the app shows nothing there`, target: whole, source: srcWhole, actual: tu.value });
        }
        // A form the language never uses, worded as its "other": dead but harmless — Immich's
        // Vietnamese "{count, plural, one {# mục} other {# mục}}" mirrors the English categories
        // (48 of 50 such findings); one worded otherwise loses that wording.
        const unused = pl.categories.filter((c) => !all.has(c) && pl.shown[c] !== pl.shown.other);
        if (unused.length > 0) {
          out.push({ check: ID, severity: 'minor', message: `Plural {${pl.arg}} has ${unused.join(', ')}, a form ${target.lang} never uses`, target: whole, source: srcWhole, actual: unused.join(' ') });
        }
      }
    }
    return out;
  },
};
