import { describe, expect, it } from 'vitest';
import { length } from '../../src/checks/length.js';
import { catalogPair } from './catalog-fixture.js';

describe('length', () => {
  it('a limit set on the unit is compared in characters, inline codes not counted', () => {
    const ctx = catalogPair({ a: 'Start', b: 'Go' }, { a: 'Commencer maintenant', b: '<b>Aller</b>' });
    for (const doc of [ctx.alignment.source, ctx.alignment.target]) for (const u of doc.units ?? []) u.maxLength = 10;
    expect(length.run(ctx).map((f) => f.message)).toEqual(['Translation is 20 characters long; the limit for “a” is 10']);
  });
  it('no limit, no finding', () => {
    expect(length.run(catalogPair({ a: 'Start' }, { a: 'Commencer maintenant, tout de suite' }))).toEqual([]);
  });
});
