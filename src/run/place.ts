// Turn a check's absolute range into the audit's Span: [first, last] segment and offsets relative
// to those segments. Segments are sentences, or lines for --aligned input ("segment indices are
// line indices"), so placing is a separate step from checking.
import { lineColumn } from '../catalog/position.js';
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

export function placeRange(range: Range | null, segments: readonly Range[], fileText: string): Span | null {
  if (!range || segments.length === 0) return null;
  const start = Math.max(0, Math.min(range.start, fileText.length));
  const end = Math.max(start, Math.min(range.end, fileText.length));
  const first = segmentAt(segments, start);
  const last = Math.max(first, end > start ? segmentAt(segments, end - 1) : first);
  const span: Span = {
    segments: [first, last],
    start: start - segments[first].start,
    end: end - segments[last].start,
    text: fileText.slice(start, end),
  };
  // A span starting between two sentences (a merge conflict in a code block, after the sentence
  // before it) is placed at its own line, not at the end of that sentence.
  if (start > segments[first].end) Object.assign(span, lineColumn(fileText, start));
  return span;
}

/** Line ranges of a text (without their line ends): the segments of --aligned input. */
export const lineRanges = fileLines;
