// Text left in the source language, or in a third language, inside the translation.
// The seed case: Vietnamese "OpenAI … đang đốt through cash mặc dù tính phí cho développeurs …"
// keeps English "through cash" (source: "is burning through cash") and French "développeurs",
// which the French version of the same page contains: leaked from it. And the French page ends in
// English web boilerplate: "Source link", "Leave a Reply".
//
// Three findings, most specific last: a sentence identical to its source; a whole sentence in
// another language; a fragment of foreign prose, or a word in another script, inside a sentence.
// A bare term kept in the source language is not one of them (isKeptTerm; `kept-term` notes it). Names, brands and codes stay
// (capitalised, all-caps and alphanumeric words are never foreign), as do loanwords of the target
// language, the user's allowlist and the do-not-translate glossary.
// Split with `wrong-language`: sentences of paragraphs that check reports are skipped here.
import { langData, langName } from '../lang/index.js';
import { foreignRuns, profileFor, sentenceLanguage, type ForeignRun, type Profile } from '../lang/foreign.js';
import { otherScriptRuns, type OtherScriptRun } from '../lang/other-script.js';
import { termRanges } from '../lang/terms.js';
import { tokenize, type Token } from '../lang/tokens.js';
import { hasWordList, inWordList, isFunctionWord, isNativeWord, isProseWord, loanPhrases } from '../lang/words.js';
import { isLetterCode } from '../lang/script.js';
import type { Check, CheckContext, Document, FindingDraft, Lang, Range } from '../types/index.js';
import { wrongLanguageParagraphs } from './wrong-language.js';
import { linkedNameRanges } from './shared/linked-names.js';
import { isAttribution, isProgramMessage } from './shared/lines.js';
import { lettersCovered, quotationAround } from './shared/text.js';

const ID = 'untranslated';

export const untranslated: Check = {
  id: ID,
  description: 'Source-language prose or third-language text left in the translation.',
  category: 'Accuracy/Untranslated',
  severity: 'major',
  run: (ctx) => readForeignText(ctx).drafts,
};

/** A source-language term kept in the translation (see isKeptTerm), for the `kept-term` note. */
export interface KeptTerm {
  lower: string;
  target: Range;
  source: Range | null;
}

/**
 * Kept terms are not untranslated text. What editors call untranslated is running source-language
 * prose — a phrase with its function words ("burning through cash"), a clause, a whole sentence —
 * or a word of a third language. A bare noun or noun phrase of the source language (React docs in
 * Vietnamese: "component" ×39, "array", "props", "state"; Kubernetes: "node", "control plane",
 * "feature gate"; talks: "sushi", "pixel") is the technical register of the target language:
 * reported by `kept-term` (off by default) and made an error by a term base entry (`glossary`).
 * Judged on 16 React pages: 173 untranslated findings, 150 of them such terms.
 */
export function isKeptTerm(run: ForeignRun, p: Profile): boolean {
  if (run.lang !== p.source) return false;
  const words = run.tokens.filter((t) => t.kind === 'word');
  if (words.length === 0 || words.length > KEPT_MAX_WORDS) return false;
  if (words.some((t) => isFunctionWord(p.source, t.lower) || isProseWord(p.source, t.lower))) return false;
  // An adverb made from an adjective of five letters or more: "radically politicized artist", "completely
  // different story" put into French talks are prose ("early access" keeps its short stem, and
  // "read-only" is no adverb).
  const adverb = langData(p.source)?.lexicon.adverbEnding;
  if (adverb && words.some((t) => t.lower.endsWith(adverb) && t.lower.length - adverb.length >= 5 && /^\p{L}+$/u.test(t.lower) && inWordList(p.source, t.lower.slice(0, -adverb.length)))) return false;
  // A verb inside the run: "expects" in "now expects revenue" (a noun phrase ends in its plural).
  const ending = langData(p.source)?.lexicon.verbEnding;
  return !(ending && words.slice(0, -1).some((t) => t.lower.length > ending.length + 2 && t.lower.endsWith(ending) && !t.lower.endsWith(ending + ending) && inWordList(p.source, t.lower.slice(0, -ending.length))));
}

/** "single responsibility principle" is still a term; four words without a verb's helpers are rare. */
const KEPT_MAX_WORDS = 3;

/** Everything foreign in the translation, read once: untranslated findings and kept terms. */
export function readForeignText(ctx: CheckContext): { drafts: FindingDraft[]; kept: KeptTerm[] } {
  const { source, target, beads } = ctx.alignment;
  const kept: KeptTerm[] = [];
  if (source.lang === target.lang) return { drafts: [], kept };
  const p = profileFor(source.lang, target.lang, ctx.others.map((d) => d.lang));
  const skip = wrongLanguageParagraphs(target);
  const userTerms = [...(ctx.allowlist[target.lang] ?? []), ...(ctx.allowlist['*'] ?? []), ...ctx.glossary];
  const terms = [...userTerms, ...loanPhrases(target.lang)];
  const drafts: FindingDraft[] = [];
  // What a target text says by itself (tokens, allowlisting, its language, its foreign runs) is
  // the same wherever it occurs: read once per distinct text. Aligned files repeat segments
  // (55 % of the 50k-line benchmark), and this was the run's costliest check.
  const readings = new Map<string, Reading>();
  // In how many target sentences each word stands: read once, only if a copied sentence asks.
  let usage: Map<string, Usage> | null = null;
  for (const bead of beads) {
    const src = bead.source.map((i) => source.sentences[i]);
    for (const j of bead.target) {
      const s = target.sentences[j];
      if (skip.has(s.paragraph)) continue;
      let r = readings.get(s.text);
      if (!r) readings.set(s.text, (r = {}));
      // A whole sentence the user allowlisted ("Leave a Reply" kept on purpose) is never flagged.
      if (userTerms.length > 0 && (r.allowlisted ??= lettersCovered(s.text, termRanges(s.text, userTerms)))) continue;
      // Tokens are not kept: holding every distinct sentence's tokens until the check ends cost
      // more in garbage collection than tokenizing again where a later sentence needs them.
      let tokens: Token[] | null = null;
      const toks = () => (tokens ??= tokenize(s.text));
      const sourceRange: Range | null = src.length > 0 ? { start: src[0].start, end: src[src.length - 1].end } : null;
      const whole = { start: s.start, end: s.end };
      // Titles and project names linked as the source links them are kept on purpose (see
      // shared/linked-names.ts): neither a sentence's language nor a fragment, nor copied words.
      const names = linkedNameRanges(target, s, source);
      const copied = () => copiedWords(outside(toks(), [...names, ...handleRanges(s.text)]), p);
      // A pull quote's credit line, "— @lee-dohm on Atom's decision making process", names the
      // speaker and the talk as the source does: an attribution, not prose left in English.
      if (isAttribution(s.text) || isProgramMessage(s.text)) continue;
      // A title the translation labels as being in the source language: Vue's French "Free Vue.js
      // Lesson on Defining Custom Events (EN)" (a link to an English lesson), MDN's "(article en
      // anglais)". Kept in English on purpose, and said so.
      if (labelledAsSource(s.text, source.lang, target.lang)) continue;
      if (src.some((x) => x.text.trim() === s.text.trim()) && (names.length > 0 ? copied() : (r.copied ??= copied())) >= 2) {
        if (termRow(target.file.text.slice(s.start, s.end), toks(), p, (usage ??= wordUsage(target)), target)) continue;
        drafts.push({ check: ID, message: `Sentence left untranslated: identical to the ${langName(source.lang)} source`, target: whole, source: sourceRange, actual: s.text });
        continue;
      }
      const sentenceLang = names.length > 0 ? languageWithout(s.text, names, p) : r.lang !== undefined ? r.lang : (r.lang = sentenceLanguage(s.text, toks(), p));
      if (sentenceLang) {
        // The row of terms need not be the source's own: React's Vietnamese "Referencing Values
        // with Refs" heads its table "| ref | state |" for the English "| refs | state |".
        if (sentenceLang.lang === source.lang && termRow(target.file.text.slice(s.start, s.end), toks(), p, (usage ??= wordUsage(target)), target)) continue;
        // Terms the translation sets in italics, as French marks a foreign word: the Python docs'
        // JSON table writes "*list*, *tuple*" for the cell "list, tuple".
        if (sentenceLang.lang === source.lang && emphasisedTerms(target.file.text.slice(s.start, s.end))) continue;
        // The source's names joined by the translation's own words: Kubernetes' Spanish "Labels"
        // heads a section "Service y ReplicationController" ("Service and ReplicationController"),
        // read as French for "Service" and "y".
        if (namesJoined(toks(), src, target.lang)) continue;
        // A third language named from two words is a guess: GNOME Calculator's French "Kuna
        // croate" (Croatian kuna) was "Croatian". (The source's language is told by its words.)
        if (sentenceLang.lang !== source.lang && toks().filter((t) => t.kind === 'word' && t.letters >= 2).length < 3) continue;
        const what = sentenceLang.lang === source.lang ? `${langName(source.lang)} (the source language)` : langName(sentenceLang.lang);
        drafts.push({ check: ID, message: `Sentence in ${what}, not ${langName(target.lang)}: left untranslated`, target: whole, source: sourceRange, actual: s.text });
        continue;
      }
      // Words in a script the target is not written in are foreign whatever a word list says.
      const scripts = (r.scripts ??= otherScriptRuns(toks(), target.lang));
      // …unless the source writes them too: GNOME Calculator's "multiples of π", "%s μm" — a
      // constant and a unit prefix, symbols in every language (11 false findings in three PO files).
      // A single letter is a symbol too: "µm" for "um" (micrometre), "Ω", "Δt".
      for (const run of scripts) if (run.end - run.start > 1 && !src.some((x) => x.text.includes(s.text.slice(run.start, run.end)))) drafts.push(otherScriptDraft(run, s.start, s.text, p));
      const opts = {
        protectedRanges: () => [...(terms.length > 0 ? termRanges(s.text, terms) : []), ...identifierRanges(s.text), ...names],
        elsewhere: (fragment: string) => versionContaining(ctx.others, fragment, '')?.lang ?? '',
      };
      let runs = names.length > 0 ? foreignRuns(s.text, toks(), p, opts) : (r.runs ??= foreignRuns(s.text, toks(), p, opts));
      // The source sentences' words, read for this bead only when a run asks (most beads have none).
      let srcWords: Set<string> | null = null;
      const sourceWords = () => (srcWords ??= new Set(src.flatMap((x) => tokenize(x.text).map((t) => t.lower))));
      // A run widened by words both languages share keeps only those its source has: read again
      // for this bead (rare: the runs cached per text do not depend on the source).
      if (runs.some((run) => run.widened) && src.length > 0) {
        const words = sourceWords();
        runs = foreignRuns(s.text, toks(), p, { ...opts, widenWith: (w) => words.has(w) });
      }
      // Runs of one sentence reported together (see joinRuns), kept terms apart.
      const reported: ForeignRun[] = [];
      for (let run of runs) {
        if (scripts.some((o) => o.start < run.end && run.start < o.end)) continue;
        // Words the source sentence has too are the source's, whatever list also knows them:
        // "Chế độ zen" for "Zen mode" keeps the source's "zen", which the French list has and
        // the English one lacks — no French leaked from fr.json.
        // So are the source's words in the singular: Vietnamese "Các plugin" for "Plugins" (AppFlowy)
        // writes the plural with "các" and keeps the noun bare — not French leaked from fr.json.
        if (run.lang !== p.source && src.length > 0) {
          const words = sourceWords();
          if (run.tokens.every((t) => words.has(t.lower) || words.has(t.lower + 's') || words.has(t.lower + 'es'))) run = { ...run, lang: p.source };
        }
        // A third language's word that the source file writes too, in any case and anywhere (a
        // link, a shortcode): a name of the page's subject. Kubernetes' Vietnamese "cấu hình cri-o"
        // read as French "cri-o"; the English writes "CRI-O" and {{< glossary_tooltip term_id="cri-o" >}}.
        if (run.lang !== p.source && writtenInFile(source, s.text.slice(run.start, run.end))) continue;
        // The source's own words given in brackets after their translation, as Vietnamese technical
        // writing glosses its terms: "được đánh dấu là *đang bị xóa* (deletion in progress)".
        if (run.lang === p.source && glossOfSource(s.text, run, src)) continue;
        // Two source words in the other order are a translation, not a copy: French puts the noun
        // first, "scripts shell" for "shell scripts" (the French Python tutorial), "modèle open
        // source" aside. A copy keeps the source's order.
        if (run.lang === p.source && run.tokens.length === 2 && src.length > 0 && reversedInSource(run, src)) continue;
        // Small words inside a name kept as the source writes it: the German "am BEACON Center for
        // the Study of Evolution in Action" keeps the institution's English name; its capitalised
        // words read as a name, "for the" between them did not.
        // (An unpaired sentence, the English revised since, looks the name up in the whole source.)
        if (run.lang === p.source && insideSourceName(s.text, toks(), run, (span) => (src.length > 0 ? src.some((x) => x.text.includes(span)) : source.file.text.includes(span)))) continue;
        // Target-language words, one of them given a plural "-s" it does not take: a talk's French
        // "les vents glacials" (for "glaciaux") read as English "vents glacials".
        if (run.lang === p.source && hasWordList(p.target) && run.tokens.every((t) => inWordList(p.target, t.lower) || (t.lower.length > 4 && t.lower.endsWith('s') && inWordList(p.target, t.lower.slice(0, -1))))) continue;
        // The language's own keywords, named in prose: javascript.info's Vietnamese "có "this" khác
        // nhau" quotes the keyword the page writes as `this` in its code throughout, as its English
        // does. Words the source only ever writes as inline code are code, not English.
        if (run.lang === p.source && run.tokens.every((t) => codeWords(source).has(t.text))) continue;
        if (isKeptTerm(run, p)) {
          const lower = run.tokens.map((t) => t.lower).join(' ');
          kept.push({ lower, target: { start: s.start + run.start, end: s.start + run.end }, source: sourceRange });
          continue;
        }
        reported.push(run);
      }
      for (const run of joinRuns(reported, s.text, toks())) drafts.push(fragmentDraft(ctx, run, s.start, s.text, src.map((x) => x.index), p));
    }
  }
  return { drafts, kept };
}

/** Is the run lower-case words between two capitalised words, the whole span written as is in the
 *  source ("Center for the Study")? */
function insideSourceName(text: string, tokens: readonly Token[], run: ForeignRun, inSource: (span: string) => boolean): boolean {
  if (run.tokens.some((t) => t.shape !== 'lower')) return false;
  const first = tokens.findIndex((t) => t.start === run.tokens[0].start);
  const last = first + run.tokens.length - 1;
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (first < 1 || !after || !isCapitalised(before) || !isCapitalised(after)) return false;
  return inSource(text.slice(before.start, after.end));
}

const isCapitalised = (t: Token): boolean => t.kind === 'word' && /^\p{Lu}/u.test(t.text);

/** The run's two words stand in the source side by side in the other order, never in its own. */
function reversedInSource(run: ForeignRun, src: readonly { text: string }[]): boolean {
  const [a, b] = run.tokens.map((t) => t.lower);
  let reversed = false;
  for (const x of src) {
    const words = tokenize(x.text).map((t) => t.lower);
    for (let k = 1; k < words.length; k++) {
      if (words[k - 1] === a && words[k] === b) return false;
      if (words[k - 1] === b && words[k] === a) reversed = true;
    }
  }
  return reversed;
}

/** Is the run the whole content of brackets that follow other words, and words of the source
 *  sentence, as written there? */
function glossOfSource(text: string, run: ForeignRun, src: readonly { text: string }[]): boolean {
  let a = run.start - 1;
  while (a >= 0 && text[a] === ' ') a--;
  let b = run.end;
  while (b < text.length && text[b] === ' ') b++;
  if (a < 1 || text[a] !== '(' || text[b] !== ')') return false;
  if (!/[\p{L}\p{N}*_]\s*$/u.test(text.slice(Math.max(0, a - 40), a))) return false;
  const phrase = text.slice(run.start, run.end).toLowerCase().replace(/\s+/g, ' ');
  return src.some((x) => x.text.toLowerCase().replace(/\s+/g, ' ').includes(phrase));
}

/** Tokens outside `ranges`. */
function outside(tokens: readonly Token[], ranges: readonly Range[]): readonly Token[] {
  return ranges.length === 0 ? tokens : tokens.filter((t) => !ranges.some((r) => t.start >= r.start && t.end <= r.end));
}

/** @handles ("@agnostic-apollo", "@AndreaGriffiths11"): names, whatever words they are made of —
 *  opensource.guide's list of a guide's contributors is copied as it must be. */
function handleRanges(text: string): Range[] {
  if (text.indexOf('@') < 0) return [];
  const out: Range[] = [];
  for (const m of text.matchAll(HANDLE)) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out;
}
const HANDLE = /(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_-]+/gu;

/** The language of a sentence read without its linked names (blanked: offsets hold). */
function languageWithout(text: string, names: readonly Range[], p: Profile): { lang: Lang; confidence: number } | null {
  let rest = text;
  for (const r of names) rest = rest.slice(0, r.start) + ' '.repeat(r.end - r.start) + rest.slice(r.end);
  return sentenceLanguage(rest, tokenize(rest), p);
}

/** Words between two runs of one language that still make them one passage: "component has" ·
 *  "a" · "lot of visual states" · "," · "it can be convenient to show them all" is one English
 *  sentence left above its French translation (React, "Reacting to Input with State"), not three
 *  defects. Joined when at most MAX_JOIN_WORDS words lie between, each one the runs' language knows. */
const MAX_JOIN_WORDS = 2;

function joinRuns(runs: readonly ForeignRun[], text: string, tokens: readonly Token[]): readonly ForeignRun[] {
  if (runs.length < 2) return runs;
  const out: ForeignRun[] = [runs[0]];
  for (let k = 1; k < runs.length; k++) {
    const prev = out[out.length - 1];
    const run = runs[k];
    const between = tokens.filter((t) => t.start >= prev.end && t.end <= run.start && t.kind === 'word');
    const joinable =
      run.lang === prev.lang &&
      between.length <= MAX_JOIN_WORDS &&
      !/[.!?;:\n]/.test(text.slice(prev.end, run.start)) &&
      between.every((t) => hasWordList(run.lang) && inWordList(run.lang, t.lower));
    if (joinable) out[out.length - 1] = { ...prev, end: run.end, tokens: tokens.filter((t) => t.start >= prev.start && t.end <= run.end) };
    else out.push(run);
  }
  return out;
}

/** Identifiers written into prose — "about:config", "node_modules", "window.open", "config.yml":
 *  letters joined by ":", "." or "_" with no space. They are copied from the source as they must
 *  be, and their parts ("about", "config") are no words of any language. */
function identifierRanges(text: string): Range[] {
  // One pass, no regular expression: /[\p{L}\p{N}]+(?:[:._][\p{L}\p{N}]+)+/ backtracks over
  // every start of a long word without separator (quadratic on a 1 MB "word").
  const out: Range[] = [];
  if (!JOINED.test(text)) return out; // most sentences: a fixed-width test, no scan
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!WORD_CHAR.test(text[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    let joined = false;
    while (j < n) {
      if (WORD_CHAR.test(text[j])) j++;
      else if (JOINER.has(text[j]) && j + 1 < n && WORD_CHAR.test(text[j + 1])) {
        joined = true;
        j += 2;
      } else break;
    }
    if (joined) out.push({ start: i, end: j });
    i = j;
  }
  return out;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;
const JOINED = /[\p{L}\p{N}][:._][\p{L}\p{N}]/u;
const JOINER = new Set([':', '.', '_']);

function otherScriptDraft(run: OtherScriptRun, offset: number, text: string, p: Profile): FindingDraft {
  const fragment = text.slice(run.start, run.end);
  const what = run.lang ? langName(run.lang) : `${run.script} script`;
  return {
    check: ID,
    message: `${what} “${fragment}” in the ${langName(p.target)} text`,
    target: { start: offset + run.start, end: offset + run.end },
    source: null,
    actual: fragment,
  };
}

/** A copied row of terms, not an untranslated sentence: React's Vietnamese page keeps the table
 *  header "refs | state" whose two words its prose uses throughout ("Sự khác biệt giữa refs và
 *  state"), and the diagram caption "Prop drilling", a phrase its prose uses as a term ("… tình huống
 *  được gọi là "prop drilling""). Words set apart by punctuation or cell bars, each standing in
 *  another sentence of the translation; or a phrase of at most three words standing whole in a
 *  longer sentence of the translation. Never with a function or prose word of the source language:
 *  "Leave a Reply" stays untranslated, as does "Source link" (words the French page never uses) and
 *  the caption "React component" (the Vietnamese prose says "component React"). */
// `raw` is the sentence as written: Markdown masks a table's cell bars out of the sentence's text.
function termRow(raw: string, tokens: readonly Token[], p: Profile, usage: ReadonlyMap<string, Usage>, target: Document): boolean {
  const words = tokens.filter((t) => t.kind === 'word');
  if (words.length > TERM_ROW_MAX_WORDS) return false;
  let apart = true;
  for (let k = 0; k < words.length; k++) {
    const t = words[k];
    if (k > 0 && raw.slice(words[k - 1].end, t.start).trim() === '') apart = false;
    if (isFunctionWord(p.source, t.lower) || isProseWord(p.source, t.lower)) return false;
    if (t.letters >= 2 && (usage.get(t.lower)?.count ?? 0) < 2) return false;
  }
  if (apart) return true;
  // A phrase: whole, word-bounded, in a longer sentence, looked for in the sentences of its
  // rarest word (wordUsage keeps up to USAGE_KEPT of them).
  if (words.length > KEPT_MAX_WORDS) return false;
  const phrase = words.map((t) => t.lower).join(' ');
  const rarest = words.reduce((a, b) => ((usage.get(a.lower)?.longer.length ?? 0) <= (usage.get(b.lower)?.longer.length ?? 0) ? a : b));
  return (usage.get(rarest.lower)?.longer ?? []).some((j) => {
    const text = target.sentences[j].text.toLowerCase().replace(/\s+/g, ' ');
    if (text.trim() === phrase) return false;
    const at = text.indexOf(phrase);
    return at >= 0 && !/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[at + phrase.length] ?? ' ');
  });
}
const TERM_ROW_MAX_WORDS = 6;

/** A short sentence of capitalised names the source sentence writes, joined by at least one
 *  function word of the translation's language ("y", "und", "et", "và"), and nothing else. */
function namesJoined(tokens: readonly Token[], src: readonly { text: string }[], lang: string): boolean {
  const words = tokens.filter((t) => t.kind === 'word');
  if (words.length < 3 || words.length > 6 || src.length === 0) return false;
  let joiner = false;
  for (const w of words) {
    if (isFunctionWord(lang, w.lower)) joiner = true;
    else if (!/^\p{Lu}/u.test(w.text) || !src.some((x) => x.text.includes(w.text))) return false;
  }
  return joiner;
}

/** Only terms set in emphasis — "*list*, *tuple*", "_int_ ou _float_"? Each of one or two words;
 *  nothing else but punctuation and at most one short word between them ("et", "ou"). A sentence
 *  in italics ("*This page is not translated yet.*") is no list of terms. */
function emphasisedTerms(raw: string): boolean {
  let terms = 0;
  const rest = raw.replace(EMPHASISED_TERM, () => {
    terms++;
    return ' ';
  });
  return terms >= 2 && !/\p{L}{4,}/u.test(rest) && (rest.match(/\p{L}+/gu) ?? []).length <= 1;
}
const EMPHASISED_TERM = /(\*{1,2}|_{1,2})[\p{L}\p{N}][\p{L}\p{N}_.-]{0,30}(?: [\p{L}\p{N}_.-]{1,30})?\1(?![\p{L}\p{N}])/gu;
const USAGE_KEPT = 4;

/** For each word, in how many target sentences it stands (counted up to 2: termRow asks for two)
 *  and the first USAGE_KEPT of them that hold more words than a term does: a phrase is looked for
 *  there. Kubernetes' Vietnamese "cloud-controller" lists "Node controller" in three lists and a
 *  heading before its prose says "Node controller có vai trò…": the first four sentences with
 *  "controller" were the bare rows, and every row was "identical to the English source". */
interface Usage {
  count: number;
  longer: number[];
}
function wordUsage(doc: Document): Map<string, Usage> {
  const usage = new Map<string, Usage>();
  for (const s of doc.sentences) {
    const words = tokenize(s.text).filter((t) => t.kind === 'word');
    const longer = words.length > KEPT_MAX_WORDS;
    for (const w of new Set(words.map((t) => t.lower))) {
      let at = usage.get(w);
      if (!at) usage.set(w, (at = { count: 0, longer: [] }));
      if (at.count < 2) at.count++;
      if (longer && at.longer.length < USAGE_KEPT) at.longer.push(s.index);
    }
  }
  return usage;
}

/** What one target text says by itself, computed on first need (see run). */
interface Reading {
  allowlisted?: boolean;
  copied?: number;
  lang?: { lang: Lang; confidence: number } | null;
  runs?: ForeignRun[];
  scripts?: OtherScriptRun[];
}

/** Words of a copied sentence that show it is really untranslated: source-language words (not
 *  names) that the target does not also have. "Meta AI" copied as is is not untranslated. */
function copiedWords(tokens: readonly Token[], p: Profile): number {
  let n = 0;
  let foreign = false;
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || t.letters < 2 || (t.shape !== 'lower' && !(i === 0 && t.shape === 'title'))) return;
    if (!(hasWordList(p.source) ? inWordList(p.source, t.lower) : t.shape === 'lower')) return;
    n++;
    if (isNativeWord(p.target, t.lower) !== true) foreign = true;
  });
  return foreign ? n : 0;
}

/** Identifiers the document writes as inline code (`this`, `useState`), read once per document. */
const codeWordsOf = new WeakMap<Document, Set<string>>();
function codeWords(doc: Document): Set<string> {
  let words = codeWordsOf.get(doc);
  if (!words) {
    words = new Set();
    for (const c of doc.markup?.codes ?? []) if (/^[A-Za-z_$][\w$]{0,40}$/.test(c.value)) words.add(c.value);
    codeWordsOf.set(doc, words);
  }
  return words;
}

/** Does the document's file write each word of `phrase`, case aside ("cri-o" for "CRI-O")? The
 *  file's words are read once into a set. */
const fileWords = new WeakMap<Document, Set<string>>();
function writtenInFile(doc: Document, phrase: string): boolean {
  let words = fileWords.get(doc);
  if (!words) fileWords.set(doc, (words = new Set(doc.file.text.toLowerCase().match(FILE_WORD) ?? [])));
  const wanted = phrase.toLowerCase().match(FILE_WORD) ?? [];
  return wanted.length > 0 && wanted.every((w) => words.has(w));
}
const FILE_WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

function fragmentDraft(ctx: CheckContext, run: ForeignRun, offset: number, text: string, srcIdx: number[], p: Profile): FindingDraft {
  const { source } = ctx.alignment;
  const fragment = text.slice(run.start, run.end);
  const target = { start: offset + run.start, end: offset + run.end };
  const src = sourceSpan(source, srcIdx, run.tokens, p.source);
  if (run.lang === p.source) {
    // A whole quotation kept in the original (Altman's post on X, “fakes news out of control”) may be
    // a deliberate citation or a title: still worth a look, but minor.
    if (quoted(text, run.start, run.end) || mostOfQuotation(text, run.start, run.end) || emphasised(text, run.start, run.end) || quotationOfSource(text, run.start, run.end, srcIdx.map((i) => source.sentences[i].text))) {
      const message = `${langName(run.lang)} “${fragment}” left untranslated (a quotation: kept on purpose?)`;
      return { check: ID, severity: 'minor', message, target, source: src, actual: fragment };
    }
    return { check: ID, message: `${langName(run.lang)} “${fragment}” left untranslated`, target, source: src, actual: fragment };
  }
  const leak = versionContaining(ctx.others, fragment, run.lang);
  const message = leak
    ? `${langName(run.lang)} “${fragment}” — also in the ${langName(leak.lang)} version ${leak.file.path}; leaked from it?`
    : `${langName(run.lang)} “${fragment}” in the ${langName(p.target)} text`;
  return { check: ID, message, target, source: src, actual: fragment };
}

const QUOTES = new Set([...'"\'“”„‟‘’‚«»‹›「」『』']);

/** Is text[start, end) exactly the content of a pair of quotation marks (spaces aside)? */
function quoted(text: string, start: number, end: number): boolean {
  let a = start - 1;
  while (a >= 0 && (text[a] === ' ' || text[a] === '\u00a0' || text[a] === '\u202f')) a--;
  let b = end;
  while (b < text.length && (text[b] === ' ' || text[b] === '\u00a0' || text[b] === '\u202f')) b++;
  return a >= 0 && b < text.length && QUOTES.has(text[a]) && QUOTES.has(text[b]);
}

/** Is text[start, end) most of the words of the quotation it stands in? The French web-map-doc
 *  quotes the browser's error as the console prints it — « has been blocked by CORS policy » — and
 *  the run stops at the acronym. The quotation is looked for on the run's line, within QUOTE_REACH. */
function mostOfQuotation(text: string, start: number, end: number): boolean {
  const q = quotationAround(text, start, end, QUOTES, QUOTE_REACH);
  if (!q) return false;
  const letters = (x: string) => x.replace(/[^\p{L}]/gu, '').length;
  return letters(text.slice(start, end)) * 2 > letters(text.slice(q.start, q.end));
}

const QUOTE_REACH = 80;

/** Does text[start, end) stand inside a quotation the source sentence quotes word for word? A button
 *  label kept as the translated sample still shows it: React's Vietnamese "Thử nhấn "Toggle with
 *  setState" vài lần." for 'Try pressing "Toggle with setState" a few times.' (the run stops at the
 *  identifier, so it was not the whole quotation; its sibling "Remove from the DOM" was). */
function quotationOfSource(text: string, start: number, end: number, sources: readonly string[]): boolean {
  const q = quotationAround(text, start, end, QUOTES, QUOTE_REACH);
  const inside = q ? text.slice(q.start, q.end).trim() : '';
  return inside.length > 0 && sources.some((x) => x.includes(inside));
}

/** Is text[start, end) exactly the content of *emphasis* or _emphasis_ — how reStructuredText
 *  and Markdown catalogs set a term apart: the French Python tutorial's "un raccourci pour *else
 *  if*" for "short for 'else if'" names the keywords, as a quotation would. */
function emphasised(text: string, start: number, end: number): boolean {
  const a = text[start - 1];
  return start > 0 && (a === '*' || a === '_') && text[end] === a;
}

/** Another version containing `fragment` as is (whole words), versions in `lang` first. */
function versionContaining(others: readonly Document[], fragment: string, lang: Lang): Document | undefined {
  const ordered = [...others.filter((d) => d.lang === lang), ...others.filter((d) => d.lang !== lang)];
  return ordered.find((d) => containsWords(d.file.text, fragment));
}

function containsWords(text: string, fragment: string): boolean {
  const letter = (i: number) => i >= 0 && i < text.length && isLetterCode(text.charCodeAt(i));
  for (let i = text.indexOf(fragment); i >= 0; i = text.indexOf(fragment, i + 1)) {
    if (!letter(i - 1) && !letter(i + fragment.length)) return true;
  }
  return false;
}

/**
 * The source words a fragment stands for. The fragment's own words when the source has them
 * ("through cash"), widened by one word when it is a function word and one other word ("burning
 * through cash": the preposition belongs to the verb before it); else a source word sharing its
 * first 4 letters, accents aside ("développeurs" → "developers"); else the bead's source sentences.
 */
function sourceSpan(source: Document, srcIdx: readonly number[], run: readonly Token[], lang: Lang): Range | null {
  if (srcIdx.length === 0) return null;
  const toks: Token[] = [];
  for (const i of srcIdx) {
    const s = source.sentences[i];
    for (const t of tokenize(s.text)) toks.push({ ...t, start: t.start + s.start, end: t.end + s.start });
  }
  const want = run.map((t) => t.lower);
  // Longest stretch of the fragment's words found in order in the source (first one on ties).
  let best = { at: -1, len: 0, from: 0 };
  for (let from = 0; from < want.length; from++) {
    for (let k = 0; k < toks.length; k++) {
      let len = 0;
      while (from + len < want.length && k + len < toks.length && toks[k + len].lower === want[from + len]) len++;
      if (len > best.len) best = { at: k, len, from };
    }
  }
  if (best.len > 0 && (best.len > 1 || want[best.from].length >= 3)) {
    // Source words of the fragment next to the match join it ("through the cash" ← "through cash").
    const matched = new Set(want.slice(best.from, best.from + best.len));
    const rest = new Set(want.filter((w) => !matched.has(w)));
    let first = best.at;
    let last = best.at + best.len - 1;
    while (last + 1 < toks.length && rest.delete(toks[last + 1].lower)) last++;
    // Only a preposition with a bare object ("through cash", "through the cash") leans on the
    // verb before it; "over the next decade" is a phrase of its own, not "billion over the next decade".
    let content = 0;
    for (let k = first; k <= last; k++) if (toks[k].kind === 'word' && !isFunctionWord(lang, toks[k].lower)) content++;
    if (best.from === 0 && isFunctionWord(lang, want[0]) && content <= 1 && first > 0 && toks[first].spaced && toks[first - 1].kind === 'word') first--;
    return { start: toks[first].start, end: toks[last].end };
  }
  // Cognate: the source word sharing the most leading and trailing letters, at least 4 leading.
  const bare = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  let cognate: { tok: Token; score: number } | null = null;
  for (const r of run) {
    if (r.letters < 4) continue;
    const a = bare(r.text);
    for (const t of toks) {
      if (t.kind !== 'word' || t.letters < 4) continue;
      const b = bare(t.text);
      let pre = 0;
      while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
      if (pre < 4) continue;
      let suf = 0;
      while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
      if (!cognate || pre + suf > cognate.score) cognate = { tok: t, score: pre + suf };
    }
  }
  if (cognate) return { start: cognate.tok.start, end: cognate.tok.end };
  const s0 = source.sentences[srcIdx[0]];
  const s1 = source.sentences[srcIdx[srcIdx.length - 1]];
  return { start: s0.start, end: s1.end };
}

/** Does the text carry a bracketed label naming the source language: "(EN)", "[en]", "(article en
 *  anglais)", "(bằng tiếng Anh)"? The name is the source language's in the target's language and
 *  in English (Intl.DisplayNames). Brackets of at most 40 characters, looked at left to right. */
function labelledAsSource(text: string, sourceLang: Lang, targetLang: Lang): boolean {
  if (!/[([]/.test(text)) return false;
  const pair = `${sourceLang}>${targetLang}`;
  let names = sourceNames.get(pair);
  if (!names) sourceNames.set(pair, (names = [sourceLang, languageName(targetLang, sourceLang), languageName('en', sourceLang)]));
  for (let i = text.search(/[([]/); i >= 0 && i < text.length; ) {
    const close = text.slice(i + 1, i + 42).search(/[)\]]/);
    if (close >= 0) {
      const inside = text.slice(i + 1, i + 1 + close).trim().toLowerCase();
      if (names.some((n) => n !== '' && (inside === n || inside.endsWith(` ${n}`)))) return true;
    }
    const next = text.slice(i + 1).search(/[([]/);
    i = next < 0 ? -1 : i + 1 + next;
  }
  return false;
}

/** The names a label gives the source language, by "source>target" (ICU is asked once a pair). */
const sourceNames = new Map<string, string[]>();

/** `lang`'s name in `inLang`, lower case ("anglais" for en in fr); '' when ICU has none. */
function languageName(inLang: Lang, lang: Lang): string {
  try {
    const name = new Intl.DisplayNames([inLang], { type: 'language', fallback: 'none' }).of(lang);
    return name ? name.toLowerCase() : '';
  } catch {
    return '';
  }
}
