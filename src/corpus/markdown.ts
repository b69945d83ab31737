// Markdown: markup is not text to align, but every offset must still point into the file. So the
// markup characters are replaced by spaces in a same-length "masked" copy that segmentation runs
// on; line breaks are kept. "See [the report](https://x.com/r) now." masks to
// "See  the report                  now." — the link text stays, the URL goes.
// A line scanner, not a full CommonMark parser: headings, emphasis, links and images, inline
// code, code fences, lists, block quotes, tables, HTML tags and comments, front matter.
// Every scan is bounded (link destinations, tags) so the whole pass is linear in the text.
import type { Range } from '../types/index.js';
import { lines } from './lines.js';
import { fromCodeUnits, isSpaceCode, trimRange } from './chars.js';

export interface MarkdownBlocks {
  /** Same length as the input; markup replaced by spaces, line breaks kept. */
  masked: string;
  /** Paragraph ranges, trimmed, ascending: blocks between blank lines; each heading, list item
   *  and table row is a paragraph of its own. */
  paragraphs: Range[];
}

const MAX_DEST = 2048; // longest link destination looked for
const MAX_TAG = 512; // longest HTML tag looked for

const isAsciiPunct = (c: number) => (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;

export function maskMarkdown(text: string): MarkdownBlocks {
  const buf = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) buf[i] = text.charCodeAt(i);
  const mask = (a: number, b: number) => {
    for (let i = a; i < b; i++) if (buf[i] !== 10 && buf[i] !== 13) buf[i] = 32;
  };
  const all = lines(text);
  /** Line indices that start a paragraph of their own (heading, list item, table row). */
  const own = new Uint8Array(all.length);
  let fence: { char: number; len: number } | null = null;
  let inComment = false;

  // Front matter: "---" on the first line up to the next "---" or "...".
  let first = 0;
  if (all.length > 1 && text.slice(all[0].start, all[0].end).trimEnd() === '---') {
    for (let n = 1; n < all.length; n++) {
      const t = text.slice(all[n].start, all[n].end).trimEnd();
      if (t === '---' || t === '...') {
        mask(0, all[n].end);
        first = n + 1;
        break;
      }
    }
  }

  for (let n = first; n < all.length; n++) {
    const { start, end } = all[n];
    let i = start;
    while (i < end && i - start < 4 && buf[i] === 32) i++;
    const indent = i - start;
    if (fence) {
      // Closing fence: the same character, at least as long, nothing after it.
      let j = i;
      while (j < end && buf[j] === fence.char) j++;
      if (indent <= 3 && j - i >= fence.len && text.slice(j, end).trim() === '') fence = null;
      mask(start, end);
      continue;
    }
    if (inComment) {
      const close = indexInLine(text, '-->', start, end);
      if (close < 0) {
        mask(start, end);
        continue;
      }
      mask(start, close + 3);
      inComment = false;
      i = close + 3;
    } else if (indent <= 3) {
      const c = buf[i];
      // Code fence: ``` or ~~~.
      if (c === 0x60 || c === 0x7e) {
        let j = i;
        while (j < end && buf[j] === c) j++;
        if (j - i >= 3 && (c === 0x7e || boundedIndexOf(buf, 0x60, j, end) < 0)) {
          fence = { char: c, len: j - i };
          mask(start, end);
          continue;
        }
      }
      const rest = text.slice(i, end);
      // Thematic break (***, ---, ___) or setext underline (===, ---).
      if (rest.length <= 1000 && /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*|-+[ \t]*)$/.test(rest)) {
        mask(start, end);
        // Setext heading: the line above an "===" / "---" underline is a heading of its own.
        if (n > first && (rest[0] === '=' || rest[0] === '-') && text.slice(all[n - 1].start, all[n - 1].end).trim() !== '') own[n - 1] = 2;
        continue;
      }
      // Link reference definition: "[id]: https://…".
      if (/^\[[^\]\n]{1,200}\]:[ \t]/.test(rest.slice(0, 210))) {
        mask(start, end);
        continue;
      }
      // Block quotes: "> > text".
      while (i < end && buf[i] === 0x3e) {
        mask(i, i + 1);
        i++;
        if (buf[i] === 32) i++;
      }
      // ATX heading: "## Title ##".
      let j = i;
      while (j < end && buf[j] === 0x23 && j - i < 7) j++;
      if (j > i && j - i <= 6 && (j === end || buf[j] === 32 || buf[j] === 9)) {
        mask(i, j);
        own[n] = 2; // a heading also ends its paragraph
        let k = end;
        while (k > j && isSpaceCode(buf[k - 1])) k--;
        let h = k;
        while (h > j && buf[h - 1] === 0x23) h--;
        if (h < k && (h === j || buf[h - 1] === 32)) mask(h, k);
        i = j;
      } else {
        // List item: "- ", "* ", "+ ", "1. ", "1) ", then an optional task box "[ ] ".
        let k = i;
        if ((buf[k] === 0x2d || buf[k] === 0x2a || buf[k] === 0x2b) && (k + 1 === end || buf[k + 1] === 32 || buf[k + 1] === 9)) {
          k++;
        } else {
          while (k < end && k - i < 9 && buf[k] >= 48 && buf[k] <= 57) k++;
          if (k > i && (buf[k] === 0x2e || buf[k] === 0x29) && (k + 1 === end || buf[k + 1] === 32 || buf[k + 1] === 9)) k++;
          else k = i;
        }
        if (k > i) {
          mask(i, k);
          own[n] = 1;
          let t = k;
          while (t < end && buf[t] === 32) t++;
          if (buf[t] === 0x5b && (buf[t + 1] === 32 || buf[t + 1] === 0x78 || buf[t + 1] === 0x58) && buf[t + 2] === 0x5d) mask(t, t + 3);
          i = k;
        } else if (buf[i] === 0x7c) {
          // Table row: every row its own paragraph; the delimiter row "|---|:--:|" is all markup.
          own[n] = 1;
          if (/^[|:\-\s]+$/.test(rest)) {
            mask(start, end);
            continue;
          }
        }
      }
    }
    inComment = maskInline(text, buf, i, end, mask, own[n] === 1 && buf[i] === 0x7c);
  }

  const masked = decodeUtf16(buf);
  return { masked, paragraphs: blocks(masked, all, own) };
}

/** Inline markup of one line [i, end). Returns true when an HTML comment stays open. */
function maskInline(
  text: string,
  buf: Uint16Array,
  i: number,
  end: number,
  mask: (a: number, b: number) => void,
  tableRow: boolean,
): boolean {
  // Backtick runs are matched to the next run of the same length (CommonMark), found in one pass.
  const ticks = new Map<number, number>(); // run start → matching run start
  {
    const open = new Map<number, number>(); // run length → start of an unmatched run
    for (let k = i; k < end; ) {
      if (buf[k] !== 0x60) {
        k++;
        continue;
      }
      let e = k;
      while (e < end && buf[e] === 0x60) e++;
      const len = e - k;
      const o = open.get(len);
      if (o !== undefined) {
        ticks.set(o, k);
        open.delete(len);
      } else open.set(len, k);
      k = e;
    }
  }
  const openers: number[] = [];
  for (let k = i; k < end; k++) {
    const c = buf[k];
    if (c === 0x5c) {
      // Backslash escape "\*": the backslash is markup, the character is text.
      if (k + 1 === end || isAsciiPunct(buf[k + 1])) {
        mask(k, k + 1);
        k++;
      }
    } else if (c === 0x60) {
      let e = k;
      while (e < end && buf[e] === 0x60) e++;
      const close = ticks.get(k);
      if (close === undefined) {
        k = e - 1;
        continue;
      }
      // Inline code: the backticks are markup; the code is kept (it usually stays the same in
      // every translation: "Run `tqc check` to audit.").
      mask(k, e);
      mask(close, close + (e - k));
      k = close + (e - k) - 1;
    } else if (c === 0x3c) {
      // "<!-- comment -->", "<https://autolink>", "<b>", "</span>".
      if (text.startsWith('<!--', k)) {
        const close = indexInLine(text, '-->', k + 4, end);
        if (close < 0) {
          mask(k, end);
          return true;
        }
        mask(k, close + 3);
        k = close + 2;
        continue;
      }
      const gt = boundedIndexOf(buf, 0x3e, k + 1, Math.min(end, k + MAX_TAG));
      if (gt < 0) continue;
      const inner = text.slice(k + 1, gt);
      if (/^[a-z][a-z0-9+.-]{1,31}:[^\s<]*$/i.test(inner) || /^[^\s@<]+@[^\s@<]+$/.test(inner)) {
        mask(k, k + 1);
        mask(gt, gt + 1);
        k = gt;
      } else if (/^\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?$/.test(inner)) {
        mask(k, gt + 1);
        k = gt;
      }
    } else if (c === 0x21 && buf[k + 1] === 0x5b) {
      openers.push(k); // image "![alt](src)": "!" masked with its bracket if it closes
      k++;
      if (openers.length > 64) openers.shift();
    } else if (c === 0x5b) {
      openers.push(k);
      if (openers.length > 64) openers.shift();
    } else if (c === 0x5d && openers.length > 0) {
      const o = openers.pop()!;
      const next = buf[k + 1];
      if (next === 0x28) {
        // "](destination "title")": balanced parentheses, at most MAX_DEST characters.
        let depth = 0;
        let e = -1;
        for (let t = k + 1; t < end && t - k <= MAX_DEST; t++) {
          if (buf[t] === 0x28) depth++;
          else if (buf[t] === 0x29 && --depth === 0) {
            e = t;
            break;
          }
        }
        if (e < 0) continue;
        mask(o, buf[o] === 0x21 ? o + 2 : o + 1);
        mask(k, e + 1);
        k = e;
      } else if (next === 0x5b) {
        // Reference link "[text][id]".
        const close = boundedIndexOf(buf, 0x5d, k + 2, Math.min(end, k + 200));
        if (close < 0) continue;
        mask(o, buf[o] === 0x21 ? o + 2 : o + 1);
        mask(k, close + 1);
        k = close;
      }
    } else if (c === 0x2a || c === 0x5f || c === 0x7e) {
      // Emphasis "*word*", "__word__", "~~gone~~": a run touching a word on one side. A lone "*"
      // between spaces is text ("Required fields are marked *"), so is snake_case.
      let e = k;
      while (e < end && buf[e] === c) e++;
      const before = k > 0 ? buf[k - 1] : 32;
      const after = e < end ? buf[e] : 32;
      const spaceBefore = isSpaceCode(before) || k === i;
      const spaceAfter = isSpaceCode(after) || e === end;
      const intraword = c === 0x5f && isAlnum(before) && isAlnum(after);
      const tilde = c === 0x7e && e - k !== 2;
      if (!(spaceBefore && spaceAfter) && !intraword && !tilde) mask(k, e);
      k = e - 1;
    } else if (c === 0x7c && tableRow) {
      mask(k, k + 1);
    }
  }
  return false;
}

/** `needle` inside [from, end) only: never scans past the line (keeps the pass linear). */
function indexInLine(text: string, needle: string, from: number, end: number): number {
  const i = text.slice(from, end).indexOf(needle);
  return i < 0 ? -1 : from + i;
}

function boundedIndexOf(buf: Uint16Array, code: number, from: number, to: number): number {
  for (let k = from; k < to; k++) if (buf[k] === code) return k;
  return -1;
}

/** Lone surrogates survive (TextDecoder would not keep them). */
const decodeUtf16 = fromCodeUnits;

function blocks(masked: string, all: Range[], own: Uint8Array): Range[] {
  const out: Range[] = [];
  let open: Range | null = null;
  const close = () => {
    if (!open) return;
    const [a, b] = trimRange(masked, open.start, open.end);
    if (b > a) out.push({ start: a, end: b });
    open = null;
  };
  for (let n = 0; n < all.length; n++) {
    const { start, end } = all[n];
    const [a, b] = trimRange(masked, start, end);
    if (b <= a) {
      close();
      continue;
    }
    if (own[n] || !open) {
      close();
      open = { start, end };
    } else {
      (open as Range).end = end;
    }
    if (own[n] === 2) close();
  }
  close();
  return out;
}
