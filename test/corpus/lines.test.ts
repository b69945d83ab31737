// Line splitting has a fast path for LF-only text (indexOf) and a character loop for CR and CRLF:
// both must give the same lines and paragraphs as a plain reading of the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileLines, lines } from '../../src/corpus/lines.js';
import { segmentText } from '../../src/corpus/segment.js';

/** The reference: split on CRLF, CR or LF. */
const reference = (text: string): string[] => text.split(/\r\n|\r|\n/);
const texts = (ranges: { start: number; end: number }[], text: string) => ranges.map((r) => text.slice(r.start, r.end));

const SEED = Number(process.env.FC_SEED ?? 20261125);
const lineText = fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\u00a0', '\n', '\r', '.', 'B') });

describe('lines', () => {
  it('splits LF-only and mixed line ends like a plain reading', () => {
    fc.assert(
      fc.property(lineText, (text) => {
        expect(texts(lines(text), text)).toEqual(reference(text));
        const lf = text.replace(/\r/g, '');
        expect(texts(lines(lf), lf)).toEqual(reference(lf));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('counts a final line break as the end of the last line (fileLines)', () => {
    expect(texts(fileLines('a\nb\n'), 'a\nb\n')).toEqual(['a', 'b']);
    expect(texts(fileLines('a\r\nb'), 'a\r\nb')).toEqual(['a', 'b']);
  });

  it('makes one paragraph of each non-blank line, trimmed, whatever the line ends', () => {
    fc.assert(
      fc.property(lineText, (text) => {
        const paragraphs = segmentText(text, 'en', { sentencesPerLine: true }).paragraphs;
        const expected = reference(text)
          .map((l) => l.replace(/^[ \u00a0]+|[ \u00a0]+$/g, ''))
          .filter((l) => l !== '');
        expect(texts(paragraphs, text)).toEqual(expected);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
