import { describe, expect, it } from 'vitest';
import { consistency } from '../../src/checks/consistency.js';
import { catalogPair, run } from './catalog-fixture.js';

describe('consistency', () => {
  it('one source two ways, two sources one way', () => {
    expect(run(consistency, catalogPair({ nav: { cart: 'Cart' }, footer: { cart: 'Cart' }, c: 'Contact us', d: 'Contact support' }, { nav: { cart: 'Panier' }, footer: { cart: 'Caddie' }, c: 'Nous contacter', d: 'Nous contacter' }))).toEqual([
      'footer.cart: “Cart” is translated “Caddie” here but “Panier” at nav.cart',
      'd: “Nous contacter” translates “Contact support” here and “Contact us” at c: two sources, one translation',
    ]);
  });
  // Excalidraw's French and Vietnamese catalogs (test/catalog/excalidraw.test.ts), judged by reading.
  it('one word under two leaf keys may be two senses: fill "Solid" = Solide, stroke style "Solid" = Continu', () => {
    expect(run(consistency, catalogPair({ labels: { solid: 'Solid', strokeStyle_solid: 'Solid' } }, { labels: { solid: 'Solide', strokeStyle_solid: 'Continu' } }))).toEqual([]);
  });
  it('the same word under the same leaf key is one concept: "Ellipse" named two ways is reported', () => {
    expect(run(consistency, catalogPair({ toolBar: { ellipse: 'Ellipse' }, element: { ellipse: 'Ellipse' } }, { toolBar: { ellipse: 'Hình elíp' }, element: { ellipse: 'Hình bầu dục' } }))).toHaveLength(1);
  });
  it('one-word synonyms and reworded sources may share a translation: Annuler = Cancel and Undo; Cắt ảnh = Crop image and Image cropping', () => {
    expect(run(consistency, catalogPair({ cancel: 'Cancel', undo: 'Undo', remove: 'Remove', del: 'Delete', crop: 'Crop image', cropping: 'Image cropping', selected: 'Selected', selection: 'Selection' }, { cancel: 'Annuler', undo: 'Annuler', remove: 'Supprimer', del: 'Supprimer', crop: 'Cắt ảnh', cropping: 'Cắt ảnh', selected: 'Sélection', selection: 'Sélection' }))).toEqual([]);
  });
  it('a source one word longer sharing the translation dropped that word: reported once, however many keys repeat the shorter source', () => {
    expect(run(consistency, catalogPair({ copySource: 'Copy source to clipboard', copy: 'Copy to clipboard', copyPng: 'Copy to clipboard' }, { copySource: 'Sao chép vào bộ nhớ tạm', copy: 'Sao chép vào bộ nhớ tạm', copyPng: 'Sao chép vào bộ nhớ tạm' }))).toEqual([
      'copy: “Sao chép vào bộ nhớ tạm” translates “Copy to clipboard” here and “Copy source to clipboard” at copySource: two sources, one translation',
    ]);
  });
  it('plural forms of one message are never inconsistent', () => {
    expect(run(consistency, catalogPair({ n: { one: '{{ count }} selected', other: '{{ count }} selected' } }, { n: { one: '{{ count }} sélectionné', other: '{{ count }} sélectionnés' } }))).toEqual([]);
  });
});

// Mastodon's web catalogs in German and French (round 10, unseen): one English label in two places
// is often a noun in one and a verb in the other, and the translation inflects it.
describe('consistency: a short label inflected by its place', () => {
  it('"Search" as "Suche" and "Suchen", "Group" as "Gruppe" and "Gruppieren", "All" as "Toutes" and "Tout": not reported', () => {
    expect(
      run(
        consistency,
        catalogPair(
          { navigation_bar: { search: 'Search' }, lists: { search: 'Search' }, account: { group: 'Group' }, column: { group: 'Group' }, notifications: { all: 'All' }, firehose: { all: 'All' } },
          { navigation_bar: { search: 'Suche' }, lists: { search: 'Suchen' }, account: { group: 'Gruppe' }, column: { group: 'Gruppieren' }, notifications: { all: 'Toutes' }, firehose: { all: 'Tout' } },
        ),
      ),
    ).toEqual([]);
  });
  it('another word is another term: "Cart" as "Panier" and "Caddie", "Search" as "Suche" and "Durchsuchen"', () => {
    expect(
      run(consistency, catalogPair({ nav: { cart: 'Cart', search: 'Search' }, footer: { cart: 'Cart', search: 'Search' } }, { nav: { cart: 'Panier', search: 'Suche' }, footer: { cart: 'Caddie', search: 'Durchsuchen' } })),
    ).toEqual(['footer.cart: “Cart” is translated “Caddie” here but “Panier” at nav.cart', 'footer.search: “Search” is translated “Durchsuchen” here but “Suche” at nav.search']);
  });
  it('a sentence inflected otherwise is still reported: imperative and infinitive of one instruction', () => {
    expect(run(consistency, catalogPair({ a: { hint: 'Delete the file now' }, b: { hint: 'Delete the file now' } }, { a: { hint: 'Supprimer le fichier maintenant' }, b: { hint: 'Supprimez le fichier maintenant' } }))).toHaveLength(1);
  });
});
