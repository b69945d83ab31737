// Per-sentence features the aligner scores beads with, extracted once per document side into flat
// typed arrays: length in characters, cheap language-independent anchors (4-letter prefixes,
// numbers by value, codes and URLs), a punctuation profile, and word ids for the lexical pass.
import { langData } from '../lang/index.js';
import { charLength, fold, isTruncated, openEnd } from './normalize.js';
import { brokenLinkClose } from '../corpus/urls.js';

/** Kinds of anchor feature; the kind picks the weight. */
export const KIND_PREFIX = 0;
export const KIND_NUMBER = 1;
export const KIND_CODE = 2;
/** Hashtags, @handles and URLs: a translation keeps them verbatim, so one found on one side
 *  only is strong evidence against a bead (the Vietnamese seed's "#Meta #AI #Llama …" line and
 *  its "Nguồn: https://…" line translate nothing of the English). */
export const KIND_VERBATIM = 3;
export const URL_UNITS = 3;

/** Punctuation classes of the profile: ? ! : ; opening brackets, quotes. */
export const PUNCT_CLASSES = 6;

/** Anchor vocabulary shared by every language of a run: the same string is the same id. */
export class AnchorVocab {
  readonly ids = new Map<string, number>();
  kinds: number[] = [];
  readonly urlIds = new Set<number>();
  id(key: string, kind: number): number {
    let v = this.ids.get(key);
    if (v === undefined) {
      v = this.kinds.length;
      this.ids.set(key, v);
      this.kinds.push(kind);
    }
    return v;
  }
}

/** Word vocabulary of one language (lexical pass): folded word → id. */
export class WordVocab {
  readonly ids = new Map<string, number>();
  size = 0;
  id(word: string): number {
    let v = this.ids.get(word);
    if (v === undefined) {
      v = this.size++;
      this.ids.set(word, v);
    }
    return v;
  }
}

export interface SideFeatures {
  n: number;
  /** Characters without white space. */
  len: Float64Array;
  /** Sorted unique anchor ids of sentence i: anchorIds[anchorOff[i] .. anchorOff[i+1]). */
  anchorOff: Int32Array;
  anchorIds: Int32Array;
  /** Distinct numbers in sentence i. */
  numCount: Float64Array;
  /** Distinct hashtags, handles and URLs in sentence i. */
  verbatimCount: Float64Array;
  /** Punctuation profile: punct[i * PUNCT_CLASSES + k]. */
  punct: Uint16Array;
  /** Sorted unique word ids (lexical pass). */
  tokOff: Int32Array;
  tokIds: Int32Array;
  /** 1 when the sentence is known to be cut ("Tuần…", or the document's last sentence stopping
   *  mid-word: see openEnd). */
  truncated: Uint8Array;
  /** 1 when the sentence repeats one of the two before it word for word (a copy error, or the
   *  French seed's title given twice): such a sentence is cheaper to leave unmatched. */
  repeat: Uint8Array;
  /** 1 for a short line with no closing punctuation ("Cookie Policy", "Partager cet article"):
   *  page furniture when it trails the document (see extendTEnd in dp.ts). */
  furniture: Uint8Array;
}

// A compound token: letters/digits joined by - _ . , ' ’ / ("GPT-5", "100.000", "4'000", "d'ap").
// Linear: every repetition starts with a separator that the letter/digit class cannot match.
const COMPOUND = /[\p{L}\p{N}]+(?:[-_.,'’/][\p{L}\p{N}]+)*/gu;
const LETTERS = /\p{L}+/gu;
/** Furniture: at most this long, not ending in sentence punctuation. */
const FURNITURE_CHARS = 60;
const CLOSING = /[.!?…。！？;:"”»)\]]$/u;

/** A line of page furniture or a title: short, without closing punctuation ("Share this article",
 *  "Configuration Reference"). */
export function isFurniture(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= FURNITURE_CHARS && !CLOSING.test(t);
}
const HAS_LETTER = /\p{L}/u;
const HAS_DIGIT = /\p{N}/u;
const URL = /(?:https?:\/\/|www\.)\S+/giu;

/** "https://www.thelancet.com/walking-study." → "thelancet.com" */
function urlHost(u: string): string {
  let h = u.toLowerCase().replace(/^https?:\/\//, '');
  if (h.startsWith('www.')) h = h.slice(4);
  const slash = h.indexOf('/');
  if (slash >= 0) h = h.slice(0, slash);
  return h.replace(/[.,;:!?)\]»”]+$/u, '');
}
const TAG = /(?<![\p{L}\p{N}_])[#@][\p{L}\p{N}_]+/gu;

/** Canonical value of a number written with separators, by the conventions of `lang`:
 *  "1,5" (fr) → "1.5", "100.000" (vi) → "100000", "4'000" (de-CH) → "4000", "1,000" (en) → "1000". */
export function numberValue(raw: string, decimal: '.' | ',' | null): string | null {
  const parts = raw.split(/[.,'’]/);
  const seps: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '.' || c === ',' || c === "'" || c === '’') seps.push(c);
  }
  for (const p of parts) if (!/^\p{Nd}+$/u.test(p)) return null;
  let intPart = raw;
  let frac = '';
  if (seps.length > 0) {
    const last = seps[seps.length - 1];
    const lastPart = parts[parts.length - 1];
    const allSame = seps.every((s) => s === last);
    let lastIsDecimal: boolean;
    if (last === "'" || last === '’') lastIsDecimal = false;
    else if (!allSame) lastIsDecimal = true;
    else if (seps.length > 1) lastIsDecimal = false;
    else if (decimal !== null && last === decimal) lastIsDecimal = true;
    else lastIsDecimal = lastPart.length !== 3;
    if (lastIsDecimal) {
      intPart = parts.slice(0, -1).join('');
      frac = lastPart;
    } else intPart = parts.join('');
  }
  const v = Number(frac ? `${intPart}.${frac}` : intPart);
  return Number.isFinite(v) ? String(v) : null;
}

function punctClass(c: number): number {
  switch (c) {
    case 0x3f: // ?
    case 0xbf: // ¿
      return 0;
    case 0x21: // !
    case 0xa1: // ¡
      return 1;
    case 0x3a: // :
      return 2;
    case 0x3b: // ;
      return 3;
    case 0x28: // (
    case 0x5b: // [
      return 4;
    case 0xab: // «
    case 0xbb: // »
    case 0x201c: // “
    case 0x201d: // ”
    case 0x201e: // „
    case 0x22: // "
    case 0x2039: // ‹
    case 0x203a: // ›
      return 5;
    default:
      return -1;
  }
}

/** Extracts the features of one side. `anchors` and `words` are shared across the run. */
export function extractFeatures(sentences: readonly string[], lang: string, anchors: AnchorVocab, words: WordVocab, codes?: ReadonlyMap<number, readonly string[]>): SideFeatures {
  const n = sentences.length;
  const decimal = langData(lang)?.numbers.decimal ?? null;
  const len = new Float64Array(n);
  const anchorOff = new Int32Array(n + 1);
  const tokOff = new Int32Array(n + 1);
  const numCount = new Float64Array(n);
  const verbatimCount = new Float64Array(n);
  const punct = new Uint16Array(n * PUNCT_CLASSES);
  const truncated = new Uint8Array(n);
  const repeat = new Uint8Array(n);
  const furniture = new Uint8Array(n);
  const aIds: number[] = [];
  const tIds: number[] = [];
  const aSet = new Set<number>();
  const tSet = new Set<number>();
  for (let i = 0; i < n; i++) {
    const text = sentences[i];
    len[i] = charLength(text);
    truncated[i] = isTruncated(text) ? 1 : 0;
    const trimmed = text.trim();
    if (isFurniture(trimmed)) furniture[i] = 1;
    if (trimmed !== '' && ((i >= 1 && sentences[i - 1].trim() === trimmed) || (i >= 2 && sentences[i - 2].trim() === trimmed))) repeat[i] = 1;
    for (let k = 0; k < text.length; k++) {
      const pc = punctClass(text.charCodeAt(k));
      if (pc >= 0) punct[i * PUNCT_CLASSES + pc]++;
    }
    aSet.clear();
    tSet.clear();
    let rest = text;
    if (text.includes('http') || text.includes('www.')) {
      rest = text.replace(URL, (u, at: number) => {
        // The target of a link that a space broke ("[Cliquez sur "Publier"] (https://…)") is link
        // markup, as the source's unbroken link is: masked there, no anchor here either.
        if (brokenLinkClose(text, at) >= 0) return ' ';
        // By host: a translation may link the localised page ("lyon.fr/velo" → "lyon.fr/fr/velo")
        // or carry a mangled path ("walking-study" → "walking_study"); the sentences still pair
        // (the entity check reports the difference), while a link line stays unlike any sentence.
        const id = anchors.id(`u:${urlHost(u)}`, KIND_VERBATIM);
        anchors.urlIds.add(id);
        aSet.add(id);
        return ' ';
      });
    }
    if (rest.includes('#') || rest.includes('@')) {
      for (const m of rest.matchAll(TAG)) aSet.add(anchors.id(`h:${fold(m[0])}`, KIND_VERBATIM));
    }
    // Numbers grouped by spaces ("100 000", the French and Swiss grouping) are joined first.
    // `chain`: the number so far is groups of three after a first group of one to three digits —
    // kept as a flag, not tested again on the growing string (quadratic on "100 000 000 … €" of
    // 40,000 groups: 6.5 s for 128k characters, the hostile-input test's one superlinear case).
    let prevNum: { raw: string; end: number; chain: boolean } | null = null;
    const nums: string[] = [];
    for (const m of rest.matchAll(COMPOUND)) {
      const tok = m[0];
      const start = m.index ?? 0;
      const letters = HAS_LETTER.test(tok);
      const digits = HAS_DIGIT.test(tok);
      if (letters && digits) {
        // "H100", "GPT-5", "Llama-3": names and codes kept as written (folded).
        aSet.add(anchors.id(`c:${fold(tok)}`, KIND_CODE));
        prevNum = null;
      } else if (digits) {
        const gap = prevNum ? rest.slice(prevNum.end, start) : '';
        if (prevNum && prevNum.chain && (gap === ' ' || gap === '\u00a0' || gap === '\u202f') && /^\d{3}$/.test(tok)) {
          nums[nums.length - 1] = prevNum.raw + ' ' + tok;
          prevNum = { raw: prevNum.raw + ' ' + tok, end: start + tok.length, chain: true };
        } else {
          for (const part of tok.split(/[-_/]/)) nums.push(part);
          prevNum = /[-_/]/.test(tok) ? null : { raw: tok, end: start + tok.length, chain: /^\d{1,3}$/.test(tok) };
        }
      } else {
        prevNum = null;
        for (const w of tok.matchAll(LETTERS)) {
          const f = fold(w[0]);
          tSet.add(words.id(f));
          if (f.length >= 4) aSet.add(anchors.id(`p:${f.slice(0, 4)}`, KIND_PREFIX));
        }
      }
    }
    // Identifiers in inline code, masked out of the text: kept as written, case and all.
    const inline = codes?.get(i);
    if (inline) for (const c of inline) aSet.add(anchors.id(`k:${c}`, KIND_CODE));
    let nn = 0;
    for (const raw of nums) {
      const v = numberValue(raw.replace(/[ \u00a0\u202f]/g, ''), decimal);
      if (v === null) continue;
      const id = anchors.id(`n:${v}`, KIND_NUMBER);
      if (!aSet.has(id)) {
        aSet.add(id);
        nn++;
      }
    }
    numCount[i] = nn;
    // A URL is a long verbatim string: it weighs as three hashtags.
    for (const id of aSet) if (anchors.kinds[id] === KIND_VERBATIM) verbatimCount[i] += anchors.urlIds.has(id) ? URL_UNITS : 1;
    const a = [...aSet].sort((x, y) => x - y);
    for (const x of a) aIds.push(x);
    anchorOff[i + 1] = aIds.length;
    const t = [...tSet].sort((x, y) => x - y);
    for (const x of t) tIds.push(x);
    tokOff[i + 1] = tIds.length;
  }
  const open = openEnd(sentences);
  if (open >= 0) truncated[open] = 1;
  return {
    n,
    len,
    anchorOff,
    anchorIds: Int32Array.from(aIds),
    numCount,
    verbatimCount,
    punct,
    tokOff,
    tokIds: Int32Array.from(tIds),
    truncated,
    repeat,
    furniture,
  };
}
