import { describe, expect, it } from 'vitest';
import { lineRanges, placeRange } from '../../src/run/place.js';

describe('placing a range into segments', () => {
  const text = 'Tổng chi phí tăng 9%. Nhưng doanh số tăng hơn 22%.\r\nTuần…';
  const sentences = [
    { start: 0, end: 21 },
    { start: 22, end: 50 },
    { start: 52, end: 57 },
  ];

  it('gives offsets relative to the first and last segment, and the exact text', () => {
    const span = placeRange({ start: 18, end: 21 }, sentences, text);
    expect(span).toEqual({ segments: [0, 0], start: 18, end: 21, text: '9%.' });
    const across = placeRange({ start: 28, end: 57 }, sentences, text);
    expect(across).toEqual({ segments: [1, 2], start: 6, end: 5, text: text.slice(28, 57) });
    expect(placeRange(null, sentences, text)).toBeNull();
  });

  it('splits lines on LF, CRLF and CR without their line ends', () => {
    expect(lineRanges('a\r\nbc\rd\n\ne')).toEqual([
      { start: 0, end: 1 },
      { start: 3, end: 5 },
      { start: 6, end: 7 },
      { start: 8, end: 8 },
      { start: 9, end: 10 },
    ]);
    expect(lineRanges('x\n')).toEqual([{ start: 0, end: 1 }]);
  });
});
