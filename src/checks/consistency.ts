// Catalogs: one source string translated two ways ("Cart" → "Panier" in the menu, "Caddie" in
// the footer), and two source strings translated the same way ("Contact us" and "Contact support"
// both "Nous contacter": the translation lost what tells them apart). Across the whole catalog, as
// Xbench and CheckMate do. Strings are compared trimmed, white space collapsed, case kept.
import { pluralSiblings } from '../catalog/plural.js';
import { isFunctionWord } from '../lang/words.js';
import type { CatalogUnit, Check, FindingDraft, Lang } from '../types/index.js';

const ID = 'consistency';
// Most values have no white space to fold: testing first spares a copy of every value (the
// replace was ~300 MB of garbage on a 100,000-entry PO file).
const FOLD = /\s\s|[\t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const norm = (s: string) => {
  const t = s.trim();
  return FOLD.test(t) ? t.replace(/\s+/g, ' ') : t;
};
/** Plural forms of one message ("filters_selected.one", ".other"; a PO entry's "%(value).1f
 *  million" and its form [1] "millions") may share a source ("{{ count }} selected") or a
 *  translation (Vietnamese has one form) without being inconsistent. */
const siblings = pluralSiblings;
const words = (s: string) => s.toLowerCase().match(/\p{L}+/gu) ?? [];
/** The last segment of a key: "labels.strokeStyle_solid" → "strokeStyle_solid". */
const leaf = (key: string) => key.slice(key.lastIndexOf('.') + 1);

/** One word translated two ways may be two senses: Excalidraw's fill style "Solid" is "Solide"
 *  and its stroke style "Solid" (labels.strokeStyle_solid) "Continu", both right. The same word
 *  under the same leaf key (nav.cart, footer.cart) is one concept, and two translations of it are
 *  an inconsistency; sentences are one sense wherever they stand. */
const oneSense = (text: string, a: string, b: string) => words(text).length > 1 || leaf(a) === leaf(b);

/** Two word stems alike: "selected"/"selection", "crop"/"cropping" (a shared prefix that leaves
 *  at most two letters of the shorter word). */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  // An English plural: "API Keys" / "API Key" (German "API-Schlüssel", Vietnamese "Khóa API" for both).
  if (a === `${b}s` || b === `${a}s` || a === `${b}es` || b === `${a}es`) return true;
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k >= 4 && k >= Math.min(a.length, b.length) - 2;
}

/** Two translations of a label of one or two words that are the same words inflected: a UI label
 *  names a search field in one place ("Suche", "Recherche") and a button in another ("Suchen",
 *  "Rechercher"), a group ("Gruppe") and the toggle that groups ("Gruppieren"), agrees with
 *  its noun ("Toutes" les notifications, "Tout" le fil) — Mastodon's German and French catalogs
 *  gave 17 such findings under "Search", "Reply", "Group" and "All", none wrong. Another word
 *  ("Panier" / "Caddie") is still another term. */
function inflected(source: string, a: string, b: string): boolean {
  if (words(source).length > 2) return false;
  const wa = words(a);
  const wb = words(b);
  return wa.length === wb.length && wa.length > 0 && wa.every((w, i) => sameStem(w, wb[i]));
}

/** Whether two different sources may share one translation without either being wrong. A
 *  language has fewer words than UI labels: French "Annuler" is Cancel and Undo, "Supprimer"
 *  Remove and Delete — so two one-word sources are never reported. Nor are two sources of the
 *  same words reworded ("Crop image" / "Image cropping", "Selected" / "Selection"); "Copy to
 *  clipboard" and "Copy source to clipboard" differ by a word, and one translation for both
 *  drops it. */
function synonyms(a: string, b: string, lang: Lang): boolean {
  if (words(a).length <= 1 && words(b).length <= 1) return true;
  // The same letters spaced or hyphenated otherwise: Mastodon's "Delete & re-draft" / "Delete &
  // redraft", "Logout" / "Log out" are one message, rightly translated alike.
  if (lettersOf(a) === lettersOf(b)) return true;
  // Function words say nothing of the sense: "All dates" / "Any date", "Thank you for your
  // comment" / "Thanks for commenting" (Django's French catalog) are one message reworded.
  const content = (s: string) =>
    words(s)
      .map((w) => (lang === 'en' ? (UI_SYNONYMS[w] ?? w) : w))
      .filter((w) => w.length >= 3 && !isFunctionWord(lang, w));
  const wa = content(a);
  const wb = content(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const share = (x: string[], y: string[]) => x.filter((w) => y.some((v) => sameStem(w, v))).length / x.length;
  // Two short labels with no word in common are one concept named two ways far more often than
  // two concepts confused: Jellyfin's "Special Features" / "Extras", "Track Name" / "Title",
  // "Connect" / "Sign In", Element's "Log In" / "Sign in", jitsi's "Retry" / "Try again" (6 of the
  // 11 false findings in Jellyfin's and Element's French and German). Labels that share a word
  // and differ in another are still reported: that word is often the whole difference — jitsi's
  // Vietnamese "Kick this participant?" given the translation of "Mute this participant?",
  // Laravel's German "Kopieren" for "Paste from clipboard".
  if (Math.max(wa.length, wb.length) <= 3 && share(wa, wb) === 0) return true;
  // Long help texts reworded keep most of their words; short labels must keep all of them.
  const need = Math.min(wa.length, wb.length) >= 5 ? 0.8 : 1;
  return share(wa, wb) >= need && share(wb, wa) >= need;
}

/** Words English interfaces use for one action, as one: Immich's "Unable to get …" / "Can't get
 *  …", "Show all people" / "See all people", "Buy Immich" / "Purchase Immich", "Remove key" /
 *  "Delete key" — one translation each, rightly (10 of its 47 consistency findings). "" drops the
 *  word: "unable" and "can't" say the same. Other words stay other: "Kick" / "Mute". */
const UI_SYNONYMS: Record<string, string> = {
  unable: '', cannot: '', can: '', could: '', couldn: '',
  see: 'show', view: 'show', display: 'show',
  purchase: 'buy',
  delete: 'remove',
  get: 'load', fetch: 'load', retrieve: 'load',
};

/** Letters outside ICU braces (a few levels of nesting; each pass is linear). */
function hasVisibleWords(text: string): boolean {
  let t = text;
  for (let k = 0; k < 4 && t.includes('{'); k++) t = t.replace(/\{[^{}]*\}/g, ' ');
  return /\p{L}/u.test(t);
}

/** Two spellings of one source: case and accents aside ("Cote D'Ivoire", "Côte d'Ivoire"), or a
 *  name and its official long form after a comma ("Bolivia", "Bolivia, Plurinational State of"):
 *  Laravel's catalogs keep both keys, and one translation for both is right. */
function sameWording(a: string, b: string): boolean {
  const fold = (x: string) => lettersOf(x.normalize('NFD').replace(/\p{M}+/gu, ''));
  if (fold(a) === fold(b)) return true;
  const head = (x: string) => (x.includes(',') ? x.slice(0, x.indexOf(',')) : null);
  const ha = head(a);
  const hb = head(b);
  return (ha !== null && fold(ha) === fold(b)) || (hb !== null && fold(hb) === fold(a));
}

const lettersOf = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export const consistency: Check = {
  id: ID,
  description: 'Catalogs: one source string translated differently, or different source strings translated identically.',
  category: 'Terminology/Inconsistent',
  severity: 'minor',
  run(ctx) {
    const { source, target, beads } = ctx.alignment;
    if (!source.units || !target.units) return [];
    const src: CatalogUnit[] = [];
    const tgt: CatalogUnit[] = [];
    for (const u of source.units) if (u.sentence >= 0) src[u.sentence] = u;
    for (const u of target.units) if (u.sentence >= 0) tgt[u.sentence] = u;
    const pairs: [CatalogUnit, CatalogUnit][] = [];
    for (const b of beads) if (b.source.length === 1 && b.target.length === 1 && src[b.source[0]] && tgt[b.target[0]]) pairs.push([src[b.source[0]], tgt[b.target[0]]]);
    // Each value normalised once (a 100,000-entry file compared them twice per side).
    const normed = new Map<CatalogUnit, string>();
    const n = (u: CatalogUnit) => {
      let v = normed.get(u);
      if (v === undefined) normed.set(u, (v = norm(u.value)));
      return v;
    };
    const out: FindingDraft[] = [];
    const group = (side: 0 | 1) => {
      const m = new Map<string, [CatalogUnit, CatalogUnit][]>();
      for (const p of pairs) {
        const k = n(p[side]);
        const list = m.get(k);
        if (list) list.push(p);
        else m.set(k, [p]);
      }
      return m;
    };
    // The first translation in file order is the reference; later different ones are reported.
    for (const [text, list] of group(0)) {
      const first = list[0];
      for (const [su, tu] of list.slice(1)) {
        if (n(tu) === n(first[1]) || siblings(tu.key, first[1].key) || !oneSense(text, tu.key, first[1].key) || inflected(text, n(tu), n(first[1]))) continue;
        out.push({ check: ID, message: `“${text}” is translated “${n(tu)}” here but “${n(first[1])}” at ${first[1].key}`, target: { start: tu.start, end: tu.end }, source: { start: su.start, end: su.end }, actual: n(tu), expected: n(first[1]) });
      }
    }
    for (const [text, list] of group(1)) {
      const first = list[0];
      // A translation with no words of its own says nothing of sense: Mastodon's Vietnamese
      // "{count, plural, other {}}" under five keys is an empty plural (placeholder reports it).
      if (!hasVisibleWords(text)) continue;
      // One report per other source: "Copy to clipboard" under two keys is one finding.
      const said = new Set<string>();
      for (const [su, tu] of list.slice(1)) {
        if (sameWording(n(su), n(first[0])) || siblings(tu.key, first[1].key) || said.has(n(su)) || synonyms(n(su), n(first[0]), source.lang)) continue;
        said.add(n(su));
        out.push({ check: ID, message: `“${text}” translates “${n(su)}” here and “${n(first[0])}” at ${first[1].key}: two sources, one translation`, target: { start: tu.start, end: tu.end }, source: { start: su.start, end: su.end } });
      }
    }
    return out;
  },
};
