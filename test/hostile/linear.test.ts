// Every function that runs on document text must take time linear in its length (document text is
// untrusted; see /work/notes/preamble.md). Each pattern of patterns.ts goes through each text-facing
// function at n and 4n characters, and next to ordinary prose of n characters:
//   growth  = time(4n) / time(n)       ~4 when linear, ~16 when quadratic: must stay ≤ 8;
//   vsProse = time(n) / time(prose n)  must stay ≤ 25 (a linear scan can be slower per character on
//                                      odd text, but not by more than that);
//   and every call < 3 s.
// Times are minima of repeated runs with a floor (measure.ts); a pattern over a bound is measured
// again with more runs before it counts, so a busy machine does not fail the suite.
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/corpus/index.js';
import { extractNumbers, extractSpelledNumbers } from '../../src/lang/numbers.js';
import { tokenize } from '../../src/lang/tokens.js';
import { extractCodes, findLoose, findVerbatim, fold } from '../../src/checks/shared/codes.js';
import { classifyLine } from '../../src/checks/shared/lines.js';
import { alteredNames } from '../../src/checks/shared/names.js';
import { foreignRuns, profileFor, sentenceLanguage } from '../../src/lang/foreign.js';
import { detectLanguage } from '../../src/lang/detect.js';
import { readMessage, syntaxRanges } from '../../src/catalog/placeholders.js';
import { readChords } from '../../src/checks/shared/chords.js';
import { offenders } from './measure.js';
import { normalParagraph, PATTERNS } from './patterns.js';

const N = 8000;
const same = (f: (s: string) => unknown) => [(p: (n: number) => string, n: number) => p(n), f] as const;

const FUNCTIONS: [string, (s: string) => unknown][] = [
  ['segmentText en', (s) => segmentText(s, 'en', { detectParagraphs: false })],
  ['segmentText de', (s) => segmentText(s, 'de', { detectParagraphs: false })],
  ['segmentText vi (with paragraph language detection)', (s) => segmentText(s, 'vi')],
  ['segmentText fr markdown', (s) => segmentText(s, 'fr', { format: 'markdown', detectParagraphs: false })],
  ['extractNumbers en', (s) => extractNumbers(s, 'en')],
  ['extractNumbers fr', (s) => extractNumbers(s, 'fr')],
  ['extractNumbers de', (s) => extractNumbers(s, 'de')],
  ['extractNumbers es', (s) => extractNumbers(s, 'es')],
  ['extractNumbers vi', (s) => extractNumbers(s, 'vi')],
  ['extractSpelledNumbers en', (s) => extractSpelledNumbers(s, 'en')],
  ['extractSpelledNumbers fr', (s) => extractSpelledNumbers(s, 'fr')],
  ['extractSpelledNumbers vi', (s) => extractSpelledNumbers(s, 'vi')],
  ['tokenize', (s) => tokenize(s)],
  ['extractCodes', (s) => extractCodes(s)],
  ['fold', (s) => fold(s)],
  ['findVerbatim (absent needle)', (s) => findVerbatim(s, 'GPT-5 zzz', true)],
  ['findLoose (absent needle)', (s) => findLoose(fold(s), s, 'Chat GPT-5x')],
  ['classifyLine', (s) => classifyLine(s)],
  ['alteredNames (the translation shares no name)', (s) => alteredNames(s, ['Jensen Hwang a déclaré.'])],
  ['alteredNames (the text against itself, one letter changed)', (s) => alteredNames(s, [s.replace(/a/g, 'e')])],
  ['foreignRuns en→fr (word lists)', (s) => foreignRuns(s, tokenize(s), profileFor('en', 'fr'))],
  ['foreignRuns en→vi (syllables)', (s) => foreignRuns(s, tokenize(s), profileFor('en', 'vi'))],
  ['foreignRuns en→ru (script)', (s) => foreignRuns(s, tokenize(s), profileFor('en', 'ru'))],
  ['sentenceLanguage en→de', (s) => sentenceLanguage(s, tokenize(s), profileFor('en', 'de'))],
  ['detectLanguage', (s) => detectLanguage(s)],
  ['readMessage (catalog placeholders, choice forms)', (s) => readMessage(s)],
  ['syntaxRanges (catalog syntax)', (s) => syntaxRanges(s)],
  ['readChords (key chords)', (s) => readChords(s)],
];

describe('text-facing functions are linear on pathological text', () => {
  it(`has patterns for every family named in the issue (${PATTERNS.length} patterns)`, () => {
    const names = PATTERNS.map((p) => p.name).join('\n');
    for (const needle of ['1,1,1', '1.1.1', 'NBSP', 'NNBSP', 'spaces', 'periods', 'combining', '####', '@@@@', 'http://', '[[[[', '](', 'backticks', '<!--', 'quotes', 'ellipsis', 'mixed-script', 'one long word']) {
      expect(names).toContain(needle);
    }
  });

  for (const [label, fn] of FUNCTIONS) {
    it(label, () => {
      const [make] = same(fn);
      expect(offenders(label, make, fn, N)).toEqual([]);
    }, 120_000);
  }
});
