// What a bead or a pre-aligned segment hides: a sentence dropped from a three-sentence segment, a
// segment cut mid-word, boilerplate glued to a translated sentence, an approximate figure made
// exact, a currency named by its word. Each case also says what must stay quiet.
import { describe, expect, it } from 'vitest';
import { addition } from '../../src/checks/addition.js';
import { number } from '../../src/checks/number.js';
import { omission } from '../../src/checks/omission.js';
import { truncation } from '../../src/checks/truncation.js';
import type { Bead, CheckContext } from '../../src/types/index.js';
import { makeAlignment, makeContext, makeDocument, pair } from '../helpers/make.js';

const texts = (ctx: CheckContext, fs: { source: { start: number; end: number } | null; target: { start: number; end: number } | null }[]) =>
  fs.map((f) => [f.source ? ctx.alignment.source.file.text.slice(f.source.start, f.source.end) : null, f.target ? ctx.alignment.target.file.text.slice(f.target.start, f.target.end) : null]);

/** One segment: source and target sentences in one bead, as `--aligned` leaves them when the
 *  aligner merges inside the line. */
function segment(src: string[], tgt: string[], beads: Bead[], ratio = 1.15): CheckContext {
  const source = makeDocument('en', src);
  const target = makeDocument('fr', tgt);
  return { ...makeContext(makeAlignment(source, target, beads)), lengthRatio: ratio };
}

describe('omission: a sentence dropped inside a merged bead', () => {
  const SRC = ['The council met on Monday.', 'It approved the new budget for schools.', 'The vote was unanimous.'];
  it('names the sentence the translation is missing when the rest alone fits its length', () => {
    const ctx = segment(SRC, ['Le conseil s’est réuni lundi.', 'Le vote a été unanime.'], [{ source: [0, 1], target: [0] }, { source: [2], target: [1] }]);
    expect(texts(ctx, omission.run(ctx))).toEqual([['It approved the new budget for schools.', 'Le conseil s’est réuni lundi.']]);
  });

  it('says nothing when two sentences are translated as one of the full length', () => {
    const ctx = segment(SRC, ['Le conseil s’est réuni lundi et a approuvé le nouveau budget des écoles.', 'Le vote a été unanime.'], [{ source: [0, 1], target: [0] }, { source: [2], target: [1] }]);
    expect(omission.run(ctx)).toEqual([]);
  });
});

describe('omission: two short sentences merged and condensed are not one dropped', () => {
  const SRC = ['The museum reopened on Friday.', 'It had been closed for two years.', 'Visitors queued for hours.'];
  it('the merged translation shows both ("musée", "deux"): nothing', () => {
    // The ratio tqc check estimated on these three lines: French half again as long.
    const ctx = segment(SRC, ['Le musée a rouvert vendredi après deux ans de fermeture.', 'Les visiteurs ont fait la queue pendant des heures.'], [{ source: [0, 1], target: [0] }, { source: [2], target: [1] }], 1.5);
    expect(omission.run(ctx)).toEqual([]);
  });

  it('the same length with no trace of the first sentence is still its omission', () => {
    const ctx = segment(SRC, ['Il était fermé depuis deux ans pour travaux.', 'Les visiteurs ont fait la queue pendant des heures.'], [{ source: [0, 1], target: [0] }, { source: [2], target: [1] }], 1.5);
    expect(texts(ctx, omission.run(ctx)).map((t) => t[0])).toEqual(['The museum reopened on Friday.']);
  });
});

describe('truncation: a segment cut mid-word', () => {
  const SRC = ['The museum will reopen in the spring after a long renovation of its main hall.'];
  it('is cut short when it ends on a piece that is no word ("de sa st")', () => {
    const ctx = segment(SRC, ['Le musée rouvrira au printemps après une longue rénovation de sa st'], [{ source: [0], target: [0] }]);
    expect(truncation.run(ctx).map((f) => f.message)).toEqual([expect.stringContaining('stops mid-sentence')]);
  });

  it('is not cut when it ends on a whole word, as a heading may', () => {
    const ctx = segment(['The museum will reopen in the spring after a long renovation.'], ['Le musée rouvrira au printemps après une longue rénovation'], [{ source: [0], target: [0] }]);
    expect(truncation.run(ctx)).toEqual([]);
  });
});

describe('addition: boilerplate glued inside a bead', () => {
  it('reports “Advertisement” after the translated sentence, minor', () => {
    const ctx = segment(['Sales rose by 12 percent in March.'], ['Les ventes ont augmenté de 12 % en mars.', 'Advertisement'], [{ source: [0], target: [0, 1] }]);
    const f = addition.run(ctx);
    expect(texts(ctx, f)).toEqual([[null, 'Advertisement']]);
    expect(f[0].severity).toBe('minor');
  });

  it('reports “Advertisement” glued before the next sentence, which has no full stop to split on', () => {
    const ctx = segment(
      ['The museum reopened after two years of work.', 'Visitors can now see the restored ceiling.'],
      ['Le musée a rouvert après deux ans de travaux.', 'Advertisement Les visiteurs peuvent désormais voir le plafond restauré.'],
      [{ source: [0], target: [0] }, { source: [1], target: [1] }],
    );
    const f = addition.run(ctx);
    expect(texts(ctx, f)).toEqual([[null, 'Advertisement']]);
    expect(f[0].severity).toBe('minor');
  });

  it('says nothing of a sentence that merely starts with such a word, nor of a label the source has too', () => {
    const prose = segment(['Advertising funds the newspaper.'], ['Publicité et abonnements financent le journal.'], [{ source: [0], target: [0] }]);
    expect(addition.run(prose)).toEqual([]);
    const english = segment(['Continuez à lire le rapport du Guardian.'], ['Continue reading The Guardian’s report.'], [{ source: [0], target: [0] }]);
    expect(addition.run(english)).toEqual([]);
    const both = segment(['Advertisement The museum reopened after two years.'], ['Advertisement Le musée a rouvert après deux ans.'], [{ source: [0], target: [0] }]);
    expect(addition.run(both)).toEqual([]);
  });

  it('says nothing of a sentence split in two, nor of a credit the source has too', () => {
    const split = segment(['Sales rose by 12 percent in March, a record.'], ['Les ventes ont augmenté de 12 % en mars.', 'C’est un record.'], [{ source: [0], target: [0, 1] }]);
    expect(addition.run(split)).toEqual([]);
    const credit = segment(['Sales rose by 12 percent.', 'Source: Reuters'], ['Les ventes ont augmenté de 12 %.', 'Source : Reuters'], [{ source: [0, 1], target: [0, 1] }]);
    expect(addition.run(credit)).toEqual([]);
  });
});

describe('number: approximate figures and currency words', () => {
  it('reports “more than 5” translated as a bare “5”, minor, and “about 12” as “12”', () => {
    const ctx = pair('en', ['The company expects revenue of more than 5 billion won this year.'], 'fr', ['L’entreprise prévoit un chiffre d’affaires de 5 milliards de wons cette année.']);
    const f = number.run(ctx);
    expect(texts(ctx, f)).toEqual([['more than 5', '5']]);
    expect(f[0].severity).toBe('minor');
    const about = pair('en', ['Sales rose by about 12 percent in March.'], 'vi', ['Doanh số tăng 12% trong tháng Ba.']);
    expect(texts(about, number.run(about))).toEqual([['about 12', '12']]);
  });

  it('stays quiet when the translation keeps the sense near the number ("plus de", "khoảng", "trở lên")', () => {
    for (const [lang, t] of [
      ['fr', 'L’entreprise prévoit plus de 5 milliards de wons cette année.'],
      ['vi', 'Công ty dự kiến doanh thu khoảng 5 tỷ won trong năm nay.'],
      ['vi', 'Công ty dự kiến doanh thu 5 tỷ won trở lên trong năm nay.'],
    ] as const) {
      expect(number.run(pair('en', ['The company expects more than 5 billion won this year.'], lang, [t]))).toEqual([]);
    }
  });

  it('reads won, rupees and roubles as currencies: 5 billion won is not 5 milliards de dollars', () => {
    const ctx = pair('en', ['Samsung expects 5 billion won in profit.'], 'fr', ['Samsung prévoit 5 milliards de dollars de bénéfices.']);
    expect(number.run(ctx).map((f) => f.message)).toEqual([expect.stringContaining('in USD, “5 billion won” in the source in KRW')]);
    expect(number.run(pair('en', ['Samsung expects 5 billion won in profit.'], 'fr', ['Samsung prévoit 5 milliards de wons de bénéfices.']))).toEqual([]);
  });
});
