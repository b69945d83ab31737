// Source text with no counterpart in the translation: whole sentences (1-0 beads in the middle of
// the document) and clause-sized parts of a sentence. The trailing run of a translation that stops
// early belongs to `truncation`, a far-too-short sentence too (shared/coverage.ts decides both).
import { isFunctionWord } from '../lang/words.js';
import type { Bead, Check, CheckContext, FindingDraft, Lang } from '../types/index.js';
import { cutShort, FAR_SHARE, MIN_SOURCE_CHARS, movedSentences, trailingGap } from './shared/coverage.js';
import { classifyLine } from './shared/lines.js';
import { addedSinceTranslation } from './shared/sentence-edits.js';
import { extractNumbers, extractSpelledNumbers } from '../lang/numbers.js';
import { expectedRatio, isAligned, percent, sentenceLabel, sentencesLength, sentencesRange, wordCount } from './shared/text.js';

/** A bead whose target is under 60 % of its expected length may have lost a clause. Translations
 *  vary by ±25 % around the document's ratio, so above this nothing is said. */
const CLAUSE_SHARE = 0.6;
const MIN_CLAUSE_CHARS = 12;
/** A bead merging several source sentences into fewer target ones may hide a dropped sentence
 *  (the aligner cannot tell "translated as one" from "one left out" by length alone). A whole
 *  sentence is more evidence than a clause, so the length test is looser. */
const MERGED_SHARE = 0.85;
/** …and no share test at all when the sentence's absent anchors include a number: numbers survive
 *  translation, so a missing number plus a deficit of at least half the sentence's expected length
 *  is evidence enough ("States 4151 morning services on." dropped beside a 213-character sentence
 *  leaves the merged bead at 92 % of its expected length). */
const MERGED_SHARE_NUMBER = 1;

export const omission: Check = {
  id: 'omission',
  description: 'Source text with no counterpart in the translation: a sentence, or a clause of one.',
  category: 'Accuracy/Omission',
  severity: 'major',
  run(ctx) {
    const out: FindingDraft[] = [];
    const { beads } = ctx.alignment;
    const gap = trailingGap(ctx);
    const moved = movedSentences(ctx);
    // Sentences the source gained since the translation was made: `stale` says so (--since).
    const added = addedSinceTranslation(ctx);
    const end = gap ? gap.beads[0] : beads.length; // the gap runs to the end: stop before it
    let run: number[] = [];
    for (let k = 0; k <= end; k++) {
      const b: Bead | undefined = k < end ? beads[k] : undefined;
      // A passage the translator moved is translated, only elsewhere (shared/coverage.ts).
      const lost = b !== undefined && b.target.length === 0 && b.source.length > 0 && !b.source.some((i) => moved.source.has(i));
      if (lost) {
        for (const i of b.source) if (!added.has(i)) run.push(i);
        continue;
      }
      if (run.length > 0 && !(run.length === 1 && mergedIntoNeighbour(ctx, k - 1, run[0]))) out.push(missingSentences(ctx, run));
      run = [];
      // The last bead before "the translation stops here" is where it stopped: truncation reports
      // it, even when its "…" renders the source's own dash (a talk cut at "…un…" inside "a
      // collective of Japanese artists -- in Tokyo" read as that clause left out).
      if (b && !(gap && k === end - 1)) for (const f of missingClauses(ctx, b)) out.push(f);
    }
    return out;
  },
};

/** One sentence of its own paragraph, translated inside the paragraph next to it: "The museum
 *  reopened on Friday. ¶ It had been closed for two years." as "Le musée a rouvert vendredi après
 *  deux ans de fermeture." The aligner keeps the paragraphs apart (a 1-0 bead), but the
 *  neighbour's translation is far longer than its source and carries a trace of the lone
 *  sentence (its "two"): merged, not lost. `k` is the lone sentence's bead. */
function mergedIntoNeighbour(ctx: CheckContext, k: number, i: number): boolean {
  const { source, target, beads } = ctx.alignment;
  const ratio = expectedRatio(ctx);
  for (const n of [k - 1, k + 1]) {
    const nb = beads[n];
    if (!nb || !isAligned(nb)) continue;
    if (sentencesLength(target, nb.target) < sentencesLength(source, nb.source) * ratio * ROOM) continue;
    // Two words at least: one shared beginning is chance ("assume" and "assurez-vous" in React's
    // "Conditional Rendering" with a sentence really deleted, eval:inject).
    if (traceOf(ctx, nb, i, 2)) return true;
  }
  return false;
}
/** How much longer than expected a neighbour's translation must be to hold a second sentence: the
 *  ratio is estimated on beads that include the merge itself, so no more is asked. */
const ROOM = 1.1;

function missingSentences(ctx: CheckContext, ids: number[]): FindingDraft {
  const { source } = ctx.alignment;
  let words = 0;
  let debris = true;
  for (const i of ids) {
    const t = source.sentences[i].text;
    words += wordCount(t);
    if (classifyLine(t) === 'content') debris = false;
  }
  const what = ids.length === 1 ? `source ${sentenceLabel(ids)} has` : `source ${sentenceLabel(ids)} (${ids.length} sentences, ${words} words) have`;
  const echo = !debris && ids.every((i) => repeatsBefore(source.sentences, i));
  return {
    check: 'omission',
    // A dropped "Source: Wired" credit or share-bar line is no loss of content; nor, much, a
    // speaker's repetition the translator said once ("Why do we do that? Why do we do that?" →
    // "Pourquoi on fait ça ?", a talk).
    severity: debris || echo ? 'minor' : 'major',
    message: `${what} no translation${echo ? (ids.length === 1 ? ' (it repeats the sentence before it)' : ' (they repeat the sentences before them)') : ''}`,
    target: null,
    source: sentencesRange(source, ids),
  };
}

/** Is source sentence `i` word for word one of the two before it? */
function repeatsBefore(sentences: readonly { text: string }[], i: number): boolean {
  const t = sentences[i].text.trim().toLowerCase();
  for (let k = Math.max(0, i - 2); k < i; k++) if (sentences[k].text.trim().toLowerCase() === t) return true;
  return false;
}

/** Clause-sized omissions inside an aligned bead: the target is much shorter than expected AND a
 *  comma/semicolon/dash-separated part of the source has anchors (numbers, capitalised names) none
 *  of which the target has, AND that part would account for the missing length. */
function missingClauses(ctx: CheckContext, b: Bead): FindingDraft[] {
  if (!isAligned(b)) return [];
  const { source, target } = ctx.alignment;
  const srcLen = sentencesLength(source, b.source);
  if (srcLen < MIN_SOURCE_CHARS) return [];
  const ratio = expectedRatio(ctx);
  const tgtLen = sentencesLength(target, b.target);
  const share = tgtLen / (srcLen * ratio);
  const merged = b.source.length > b.target.length;
  if (share >= (merged ? MERGED_SHARE_NUMBER : CLAUSE_SHARE) || (!merged && share < FAR_SHARE) || cutShort(ctx, b)) return [];
  const deficit = srcLen * ratio - tgtLen;
  let tgtText = '';
  for (const j of b.target) tgtText += target.sentences[j].text + ' ';
  const tgtWords = new Set(tgtText.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []);
  const tgtNumbers = new Set(numbers(tgtText).map((n) => n.key));
  let tgtPrefixes: Set<string> | null = null;
  const isAbsent = (a: Anchor) => (a.number ? !tgtNumbers.has(a.key) : !tgtWords.has(a.key) && !cognateIn(a.key, (tgtPrefixes ??= wordPrefixes(tgtWords))) && !(a.acronym !== undefined && tgtText.includes(a.acronym)));
  const out: FindingDraft[] = [];
  for (const i of b.source) {
    const s = source.sentences[i];
    // "Total costs grew 9 percent. But overall sales have surged more than 22 percent. The company
    // expects …" translated as two sentences without the 22 percent: the middle one was dropped.
    if (merged) {
      const anchors = clauseAnchors(s.text, 0, s.text.length);
      const limit = anchors.some((a) => a.number) ? MERGED_SHARE_NUMBER : MERGED_SHARE;
      if (share < limit && anchors.length > 0 && anchors.every(isAbsent) && sentencesLength(source, [i]) * ratio * 0.5 <= deficit) {
        out.push({
          check: 'omission',
          message: `source sentence ${i + 1} has no translation in the merged translation of sentences ${b.source[0] + 1}–${b.source[b.source.length - 1] + 1} (${anchors.map((a) => a.text).join(', ')} absent; the translation is ${percent(share, 1)} of the expected length)`,
          target: sentencesRange(target, b.target),
          source: { start: s.start, end: s.end },
        });
        continue;
      }
      if (share >= CLAUSE_SHARE) continue;
    }
    // A catalog message may hold several sentences. The word opening one is a name-like anchor only
    // when the translation has fewer clauses than the message has sentences: "Your cart is empty.
    // Browse our products …" → "Giỏ hàng của bạn đang trống." lost "Browse …"; Mastodon's "You
    // don't have any bookmarked posts yet. When you bookmark one, …" → "Bạn chưa lưu tút nào, nếu
    // có sẽ thấy ở đây." kept both, condensed ("When" is no name).
    const opening = clauseCount(tgtText) < sentenceCount(s.text);
    let prev: { start: number; end: number; anchors: string[] } | null = null;
    const flush = () => {
      if (!prev) return;
      out.push({
        check: 'omission',
        message: `part of source sentence ${i + 1} has no translation: “${s.text.slice(prev.start, prev.end).replace(/\s+/g, ' ')}” (${prev.anchors.join(', ')} absent; the translation is ${percent(share, 1)} of the expected length)`,
        target: sentencesRange(target, b.target),
        source: { start: s.start + prev.start, end: s.start + prev.end },
      });
      prev = null;
    };
    for (const c of clauses(s.text)) {
      const len = c.end - c.start;
      const anchors = len >= MIN_CLAUSE_CHARS ? clauseAnchors(s.text, c.start, c.end, opening ? source.lang : null) : [];
      const absent = anchors.length > 0 && anchors.every(isAbsent) && len * ratio * 0.5 <= deficit;
      if (!absent) {
        flush();
        continue;
      }
      const names = anchors.map((a) => a.text);
      if (prev) {
        prev.end = c.end;
        for (const n of names) prev.anchors.push(n);
      } else prev = { start: c.start, end: c.end, anchors: names };
    }
    flush();
  }
  // No anchor names the lost sentence: its length may.
  if (merged && out.length === 0) {
    const i = droppedByLength(ctx, b, tgtLen, ratio, share);
    if (i !== null) {
      const s = source.sentences[i];
      return [{
        check: 'omission',
        message: `source sentence ${i + 1} has no translation: the translation of sentences ${b.source[0] + 1}–${b.source[b.source.length - 1] + 1} is only as long as the rest (${percent(share, 1)} of the expected length)`,
        target: sentencesRange(target, b.target),
        source: { start: s.start, end: s.end },
      }];
    }
  }
  return out;
}

/** A merged bead far too short for its sources (under LONE_SHARE) whose target is as long as all
 *  its sources but one (within ±20 %): that one was dropped. A three-sentence segment translated
 *  without its middle sentence ("The council met on Monday. It approved the new budget for
 *  schools. The vote was unanimous." → two French sentences): the aligner, with no lexicon inside
 *  one segment, may merge the first two rather than leave one untranslated, and the middle
 *  sentence has no number or name for the anchor test. */
function droppedByLength(ctx: CheckContext, b: Bead, tgtLen: number, ratio: number, share: number): number | null {
  if (share > LONE_SHARE) return null;
  const { source } = ctx.alignment;
  const total = sentencesLength(source, b.source);
  let best: { i: number; fit: number } | null = null;
  for (const i of b.source) {
    const len = sentencesLength(source, [i]);
    if (len < MIN_CLAUSE_CHARS * 2 || len < total * 0.3) continue;
    const fit = tgtLen / ((total - len) * ratio);
    if (fit < 0.8 || fit > 1.25 || traceOf(ctx, b, i)) continue;
    if (!best || Math.abs(Math.log(fit)) < Math.abs(Math.log(best.fit))) best = { i, fit };
  }
  return best ? best.i : null;
}

/** Whether the target of bead `b` shows a trace of source sentence `i` that the bead's other
 *  source sentences do not explain: one of its numbers (digits or spelled out), or `minWords` words of five
 *  letters or more whose first four letters, accents aside, start a target word ("museum" →
 *  "musée"). "The museum reopened on Friday. It had been closed for two years." translated "Le
 *  musée a rouvert vendredi après deux ans de fermeture." is two sentences merged and condensed,
 *  not the first one dropped. Length alone cannot tell; a trace can. */
function traceOf(ctx: CheckContext, b: Bead, i: number, minWords = 1): boolean {
  const { source, target } = ctx.alignment;
  const tgtText = b.target.map((j) => target.sentences[j].text).join(' ');
  // Spelled-out one is an article as often as a number ("qu’un fichier", "first"): two and up only.
  const spelled = (t: string, lang: string) => extractSpelledNumbers(t, lang).filter((m) => Math.abs(m.value) >= 2);
  const values = new Set([...extractNumbers(tgtText, target.lang), ...spelled(tgtText, target.lang)].map((m) => Math.abs(m.value)));
  const text = source.sentences[i].text;
  for (const m of [...extractNumbers(text, source.lang), ...spelled(text, source.lang)]) if (values.has(Math.abs(m.value))) return true;
  const stems = (t: string, min: number) => new Set((t.match(WORD) ?? []).map(bare).filter((w) => w.length >= min).map((w) => w.slice(0, 4)));
  const tgt = stems(tgtText, 4);
  const others = stems(b.source.filter((k) => k !== i).map((k) => source.sentences[k].text).join(' '), 4);
  let words = 0;
  for (const stem of stems(text, 5)) if (tgt.has(stem) && !others.has(stem) && ++words >= minWords) return true;
  return false;
}
const WORD = /[\p{L}\p{M}]+/gu;
const bare = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** See droppedByLength: a merge keeps most of its sources' length; this much less is a loss. */
const LONE_SHARE = 0.7;

/** Clause ranges of a sentence, trimmed, split at , ; : ( ) — – and " - " (not at "1,5" or "GPT-5"). */
/** A word of the target that is the anchor's cognate: "Authentication" is French
 *  "authentification" (Mastodon's mails), "Documentation" Spanish "documentación" — the target has
 *  a word beginning with the anchor's first six letters or more, half of the anchor or more. `prefixes`:
 *  the target words' beginnings of 6 to 12 letters (a set: linear however long the bead). */
function cognateIn(word: string, prefixes: ReadonlySet<string>): boolean {
  if (word.length < 6) return false;
  return prefixes.has(word.slice(0, Math.min(12, Math.max(6, Math.ceil(0.5 * word.length)))));
}

function wordPrefixes(words: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) for (let n = 6; n <= Math.min(12, w.length); n++) out.add(w.slice(0, n));
  return out;
}

function clauses(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = 0;
  const push = (e: number) => {
    let a = s;
    let z = e;
    while (a < z && /\s/.test(text[a])) a++;
    while (z > a && /[\s.!?…"”’»]/.test(text[z - 1])) z--;
    if (z > a) out.push({ start: a, end: z });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const digitsAround = i > 0 && /\d/.test(text[i - 1]) && /\d/.test(text[i + 1] ?? '');
    const sep =
      ((c === ',' || c === ':') && !digitsAround) ||
      c === ';' || c === '(' || c === ')' || c === '—' || c === '–' ||
      (c === '-' && text[i - 1] === ' ' && text[i + 1] === ' ');
    // A catalog message of two sentences is two clauses: Mastodon's "… has been disabled for your
    // account. Login is now possible using only …" lost its second sentence only, and the finding
    // quoted both.
    const stop = (c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? '') && /\p{Lu}/u.test(text[i + 2] ?? '');
    if (sep || stop) {
      push(i);
      s = i + 1;
    }
  }
  push(text.length);
  return out;
}

interface Anchor {
  text: string;
  key: string;
  number: boolean;
  /** The acronym in brackets that the name is a word of the long form of ("CI/CD"). */
  acronym?: string;
}

/** Weekdays and months are translated ("Wednesday" → "mercredi"): not anchors. */
const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '),
);

/** Parts of a text between , ; : . ! ? … that hold a letter. */
function clauseCount(text: string): number {
  return text.split(/[,;:.!?…。！？，]+/u).filter((p) => /\p{L}/u.test(p)).length;
}

/** Sentences of a text: 1 + the sentence marks followed by a space and a capital. */
function sentenceCount(text: string): number {
  return 1 + (text.match(/[.!?…](?=\s+\p{Lu})/gu)?.length ?? 0);
}

/** `opening`: the language of a message whose sentences' first words are anchors (see
 *  missingClauses), or null. */
function clauseAnchors(text: string, start: number, end: number, opening: Lang | null = null): Anchor[] {
  const out: Anchor[] = [];
  const part = text.slice(start, end);
  for (const n of numbers(part)) out.push({ text: n.text, key: n.key, number: true });
  const re = /[\p{L}\p{M}]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(part))) {
    const w = m[0];
    const at = start + m.index;
    // Sentence-initial capitals are not names, also after a sentence mark inside the text: a
    // catalog message is one unit of two sentences ("You don't have any bookmarked posts yet.
    // When you bookmark one, it will show up here." — Mastodon's; "When" is no name).
    if (at === firstWordStart(text) || (!opening && afterSentenceMark(text, at)) || opensQuotation(text, at)) continue;
    const first = w[0];
    if (w.length < 2 || first === first.toLowerCase()) continue;
    // A function word opening a sentence says nothing of what the translation kept: Home
    // Assistant's "… In accessory mode, …" and "You will be able to select …" are translated
    // ("Vous pourrez sélectionner …") without an "In" or a "You".
    if (opening !== null && isFunctionWord(opening, w.toLowerCase())) continue;
    if (w === w.toUpperCase()) continue; // CEO → PDG, US → Mỹ: acronyms are translated
    if (CALENDAR.has(w.toLowerCase())) continue;
    const acronym = spelledAcronym(text, at + w.length, first);
    out.push(acronym ? { text: w, key: w.toLowerCase(), number: false, acronym } : { text: w, key: w.toLowerCase(), number: false });
  }
  return out;
}

/** The acronym in brackets a word of its long form starts: "Continuous Integration, Delivery, and
 *  Deployment (CI/CD)" — Kubernetes' Vietnamese keeps "CI/CD" alone, as translations of "World
 *  Health Organization (WHO)" often keep "WHO": where the translation has the acronym, the long
 *  form's words are no missing names. */
function spelledAcronym(text: string, after: number, initial: string): string | undefined {
  const rest = text.slice(after, after + ACRONYM_REACH);
  const m = /^[^()]*?\(([A-Z][A-Z0-9/&.-]{1,11})\)/u.exec(rest);
  return m !== null && m[1].includes(initial) ? m[1] : undefined;
}
const ACRONYM_REACH = 80;

/** Whether the word at `at` opens a quotation — a quoted sentence's first word: a talk's 'but "How
 *  many times will I get stopped?' (its "How" is no name the translation lost). */
function opensQuotation(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && text[k] === ' ') k--;
  if (k < 0 || !OPENING_QUOTES.has(text[k])) return false;
  return k === 0 || /[\s:,(—–-]/u.test(text[k - 1]);
}
const OPENING_QUOTES = new Set(['"', '“', '«', '„', '‘', "'"]);

/** Whether the word at `at` follows ". ", "! ", "? " (or "…", and closing quotes or brackets);
 *  a full stop only after a lower-case word of three letters or more ("yet. When"), not "Mr. Altman",
 *  "Inc. Apple", "etc. Paris". */
function afterSentenceMark(text: string, at: number): boolean {
  let k = at - 1;
  if (k < 0 || !/\s/u.test(text[k])) return false;
  while (k >= 0 && /\s/u.test(text[k])) k--;
  while (k >= 0 && /["'”’»)\]]/u.test(text[k])) k--;
  if (k < 0 || !/[.!?…。！？]/u.test(text[k])) return false;
  if (text[k] !== '.') return true;
  const word = /(\p{L}+)$/u.exec(text.slice(Math.max(0, k - 12), k));
  return word !== null && word[1].length >= 3 && word[1] === word[1].toLowerCase() && !ABBREVIATIONS.has(word[1]);
}

const ABBREVIATIONS = new Set(['etc', 'approx', 'incl', 'excl', 'esp', 'resp', 'ref', 'vol', 'fig', 'cf']);

function firstWordStart(text: string): number {
  const m = /[\p{L}\p{N}]/u.exec(text);
  return m ? m.index : -1;
}

/** Numbers by value-ish key: digits only, so "100,000", "100.000" and "100 000" agree. */
function numbers(text: string): { text: string; key: string }[] {
  const out: { text: string; key: string }[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text, i)) {
      i++;
      continue;
    }
    const s = i;
    let key = '';
    let group = 0;
    while (i < text.length) {
      if (isDigit(text, i)) {
        key += text[i++];
        group++;
      } else if (group <= 3 && /[.,\u00a0\u202f ]/.test(text[i]) && isGroupOf3(text, i + 1)) {
        i++; // a thousands separator: "100,000", "100.000", "100 000"
        group = 0;
      } else break;
    }
    out.push({ text: text.slice(s, i), key });
  }
  return out;
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function isGroupOf3(text: string, i: number): boolean {
  return isDigit(text, i) && isDigit(text, i + 1) && isDigit(text, i + 2) && !isDigit(text, i + 3);
}
