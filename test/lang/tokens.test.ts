import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { letterCounts, expectedScript, scriptOfWord } from '../../src/lang/script.js';
import { termRanges } from '../../src/lang/terms.js';
import { tokenize } from '../../src/lang/tokens.js';

const words = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('keeps offsets, shapes and whether only space separates words', () => {
    const text = 'đang đốt through cash, GPT-5 của Meta’s OpenAI';
    const toks = tokenize(text);
    expect(toks.map((t) => [t.text, t.kind, t.shape, t.spaced])).toEqual([
      ['đang', 'word', 'lower', false],
      ['đốt', 'word', 'lower', true],
      ['through', 'word', 'lower', true],
      ['cash', 'word', 'lower', true],
      ['GPT-5', 'code', 'upper', false], // after a comma: not spaced
      ['của', 'word', 'lower', true],
      ['Meta’s', 'word', 'title', true],
      ['OpenAI', 'word', 'mixed', true],
    ]);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks[6].lower).toBe("meta's");
  });

  it('skips URLs, e-mails, domains, hashtags and mentions whole', () => {
    expect(words('Nguồn: https://www.wired.com/story/meta-llama-ai-gpu-training/')).toEqual(['Nguồn']);
    expect(words('#Meta #AI #GPUCluster @sama')).toEqual([]);
    expect(words('viết cho contact@example.com hoặc wired.com')).toEqual(['viết', 'cho', 'hoặc']);
    // a skipped chunk breaks adjacency
    expect(tokenize('through #cash money').map((t) => t.spaced)).toEqual([false, false]);
  });

  it('reads NFD accents as part of the word', () => {
    expect(words('de\u0301veloppeurs x')).toEqual(['de\u0301veloppeurs', 'x']);
  });
});

describe('script', () => {
  it('finds the script of words and languages', () => {
    expect(scriptOfWord('через')).toBe('Cyrillic');
    expect(scriptOfWord('đốt')).toBe('Latin');
    expect(scriptOfWord('開発')).toBe('Han');
    expect(expectedScript('ru')).toBe('Cyrillic');
    expect(expectedScript('vi')).toBe('Latin');
    expect(letterCounts('OpenAI сжигает')).toEqual({ latin: 6, total: 13 });
  });
});

describe('termRanges', () => {
  it('matches plain terms case-insensitively at word boundaries, and /regex/ terms', () => {
    const text = 'la stratégie Open Source, pas opensource; cluster-7 et cluster';
    expect(termRanges(text, ['open source']).map((r) => text.slice(r.start, r.end))).toEqual(['Open Source']);
    expect(termRanges(text, ['/cluster-\\d+/']).map((r) => text.slice(r.start, r.end))).toEqual(['cluster-7']);
    expect(termRanges(text, ['/[/'])).toEqual([]); // a bad pattern matches nothing
    expect(termRanges('GPU H100 et h200', ['/h\\d+/i']).length).toBe(2);
    expect(termRanges(text, ['source']).length).toBe(1); // not inside "opensource"
  });
});

describe('tokenize: scripts without spaces', () => {
  it('splits Latin from Japanese letters', () => {
    expect(words('OpenAIはthrough cashを燃やしている')).toEqual(['OpenAI', 'は', 'through', 'cash', 'を燃やしている']);
  });
});

describe('token case (property)', () => {
  // The tokenizer skips toLowerCase for tokens with no capital; whatever the letters, `lower` and
  // `shape` must be what the plain definitions give.
  const unit = fc.constantFrom('a', 'é', 'E', 'É', 'ß', 'İ', 'Σ', 'σ', 'ǅ', 'П', 'п', 'ñ', 'Ñ', '’', '-', '1', ' ', '.', '\u0301');
  it('lower is toLowerCase with ’ as \', shape follows upper/lower/title/mixed', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        for (const t of tokenize(text)) {
          const low = t.text.toLowerCase();
          expect(t.lower).toBe(low.replace(/\u2019/g, "'"));
          const shape = t.text === low ? 'lower' : t.text === t.text.toUpperCase() ? 'upper' : t.text.slice(1) === t.text.slice(1).toLowerCase() ? 'title' : 'mixed';
          expect(t.shape).toBe(shape);
        }
      }),
      { seed: Number(process.env.FC_SEED ?? 20261125), numRuns: 400 },
    );
  });
});

describe('user patterns run in linear time (RE2)', () => {
  it('/(a+)+$/ against 30,000 "a"s then "b" ends at once and matches nothing; against "a"s alone it matches', () => {
    const hostile = `${'a'.repeat(30_000)}b`;
    // JavaScript's backtracking engine was not done after 60 s: this test would time out
    expect(termRanges(hostile, ['/(a+)+$/'])).toEqual([]);
    expect(termRanges('a'.repeat(10), ['/(a+)+$/'])).toEqual([{ start: 0, end: 10 }]);
  });
});
