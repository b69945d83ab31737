import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/checks/glossary.js';
import type { TermEntry } from '../../src/types/index.js';
import { catalogPair, run } from './catalog-fixture.js';

const terms: TermEntry[] = [
  { lang: 'en', term: 'cart', targets: { fr: ['panier'], vi: ['giỏ hàng'] } },
  { lang: 'en', term: 'ShopApp', targets: { fr: ['ShopApp'] } },
];

describe('glossary', () => {
  it('the required translation, with inflection on both sides', () => {
    expect(run(glossary, catalogPair({ a: 'Your carts', b: 'Cart', c: 'Open ShopApp' }, { a: 'Vos paniers', b: 'Caddie', c: 'Ouvrir Shop App' }, ['en', 'fr'], terms))).toEqual([
      'b: “cart” should be translated “panier” (term base)',
      'c: “ShopApp” must stay as it is (term base), but the translation does not have it',
    ]);
  });
  it('word boundaries: "cartography" is not "cart"; no term base, no finding', () => {
    expect(run(glossary, catalogPair({ a: 'Cartography' }, { a: 'Cartographie' }, ['en', 'fr'], terms))).toEqual([]);
    expect(run(glossary, catalogPair({ a: 'Cart' }, { a: 'Caddie' }))).toEqual([]);
  });
});
