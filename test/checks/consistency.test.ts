import { describe, expect, it } from 'vitest';
import { consistency } from '../../src/checks/consistency.js';
import { catalogPair, run } from './catalog-fixture.js';

describe('consistency', () => {
  it('one source two ways, two sources one way', () => {
    expect(run(consistency, catalogPair({ a: 'Cart', b: 'Cart', c: 'Contact us', d: 'Get support' }, { a: 'Panier', b: 'Caddie', c: 'Nous contacter', d: 'Nous contacter' }))).toEqual([
      'b: “Cart” is translated “Caddie” here but “Panier” at a',
      'd: “Nous contacter” translates “Get support” here and “Contact us” at c: two sources, one translation',
    ]);
  });
  it('plural forms of one message are never inconsistent', () => {
    expect(run(consistency, catalogPair({ n: { one: '{{ count }} selected', other: '{{ count }} selected' } }, { n: { one: '{{ count }} sélectionné', other: '{{ count }} sélectionnés' } }))).toEqual([]);
  });
});
