// Read unseen on 2026-12-07 (round 13, build 9ab16ec): the Node.js website in French (7 page pairs,
// largely machine-translated: 19 major or critical findings, 16 true, 2 debatable, 1 false) and
// Immich's catalogs. Each cause is a case here, written in the shape of the real text.
import { describe, expect, it } from 'vitest';
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
