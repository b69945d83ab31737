// Documentation and catalogs read unseen on 2026-12-06 (round 10, build 5bf2e1f): MDN Web Docs in
// French, German and Vietnamese (mdn/content and its translations, CC BY-SA: the cases below are
// written in the shape of the real ones, not copied). Seven page pairs gave 7 major findings, none
// false; what the judge saw go wrong in the sentences themselves is one case here. And Mastodon's
// web catalogs (react-intl JSON) in German, French and Vietnamese: 3 of 14 major and 50 of 133
// minor findings false; each cause is a case here or in the check's own tests.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/corpus/index.js';
import { writeTree } from '../helpers/tree.js';
import { catalogPair, run } from '../checks/catalog-fixture.js';
import { punctuation } from '../../src/checks/punctuation.js';
import { entity } from '../../src/checks/entity.js';
import { placeholder } from '../../src/checks/placeholder.js';
import { untranslated } from '../../src/checks/untranslated.js';
import { cliFindings } from '../helpers/judged.js';
import { omission } from '../../src/checks/omission.js';

describe('a sentence closed after masked markup: MDN\'s French "(angl.)" inside a link in brackets', () => {
  // "(par exemple [le dictionnaire … <sup>(angl.)</sup>](https://…))." reads, its markup masked,
  // "(par exemple le dictionnaire … (angl.) )." — the segmenter ended the sentence after "(angl.)"
  // and ")." stood alone as a sentence.
  const sentences = (md: string) => {
    const dir = writeTree({ 'fr.md': md }, 'tqc-closers-');
    return loadDocument(join(dir, 'fr.md'), { lang: 'fr' }).sentences.map((s) => s.text.trim().replace(/\s+/g, ' '));
  };
  it('the closing marks end the sentence they close, at the end of a paragraph or inside it', () => {
    expect(sentences('# Compression\n\nCela utilise le dictionnaire prédéfini (par exemple [le dictionnaire Brotli du code source <sup>(angl.)</sup>](https://github.com/google/brotli)).\n')).toEqual([
      'Compression',
      'Cela utilise le dictionnaire prédéfini (par exemple le dictionnaire Brotli du code source (angl.) ).',
    ]);
    expect(sentences('# Compression\n\nVoir le module (par exemple [mod_deflate <sup>(angl.)</sup>](https://httpd.apache.org/)). Nginx dispose du sien.\n')).toEqual([
      'Compression',
      'Voir le module (par exemple mod_deflate (angl.) ).',
      'Nginx dispose du sien.',
    ]);
  });
  it('marks that open the next sentence still open it: "..." and "(...)"', () => {
    expect(sentences('# Var\n\nLe code ci-dessous fonctionne.\n\n...Est techniquement pareil.\n\n(...) Et ainsi de suite.\n')).toEqual(['Var', 'Le code ci-dessous fonctionne.', '...Est techniquement pareil.', '(...) Et ainsi de suite.']);
  });
});

describe("punctuation: a unit abbreviated with its stop (Mastodon's German relative times)", () => {
  it('"{number}d" as "{number} T.", "{count}B" as "{count} Mrd.": the stop is the abbreviation\'s', () => {
    const en = { relative_time: { days: '{number}d', hours: '{number}h' }, units: { billion: '{count}B', million: '{count}M' } };
    const de = { relative_time: { days: '{number} T.', hours: '{number} Std.' }, units: { billion: '{count} Mrd.', million: '{count} Mio.' } };
    expect(run(punctuation, catalogPair(en, de, ['en', 'de']))).toEqual([]);
  });
  it('a sentence the translation ends with a stop the source lacks is still reported', () => {
    expect(run(punctuation, catalogPair({ hint: 'Posts from the last 7 days' }, { hint: 'Beiträge der letzten 7 Tage.' }, ['en', 'de']))).toEqual(['hint: Source ends with no punctuation, the translation with a full stop']);
  });
});

describe('entity: words with a sigil, and acronyms reordered (Mastodon)', () => {
  const hint = 'You can @mention other people or #hashtags in your bio.';
  it('"@mention" and "#hashtags" translated behind their sigil, or capitalised as German nouns, are words', () => {
    expect(run(entity, catalogPair({ note_hint: hint }, { note_hint: 'Du kannst andere @Profile erwähnen oder #Hashtags in deiner Bio verwenden.' }, ['en', 'de']))).toEqual([]);
    expect(run(entity, catalogPair({ note_hint: hint }, { note_hint: 'Bạn có thể @nhắnriêng ai đó hoặc #hashtags trong tiểu sử.' }, ['en', 'vi']))).toEqual([]);
  });
  it('a tag dropped with its sigil, or a handle that is no word, is still reported', () => {
    expect(run(entity, catalogPair({ note_hint: hint }, { note_hint: 'Tu peux mentionner d’autres personnes ou des mots-clés dans ta bio.' }))).toEqual([
      'note_hint: the handle “@mention” of the source is missing from the translation',
      'note_hint: the hashtag “#hashtags” of the source is missing from the translation',
    ]);
    expect(run(entity, catalogPair({ follow: 'Follow @Gargron for news.' }, { follow: 'Suivez @Eugen pour les nouvelles.' }))).toEqual(['follow: the handle “@Gargron” of the source is missing from the translation']);
  });
  it('"2FA" as the French "A2F" is the acronym reordered; another acronym is not', () => {
    expect(run(entity, catalogPair({ title: '2FA enabled' }, { title: 'A2F activée' }))).toEqual([]);
    expect(run(entity, catalogPair({ title: '2FA enabled' }, { title: 'A3F activée' }))).toEqual(['title: the name “2FA” of the source is missing from the translation']);
  });
});

describe('a broken ICU plural is a broken message, and its skeleton is no English (Mastodon)', () => {
  const en = { counter: '{counter} you know', accept: 'Accept {count, plural, one {request} other {# requests}}?' };
  const fr = { counter: '{count, plural, one {{counter} suivi}, other {{counter} suivis}}', accept: 'Accepter {{count, plural, one {la demande} other {# demandes}}?' };
  it('reported as broken where it breaks, not as a placeholder missing; "plural", "one", "other" are not English', () => {
    expect(run(placeholder, catalogPair(en, fr))).toEqual([
      'counter: Broken ICU message (missing other clause at character 38): the app shows the raw text or fails',
      'accept: Broken ICU message (malformed argument at character 10): the app shows the raw text or fails',
    ]);
    expect(run(untranslated, catalogPair(en, fr))).toEqual([]);
  });
  it('an i18next catalog keeps its "{{count}}": a source that is not ICU makes no broken message', () => {
    expect(run(placeholder, catalogPair({ n: '{{count}} items selected' }, { n: '{{count}} éléments sélectionnés' }))).toEqual([]);
    expect(run(placeholder, catalogPair({ n: '{{count}} items selected' }, { n: 'éléments sélectionnés' }))).toEqual(['n: Placeholder {{count}} of the source is missing from the translation']);
  });
});

describe("punctuation: French for Canada spaces only its colon (Mastodon's fr-CA)", () => {
  const en = JSON.stringify({ placeholder: "What's on your mind?", oops: 'Oops!', warning: 'Warning: this cannot be undone' });
  const fr = JSON.stringify({ placeholder: 'À quoi pensez-vous?', oops: 'Oups!', warning: 'Attention: cela est irréversible' });
  const found = (name: string) => {
    const dir = writeTree({ 'en.json': en, [name]: fr }, 'tqc-quebec-');
    return cliFindings([dir]).filter((f) => f.check === 'punctuation').map((f) => `${f.key} | ${f.message}`);
  };
  it('fr-CA.json: no space before "?" and "!" is right; the colon still wants one', () => {
    expect(found('fr-CA.json')).toEqual(['warning | “:” wants a (narrow) no-break space before it in French']);
  });
  it('fr.json: all three want the space', () => {
    expect(found('fr.json')).toHaveLength(3);
  });
  // The language tag the file declares counts as its path does: a PO header's "Language: fr_CA", an
  // XLIFF's target-language="fr-CA" (a file named messages.po or app.xlf says nothing).
  const po = (language: string) =>
    `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ${language}\\n"\n\n` +
    `msgid "What's on your mind?"\nmsgstr "À quoi pensez-vous?"\n\nmsgid "Warning: this cannot be undone"\nmsgstr "Attention: cela est irréversible"\n`;
  const xliff = (lang: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file source-language="en" target-language="${lang}" datatype="plaintext" original="app">\n<body>\n` +
    `<trans-unit id="oops"><source>Oops!</source><target>Oups!</target></trans-unit>\n</body>\n</file>\n</xliff>\n`;
  const declared = (name: string, text: string) => {
    const dir = writeTree({ [name]: text }, 'tqc-quebec-declared-');
    return cliFindings([join(dir, name)]).filter((f) => f.check === 'punctuation').map((f) => f.message);
  };
  it('"Language: fr_CA" in a PO header, target-language="fr-CA" in an XLIFF: the colon only', () => {
    expect(declared('messages.po', po('fr_CA'))).toEqual(['“:” wants a (narrow) no-break space before it in French']);
    expect(declared('messages.po', po('fr'))).toHaveLength(2);
    expect(declared('app.xlf', xliff('fr-CA'))).toEqual([]);
    expect(declared('app.xlf', xliff('fr-FR'))).toHaveLength(1);
  });
});

describe("omission: a message's second sentence lost is quoted alone (Mastodon's devise mails)", () => {
  const en = { explanation: 'Authentication with security keys has been disabled for your account. Login is now possible using only the token generated by the paired TOTP app.' };
  it('the sentence lost, not the one translated ("authentification" is the cognate of "Authentication")', () => {
    expect(run(omission, catalogPair(en, { explanation: "L'authentification avec les clés de sécurité a été désactivée pour votre compte." }))).toEqual([
      'explanation: part of source sentence 1 has no translation: “Login is now possible using only the token generated by the paired TOTP app” (Login absent; the translation is 55 % of the expected length)',
    ]);
  });
  it('both sentences translated: nothing', () => {
    expect(run(omission, catalogPair(en, { explanation: "L'authentification avec les clés de sécurité a été désactivée pour votre compte. La connexion n'est désormais possible qu'avec le jeton généré par l'application TOTP associée." }))).toEqual([]);
  });
});

describe('omission: a sentence opening with a function word keeps no anchor (Home Assistant, re-read)', () => {
  it('"You will be able to …", translated "Vous pourrez …", is not lost; the sentence naming the TV class is', () => {
    const en = { description: 'The bridge can expose one accessory. In accessory mode, only one entity can be used. Accessory mode is required for media players of the TV class. Entities of the chosen domains are bridged to HomeKit. You will be able to pick entities on the next screen.' };
    const fr = { description: 'Les entités des domaines choisis seront pontées vers HomeKit. Vous pourrez choisir les entités sur l’écran suivant.' };
    expect(run(omission, catalogPair(en, fr))).toEqual([
      'description: part of source sentence 1 has no translation: “Accessory mode is required for media players of the TV class” (Accessory absent; the translation is 45 % of the expected length)',
    ]);
  });
});
