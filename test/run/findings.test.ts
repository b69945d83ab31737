// One problem, one finding: which findings are the same problem, who carries it, and what a
// baseline fingerprint is keyed on. Spans are placed on real sentences of the seed.
import { describe, expect, it } from 'vitest';
import { findingKey, mergeProblems, type Frame } from '../../src/run/findings.js';
import { placeRange } from '../../src/run/place.js';
import { affectedWords, penaltyOf } from '../../src/run/summary.js';
import type { Finding, MqmCategory, Severity } from '../../src/types/index.js';
import { makeDocument } from '../helpers/make.js';

const source = makeDocument('en', [
  'Meta’s spending is expected to be as high as $40 billion this year, an increase of 42 percent.',
  ['The company is burning through cash.', 'Developers can download Llama.'],
  'Leave a Reply',
  ['Your email address will not be published.', 'Required fields are marked *'],
]);
const target = makeDocument('vi', [
  'Meta dự kiến chi tiêu tới 40 tỷ USD vào năm nay.',
  ['Công ty đang đốt through cash.', 'Các développeurs có thể tải Llama.'],
  'Leave a Reply',
  ['Your email address will not be published.', 'Required fields are marked *'],
]);
const frame = (d: typeof source): Frame => ({ segments: d.sentences, text: d.file.text });
const T = frame(target);
const S = frame(source);
const at = (text: string, sub: string, from = 0) => {
  const start = text.indexOf(sub, from);
  if (start < 0) throw new Error(`no "${sub}"`);
  return { start, end: start + sub.length };
};

function finding(check: string, severity: Severity, category: MqmCategory, t: string | null, s: string | null, extra: Partial<Finding> = {}): Finding {
  const f: Finding = {
    check,
    severity,
    category,
    lang: 'vi',
    message: `${check} message`,
    target: t === null ? null : placeRange(at(T.text, t), T.segments, T.text),
    source: s === null ? null : placeRange(at(S.text, s), S.segments, S.text),
    fingerprint: '',
    ...extra,
  };
  return { ...f, fingerprint: findingKey(f) };
}

const summary = (fs: Finding[]) => fs.map((f) => [f.check, f.severity, (f.alsoSeenBy ?? []).map((a) => a.check)]);

describe('mergeProblems', () => {
  it('keeps two problems in one sentence apart: “through cash” and “développeurs”', () => {
    const fs = [
      finding('untranslated', 'major', 'Accuracy/Untranslated', 'through cash', 'burning through cash'),
      finding('untranslated', 'major', 'Accuracy/Untranslated', 'développeurs', 'Developers'),
    ];
    expect(summary(mergeProblems(fs, T, S))).toEqual([
      ['untranslated', 'major', []],
      ['untranslated', 'major', []],
    ]);
  });

  it('keeps a dropped number apart from an untranslated word of the same sentence (their sources differ)', () => {
    const fs = [
      finding('number', 'major', 'Accuracy/Mistranslation', 'Meta dự kiến chi tiêu tới 40 tỷ USD vào năm nay.', '42 percent', { expected: '42 percent' }),
      finding('untranslated', 'major', 'Accuracy/Untranslated', 'USD', '$40 billion'),
    ];
    expect(mergeProblems(fs, T, S)).toHaveLength(2);
  });

  it('the English comment form: one minor addition naming untranslated and wrong-language', () => {
    const fs = [
      finding('addition', 'minor', 'Accuracy/Addition', 'Leave a Reply\n\nYour email address will not be published. Required fields are marked *', null),
      finding('untranslated', 'major', 'Accuracy/Untranslated', 'Leave a Reply', null),
      finding('wrong-language', 'major', 'Linguistic conventions/Wrong language', 'Your email address will not be published. Required fields are marked *', null),
    ];
    expect(summary(mergeProblems(fs, T, S))).toEqual([['addition', 'minor', ['wrong-language', 'untranslated']]]);
  });

  it('an omitted clause and the number it held are one omission', () => {
    const fs = [
      finding('omission', 'major', 'Accuracy/Omission', 'Meta dự kiến chi tiêu tới 40 tỷ USD vào năm nay.', 'an increase of 42 percent'),
      finding('number', 'major', 'Accuracy/Mistranslation', 'Meta dự kiến chi tiêu tới 40 tỷ USD vào năm nay.', '42 percent', { expected: '42 percent' }),
    ];
    expect(summary(mergeProblems(fs, T, S))).toEqual([['omission', 'major', ['number']]]);
  });

  it('a stale sentence stands beside the changed number the number check finds in it: history is not merged', () => {
    const fs = [
      finding('stale', 'major', 'Accuracy/Mistranslation', 'Meta dự kiến chi tiêu tới 40 tỷ USD vào năm nay.', 'Meta’s spending is expected to be as high as $40 billion this year, an increase of 42 percent.'),
      finding('number', 'major', 'Accuracy/Mistranslation', '40 tỷ USD', '$40 billion', { actual: '40 tỷ USD', expected: '$40 billion' }),
    ];
    expect(mergeProblems(fs, T, S).map((f) => [f.check, f.alsoSeenBy])).toEqual([
      ['stale', undefined],
      ['number', undefined],
    ]);
  });

  it('a critical finding carries whatever it covers: a whole file in the wrong language', () => {
    const whole = T.text;
    const fs = [
      finding('untranslated', 'major', 'Accuracy/Untranslated', 'through cash', 'burning through cash'),
      { ...finding('wrong-language', 'critical', 'Linguistic conventions/Wrong language', whole, null), message: 'the whole file is in English' },
    ];
    expect(summary(mergeProblems(fs, T, S))).toEqual([['wrong-language', 'critical', ['untranslated']]]);
  });
});

describe('findingKey: what a baseline remembers', () => {
  const dropped = (sentence: string) => {
    const t = makeDocument('vi', [sentence]);
    return findingKey({
      check: 'number',
      lang: 'vi',
      category: 'Accuracy/Mistranslation',
      target: placeRange({ start: 0, end: sentence.length }, t.sentences, t.file.text),
      source: null,
      expected: '42 percent',
    });
  };
  it('a dropped number: the same key when the rest of the sentence is edited ("tăng" → "đã tăng"), another for another number', () => {
    expect(dropped('Chi tiêu tăng so với năm 2023.')).toBe(dropped('Chi tiêu đã tăng so với năm 2023.'));
    const other = findingKey({ check: 'number', lang: 'vi', category: 'Accuracy/Mistranslation', target: null, source: null, expected: '9 percent' });
    expect(other).not.toBe(dropped('Chi tiêu tăng so với năm 2023.'));
  });

  it('an untranslated fragment: case, white space and surrounding punctuation do not matter; the words do', () => {
    const key = (text: string) => findingKey({ check: 'untranslated', lang: 'vi', category: 'Accuracy/Untranslated', target: { segments: [0, 0], start: 0, end: text.length, text }, source: null, actual: text });
    expect(key('through  cash,')).toBe(key('Through cash'));
    expect(key('through money')).not.toBe(key('through cash'));
  });
});

describe('MQM weight: the text a problem affects', () => {
  const mqm = { minor: 1, major: 5, critical: 25 };
  it('a lost passage counts per 15 of its source words; a short flagged term once', () => {
    const cut = finding('truncation', 'critical', 'Design and markup/Truncation', 'Meta dự kiến', 'Meta’s spending is expected to be as high as $40 billion this year, an increase of 42 percent.');
    expect(affectedWords(cut)).toBe(19);
    expect(penaltyOf(cut, mqm)).toBeCloseTo((25 * 19) / 15, 5);
    const term = finding('untranslated', 'major', 'Accuracy/Untranslated', 'through cash', 'burning through cash');
    expect(penaltyOf(term, mqm)).toBe(5);
  });
});
