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
  it('an ICU plural whose branch opens right before an argument ("other{{count} items}", as every Flutter ARB plural) is ICU, not {{…}}', () => {
    const src = { n: '{count, plural, =0{No items} =1{1 item} other{{count} items}}' };
    // Exact matches =0 and =1 cover French "one" (0 and 1): Flutter's own French form.
    expect(run(placeholder, catalogPair(src, { n: '{count, plural, =0{Aucun article} =1{1 article} other{{count} articles}}' }))).toEqual([]);
    expect(run(placeholder, catalogPair(src, { n: '{count, plural, other{{count} articles}}' }))).toEqual(['n: Plural {count} lacks the one form fr needs (it has other)']);
    expect(run(placeholder, catalogPair(src, { n: '{count, plural, =0{Aucun article} other{{count} articles}}' }))).toEqual(['n: Plural {count} lacks the one form fr needs (it has other)']);
    // Another argument lost inside a branch is seen (it was not: the message was read as "{{…}}").
    const priced = { n: '{count, plural, =1{1 item for {price}} other{{count} items for {price}}}' };
    expect(run(placeholder, catalogPair(priced, { n: '{count, plural, =0{Aucun article} =1{1 article pour {price}} other{{count} articles}}' }))).toEqual([]);
    expect(run(placeholder, catalogPair(priced, { n: '{count, plural, =0{Aucun article} =1{1 article} other{{count} articles}}' }))).toEqual(['n: Placeholder {price} of the source is missing from the translation']);
    // Russian "one" is 1, 21, 31…: "=1" does not cover it.
    expect(run(placeholder, catalogPair(src, { n: '{count, plural, =1{1 товар} few{{count} товара} many{{count} товаров} other{{count} товара}}' }, ['en', 'ru']))).toEqual(['n: Plural {count} lacks the one form ru needs (it has few, many, other)']);
  });
  it('"{}" is a positional argument (easy_localization, str.format): each one counts', () => {
    const src = { a: '{} items', b: '{} of {} selected', c: 'Use {name} here' };
    expect(run(placeholder, catalogPair(src, { a: '{} mục', b: 'Đã chọn {}/{}', c: 'Dùng {name} ở đây' }, ['en', 'vi']))).toEqual([]);
    expect(run(placeholder, catalogPair(src, { a: 'Các mục', b: 'Đã chọn {}', c: 'Dùng {name} ở đây' }, ['en', 'vi']))).toEqual([
      'a: Placeholder {} of the source is missing from the translation',
      'b: Placeholder {} of the source is missing from the translation (2 in the source, 1 here)',
    ]);
  });
  it('i18next "{{count}} items" stays an interpolation', () => {
    expect(run(placeholder, catalogPair({ n: '{{count}} items' }, { n: '{{count}} articles' }))).toEqual([]);
    expect(run(placeholder, catalogPair({ n: '{{count}} items' }, { n: 'des articles' }))).toEqual(['n: Placeholder {{count}} of the source is missing from the translation']);
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
