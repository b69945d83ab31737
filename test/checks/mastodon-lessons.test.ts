// Mastodon's web-app catalogs (mastodon/mastodon, app/javascript/mastodon/locales/{en,fr,vi}.json,
// react-intl ICU messages), checked with `tqc check` and every finding judged by reading (README,
// "Catalogs written by others"). The files are AGPL-3.0 and not copied here: these are the judged
// messages, quoted one by one, each with what tqc must and must not say about it.
import { describe, expect, it } from 'vitest';
import { consistency } from '../../src/checks/consistency.js';
import { omission } from '../../src/checks/omission.js';
import { placeholder } from '../../src/checks/placeholder.js';
import { punctuation } from '../../src/checks/punctuation.js';
import { truncation } from '../../src/checks/truncation.js';
import { catalogPair, run } from './catalog-fixture.js';

describe('Mastodon: false alarms of the first run, now quiet', () => {
  it('a terse Vietnamese UI message without its full stop is not cut short (punctuation says it)', () => {
    const ctx = catalogPair(
      { followers: 'No one follows this user yet.', follows: "This user doesn't follow anyone yet.", domains: 'There are no blocked domains yet.' },
      { followers: 'Chưa có ai quan tâm', follows: 'Chưa quan tâm ai', domains: 'Chưa ẩn miền nào' },
      ['en', 'vi'],
    );
    expect(run(truncation, ctx)).toEqual([]);
    expect(run(punctuation, ctx)).toHaveLength(3);
  });

  it('a capital after a full stop inside a message is no name: a condensed translation is no omission', () => {
    const ctx = catalogPair(
      { bookmarks: "You don't have any bookmarked posts yet. When you bookmark one, it will show up here.", favourites: "You don't have any favorite posts yet. When you favorite one, it will show up here." },
      { bookmarks: 'Bạn chưa lưu tút nào, nếu có sẽ thấy ở đây.', favourites: 'Bạn chưa thích tút nào, nếu có sẽ thấy ở đây.' },
      ['en', 'vi'],
    );
    expect(run(omission, ctx)).toEqual([]);
  });

  it('sources differing only in spacing or hyphens are one message: one translation is right', () => {
    const fr = catalogPair({ confirm: 'Delete & redraft', redraft: 'Delete & re-draft' }, { confirm: 'Effacer et ré-écrire', redraft: 'Effacer et ré-écrire' });
    expect(run(consistency, fr)).toEqual([]);
    const vi = catalogPair({ confirm: 'Log out', logout: 'Logout' }, { confirm: 'Đăng xuất', logout: 'Đăng xuất' }, ['en', 'vi']);
    expect(run(consistency, vi)).toEqual([]);
  });

  it('a kaomoji closing with a full-width bracket is balanced', () => {
    expect(run(punctuation, catalogPair({ none: 'No matching emojis found' }, { none: "Pas d'emojis !! (╯°□°）╯︵ ┻━┻" }))).toEqual([]);
  });
});

describe('Mastodon: what must still be found', () => {
  it('an empty plural form: one placeholder finding, not also a consistency one', () => {
    const ctx = catalogPair(
      { votes: '{count, plural, one {# vote} other {# votes}}', people: '{count, plural, one {# person} other {# people}}' },
      { votes: '{count, plural, other {}}', people: '{count, plural, other {}}' },
      ['en', 'vi'],
    );
    expect(run(placeholder, ctx)).toEqual([
      'votes: Plural {count} has an empty other form: the app shows nothing there',
      'people: Plural {count} has an empty other form: the app shows nothing there',
    ]);
    expect(run(consistency, ctx)).toEqual([]);
  });

  it('a message of two sentences whose translation has one clause lost the second', () => {
    // The corpus's shop catalog (corpus/shop-app/locales/vi.json), beside Mastodon's condensed ones.
    // The sentence lost is quoted alone.
    const ctx = catalogPair({ empty: 'Your cart is empty. Browse our products to find something you like.' }, { empty: 'Giỏ hàng của bạn đang trống.' }, ['en', 'vi']);
    expect(run(omission, ctx)).toEqual([
      'empty: part of source sentence 1 has no translation: “Browse our products to find something you like” (Browse absent; the translation is 42 % of the expected length)',
    ]);
  });

  it('an empty form the source has too is no finding', () => {
    expect(run(placeholder, catalogPair({ n: '{count, plural, =0 {} one {# item} other {# items}}' }, { n: '{count, plural, =0 {} one {# élément} other {# éléments}}' }))).toEqual([]);
  });

  it('a translated placeholder name and a translated ICU argument', () => {
    const ctx = catalogPair({ with: 'With {names}', preview: 'Preview ({ratio})' }, { with: 'Với {tên}', preview: 'Xem trước ({tỷ lệ})' }, ['en', 'vi']);
    expect(run(placeholder, ctx)).toEqual([
      'with: Placeholder {names} of the source is missing from the translation',
      'with: Placeholder {tên} is not in the source: the app has no value for it',
      'preview: Broken ICU message (malformed argument at character 12): the app shows the raw text or fails',
    ]);
  });

  it('a message whose source changed from one word to "Block @{name}" and stayed English', () => {
    expect(run(consistency, catalogPair({ account: 'Block @{name}', status: 'Block @{name}' }, { account: 'Bloquer @{name}', status: 'Block @{name}' }))).toEqual([
      'status: “Block @{name}” is translated “Block @{name}” here but “Bloquer @{name}” at account',
    ]);
  });
});
