// URL spans in running text, found by a linear scan (no regular expression over document text).
// A sentence never ends inside a URL: "https://x.com/a?b=1" holds a "?" that a generic segmenter
// takes for a sentence end, and "Nguồn: https://www.wired.com/story/meta-llama-ai-gpu-training/"
// must stay whole.
import type { Range } from '../types/index.js';
import { isSpaceCode, isClosingCode } from './chars.js';

const STARTS = ['https://', 'http://', 'www.'];

function endsUrl(c: number): boolean {
  // Space, angle brackets and typographic quotes end a URL; ASCII quotes too.
  return isSpaceCode(c) || c === 0x3c || c === 0x3e || c === 0x22 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb;
}

function isTrailingPunct(c: number): boolean {
  // "see https://x.com/page." — the final period ends the sentence, not the URL.
  return c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x2026 || isClosingCode(c);
}

/** Ranges of URLs in `s`, ascending and disjoint. */
export function findUrls(s: string): Range[] {
  const spans: Range[] = [];
  let from = 0;
  // Next occurrence of each start pattern, recomputed only once passed: linear overall.
  const next = STARTS.map((p) => s.indexOf(p));
  for (;;) {
    let start = -1;
    for (let k = 0; k < STARTS.length; k++) {
      if (next[k] >= 0 && next[k] < from) next[k] = s.indexOf(STARTS[k], from);
      if (next[k] >= 0 && (start < 0 || next[k] < start)) start = next[k];
    }
    if (start < 0) return spans;
    // "xwww." inside a word is not a URL start.
    const before = start > 0 ? s.charCodeAt(start - 1) : 32;
    const wordBefore = (before >= 65 && before <= 90) || (before >= 97 && before <= 122) || (before >= 48 && before <= 57);
    let end = start;
    while (end < s.length && !endsUrl(s.charCodeAt(end))) end++;
    while (end > start && isTrailingPunct(s.charCodeAt(end - 1))) {
      // Keep a closing parenthesis that closes one opened inside the URL (Wikipedia links).
      if (s.charCodeAt(end - 1) === 0x29 && s.lastIndexOf('(', end - 1) > start) break;
      end--;
    }
    if (!wordBefore && end > start + 4) spans.push({ start, end });
    from = Math.max(end, start + 1);
  }
}

/** Where a link's "]" stands when the URL at `at` is the target of a link a space broke —
 *  "[son guide de contribution] (https://…)" or "… ] (<https://…>)", which Markdown shows as text —
 *  or -1. Read by the entity check (the finding) and the aligner (no anchor: the source's unbroken
 *  link target is masked). */
export function brokenLinkClose(text: string, at: number): number {
  let k = at - 1;
  if (text.charCodeAt(k) === 0x3c) k--; // "<"
  if (text.charCodeAt(k) !== 0x28) return -1; // "("
  let b = k;
  while (b > 0 && (text.charCodeAt(b - 1) === 0x20 || text.charCodeAt(b - 1) === 0x09)) b--;
  return b < k && text.charCodeAt(b - 1) === 0x5d ? b - 1 : -1; // "] ("
}
