import { describe, expect, it } from 'vitest';
import { comparable, sourceEdits } from '../../src/checks/shared/sentence-edits.js';
import { numberChange, wordDiff } from '../../src/checks/shared/word-diff.js';
import { stale } from '../../src/checks/stale.js';
import { documentFromFile } from '../../src/corpus/index.js';
import type { CheckContext, FindingDraft } from '../../src/types/index.js';
import { makeAlignment, makeContext, makeDocument } from '../helpers/make.js';

/** The new source, the old one the translation was made from, and the translation. */
function ctxOf(newSource: (string | string[])[], oldSource: (string | string[])[], target: (string | string[])[], targetLang = 'fr'): CheckContext {
  const source = makeDocument('en', newSource);
  const tgt = makeDocument(targetLang, target);
  return makeContext(makeAlignment(source, tgt), { previous: { source: makeDocument('en', oldSource, 'en.old.txt'), label: 'abc1234' } });
}
const slice = (text: string, r: { start: number; end: number } | null) => (r ? text.slice(r.start, r.end) : null);
const summary = (ctx: CheckContext, f: FindingDraft) => ({
  category: f.category ?? 'Accuracy/Mistranslation',
  target: slice(ctx.alignment.target.file.text, f.target),
  source: slice(ctx.alignment.source.file.text, f.source),
  diff: f.diff?.map((p) => (p.op === 'equal' ? p.text : p.op === 'delete' ? `[-${p.text}-]` : `{+${p.text}+}`)).join(''),
});

const OLD = [
  ['Meta trained Llama 3 on two clusters of 24,576 GPUs.', 'Each cluster cost about $40 million.'],
  ['The company says the network is "the fastest it has built".'],
];
const FR = [
  ['Meta a entraîné Llama 3 sur deux clusters de 24 576 GPU.', 'Chaque cluster a coûté environ 40 millions de dollars.'],
  ['L’entreprise affirme que le réseau est « le plus rapide qu’elle ait construit ».'],
];

describe('stale: edits a translation must follow', () => {
  it('a changed number: the stale translation, the number shown whole, actual/expected as the number check has them', () => {
    const ctx = ctxOf([[OLD[0][0], 'Each cluster cost about $45 million.'], OLD[1]], OLD, FR);
    const out = stale.run(ctx);
    expect(out.map((f) => summary(ctx, f))).toEqual([
      {
        category: 'Accuracy/Mistranslation',
        target: 'Chaque cluster a coûté environ 40 millions de dollars.',
        source: 'Each cluster cost about $45 million.',
        diff: 'Each cluster cost about $[-40-]{+45+} million.',
      },
    ]);
    expect(out[0]).toMatchObject({ actual: '40', expected: '45' });
    expect(out[0].message).toMatch(/A number changed in the source since abc1234: 40 → 45/);
  });

  it('a number with group separators is shown whole: 24,576 → 32,768', () => {
    const ctx = ctxOf([['Meta trained Llama 3 on two clusters of 32,768 GPUs.', OLD[0][1]], OLD[1]], OLD, FR);
    expect(stale.run(ctx).map((f) => f.diff?.filter((p) => p.op !== 'equal'))).toEqual([
      [
        { op: 'delete', text: '24,576' },
        { op: 'insert', text: '32,768' },
      ],
    ]);
  });

  it('a sentence added: reported at the place its translation belongs, with no target text', () => {
    const ctx = ctxOf([OLD[0], 'Both clusters run in Texas.', OLD[1]], OLD, FR);
    const out = stale.run(ctx);
    expect(out.map((f) => summary(ctx, f))).toEqual([{ category: 'Accuracy/Omission', target: '', source: 'Both clusters run in Texas.', diff: '{+Both clusters run in Texas.+}' }]);
    // Right after the translation of the sentence before it.
    expect(out[0].target!.start).toBe(ctx.alignment.target.file.text.indexOf(' de dollars.') + ' de dollars.'.length);
  });

  it('a sentence removed: the translation still carries it', () => {
    const ctx = ctxOf([[OLD[0][0]], OLD[1]], OLD, FR);
    expect(stale.run(ctx).map((f) => summary(ctx, f))).toEqual([
      { category: 'Accuracy/Addition', target: 'Chaque cluster a coûté environ 40 millions de dollars.', source: null, diff: '[-Each cluster cost about $40 million.-]' },
    ]);
  });
});

describe('stale: edits that change nothing a translation must follow are not reported', () => {
  it.each<[string, (string | string[])[]]>([
    ['curly quotes', [OLD[0], ['The company says the network is “the fastest it has built”.']]],
    ['doubled and non-breaking spaces', [['Meta trained Llama 3 on two  clusters of 24,576\u00a0GPUs.', OLD[0][1]], OLD[1]]],
    ['a trailing space and a new paragraph break', [[`${OLD[0][0]} `], [OLD[0][1]], OLD[1]]],
    ['a zero-width space, a full-width digit', [['Meta trained Llama \uff13 on two clusters\u200b of 24,576 GPUs.', OLD[0][1]], OLD[1]]],
  ])('%s', (_, edited) => {
    expect(stale.run(ctxOf(edited, OLD, FR))).toEqual([]);
  });

  it('nothing at all without a previous source', () => {
    const ctx = makeContext(makeAlignment(makeDocument('en', ['Each cluster cost about $45 million.']), makeDocument('fr', ['Chaque cluster a coûté 40 millions de dollars.'])));
    expect(stale.run(ctx)).toEqual([]);
  });
});

describe('stale: a Markdown page (react.dev, Your First Component)', () => {
  const md = (lang: string, text: string) => documentFromFile({ path: `page.${lang}.md`, text, encoding: 'utf-8', format: 'markdown' }, { lang });
  const OLD_MD =
    'Usually, it is created automatically when you start a new project. For example, if you use [CodeSandbox](https://codesandbox.io/) or [Create React App](https://create-react-app.dev/), the root component is defined in `src/App.js`. If you use the framework [Next.js](https://nextjs.org/), the root component is defined in `pages/index.js`.\n\n' +
    '[React-based frameworks](/learn/start-a-new-react-project) take this a step further.\n';
  const NEW_MD =
    'Usually, it is created automatically when you start a new project. For example, if you use [CodeSandbox](https://codesandbox.io/) or if you use the framework [Next.js](https://nextjs.org/), the root component is defined in `pages/index.js`.\n\n' +
    '[React-based frameworks](/learn/creating-a-react-app) take this a step further.\n';
  const FR_MD =
    'En général, il est créé automatiquement lorsque vous démarrez un nouveau projet. Par exemple, si vous utilisez [CodeSandbox](https://codesandbox.io/) ou [Create React App](https://create-react-app.dev/), le composant racine est défini dans `src/App.js`. Si vous utilisez le framework [Next.js](https://nextjs.org/), le composant racine est défini dans `pages/index.js`.\n\n' +
    '[Les frameworks basés sur React](/learn/start-a-new-react-project) poussent cette logique plus loin.\n';
  const ctx = makeContext(makeAlignment(md('en', NEW_MD), md('fr', FR_MD)), { previous: { source: md('en', OLD_MD), label: 'abc1234' } });
  const out = stale.run(ctx);

  it('two sentences merged into one are one change, on both French sentences that translate them', () => {
    expect(out[0].message).toMatch(/^Source changed since abc1234/);
    expect(slice(ctx.alignment.target.file.text, out[0].target)).toMatch(/^Par exemple.*`pages\/index\.js`\.$/);
    expect(out[0].diff!.filter((p) => p.op !== 'equal').map((p) => p.text)).toEqual([
      '[Create React App](https://create-react-app.dev/), the root component is defined in `src/App.js`. If',
      'if',
    ]);
  });

  it('a link that now points elsewhere is a change the translation must follow', () => {
    expect(out).toHaveLength(2);
    expect(out[1].diff!.filter((p) => p.op !== 'equal').map((p) => p.text)).toEqual(['start', 'creating', 'new-', 'project', 'app']);
  });
});

describe('source-diff', () => {
  it('comparable folds typography only', () => {
    expect(comparable('It’s “fast” —  really…')).toBe(comparable('It\'s "fast" - really...'));
    expect(comparable('40 GPUs')).not.toBe(comparable('45 GPUs'));
    expect(comparable('Apple')).not.toBe(comparable('apple'));
  });

  it('pairs a rewritten sentence with the one it replaced, beside an added one', () => {
    expect(sourceEdits(['A cat sat.', 'The dog ran home fast.', 'End.'], ['A cat sat.', 'A new line.', 'The dog walked home.', 'End.'])).toEqual([
      { old: [], new: [1], after: 0 },
      { old: [1], new: [2], after: 0 },
    ]);
  });

  it('a rewrite reads as whole phrases, not word salad', () => {
    const d = wordDiff('Engineers replaced its signalling system in 2019.', 'In 2019 the operator replaced the old signalling with a radio-based system.', 'en');
    expect(d).toEqual([
      { op: 'delete', text: 'Engineers ' },
      { op: 'insert', text: 'In 2019 the operator ' },
      { op: 'equal', text: 'replaced ' },
      { op: 'delete', text: 'its ' },
      { op: 'insert', text: 'the old ' },
      { op: 'equal', text: 'signalling ' },
      { op: 'delete', text: 'system in 2019' },
      { op: 'insert', text: 'with a radio-based system' },
      { op: 'equal', text: '.' },
    ]);
    expect(numberChange(d)).toBeNull();
  });

  it('a very long sentence: only its differing middle is diffed; a wholesale rewrite is one deletion and one insertion', () => {
    const long = 'word '.repeat(40_000);
    expect(wordDiff(`${long}costs 40 dollars ${long}`, `${long}costs 45 dollars ${long}`, 'en').filter((p) => p.op !== 'equal')).toEqual([
      { op: 'delete', text: '40' },
      { op: 'insert', text: '45' },
    ]);
    const a = 'alpha '.repeat(5000);
    const b = 'beta '.repeat(5000);
    expect(wordDiff(a, b, 'en').map((p) => p.op)).toEqual(['delete', 'insert']);
  });

  it('diffs by character where words are not spaced (Japanese)', () => {
    expect(wordDiff('東京は日本の首都です。', '東京は日本の最大の都市です。', 'ja').filter((p) => p.op === 'insert').map((p) => p.text)).toEqual(['最大の', '市']);
  });
});
