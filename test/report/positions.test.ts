import { describe, expect, it } from 'vitest';
import { placeLabel, placeSpan, positionIn } from '../../src/report/positions.js';
import type { AuditDocumentVersion } from '../../src/types/index.js';

// A Markdown paragraph wrapped over two CRLF lines is one sentence that spans a line end.
const text = 'Title\r\n\r\nMeta expects to spend\r\nas much as $40 billion.';
const start = text.indexOf('Meta');
const v: AuditDocumentVersion = {
  lang: 'en',
  path: 'en.md',
  encoding: 'utf-8',
  sentences: [
    { text: 'Title', start: 0, end: 5, paragraph: 0, line: 1, column: 1 },
    { text: text.slice(start), start, end: text.length, paragraph: 1, line: 3, column: 1 },
  ],
};

describe('positionIn', () => {
  it('walks the segment text across a CRLF line end', () => {
    const k = v.sentences[1].text.indexOf('$40');
    expect(positionIn(v, 1, k)).toEqual({ offset: start + k, line: 4, column: 12 });
    expect(positionIn(v, 1, 5)).toEqual({ offset: start + 5, line: 3, column: 6 });
  });
  it('clamps offsets past the segment and reports offsets only without line data', () => {
    expect(positionIn(v, 0, 99)).toEqual({ offset: 5, line: 1, column: 6 });
    const bare = { ...v, sentences: v.sentences.map(({ line, column, ...s }) => s) };
    expect(positionIn(bare, 1, 4)).toEqual({ offset: start + 4 });
    expect(positionIn(v, 7, 0)).toBeNull();
  });
  it('labels a span by its start', () => {
    expect(placeLabel('en.md', placeSpan(v, { segments: [1, 1], start: 0, end: 4, text: 'Meta' }))).toBe('en.md:3:1');
  });
});
