// Where a span lies in its file, for reports that point into files (SARIF, JUnit). The audit keeps
// each segment's text and absolute offsets, and — when the run filled them in — the line and
// column of each segment's start; a position inside a segment is found by walking that segment's
// own text, so no report needs the whole file.
import type { AuditDocumentVersion, Span } from '../types/index.js';

export interface Position {
  /** Absolute offset into the file text (UTF-16 code units). */
  offset: number;
  /** 1-based line and UTF-16 column, when the audit carries line/column for the segment. */
  line?: number;
  column?: number;
}

/** Position of `offset` characters into segment `index` of `version`. Offsets past the segment's
 *  text (a span ending in the blank between two sentences) are clamped to its end. */
export function positionIn(version: AuditDocumentVersion, index: number, offset: number): Position | null {
  const s = version.sentences[index];
  if (!s) return null;
  const k = Math.max(0, Math.min(offset, s.text.length));
  const pos: Position = { offset: s.start + k };
  if (s.line === undefined || s.column === undefined) return pos;
  let line = s.line;
  let lineStart = -1; // index in s.text where the current line begins; -1 = before the segment
  for (let i = 0; i < k; i++) {
    const c = s.text.charCodeAt(i);
    if (c === 13 && s.text.charCodeAt(i + 1) === 10 && i + 1 < k) continue; // CRLF: count at the LF
    if (c === 10 || c === 13) {
      line++;
      lineStart = i + 1;
    }
  }
  pos.line = line;
  pos.column = lineStart < 0 ? s.column + k : k - lineStart + 1;
  return pos;
}

export interface SpanPlace {
  start: Position;
  end: Position;
}

export function placeSpan(version: AuditDocumentVersion, span: Span): SpanPlace | null {
  const segment = version.sentences[span.segments[0]];
  const start =
    span.line !== undefined && span.column !== undefined && segment
      ? { offset: segment.start + span.start, line: span.line, column: span.column }
      : positionIn(version, span.segments[0], span.start);
  const end = positionIn(version, span.segments[1], span.end);
  if (!start || !end) return null;
  return { start, end: end.offset < start.offset ? start : end };
}

/** "vi.txt:15:1" or "vi.txt@1234" (offset) when lines are unknown. */
export function placeLabel(path: string, place: SpanPlace | null): string {
  if (!place) return path;
  const p = place.start;
  return p.line !== undefined ? `${path}:${p.line}:${p.column}` : `${path}@${p.offset}`;
}
