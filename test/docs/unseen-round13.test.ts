// Read unseen on 2026-12-07 (round 13, build 9ab16ec): the Node.js website in French (7 page pairs,
// largely machine-translated: 19 major or critical findings, 16 true, 2 debatable, 1 false) and
// Immich's catalogs. Each cause is a case here, written in the shape of the real text.
import { describe, expect, it } from 'vitest';
import { consistency } from '../../src/checks/consistency.js';
import { placeholder } from '../../src/checks/placeholder.js';
import { catalogPair, run } from '../checks/catalog-fixture.js';
import { dirFindings, ofCheck as of, pairFindings as audit } from '../helpers/judged.js';

describe("duplicate: a title the source writes twice nearly alike (Node.js's French)", () => {
  const en = '---\ntitle: Installing Node.js via package manager\n---\n\n# Installing Node.js via Package Managers\n\nHello world, and welcome here.\n';
  it('the front matter\'s title and the heading, one text with a plural: the French writes it twice alike', () => {
    const fr = '---\ntitle: Installer Node.js via le gestionnaire de paquets\n---\n\n# Installer Node.js via le gestionnaire de paquets\n\nBonjour le monde, et bienvenue ici.\n';
    expect(of(audit(en, 'fr', fr), 'duplicate')).toEqual([]);
  });
  it('a source that does not repeat itself: the French repeat is still one', () => {
    const other = en.replace('# Installing Node.js via Package Managers', '# Getting started with Node.js today');
    const fr = '---\ntitle: Installer Node.js via le gestionnaire de paquets\n---\n\n# Installer Node.js via le gestionnaire de paquets\n\nBonjour le monde, et bienvenue ici.\n';
    expect(of(audit(other, 'fr', fr), 'duplicate')).toHaveLength(1);
  });
});

describe("truncation: a whole sentence with a stray word after its stop is not cut (Node.js's French)", () => {
  const en = '# Help\n\nGeneral questions about using Node.js should be directed at the [Node.js help repository](https://github.com/nodejs/help/issues).\n';
  it('"…(https://…).Node.js" at 110 %: no truncation', () => {
    const fr = "# Aide\n\nLes questions générales sur l'utilisation de Node.js doivent être adressées au [Node.js help repository] (https://github.com/nodejs/help/issues).Node.js\n";
    expect(of(audit(en, 'fr', fr), 'truncation')).toEqual([]);
  });
  it('the real page: its broken links found, no truncation', () => {
    const found = dirFindings('test/fixtures/nodejs-site/contribute-fr');
    expect(of(found, 'truncation')).toEqual([]);
    expect(of(found, 'entity').filter((f) => f.includes('is broken: a space between'))).toHaveLength(3);
  });
  it('a sentence that stops half-way still is', () => {
    const fr = "# Aide\n\nLes questions générales sur l'utilisation de\n";
    expect(of(audit(en, 'fr', fr), 'truncation')).toHaveLength(1);
  });
});

describe("number: a number of the source written twice (Node.js's French repeats a clause)", () => {
  it('says so, rather than "not in the source"', () => {
    const en = '# Reporting\n\nYour report will be acknowledged within 5 days, and you will receive a more detailed response to your report within 10 days indicating the next steps in handling your submission.\n';
    const fr = '# Signalement\n\nVous recevrez un accusé de réception de votre rapport dans les 5 jours, et vous recevrez une réponse plus détaillée dans les 10 jours, indiquant les prochaines étapes, une réponse plus détaillée à votre rapport dans les 10 jours.\n';
    expect(of(audit(en, 'fr', fr), 'number')).toEqual(['number: “10” is written 2 times in the translation, 1 in the source']);
  });
});

describe("entity: one misspelt name is one finding (Node.js's French)", () => {
  it('"dépôt Github" once, the next item dropping the name: one finding', () => {
    const en = '# Get involved\n\n- The [`nodejs/node` GitHub repository](https://github.com/nodejs/node/issues) is the place to discuss Node.js core features.\n- The [`nodejs/help` GitHub repository](https://github.com/nodejs/help/issues) is the official place to ask questions about Node.js.\n';
    const fr = "# Participer\n\n- Le [dépôt Github `nodejs/node`](https://github.com/nodejs/node/issues) est l'endroit où l'on discute des fonctionnalités principales de Node.js.\n- Le dépôt [`nodejs/help`](https://github.com/nodejs/help/issues) est l'endroit où poser des questions sur Node.js.\n";
    expect(of(audit(en, 'fr', fr), 'entity')).toEqual(['entity: the name “GitHub” is written “Github” in the translation']);
  });
});

// Immich's catalogs (ICU JSON, French, German, Vietnamese): 74 major findings, 9 false; of the
// minor ones, 22 of 47 consistency findings false and 48 of 50 unused plural forms harmless.
describe("placeholder: Immich's plurals and an address in angle brackets", () => {
  it('a source with only "other" demands no "one" of the translation; a source with "one" still does', () => {
    expect(run(placeholder, catalogPair({ a: '{count, plural, other {# archived}}' }, { a: '{count, plural, other {# archiviert}}' }, ['en', 'de']))).toEqual([]);
    expect(run(placeholder, catalogPair({ a: '{count, plural, one {# file archived} other {# files archived}}' }, { a: '{count, plural, other {# Dateien archiviert}}' }, ['en', 'de']))).toEqual([
      'a: Plural {count} lacks the one form de needs (it has other)',
    ]);
  });
  it('Vietnamese "one" worded as its "other" is harmless; worded otherwise it is reported', () => {
    expect(run(placeholder, catalogPair({ a: '{count, plural, one {# item} other {# items}}', d: '{count, plural, one {day} other {# days}}' }, { a: '{count, plural, one {# mục} other {# mục}}', d: '{count, plural, one {ngày} other {# ngày}}' }, ['en', 'vi']))).toEqual([]);
    expect(run(placeholder, catalogPair({ a: '{count, plural, one {# item} other {# items}}' }, { a: '{count, plural, one {một mục duy nhất} other {# mục}}' }, ['en', 'vi']))).toEqual(['a: Plural {count} has one, a form vi never uses']);
  });
  it('"<noreply@example.com>" is an address, not a tag', () => {
    expect(run(placeholder, catalogPair({ m: 'Sender, for example "Immich Photo Server <noreply@example.com>"' }, { m: 'Expéditeur, par exemple « Immich Photo Server <nepasrepondre@exemple.org> »' }))).toEqual([]);
    expect(run(placeholder, catalogPair({ m: 'Click <b>here</b> to continue' }, { m: 'Cliquez ici pour continuer' }))).toEqual(['m: Placeholder <b> of the source is missing from the translation']);
  });
});

describe("consistency: one action in two English words, or a plural (Immich)", () => {
  it('"Unable to get …" / "Can\'t get …", "Buy Immich" / "Purchase Immich", "API Keys" / "API Key": one translation each is right', () => {
    const en = { a: 'Unable to get number of comments', b: "Can't get number of comments", c: 'Buy Immich', d: 'Purchase Immich', e: 'API Keys', f: 'API Key' };
    const de = { a: 'Anzahl der Kommentare konnte nicht abgerufen werden', b: 'Anzahl der Kommentare konnte nicht abgerufen werden', c: 'Immich kaufen', d: 'Immich kaufen', e: 'API-Schlüssel', f: 'API-Schlüssel' };
    expect(run(consistency, catalogPair(en, de, ['en', 'de']))).toEqual([]);
  });
  it('"Kick" / "Mute" are two actions: still reported', () => {
    expect(run(consistency, catalogPair({ a: 'Mute this participant?', b: 'Kick this participant?' }, { a: 'Diesen Teilnehmer stummschalten?', b: 'Diesen Teilnehmer stummschalten?' }, ['en', 'de']))).toHaveLength(1);
  });
});
