// tqc on text nobody tuned it on: four news articles (earnings, health, a marathon, a phone launch)
// and a Markdown article, with correct translations into fr, de, es and vi written for this test
// (test/fixtures/heldout/), and the same translations with one known defect injected at a time
// (inject.ts: 176 defects of 12 classes). Run `npx tsx test/fixtures/heldout/inject.ts` for the table.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractNumbers } from '../src/lang/numbers.js';
import { evaluate, injectAll, loadArticles, type Evaluation } from './fixtures/heldout/inject.js';

/** Defects tqc does not find, with the reason (see the report in inject.ts's output). None now: the
 *  Markdown link target ([conseil municipal](https://www.lyon.fr/velo) → …/velos) is read by
 *  entity from the raw file text, since segmentation masks markup. */
const KNOWN_MISSES: Record<string, string> = {};

let e: Evaluation;
beforeAll(() => {
  e = evaluate();
});

describe('held-out articles: correct translations', () => {
  it('raise no finding at all (every finding there would be a false alarm)', () => {
    expect(e.falseAlarms.map((f) => `${f.article}/${f.lang} ${f.check}: ${f.message}`)).toEqual([]);
  });
});

describe('held-out articles: injected defects', () => {
  it('are all injected (12 classes over 17 translations, where the article offers a place)', () => {
    const kinds = new Map<string, number>();
    for (const d of e.defects) kinds.set(d.defect.kind, (kinds.get(d.defect.kind) ?? 0) + 1);
    expect(Object.fromEntries(kinds)).toEqual({
      'number-changed': 17,
      'scale-changed': 17,
      'number-dropped': 16,
      'english-fragment': 12,
      'french-in-vi': 3,
      'sentence-deleted': 17,
      'sentence-duplicated': 17,
      'credit-added': 17,
      'boilerplate-added': 17,
      truncated: 17,
      'code-altered': 9,
      'paragraph-english': 17,
    });
  });

  it('are each found by their check at their span, except the known misses', () => {
    const missed = e.defects.filter((d) => !d.found).map((d) => d.defect.id);
    expect(missed).toEqual(Object.keys(KNOWN_MISSES));
  });

  it('raise no finding that points elsewhere (precision 1 for every check)', () => {
    expect(e.spurious.map((f) => `${f.defect}: ${f.check}: ${f.message}`)).toEqual([]);
  });

  it('the injection is deterministic', () => {
    const a = injectAll(loadArticles()).map((d) => [d.id, d.what, d.target, d.source]);
    const b = injectAll(loadArticles()).map((d) => [d.id, d.what, d.target, d.source]);
    expect(a).toEqual(b);
    expect(a.find((d) => d[0] === 'phone/fr/code-altered')?.[1]).toBe('“GPT-4o” → “GPT 4o”');
  });
});

// The mechanisms the held-out articles needed, on their own sentences.
describe('number conventions found on held-out text', () => {
  const read = (text: string, lang: string) => extractNumbers(text, lang).map((m) => [m.raw, m.kind, m.soft ?? false, m.parts ?? null]);

  it('a race time keeps its seconds, in the colon and in the French writing', () => {
    expect(read('won in 2:02:16, breaking', 'en')).toEqual([['2:02:16', 'time', true, [2, 2, 16]]]);
    expect(read('en 2\u00a0h\u00a002\u00a0min\u00a016\u00a0s, améliorant', 'fr')).toEqual([['2\u00a0h\u00a002\u00a0min\u00a016\u00a0s', 'time', true, [2, 2, 16]]]);
    // not a duration: "15 h 30 minutes" has no seconds, "2 h 02 min" alone keeps its plain end
    expect(read('à 15\u00a0h\u00a030 sous', 'fr')).toEqual([['15\u00a0h\u00a030', 'time', true, [15, 30]]]);
    expect(read('2 h 02 min 16 secondes', 'fr')).toEqual([['2 h 02', 'time', true, [2, 2]], ['16', 'plain', false, null]]);
  });

  it('Vietnamese "tháng 6" is the month June (soft), the day before it a number', () => {
    expect(read('ngày 30 tháng 6 đã tăng', 'vi')).toEqual([
      ['30', 'plain', false, null],
      ['6', 'date', true, [6]],
    ]);
    // "3 tháng" is three months: the number comes before the word, it stays a number
    expect(read('trong 3 tháng', 'vi')).toEqual([['3', 'plain', false, null]]);
    // "tháng 13" is no month
    expect(read('tháng 13', 'vi')).toEqual([['13', 'plain', false, null]]);
  });
});
