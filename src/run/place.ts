// Turn a check's absolute range into the audit's Span: [first, last] segment and offsets relative
// to those segments. Segments are sentences, or lines for --aligned input ("segment indices are
// line indices"), so placing is a separate step from checking.
import { fileLines } from '../corpus/lines.js';
import type { Range, Span } from '../types/index.js';

/** Index of the last segment whose start is ≤ `offset` (0 when none). Segments are sorted. */
function segmentAt(segments: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function placeRange(range: Range | null, segments: readonly Range[], fileText: string, shown?: (raw: string) => string): Span | null {
  if (!range || segments.length === 0) return null;
  const start = Math.max(0, Math.min(range.start, fileText.length));
  const end = Math.max(start, Math.min(range.end, fileText.length));
  const first = segmentAt(segments, start);
  const last = Math.max(first, end > start ? segmentAt(segments, end - 1) : first);
  const span: Span = {
    segments: [first, last],
    start: start - segments[first].start,
    end: end - segments[last].start,
    text: shown ? shown(fileText.slice(start, end)) : fileText.slice(start, end),
  };
  // A span starting between two sentences (a merge conflict in a code block, after the sentence
  // before it) is placed at its own line, not at the end of that sentence.
  if (start > segments[first].end) Object.assign(span, lineColumnAt(fileText, start));
  return span;
}

/** Offsets where the lines of the last text asked about start (a line ends at LF, CRLF or a lone
 *  CR, as catalog/position.ts counts them): built once per file, so a file with thousands of
 *  conflicts in its code blocks costs one pass, not one per finding. */
let lineIndex: { text: string; starts: number[] } | null = null;
function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  if (lineIndex?.text !== text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    }
    lineIndex = { text, starts };
  }
  const { starts } = lineIndex;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

/** Line ranges of a text (without their line ends): the segments of --aligned input. */
export const lineRanges = fileLines;
