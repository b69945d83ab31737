import { describe, expect, it } from 'vitest';
import { missingTranslation } from '../../src/checks/missing-translation.js';
import { catalogPair, run } from './catalog-fixture.js';

describe('missing-translation', () => {
  it('an absent or empty translation is flagged; a key only the target has is an addition', () => {
    expect(run(missingTranslation, catalogPair({ a: 'Save', b: 'Cancel', c: 'Close' }, { a: 'Enregistrer', b: '', d: 'Fermer' }))).toEqual([
      'b: Key “b” has an empty translation',
      'c: Key “c” has no translation: the key is missing',
      'd: Key “d” is not in the source: no one asks for it (a renamed or removed key?)',
    ]);
  });
  it('plural keys follow the target language: vi needs no items_one, fr may add items_many', () => {
    const src = { items_one: '{{count}} item', items_other: '{{count}} items' };
    expect(run(missingTranslation, catalogPair(src, { items_other: '{{count}} mục' }, ['en', 'vi']))).toEqual([]);
    expect(run(missingTranslation, catalogPair(src, { items_one: '{{count}} article', items_many: '{{count}} d’articles', items_other: '{{count}} articles' }))).toEqual([]);
    expect(run(missingTranslation, catalogPair(src, { items_other: '{{count}} articles' }))).toEqual(['items_one: Key “items_one” has no translation: the key is missing']);
  });
});
