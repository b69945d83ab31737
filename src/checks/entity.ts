// Names, product codes, URLs, e-mails, hashtags and @handles of the source that the translation
// drops or alters, and do-not-translate glossary terms not kept verbatim.
// Real case: the Vietnamese seed writes "Chat GPT" for the source's "ChatGPT" ("… hiện đang cung
// cấp năng lượng cho Chat GPT.") → altered. A person's name with one letter changed ("Jensen
// Huang" → "Jensen Hwang") is found by shared/names.ts. What counts as a code, and why "CEO" → "PDG" and
// "US" → "Mỹ" are not, is in shared/codes.ts.
import type { Alignment, Bead, Check, CheckContext, Document, FindingDraft, Range } from '../types/index.js';
import { extractCodes, findLoose, findUrl, findVerbatim, fold, type CodeKind, type CodeToken, type Folded } from './shared/codes.js';
import { findUrls } from '../corpus/urls.js';
import { markupFindings } from './entity-markup.js';
import { chordFindings } from './entity-chords.js';
import { readChords } from './shared/chords.js';
import { linkKey, sameLink } from './shared/links.js';
import { cutShort, stopsAfter } from './shared/coverage.js';
import { alteredNames } from './shared/names.js';
import { linkedValues } from './shared/linked-messages.js';
import { mayShare } from './shared/segments.js';
import { isAligned, lineStartWithin, quotationAround, sentencesRange } from './shared/text.js';
import { hasWordList, inWordList } from '../lang/words.js';

export const entity: Check = {
  id: 'entity',
  description: 'Names, product codes, URLs, e-mails, hashtags and glossary terms of the source missing or altered in the translation; key chords whose key changed; in Markdown, an identifier in inline code replaced by another, dropped or mistyped links and translated heading anchors.',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  run(ctx) {
    const out: FindingDraft[] = [];
    const { source, target, beads } = ctx.alignment;
    const glossary = [...new Set(ctx.glossary.filter((t) => t.trim().length > 0))];
    // Codes of each distinct source text, read once: aligned files repeat segments.
    const codesByText = new Map<string, CodeToken[]>();
    // Markdown and MDX: links are compared as links (entity-markup.ts), not as URLs in the text.
    const linksApart = source.markup !== undefined && ctx.alignment.target.markup !== undefined;
    for (let k = 0; k < beads.length; k++) {
      const b = beads[k];
      if (!isAligned(b)) continue; // no counterpart at all: omission/truncation say so
      // Built on the first token that needs it: most beads have none.
      let search: TargetSearch | null = null;
      // A cut-short target ("Tuần…" for "Last week, Altman responded … OpenAI’s next frontier
      // model …") lacks everything after the cut: truncation reports that, not each name in it.
      let cut: boolean | null = null;
      const check = (token: string, kind: Kind, src: Range) => {
        search ??= new TargetSearch(ctx.alignment, k);
        const f = compare(search, token, kind, src, b, ctx, () => (cut ??= cutShort(ctx, b) !== null || stopsAfter(ctx, k)));
        if (f) out.push(f);
      };
      const seen = new Set<string>();
      let targetQuotes: boolean | null = null;
      for (const i of b.source) {
        const s = source.sentences[i];
        const text = rawText(source, s);
        for (const term of glossary) {
          const at = findVerbatim(text, term);
          if (at < 0 || seen.has(term.toLowerCase())) continue;
          seen.add(term.toLowerCase());
          check(term, 'glossary', { start: s.start + at, end: s.start + at + term.length });
        }
        // Asked only if a code of this sentence may be part of a quoted label (see inQuotedLabel).
        let sourceQuotes: boolean | null = null;
        let codes = codesByText.get(text);
        if (!codes) codesByText.set(text, (codes = extractCodes(text)));
        for (const tok of codes) {
          if (linksApart && tok.kind === 'url') continue;
          if (
            tok.kind !== 'url' &&
            tok.kind !== 'hashtag' &&
            tok.kind !== 'handle' &&
            tok.kind !== 'email' &&
            (sourceQuotes ??= QUOTE_CHAR.test(text)) &&
            (targetQuotes ??= quotesIn(b.target.map((j) => target.sentences[j].text))) &&
            inQuotedLabel(text, tok.start, tok.end)
          )
            continue;
          // A key chord ("Alt+F4", "Ctrl+2") is compared as a chord, below.
          if (tok.kind === 'code' && isChord(tok.text)) continue;
          const key = tok.text.toLowerCase();
          if (seen.has(key)) continue;
          seen.add(key);
          check(tok.text, tok.kind, { start: s.start + tok.start, end: s.start + tok.end });
        }
        const targets = b.target.map((j) => target.sentences[j]);
        for (const c of alteredNames(text, targets.map((t) => rawText(target, t)))) {
          if (seen.has(c.expected.toLowerCase())) continue;
          if (translatedCognate(c.expected, c.actual, source.lang, target.lang)) continue;
          seen.add(c.expected.toLowerCase());
          const t = targets[c.sentence];
          out.push({
            check: 'entity',
            message: `the name “${c.expected}” is written “${c.actual}” in the translation`,
            target: { start: t.start + c.target.start, end: t.start + c.target.end },
            source: { start: s.start + c.source.start, end: s.start + c.source.end },
            actual: c.actual,
            expected: c.expected,
          });
        }
      }
      for (const f of chordFindings(ctx.alignment, k, () => (cut ??= cutShort(ctx, b) !== null || stopsAfter(ctx, k)))) out.push(f);
    }
    for (const f of markupFindings(ctx)) out.push(f);
    return onceEach(out);
  },
};

/** Is text[start, end) one word of a quoted label of two words or more — a button the reader is
 *  told to press? React's 'Try pressing "Toggle with setState" a few times.' names a button, and
 *  the French renames the button in its sample and in its prose, « Basculer avec React »: no name
 *  of the source lost. (Looked at only when the translation quotes something there too.) */
function inQuotedLabel(text: string, start: number, end: number): boolean {
  const q = quotationAround(text, start, end, LABEL_QUOTES, LABEL_REACH);
  // Opened before the name and closed after it (not the end of one quotation and the start of the next).
  if (!q || !'"“«„'.includes(text[q.start - 1]) || !'"”»'.includes(text[q.end])) return false;
  // A straight quote opens a quotation only after an even number of them on its line.
  if (text[q.start - 1] === '"') {
    // Within 2,000 characters back (a hostile one-line file: no scan of the whole line per token).
    const lineStart = lineStartWithin(text, q.start - 1, 2000);
    if (lineStart < 0) return false;
    let n = 0;
    for (let k = lineStart; k < q.start - 1; k++) if (text[k] === '"') n++;
    if (n % 2 !== 0) return false;
  }
  return text.slice(q.start, q.end).trim().split(/\s+/).length >= 2;
}
const LABEL_QUOTES: ReadonlySet<string> = new Set([...'"“”«»„']);
const LABEL_REACH = 60;
const QUOTE_CHAR = /["“”«»„]/;
const quotesIn = (texts: readonly string[]): boolean => texts.some((t) => QUOTE_CHAR.test(t));

type Kind = CodeKind | 'glossary';

/** The text names and codes are read from: the sentence's text, which in Markdown and MDX is the
 *  masked text — code, tags and link targets are markup, and a changed link target
 *  ("[conseil municipal](https://www.lyon.fr/velo)" → "…/velos") is found by entity-markup.ts. */
function rawText(_doc: Document, s: { start: number; end: number; text: string }): string {
  return s.text;
}

const NOUN: Record<Kind, string> = {
  url: 'the link',
  email: 'the e-mail address',
  hashtag: 'the hashtag',
  handle: 'the handle',
  code: 'the name',
  'name-number': 'the name',
  glossary: 'the do-not-translate term',
};

/** "@mention", "#hashtags": a sigil before a lower-case word of the source language's list. */
const sigilWord = (token: string, lang: string): boolean => /^[#@]\p{Ll}+$/u.test(token) && hasWordList(lang) && inWordList(lang, token.slice(1));

/** A code that is one key chord, whole: "Alt+F4", "Strg+2" (GNOME Calculator's German "Quadrat
 *  [Strg+2]" for "Square [Ctrl+2]" keeps the chord with the keyboard's own name for Ctrl). */
function isChord(text: string): boolean {
  const c = readChords(text);
  return c.length === 1 && c[0].start === 0 && c[0].end === text.length;
}

/** Languages that write compounds as one word. */
const COMPOUNDING: ReadonlySet<string> = new Set(['de', 'nl', 'sv', 'da', 'nb', 'nn', 'no', 'is', 'fi']);

/** A camel-case name with a plural "s" ("iPhones", "MacBooks"): a capital after the first letter,
 *  a lower-case letter other than "s" before the "s"; or an acronym's ("ClusterIPs", "APIs": the
 *  French "des ClusterIP" keeps the name invariable, as Kubernetes' French pages do). */
const pluralName = (t: string): boolean =>
  t.length >= 4 && t.endsWith('s') && /\p{Lu}/u.test(t.slice(1)) && (/[a-rt-z]/.test(t[t.length - 2]) || /\p{Lu}\p{Lu}s$/u.test(t));

function compare(search: TargetSearch, token: string, kind: Kind, src: Range, b: Bead, ctx: CheckContext, isCut: () => boolean): FindingDraft | null {
  if (kind === 'url' ? search.url(token, false) : search.verbatim(token, false)) return null;
  // An English plural of a name: "sold more than 50 million iPhones" is "50 triệu iPhone", "50
  // millions d’iPhone" — Vietnamese and French leave a brand name invariable.
  if (kind === 'code' && pluralName(token) && search.verbatim(token.slice(0, -1), false)) return null;
  // A name that opens a compound: German "Heard und McDonaldinseln" for "Heard Island and McDonald
  // Islands" (Laravel's catalogs) keeps McDonald inside one word, as German, Dutch and the
  // Scandinavian languages write their compounds.
  if (kind === 'code' && COMPOUNDING.has(ctx.alignment.target.lang) && search.includes(token)) return null;
  // "Llama 4" is compared only when the target keeps the name: "December 4" → "4 décembre" and
  // "Chapter 4" → "Kapitel 4" are translations, not alterations.
  if (kind === 'name-number' && !search.includes(token.slice(0, token.search(/\s/)))) return null;
  // An acronym reordered as the reader's language words it: "2FA" (two-factor authentication) is
  // French "A2F" (authentification à deux facteurs), as NATO is OTAN — Mastodon's French mails.
  if (kind === 'code' && /^[\p{Lu}\d]{2,6}$/u.test(token) && search.reordered(token)) return null;
  // A word of the language with a sigil, as an interface's hint writes it: Mastodon's "You can
  // @mention other people or #hashtags" is German "andere @Profile erwähnen oder #Hashtags
  // verwenden" — the word translated (or capitalised as a German noun), the sigil kept. Not when
  // the translation keeps no sigil of its own there: then the tag itself was dropped.
  if ((kind === 'hashtag' || kind === 'handle') && sigilWord(token, ctx.alignment.source.lang)) {
    if (search.caseless(token) || search.ownSigilWord(token[0], ctx.alignment.source, b)) return null;
  }
  const category = kind === 'glossary' ? 'Accuracy/Do not translate' : undefined;
  // Altered: the same letters and digits, differently cased, spaced or hyphenated ("Chat GPT").
  // Hashtags, handles and links keep their sigils, so only their case may differ.
  const altered =
    kind === 'url' ? search.urlCaseless(token) : kind === 'hashtag' || kind === 'handle' || kind === 'email' ? search.caseless(token) : search.loose(token);
  if (altered) {
    return {
      check: 'entity',
      ...(category ? { category } : {}),
      severity: kind === 'glossary' ? 'major' : 'minor',
      message: `${NOUN[kind]} “${token}” is written “${altered.text}” in the translation`,
      target: altered.range,
      source: src,
      actual: altered.text,
      expected: token,
    };
  }
  // "Llama 4" → "Llama 3": the number is the number check's business; only the form is ours.
  if (kind === 'name-number' || isCut()) return null;
  if (kind === 'code' && (describedInWords(search, token) || spelledOut(search, token))) return null;
  // Set as inline code in the translation: React's "How does useRef work inside?" is
  // "Comment fonctionne `useRef` en interne ?" — the code is masked out of the sentence's text.
  if (kind !== 'url' && search.inCode(token)) return null;
  if (search.inLinkedMessage(token)) return null;
  if (kind === 'code' && (translatedCompound(search, token) || inKeptLinkText(ctx.alignment, src, search))) return null;
  return {
    check: 'entity',
    ...(category ? { category } : {}),
    message: `${NOUN[kind]} “${token}” of the source is missing from the translation`,
    target: sentencesRange(ctx.alignment.target, b.target),
    source: src,
    expected: token,
  };
}

/** A lower-camel-case term ("camelCase") is a word of the trade, not a product name: a translation
 *  may describe it in words — React's French docs write "en casse Camel". Not missing when a part
 *  of four letters or more stands in the translation ("iPhone" has no such part to lean on). */
function describedInWords(search: TargetSearch, token: string): boolean {
  if (!/^\p{Ll}+\p{Lu}\p{Ll}+$/u.test(token)) return false;
  const parts = token.split(/(?=\p{Lu})/u).filter((w) => w.length >= 4);
  return parts.some((w) => search.caseless(w) !== null);
}

/** A short name spelled out: the Python docs' "In Py2.x" is "En Python 2.x" in French — the name's
 *  letters begin a word that its version follows. Letters of two or three, then a version. */
function spelledOut(search: TargetSearch, token: string): boolean {
  const m = /^(\p{L}{2,3})(\d+(?:\.[\dx]+)*)$/u.exec(token);
  if (!m) return false;
  const version = m[2].replace(/\./g, '\\.');
  return search.matches(new RegExp(`(?<![\\p{L}\\p{N}])${m[1]}\\p{L}{1,20}[ \\u00a0-]?${version}(?![\\p{L}\\p{N}])`, 'iu'));
}

/** The target sentences of bead k and of its neighbours (aligner imprecision: a name may sit one
 *  bead off; not across an input-given segment, see shared/segments.ts), searched lazily: folded texts are built only when a verbatim search fails. */
/** A term written as one capitalised compound, translated by its parts: Vue's French "noms des
 *  composants en casse Pascal" for "PascalCase component names" keeps "Pascal" (a part of four
 *  letters or more, as a word, cased as in the name). */
function translatedCompound(search: TargetSearch, token: string): boolean {
  const parts = token.match(/[A-Z][a-z]+/g);
  if (!parts || parts.length < 2 || parts.join('') !== token) return false;
  return parts.some((p) => p.length >= 4 && search.verbatim(p, false));
}

/** A name in the text of a link the translation keeps (the same page, sameLink): the link says
 *  what is meant, and its text is the reader's. React's French "useContext" links "[les outils de
 *  développement React](/learn/react-developer-tools)" for "[React DevTools.](…)" — the French
 *  site's own title of that page. */
function inKeptLinkText(alignment: Alignment, src: Range, search: TargetSearch): boolean {
  const { source, target } = alignment;
  const link = source.markup?.links.find((l) => l.start <= src.start && src.end <= l.end);
  if (!link || !target.markup) return false;
  // Only a link whose text is a name (three words at most): Kubernetes' Vietnamese drops
  // "StorageClass" from the longer "[Dynamically provisioned PersistentVolumes with a StorageClass
  // reclaim policy of Delete](…)" and keeps the link — a name lost.
  const raw = source.file.text.slice(link.start, Math.min(link.end, link.start + 200));
  const close = raw.indexOf('](');
  if (close < 0 || raw.slice(0, close).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length > 3) return false;
  const langs = [source.lang, target.lang];
  const key = linkKey(link.url, langs);
  const { start, end } = search.span();
  return target.markup.links.some((l) => l.start < end && l.end > start && sameLink(key, linkKey(l.url, langs)));
}

class TargetSearch {
  private readonly order: number[];
  private folded: Map<number, Folded> | null = null;

  private readonly target: Document;

  private readonly sourceLang: string;

  constructor(alignment: Alignment, k: number) {
    const { beads } = alignment;
    this.target = alignment.target;
    this.sourceLang = alignment.source.lang;
    const own = beads[k].target;
    const prev = mayShare(alignment, k, k - 1) ? beads[k - 1].target : [];
    const next = mayShare(alignment, k, k + 1) ? beads[k + 1].target : [];
    this.order = [...own, ...prev, ...next];
  }

  /** The stretch of the target the search looks in (the bead's sentences and the neighbours it may share with). */
  span(): { start: number; end: number } {
    let start = Infinity;
    let end = -Infinity;
    for (const j of this.order) {
      const t = this.target.sentences[j];
      if (t.start < start) start = t.start;
      if (t.end > end) end = t.end;
    }
    // A link opening or closing its sentence starts at its "[" and ends at its ")" just outside.
    return { start: start - 1, end: end + 2 };
  }

  /** Whether the target writes a word after `sigil` ("@", "#") that the source does not. */
  ownSigilWord(sigil: string, source: Document, b: Bead): boolean {
    const sourceText = b.source.map((i) => source.sentences[i].text).join(' ');
    return this.order.some((j) =>
      extractCodes(this.target.sentences[j].text).some((c) => c.text.startsWith(sigil) && (c.kind === 'hashtag' || c.kind === 'handle') && !sourceText.includes(c.text)),
    );
  }

  /** A code of the target with the letters and digits of `token` in another order. */
  reordered(token: string): boolean {
    const key = [...token.toUpperCase()].sort().join('');
    return this.order.some((j) => extractCodes(this.target.sentences[j].text).some((c) => c.text !== token && c.text.length === token.length && [...c.text.toUpperCase()].sort().join('') === key));
  }

  verbatim(token: string, ci: boolean): boolean {
    return this.order.some((j) => findVerbatim(rawText(this.target, this.target.sentences[j]), token, ci) >= 0);
  }

  url(token: string, ci: boolean): boolean {
    return this.order.some((j) => findUrl(rawText(this.target, this.target.sentences[j]), token, ci) >= 0) || (!ci && this.localisedUrl(token));
  }

  /** The source's link in the reader's language, written out: the French Python tutorial gives
   *  "https://docs.python.org/fr/" for "https://docs.python.org" — the link comparison of
   *  Markdown targets (shared/links.ts), applied to the URLs of the text. */
  private localisedUrl(token: string): boolean {
    const langs = [this.sourceLang, this.target.lang];
    const want = linkKey(token, langs);
    return this.order.some((j) => {
      const text = rawText(this.target, this.target.sentences[j]);
      return findUrls(text).some((r) => {
        const key = linkKey(text.slice(r.start, r.end), langs);
        return (key.localised || want.localised) && sameLink(want, key);
      });
    });
  }

  urlCaseless(token: string): { range: Range; text: string } | null {
    return this.firstCaseless(token, findUrl);
  }

  /** Plain substring presence ("Llama" in "Llama4"). */
  includes(text: string): boolean {
    return this.order.some((j) => rawText(this.target, this.target.sentences[j]).includes(text));
  }

  /** Whether a sentence of the neighbourhood matches `pattern` (non-global). */
  matches(pattern: RegExp): boolean {
    return this.order.some((j) => pattern.test(rawText(this.target, this.target.sentences[j])));
  }

  caseless(token: string): { range: Range; text: string } | null {
    return this.firstCaseless(token, findVerbatim);
  }

  /** The first case-insensitive match of `token` in the bead's neighbourhood, by `find`. */
  private firstCaseless(token: string, find: (hay: string, needle: string, ci: boolean) => number): { range: Range; text: string } | null {
    for (const j of this.order) {
      const s = this.target.sentences[j];
      const at = find(rawText(this.target, s), token, true);
      if (at >= 0) return this.hit(s.start + at, s.start + at + token.length);
    }
    return null;
  }

  loose(token: string): { range: Range; text: string } | null {
    this.folded ??= new Map();
    for (const j of this.order) {
      const s = this.target.sentences[j];
      let f = this.folded.get(j);
      const text = rawText(this.target, s);
      if (!f) this.folded.set(j, (f = fold(text)));
      const r = findLoose(f, text, token);
      if (r) return this.hit(s.start + r.start, s.start + r.end);
    }
    return null;
  }

  /** Whether `token` stands verbatim in an inline code span (Markdown, MDX) of these sentences. */
  inCode(token: string): boolean {
    const codes = this.target.markup?.codes;
    if (!codes || codes.length === 0) return false;
    return this.order.some((j) => {
      const s = this.target.sentences[j];
      // In the sentence's paragraph and on its lines, not only in its range: a code closing a
      // heading lies after the end of the sentence and of its paragraph ("#### Détecter les
      // impuretés grâce à `StrictMode`" for "… with StrictMode").
      const para = this.target.paragraphs[s.paragraph] ?? s;
      const text = this.target.file.text;
      const from = text.lastIndexOf('\n', Math.min(s.start, para.start)) + 1;
      const nl = text.indexOf('\n', Math.max(s.end, para.end));
      const to = nl < 0 ? text.length : nl;
      // Codes are in file order: the first one ending after `from`, by bisection.
      let lo = 0;
      let hi = codes.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (codes[mid].end <= from) lo = mid + 1;
        else hi = mid;
      }
      for (let c = lo; c < codes.length && codes[c].start < to; c++) if (findVerbatim(codes[c].value, token) >= 0) return true;
      return false;
    });
  }

  /** Whether `token` stands in a message these sentences link to ("@:appName", see
   *  shared/linked-messages.ts). */
  inLinkedMessage(token: string): boolean {
    return this.order.some((j) => linkedValues(this.target, rawText(this.target, this.target.sentences[j])).some((v) => findVerbatim(v, token) >= 0));
  }

  private hit(start: number, end: number): { range: Range; text: string } {
    return { range: { start, end }, text: this.target.file.text.slice(start, end) };
  }
}

/** A word of a capitalised phrase changed into a word of the translation's language, not of the
 *  source's: a term translated, not a name mistyped — javascript.info's French heading "Fonction
 *  Expression Nommée (NFE)" for "Named Function Expression". "Jensen Hwang" stays a typo. */
function translatedCognate(expected: string, actual: string, sourceLang: string, targetLang: string): boolean {
  if (!hasWordList(targetLang)) return false;
  const kept = new Set(expected.toLowerCase().split(/\s+/));
  const changed = actual.toLowerCase().split(/\s+/).filter((w) => w !== '' && !kept.has(w));
  if (changed.length === 0 || !changed.every((w) => inWordList(targetLang, w))) return false;
  if (!(hasWordList(sourceLang) && changed.some((w) => inWordList(sourceLang, w)))) return true;
  // A word both lists hold is a translation still when every word it replaces is a common word of
  // the source: Bitwarden's "Free Bitwarden Families" is French "Bitwarden Familles" (the English
  // list holds "familles" too, as it holds many French words). Jensen Huang's "Hwang" is no word.
  const now = new Set(actual.toLowerCase().split(/\s+/));
  const replaced = expected.toLowerCase().split(/\s+/).filter((w) => w !== '' && !now.has(w));
  return replaced.length > 0 && replaced.every((w) => /^\p{Ll}+$/u.test(w) && inWordList(sourceLang, w));
}

/** One finding per spelling of the translation: Node.js's French writes "dépôt Github" once, for
 *  the first of two "GitHub" of the source; the second, whose sentence dropped the name, found the
 *  same word in the sentence before — the same "Github" reported twice. */
function onceEach(findings: FindingDraft[]): FindingDraft[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (!f.target || f.actual === undefined || !/ is written “/.test(f.message)) return true;
    const key = `${f.target.start}:${f.target.end}:${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
