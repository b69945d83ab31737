// Text normalisation shared by the aligner's features: lower case without accents, so that
// French "Électricité" and German "Elektrizität" meet on the prefix "elek"/"elec"… and, more
// usefully, "Kingspitz" meets "Kingspitz" and Vietnamese "Tuần" meets itself as "tuan".

const cache = new Map<string, string>();

/** Lower-cases and strips combining marks (NFD); Vietnamese đ and German ß are folded by hand
 *  because they do not decompose. Cached per distinct word: documents repeat their words. */
export function fold(word: string): string {
  let v = cache.get(word);
  if (v === undefined) {
    v = word
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/g, 'd')
      .replace(/ß/g, 'ss');
    if (cache.size > 200_000) cache.clear();
    cache.set(word, v);
  }
  return v;
}

const isWhite = (c: number): boolean =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x3000;

/** Characters without white space: the benchmark text is tokenised ("Piola , Vernier"), so spaces
 *  would measure the tokeniser, not the translation. */
export function charLength(text: string): number {
  return text.indexOf('://') < 0 ? countChars(text) : countChars(text) - urlChars(text);
}

/** Characters of the URLs written out in `text`: a URL is no translated text, and its length says
 *  nothing of the sentence's. opensource.guide's French "[son guide de contribution] (https://…)"
 *  (a space breaks the link, so its 66-character URL is text) was an addition and its source an
 *  omission, the two lengths being 1 to 3. */
function urlChars(text: string): number {
  let n = 0;
  for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 3)) {
    let a = at;
    while (a > 0 && isSchemeCode(text.charCodeAt(a - 1))) a--;
    if (a === at) continue;
    let b = at + 3;
    while (b < text.length && !isWhite(text.charCodeAt(b)) && !URL_END.has(text.charCodeAt(b))) b++;
    n += countChars(text.slice(a, b));
    at = b - 3;
  }
  return n;
}
const isSchemeCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** ) > " ' ] end a URL written in prose or Markdown. */
const URL_END = new Set([41, 62, 34, 39, 93]);

function countChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWhite(c)) continue;
    // A surrogate pair is one character.
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    n++;
  }
  return n;
}

/** A sentence that ends in "…" or "..." glued to a word is known to be cut: the Vietnamese seed
 *  ends "… so với người tiền nhiệm của nó. Tuần…" where the source goes on for 14 sentences.
 *  A spaced " ..." is the tokenised ellipsis of the benchmark text ("Dring ... dring ..."), not a cut. */
export function isTruncated(text: string): boolean {
  let e = text.length;
  while (e > 0 && isWhite(text.charCodeAt(e - 1))) e--;
  let s: number;
  if (e >= 1 && text.charCodeAt(e - 1) === 0x2026) s = e - 1;
  else if (e >= 3 && text.slice(e - 3, e) === '...') s = e - 3;
  else return false;
  if (s === 0) return false;
  return /[\p{L}\p{N}]/u.test(text[s - 1]);
}

/** Words a sentence must have to be judged as cut when it ends without punctuation: shorter lines
 *  are headings, captions or page furniture ("Source link", "Related Posts"). */
const MIN_OPEN_WORDS = 6;
/** Short lines skipped at the end of a document when looking for its last real sentence. */
const MAX_TRAILING_SHORT = 5;

/** Index of a document's last real sentence when it stops on a letter or digit, mid-sentence or
 *  mid-word ("Nos tests pourraient échouer, nos utilisateurs pourraient être dés"): a translation
 *  cut off there. -1 when there is none. Short lines after it (share bars, credits) are skipped. */
export function openEnd(sentences: readonly string[]): number {
  for (let k = sentences.length - 1, seen = 0; k >= 0 && seen <= MAX_TRAILING_SHORT; k--, seen++) {
    const t = sentences[k].trim();
    if (t === '') continue;
    const words = t.split(/\s+/).length;
    if (words < MIN_OPEN_WORDS) continue;
    return /[\p{L}\p{N}]$/u.test(t) ? k : -1;
  }
  return -1;
}
