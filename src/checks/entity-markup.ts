// The entity check's Markdown half: links and heading anchors, as the parser found them
// (src/corpus/markdown.ts), never read out of the text. A link of the source that no link of the
// translation matches — kept or localised on purpose, see shared/links.ts — is missing or altered:
//   vi "[tìm … DOM component props.](/reference/react-dom/comComponents/common)" for the source's
//   "/reference/react-dom/components/common" (a broken link, seen in the Vietnamese React docs).
// A heading anchor must stay as it is: "## Nœuds {#nœuds}" for "## Nodes {#nodes}" breaks every
// deep link to the section, while "## Nœuds {#nodes}" is right.
import type { CheckContext, Document, FindingDraft, MarkupAnchor, MarkupLink, Range } from '../types/index.js';
import { cutShort, stopsAfter } from './shared/coverage.js';
import { mayShare } from './shared/segments.js';
import { linkKey, linksToOwnFile, sameLink, type LinkKey } from './shared/links.js';
import { beadsBySentence, isAligned, lastSentenceAt, lineStartWithin, sentencesRange, shownText, shownUrl as shown } from './shared/text.js';
import { IDENTIFIER, TRAILING_GAP, codesBySentence, sameLine } from '../corpus/inline-codes.js';
import { brokenLinkClose } from '../corpus/urls.js';
import { hasWordList, inWordList } from '../lang/words.js';

interface KeyedLink extends MarkupLink {
  key: LinkKey;
}

/** Links of each sentence: a link belongs to the sentence its text overlaps (an image without
 *  alt text, all markup, belongs to none and is not compared). */
function linksBySentence(doc: Document, langs: readonly string[]): Map<number, KeyedLink[]> {
  const out = new Map<number, KeyedLink[]>();
  const add = (i: number, link: KeyedLink) => {
    const list = out.get(i);
    if (list) list.push(link);
    else out.set(i, [link]);
  };
  const s = doc.sentences;
  let i = 0;
  const links = [...(doc.markup?.links ?? [])].sort((a, b) => a.start - b.start);
  for (const link of links) {
    while (i < s.length && s[i].end <= link.start) i++;
    // Links are sorted but may nest (an image inside a link): search from the current sentence.
    if (i >= s.length || s[i].start >= link.end) {
      // All markup, between two sentences: it belongs to the sentence it trails on the same line.
      // The React docs' French list item "Comment ajouter une variable d'état avec le Hook
      // [`useState`](/reference/react/useState)" ends in a link whose text is code: the sentence
      // stops before it, and the link was reported missing although the translation has it.
      const p = i - 1;
      if (p >= 0 && sameLine(doc.file.text, s[p].end, link.start)) add(p, { ...link, key: linkKey(link.url, langs) });
      continue;
    }
    // A link opening its sentence starts at its "[", one character before the sentence: the
    // finding starts in the sentence, so that its line and column are the sentence's.
    add(i, { ...link, start: Math.max(link.start, s[i].start), key: linkKey(link.url, langs) });
  }
  return out;
}


export function markupFindings(ctx: CheckContext): FindingDraft[] {
  const { source, target } = ctx.alignment;
  if (!source.markup || !target.markup) return [];
  const codes = codeFindings(ctx);
  const anchors = anchorPairs(ctx);
  return [...linkFindings(ctx, anchors), ...brokenLinks(source, target), ...anchorFindings(ctx, anchors), ...codes, ...mistypedCodes(source, target, codes)];
}

/** A link whose text and target a space keeps apart, "[son guide de contribution] (https://…)" in
 *  opensource.guide's French "Building Community" for the source's "[its contributing guide](…)":
 *  Markdown shows the brackets and the URL as text. The URL alone still makes a link (an autolink),
 *  so the link is not missing: said here, once per link the source writes whole. */
function brokenLinks(source: Document, target: Document): FindingDraft[] {
  const text = target.file.text;
  const whole = new Map<string, Range>();
  for (const l of source.markup?.links ?? []) if (!whole.has(l.url)) whole.set(l.url, { start: l.start, end: l.end });
  const out: FindingDraft[] = [];
  // The source's link, as written or localised: Astro's French "[élément personnalisé]
  // (https://developer.mozilla.org/fr/docs/…)" for the English's ".../en-US/docs/…".
  const langs = [source.lang, target.lang];
  const theirs = (url: string): Range | undefined => {
    const exact = whole.get(url);
    if (exact) return exact;
    const key = linkKey(url, langs);
    for (const [u, r] of whole) if (sameLink(linkKey(u, langs), key)) return r;
    return undefined;
  };
  for (const l of target.markup?.links ?? []) {
    const close = brokenLinkClose(text, l.start);
    const src = close < 0 ? undefined : theirs(l.url);
    if (!src) continue;
    const b = close + 1;
    // Looked for within MAX_LABEL characters only: thousands of "] (url)" without a "[" must not
    // each scan back to the start of the file.
    const from = Math.max(0, b - MAX_LABEL);
    const k = text.slice(from, b - 1).lastIndexOf('[');
    const open = k < 0 ? -1 : from + k;
    if (open < 0 || text.slice(open, b).includes('\n\n')) continue;
    out.push({
      check: 'entity',
      message: `the link “${shown(l.url)}” is broken: a space between “]” and “(” shows its text and URL as written`,
      target: { start: open, end: l.end },
      source: src,
      actual: text.slice(open, Math.min(text.length, l.end + 1)),
    });
  }
  return out;
}
const MAX_LABEL = 300;

/** An identifier of the source replaced by another in the translation: React's "Sharing State
 *  Between Components" in French says "la valeur de `isActive` de l'`Accordion` vaut `0`" where the
 *  source has "`Accordion`'s `activeIndex` is `0`" — a reader copying the name gets the wrong
 *  variable. Said only for a clean substitution: in one bead, exactly one identifier of the source
 *  is nowhere in the translation around it (the bead and its neighbours) and exactly one of the
 *  translation is nowhere in the source around it. A translation that drops a code span ("ce
 *  composant" for "`Panel`") or adds one says nothing here. */
function codeFindings(ctx: CheckContext): FindingDraft[] {
  const { source, target, beads } = ctx.alignment;
  const src = codesBySentence(source);
  if (src.size === 0) return [];
  const tgt = codesBySentence(target);
  const of = (map: Map<number, string[]>, idx: readonly number[]) => idx.flatMap((i) => map.get(i) ?? []);
  const around = (k: number, side: 'source' | 'target', map: Map<number, string[]>) =>
    new Set([...of(map, beads[k][side]), ...(mayShare(ctx.alignment, k, k - 1) ? of(map, beads[k - 1][side]) : []), ...(mayShare(ctx.alignment, k, k + 1) ? of(map, beads[k + 1][side]) : [])]);
  const out: FindingDraft[] = [];
  for (let k = 0; k < beads.length; k++) {
    const b = beads[k];
    if (!isAligned(b)) continue;
    const mine = [...new Set(of(src, b.source))];
    if (mine.length === 0) continue;
    const theirs = [...new Set(of(tgt, b.target))];
    const tgtNear = around(k, 'target', tgt);
    const srcNear = around(k, 'source', src);
    const lost = mine.filter((c) => !tgtNear.has(c));
    const added = theirs.filter((c) => !srcNear.has(c));
    // One for one; or literals of the language, as many lost from the bead as it adds codes, in
    // order: "`true` if …; `false` otherwise" as "`wahr`, wenn …; andernfalls `falsch`" (Astro's
    // German; the next item's `true`, kept, does not make this one's found). Only where nothing
    // else of the source's code is lost there: MDN's French "Si la `condition` devient fausse,
    // l'`instruction` …" says `false` in words and renames `statement`, whose name it took.
    let swaps: [string, string][] = [];
    if (lost.length === 1 && added.length === 1) swaps = [[lost[0], added[0]]];
    else if (mine.every((c) => LITERALS.has(c) || theirs.includes(c))) {
      const lostLiterals = mine.filter((c) => LITERALS.has(c) && !theirs.includes(c));
      const addedHere = added.filter((c) => !LITERALS.has(c));
      if (lostLiterals.length > 0 && lostLiterals.length <= 3 && lostLiterals.length === addedHere.length) swaps = lostLiterals.map((c, i) => [c, addedHere[i]]);
    }
    for (const [was, now] of swaps) {
      if (renamedThroughout(source, target, was, now) || renamedEverywhere(source, target, was, now)) continue;
      const at = (target.markup?.codes ?? []).find((c) => c.value === now && b.target.some((j) => c.start < target.sentences[j].end + TRAILING_GAP && c.end > target.sentences[j].start - TRAILING_GAP));
      out.push({
        check: 'entity',
        message: `the code “${was}” of the source is “${now}” in the translation`,
        target: at ? { start: at.start, end: at.end } : sentencesRange(target, b.target),
        source: sentencesRange(source, b.source),
        actual: now,
        expected: was,
      });
    }
  }
  return out;
}

/** The same call with or without its parentheses (`composeAsync()`, `composeAsync`), or a name the
 *  translation renamed everywhere, its code samples included: MDN's French "Closures" writes
 *  `ajouterA` in its examples and its prose for the English `makeAdder` (and `afficheNom()` for
 *  `displayName()`), a sample localised on purpose. A name changed in one sentence only leaves
 *  the source's name elsewhere in the translation (React's French "Fragment", `<p>` for
 *  `<article>`, keeps `<article>` in its code) and is still reported. Comments are not looked in
 *  (the French Rust book keeps its English there: shownText). */
function renamedThroughout(source: Document, target: Document, lost: string, added: string): boolean {
  const bare = (c: string) => c.replace(/\(\)$/, '');
  if (bare(lost) === bare(added)) return true;
  // A literal of the language is no name a page may translate: Astro's German writes `wahr` and
  // `falsch` for `true` and `false` — code that would not run.
  if (LITERALS.has(bare(lost))) return false;
  // Another member of the same object is another API, not a localised name: `Object.values()` for
  // `Object.keys()` (Vue's French "List Rendering" follows a newer English there).
  const owner = (c: string) => (c.includes('.') ? c.slice(0, c.lastIndexOf('.')) : null);
  if (owner(lost) !== null && owner(lost) === owner(added)) return false;
  return localisedName(bare(added), source.lang, target.lang) && !containsName(shownText(target), bare(lost)) && !containsName(shownText(source), bare(added));
}

const LITERALS = new Set(['true', 'false', 'null', 'undefined', 'NaN', 'Infinity', 'None', 'True', 'False', 'nil', 'NULL', 'TRUE', 'FALSE']);

/** A name made of words of the translation's language (or that the source language lacks):
 *  `ajouterA`, `texteAide`, `faireQqc`, `memoBoucle` are French. */
function localisedName(name: string, sourceLang: string, targetLang: string): boolean {
  const parts = name
    .split(/[^\p{L}]+|(?<=\p{Ll})(?=\p{Lu})/u)
    .filter((w) => w.length >= 3)
    .map((w) => w.toLowerCase());
  // A word the source language lacks, or one of the target's of four letters or more: the
  // English list knows "boucle" and "instruction" too (MDN's French `memoBoucle` for `markLoop`,
  // `instruction` for `statement`).
  return parts.some((w) => (hasWordList(sourceLang) && !inWordList(sourceLang, w)) || (w.length >= 4 && hasWordList(targetLang) && inWordList(targetLang, w)));
}

/** `name` in `text` as a whole name (no letter, digit, "_" or "$" on either side): looked up in
 *  the names of the text, read once per text (a name per bead would otherwise scan it again). */
function containsName(text: string, name: string): boolean {
  let memo = namesOf.get(text);
  if (!memo) {
    const names = new Set<string>();
    for (const m of text.matchAll(NAME_RUN)) {
      const parts = m[0].split('.');
      // "Object.keys" holds the names "Object.keys", "Object" and "keys".
      for (let i = 0; i < parts.length && i < 6; i++) for (let j = i + 1; j <= parts.length && j <= i + 6; j++) names.add(parts.slice(i, j).join('.'));
    }
    memo = { names, other: new Map() };
    namesOf.set(text, memo);
    if (namesOf.size > 4) namesOf.delete(namesOf.keys().next().value as string);
  }
  if (/^[\p{L}\p{N}_$]+(?:\.[\p{L}\p{N}_$]+)*$/u.test(name)) return memo.names.has(name);
  // Another shape ("<article>", "v-for"): searched once per distinct name.
  let found = memo.other.get(name);
  if (found === undefined) memo.other.set(name, (found = hasWholeName(text, name)));
  return found;
}

/** `name` somewhere in `text` with no letter, digit, "_" or "$" on either side (no memo). */
function hasWholeName(text: string, name: string): boolean {
  const isNameChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_$]/u.test(c);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) if (!isNameChar(text[at - 1]) && !isNameChar(text[at + name.length])) return true;
  return false;
}
const NAME_RUN = /[\p{L}\p{N}_$]+(?:\.[\p{L}\p{N}_$]+)*/gu;
/** Names by document text, for the run (a few documents at a time; the last ones kept). */
const namesOf = new Map<string, { names: Set<string>; other: Map<string, boolean> }>();

/** Shortest identifier compared by mistypedCodes: below, one edit makes another real name
 *  (`id`/`ids`, `ref`/`refs`, `item`/`items`). */
const MIN_CODE = 5;

/** An identifier of the translation that is nowhere in the source but one edit from one that is:
 *  a mistyped name ("`isPackee`" for "`isPacked`", "[`slica`](…/slice)"), even where the same name
 *  appears correctly elsewhere around it, so no bead loses it (the clean substitution above needs
 *  one lost and one added). Whole documents are compared, as mistypedLinks does: the aligner may
 *  place the sentence a bead off. One finding per distinct mistyped name, at its first use. */
function mistypedCodes(source: Document, target: Document, reported: readonly FindingDraft[]): FindingDraft[] {
  const src = (source.markup?.codes ?? []).filter((c) => IDENTIFIER.test(c.value));
  const tgt = (target.markup?.codes ?? []).filter((c) => IDENTIFIER.test(c.value));
  if (src.length === 0 || src.length * tgt.length > MAX_PAIRS) return [];
  const known = new Set(src.map((c) => c.value));
  const done = new Set(reported.map((f) => f.actual));
  const out: FindingDraft[] = [];
  for (const t of tgt) {
    if (known.has(t.value) || done.has(t.value) || t.value.length < MIN_CODE) continue;
    done.add(t.value);
    const near = src.find((s) => s.value.length >= MIN_CODE && withinEdits(s.value, t.value, 1));
    if (!near || renamedEverywhere(source, target, near.value, t.value)) continue;
    out.push(mistyped('code', t, t.value, near, near.value));
  }
  return out;
}

/** A name one edit from the source's that the translation uses instead of it everywhere — its
 *  examples included, and more than once: React's German "Your First Component" calls the
 *  component `Profil` in its code and its prose (20 times, `Profile` never). A mistyped name is
 *  written once, beside the right one in the code ("`isPackee`" where the sample says isPacked). */
function renamedEverywhere(source: Document, target: Document, lost: string, added: string): boolean {
  // Another member of one object (Vue's French `object.id` for `object.foo`: a newer English's
  // example) or a one-letter name (MDN's old French `o` for `myObj`) is another example, not the
  // source's own renamed.
  const owner = (c: string) => (c.includes('.') ? c.slice(0, c.lastIndexOf('.')) : null);
  if (added.length < 4 || (owner(lost) !== null && owner(lost) === owner(added))) return false;
  const shown = shownText(target);
  if (containsName(shown, lost) || containsName(shownText(source), added)) return false;
  let uses = 0;
  for (let at = shown.indexOf(added); at >= 0 && uses < 2; at = shown.indexOf(added, at + 1)) uses++;
  return uses >= 2 && (target.markup?.codeBlocks ?? []).some((b) => hasWholeName(b.value, added));
}

/** A site whose headings carry no explicit ids (no "{#id}" in the source) gives each heading the
 *  id of its own text, so a translated page has translated ids, and a link into a page of the same
 *  site must follow them: opensource.guide's French "Building Community" links
 *  "../best-practices/#apprendre-à-dire-non" for the source's "../best-practices/#learning-to-say-no",
 *  as the French page's heading "Apprendre à dire non" requires. There, a link of the site (no host)
 *  to the same page is the same link whatever its fragment. Where the source writes its ids (React's
 *  "{/*the-render-tree*\/}"), they are kept in every language and the fragment is compared. */
function linkMatcher(source: Document): (s: LinkKey, t: LinkKey) => boolean {
  if ((source.markup?.anchors ?? []).some((a) => !a.broken)) return sameLink;
  return (s, t) => sameLink(s, t) || (s.host === '' && t.host === '' && s.base === t.base && s.fragment !== '' && t.fragment !== '');
}

function linkFindings(ctx: CheckContext, anchors: ReadonlyMap<MarkupAnchor, MarkupAnchor>): FindingDraft[] {
  const { source, target, beads } = ctx.alignment;
  const langs = [source.lang, target.lang];
  const matcher = linkMatcher(source);
  // A link to a section whose anchor the translation renamed, following the rename: Kubernetes'
  // German "[…](#cgroup-version-identifizieren)" for "[…](#check-cgroup-version)", the heading's
  // own "{#cgroup-version-identifizieren}" answering "{#check-cgroup-version}". The rename is
  // reported once, at the heading; the links that follow it are right.
  const renamed = new Set<string>();
  for (const [s, t] of anchors) renamed.add(`${s.id}\u0000${t.id}`);
  // …also where the source heading has no id of its own and is linked by its slug: "[requirements]
  // (#requirements)" for "### Requirements", "[Voraussetzungen](#Voraussetzungen)" for "###
  // Voraussetzungen {#Voraussetzungen}".
  for (const [slug, id] of sluggedRenames(ctx)) renamed.add(`${slug}\u0000${id}`);
  const followsRename = (s: LinkKey, t: LinkKey): boolean => s.host === '' && t.host === '' && s.base === t.base && renamed.has(`${s.fragment}\u0000${t.fragment}`);
  // A link of the translation to its own file answers the source's link to the same site: its
  // "Edit this page" link (see linksToOwnFile).
  const same = (s: LinkKey, t: LinkKey): boolean => matcher(s, t) || followsRename(s, t) || (s.host !== '' && s.host === t.host && linksToOwnFile(t, target.file.path));
  const srcLinks = linksBySentence(source, langs);
  const tgtLinks = linksBySentence(target, langs);
  if (srcLinks.size === 0) return [];
  const of = (map: Map<number, KeyedLink[]>, idx: readonly number[]) => idx.flatMap((i) => map.get(i) ?? []);
  const out: FindingDraft[] = [];
  const reported = new Set<number>(); // target links already named in a finding
  for (let k = 0; k < beads.length; k++) {
    const b = beads[k];
    if (!isAligned(b)) continue;
    const mine = of(srcLinks, b.source);
    if (mine.length === 0) continue;
    const own = of(tgtLinks, b.target);
    // Aligner imprecision: a link may sit one bead off.
    const near = [...own, ...of(tgtLinks, mayShare(ctx.alignment, k, k - 1) ? beads[k - 1].target : []), ...of(tgtLinks, mayShare(ctx.alignment, k, k + 1) ? beads[k + 1].target : [])];
    const unmatched = own.filter((t) => !mine.some((s) => same(s.key, t.key)));
    const seen = new Set<string>();
    let cut: boolean | null = null;
    // The pages the translation's macros link to around this bead, read if a link is unmatched.
    let macros: Set<string> | null = null;
    for (const s of mine) {
      if (seen.has(s.url)) continue;
      seen.add(s.url);
      if (near.some((t) => same(s.key, t.key))) continue;
      if ((macros ??= macroLinks(target, [b.target[0] - 1, ...b.target, b.target[b.target.length - 1] + 1])).has(lastSegment(s.url))) continue;
      const src: Range = { start: s.start, end: s.end };
      const caseOnly = unmatched.find((t) => t.url.toLowerCase() === s.url.toLowerCase());
      if (caseOnly) {
        out.push({
          check: 'entity',
          severity: 'minor',
          message: `the link “${shown(s.url)}” is written “${shown(caseOnly.url)}” in the translation`,
          target: { start: caseOnly.start, end: caseOnly.end },
          source: src,
          actual: caseOnly.url,
          expected: s.url,
        });
        continue;
      }
      // A cut-short translation lacks everything after the cut: truncation says so.
      if ((cut ??= cutShort(ctx, b) !== null || stopsAfter(ctx, k))) continue;
      const other = unmatched.length === 1 && mine.length === 1 ? unmatched[0] : null;
      out.push({
        check: 'entity',
        message: other
          ? `the link “${shown(s.url)}” of the source is “${shown(other.url)}” in the translation`
          : `the link “${shown(s.url)}” of the source is missing from the translation`,
        target: other ? { start: other.start, end: other.end } : sentencesRange(target, b.target),
        source: src,
        ...(other ? { actual: other.url } : {}),
        expected: s.url,
      });
      if (other) reported.add(other.start);
    }
  }
  for (const f of mistypedLinks(srcLinks, tgtLinks, reported, same)) out.push(f);
  return out;
}

/** A link the translation makes with a template macro that names the page: MDN's French writes
 *  "({{Glossary("HTML")}})" where the English has "([HTML](/en-US/docs/Glossary/HTML))", and
 *  {{domxref("PromiseRejectionEvent.promise","promise")}} for "[`promise`](/en-US/docs/Web/API/
 *  PromiseRejectionEvent/promise)": the macro's first argument ends as the link's path does.
 *  The last names (after "/" or ".") of those arguments, lower-cased, in the given sentences. */
function macroLinks(doc: Document, sentences: readonly number[]): Set<string> {
  const out = new Set<string>();
  const text = doc.file.text;
  for (const i of sentences) {
    const s = doc.sentences[i];
    if (!s) continue;
    // The sentence as written, from its line's start: a macro opening it is masked out of its text.
    const from = Math.max(lineStartWithin(text, s.start, 200), s.start - 200);
    const raw = text.slice(from, s.end);
    if (!raw.includes('{{')) continue;
    for (const m of raw.matchAll(MACRO)) out.add(lastName(m[1]));
  }
  return out;
}
/** {{name("argument" …)}}: KumaScript (MDN), and the same call syntax in other wikis' templates. */
const MACRO = /\{\{\s*[A-Za-z_][\w-]{0,40}\s*\(\s*["']([^"'{}\n]{1,200})["']/g;

const lastName = (s: string): string => {
  const parts = s.split(/[/.]/).filter((x) => x !== '');
  return (parts[parts.length - 1] ?? '').toLowerCase();
};

/** The last path segment of a link, decoded and lower-cased ("…/Web/API/Window#x" → "window"). */
function lastSegment(url: string): string {
  const path = url.replace(/[?#].*$/s, '').replace(/\/+$/, '');
  let seg = path.slice(path.lastIndexOf('/') + 1);
  try {
    seg = decodeURIComponent(seg);
  } catch {
    // a malformed escape stays as written
  }
  return seg === '' ? '\u0000' : seg.toLowerCase();
}

/** Pairs compared by mistypedLinks at most: beyond, a page is a link list, not prose. */
const MAX_PAIRS = 250_000;

/** A link of the translation that no source link matches but one is a few characters from: a typo
 *  that breaks the link even where the aligner cannot tell which sentence it belongs to (the
 *  Vietnamese React page kept the English sentence and added its translation, whose link reads
 *  "/reference/react-dom/comComponents/common"). */
function mistypedLinks(srcLinks: Map<number, KeyedLink[]>, tgtLinks: Map<number, KeyedLink[]>, reported: Set<number>, same: (s: LinkKey, t: LinkKey) => boolean): FindingDraft[] {
  const src = [...srcLinks.values()].flat();
  const tgt = [...tgtLinks.values()].flat();
  if (src.length * tgt.length > MAX_PAIRS) return [];
  const out: FindingDraft[] = [];
  for (const t of tgt) {
    if (reported.has(t.start) || src.some((s) => same(s.key, t.key))) continue;
    const near = src.find((s) => s.key.host === t.key.host && withinEdits(s.key.base, t.key.base, 3));
    if (!near) continue;
    reported.add(t.start);
    out.push(mistyped('link', t, t.url, near, near.url));
  }
  return out;
}

/** A name or link of the translation that no source one matches, a few edits from one that does
 *  (mistypedCodes, mistypedLinks). */
function mistyped(what: 'code' | 'link', at: Range, actual: string, near: Range, expected: string): FindingDraft {
  return {
    check: 'entity',
    message: `the ${what} “${actual}” of the translation is not in the source, which has “${expected}”: a mistyped ${what === 'code' ? 'name' : 'link'}?`,
    target: { start: at.start, end: at.end },
    source: { start: near.start, end: near.end },
    actual,
    expected,
  };
}

/** Edit distance of a and b ≤ max (and > 0), by the banded dynamic programme: O(len × max). */
function withinEdits(a: string, b: string, max: number): boolean {
  if (a === b || Math.abs(a.length - b.length) > max || a.length > 2000 || b.length > 2000) return false;
  let prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(max + 1);
    cur[0] = i;
    let best = cur[0];
    for (let j = Math.max(1, i - max); j <= Math.min(b.length, i + max); j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j] < best) best = cur[j];
    }
    if (best > max) return false;
    prev = cur;
  }
  return prev[b.length] <= max;
}

/** The anchor with the heading text before it: "Bộ điều khiển node {#bo-dieu-khien-node}". The
 *  anchor itself is markup, outside every sentence; the span starts in the heading's sentence so
 *  that reports place it on the heading's line and column. */
function withHeading(doc: Document, a: Range): Range {
  const h = headingSentence(doc, a);
  return { start: h < 0 ? a.start : doc.sentences[h].start, end: a.end };
}

/** The anchors a page really has (not those written without their "#"). */
const liveAnchors = (doc: Document): MarkupAnchor[] => (doc.markup?.anchors ?? []).filter((a) => !a.broken);

/** Heading anchors of the source paired with those of the translation through the alignment: the
 *  anchor of the heading the source heading is translated by. Paired in document order, one extra
 *  id shifted every pair after it: Kubernetes' German "About cgroup v2" writes "### Voraussetzungen
 *  {#Voraussetzungen}" where the English heading has no id, and "migrating-cgroupv2" was reported
 *  as "Voraussetzungen". A heading whose translation the aligner did not find pairs with nothing. */
function anchorPairs(ctx: CheckContext): Map<MarkupAnchor, MarkupAnchor> {
  const { source, target, beads } = ctx.alignment;
  const out = new Map<MarkupAnchor, MarkupAnchor>();
  const src = liveAnchors(source);
  const tgt = liveAnchors(target);
  if (src.length === 0 || tgt.length === 0) return out;
  const beadOf = beadsBySentence(ctx.alignment, 'source');
  const tgtBySentence = new Map<number, MarkupAnchor>();
  for (const t of tgt) tgtBySentence.set(headingSentence(target, t), t);
  for (const s of src) {
    const si = headingSentence(source, s);
    if (si < 0 || beadOf[si] < 0) continue;
    for (const j of beads[beadOf[si]].target) {
      const t = tgtBySentence.get(j);
      if (t) {
        out.set(s, t);
        break;
      }
    }
  }
  return out;
}

/** For each anchor of the translation, the slug of the source sentences its heading translates
 *  (GitHub's and Hugo's ids of a heading written without one: lower case, punctuation dropped,
 *  spaces as "-"). */
function sluggedRenames(ctx: CheckContext): [string, string][] {
  const { source, target, beads } = ctx.alignment;
  const tgt = liveAnchors(target);
  if (tgt.length === 0) return [];
  const beadOf = beadsBySentence(ctx.alignment, 'target');
  const out: [string, string][] = [];
  for (const t of tgt) {
    const j = headingSentence(target, t);
    if (j < 0 || beadOf[j] < 0) continue;
    for (const i of beads[beadOf[j]].source) out.push([slug(source.sentences[i].text), t.id]);
  }
  return out;
}

const slug = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s+/g, '-');

/** Source sentence `si` stands in a 1-1 bead whose neighbours pair text on both sides. */
function steadyHeading(ctx: CheckContext, si: number): boolean {
  const { beads } = ctx.alignment;
  const k = si < 0 ? -1 : beadsBySentence(ctx.alignment, 'source')[si];
  if (k < 0 || beads[k].source.length !== 1 || beads[k].target.length !== 1) return false;
  const paired = (j: number) => j < 0 || j >= beads.length || (beads[j].source.length > 0 && beads[j].target.length > 0);
  return paired(k - 1) && paired(k + 1);
}

/** Two ids with a word of three letters or more in common, in any case. */
function shareWord(a: string, b: string): boolean {
  const words = new Set(a.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3));
  return b
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => w.length >= 3 && words.has(w));
}

/** The sentence a heading anchor closes: the last one starting at or before it (-1: none). */
const headingSentence = (doc: Document, a: Range): number => lastSentenceAt(doc, a.start, 'start');

/** A pair of anchors (anchorPairs) is reported when each id is unknown to the other side (a section
 *  the translation lacks is the omission check's business, not a broken anchor). */
function anchorFindings(ctx: CheckContext, pairs: ReadonlyMap<MarkupAnchor, MarkupAnchor>): FindingDraft[] {
  const { source, target } = ctx.alignment;
  const src = liveAnchors(source);
  const all = target.markup?.anchors ?? [];
  const tgt = liveAnchors(target);
  const srcIds = new Set(src.map((a) => a.id));
  const tgtIds = new Set(tgt.map((a) => a.id));
  const keptIds = src.filter((a) => tgtIds.has(a.id)).length;
  const out: FindingDraft[] = [];
  // An id the source has, written without its "#" in the translation.
  if (src.length > 0) {
    for (const t of all) {
      if (!t.broken || !srcIds.has(t.id)) continue;
      const s = src.find((x) => x.id === t.id)!;
      out.push({
        check: 'entity',
        message: `the heading anchor “${t.id}” has lost its “#” in the translation (“{${t.id}}”): the section has no anchor, and the braces show as text`,
        target: withHeading(target, t),
        source: withHeading(source, s),
        actual: `{${t.id}}`,
        expected: `{#${t.id}}`,
      });
    }
  }
  for (const [s, t] of pairs) {
    if (tgtIds.has(s.id) || srcIds.has(t.id)) continue;
    // On a page whose sections the translation rewrote, Vue's French "Reactivity Fundamentals", the
    // aligner paired "Ref Unwrapping in Templates" with "Pièges lors de déballage de tableaux et
    // collections". A pair is taken when the ids share a word ("using-cgroupv2" →
    // "cgroupv2-verwenden"), or, on a page that keeps at most half its ids as written, when the
    // headings are paired one to one between paired text ("about-us" → "a-propos").
    if (!shareWord(s.id, t.id) && (keptIds > src.length / 2 || !steadyHeading(ctx, headingSentence(source, s)))) continue;
    out.push({
      check: 'entity',
      message: `the heading anchor “${s.id}” is “${t.id}” in the translation: links to the section break`,
      target: withHeading(target, t),
      source: withHeading(source, s),
      actual: t.id,
      expected: s.id,
    });
  }
  return out;
}
