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
  it('a plural message given as one string answers every form (Rails and i18next read it for any count)', () => {
    // devise-i18n: the English "user: { one: User, other: Users }", the French "user: Utilisateur".
    const src = { models: { user: { one: 'User', other: 'Users' } }, items_one: '{{count}} item', items_other: '{{count}} items' };
    const ctx = catalogPair(src, { models: { user: 'Utilisateur' }, items: '{{count}} articles' });
    expect(run(missingTranslation, ctx)).toEqual([]);
    // The one string is paired with the 'other' form, so the other checks still read it.
    const paired = ctx.alignment.beads.map((b) => [ctx.alignment.source.sentences[b.source[0]].text.trim(), ctx.alignment.target.sentences[b.target[0]].text.trim()]);
    expect(paired).toContainEqual(['Users', 'Utilisateur']);
    expect(paired).toContainEqual(['items', 'articles']); // placeholders are blanked for the text checks
    // Without it, the forms are missing; a one-string value of an unrelated key is still extra.
    expect(run(missingTranslation, catalogPair(src, { models: { person: 'Personne' }, items_other: '{{count}} articles' }))).toEqual([
      'models.user.one: Key “models.user.one” has no translation: the key is missing',
      'models.user.other: Key “models.user.other” has no translation: the key is missing',
      'items_one: Key “items_one” has no translation: the key is missing',
      'models.person: Key “models.person” is not in the source: no one asks for it (a renamed or removed key?)',
    ]);
  });
});
