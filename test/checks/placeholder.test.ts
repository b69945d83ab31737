import { describe, expect, it } from 'vitest';
import { placeholder } from '../../src/checks/placeholder.js';
import { catalogPair, run } from './catalog-fixture.js';

describe('placeholder', () => {
  it('{count} moved within the sentence is right; a renamed one is missing and added', () => {
    expect(run(placeholder, catalogPair({ a: '{count} files in {dir}', b: 'Hi {name}' }, { a: 'Dans {dir}, {count} fichiers', b: 'Salut {nom}' }))).toEqual([
      'b: Placeholder {name} of the source is missing from the translation',
      'b: Placeholder {nom} is not in the source: the app has no value for it',
    ]);
  });
  it('French needs one and other (CLDR many is optional); Vietnamese needs only other', () => {
    const src = { n: '{n, plural, one {# file} other {# files}}' };
    expect(run(placeholder, catalogPair(src, { n: '{n, plural, one {# fichier} other {# fichiers}}' }))).toEqual([]);
    expect(run(placeholder, catalogPair(src, { n: '{n, plural, other {# tệp}}' }, ['en', 'vi']))).toEqual([]);
    expect(run(placeholder, catalogPair(src, { n: '{n, plural, other {# fichiers}}' }))).toEqual(['n: Plural {n} lacks the one form fr needs (it has other)']);
  });
  it('a broken ICU message is critical', () => {
    const ctx = catalogPair({ a: '{n, plural, one {# day} other {# days}}' }, { a: '{n, plural, one {# jour} other {# jours}' });
    expect(placeholder.run(ctx).map((f) => f.severity)).toEqual(['critical']);
  });
  it('printf: unnumbered arguments keep their order, numbered ones may move; %d lost is flagged', () => {
    expect(run(placeholder, catalogPair({ a: '%s has %d', b: '%1$s has %2$d', c: 'Ends on %s.' }, { a: '%d pour %s', b: '%2$d pour %1$s', c: 'Fin.' })).map((m) => m.split(':')[0])).toEqual(['a', 'c']);
  });
  it('"50 % de remise" is no printf placeholder; a tag pair is one placeholder', () => {
    expect(run(placeholder, catalogPair({ a: '50% off', b: 'Read <b>this</b>' }, { a: '50 % de remise', b: 'Lisez ceci' }))).toEqual(['b: Placeholder <b> of the source is missing from the translation']);
  });
});
