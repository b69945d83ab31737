// Read unseen on 2026-12-07 (round 12, build b2e501f/fc6ece1): Astro's documentation in French and
// German (9 page pairs: 30 major or critical findings, 23 true — 22 of them drift —, 4 debatable,
// 3 false), the catalogs of Jellyfin and Element (JSON) and Nextcloud's l10n JSON. Each cause is a
// case here, written in the shape of the real text.
import { describe, expect, it } from 'vitest';
import { consistency } from '../../src/checks/consistency.js';
import { number } from '../../src/checks/number.js';
import { placeholder } from '../../src/checks/placeholder.js';
import { catalogPair, run } from '../checks/catalog-fixture.js';
import { dirFindings, pairFindings as audit } from '../helpers/judged.js';
import { writeTree } from '../helpers/tree.js';

// Astro's German "Configuring Astro" lacks the section "Environment Variables" before the page's
// last, "Configuration Reference", which both versions open — as the page's first paragraph ends —
// with "📚 Read Astro's [API configuration reference](/en/reference/configuration-reference/)".
const EN = `---
title: Configuring Astro
---

Customize how Astro works by adding an \`astro.config.mjs\` file in your project. 📚 Read Astro's [API configuration reference](/en/reference/configuration-reference/) for a full overview of all supported configuration options.

## Customising Output Filenames

For code that Astro processes, like imported JavaScript or CSS files, you can customise output filenames in your \`astro.config.*\` file.

This can be helpful if you have scripts with names that might be impacted by ad blockers.

## Environment Variables

Astro evaluates configuration files before it loads your other files. As such, you can't use \`import.meta.env\` to access environment variables that were set in \`.env\` files.

You can use \`process.env\` in a configuration file to access other environment variables, like those [set by the CLI](/en/guides/environment-variables/#using-the-cli).

You can also use [Vite's \`loadEnv\` helper](https://main.vitejs.dev/config/#using-environment-variables-in-config) to manually load \`.env\` files.

## Configuration Reference

📚 Read Astro's [API configuration reference](/en/reference/configuration-reference/) for a full overview of all supported configuration options.
`;
const DE = `---
title: Astro konfigurieren
---

Passe die Funktionsweise von Astro an, indem du eine Datei \`astro.config.mjs\` in dein Projekt einfügst. 📚 In Astros [API-Konfigurationsreferenz](/de/reference/configuration-reference/) findest du eine Gesamtübersicht aller unterstützter Konfigurationsoptionen.

## Anpassen von Ausgabedateinamen

Für von Astro verarbeiteten Code, z. B. importierte JavaScript- oder CSS-Dateien, kannst du die Ausgabedateinamen in deiner \`astro.config.*\`-Datei anpassen.

Dies kann hilfreich sein, wenn du Skripts mit Namen hast, die von Werbeblockern blockiert werden.

## Konfigurationsreferenz

📚 In Astros [API-Konfigurationsreferenz](/de/reference/configuration-reference/) findest du eine Gesamtübersicht aller unterstützter Konfigurationsoptionen.
`;

describe("alignment: a section lost before the last one is an omission, not a cut (Astro's German)", () => {
  it('the last paragraph opens with the same link on both sides: one omission, the lost section, no truncation', () => {
    expect(audit(EN, 'de', DE, 'mdx')).toEqual(['omission: source sentences 7–11 (5 sentences, 54 words) have no translation']);
  });
  it('the translation that does stop there is still cut', () => {
    const cut = DE.slice(0, DE.indexOf('## Konfigurationsreferenz'));
    expect(audit(EN, 'de', cut, 'mdx').filter((f) => f.startsWith('truncation'))).toHaveLength(1);
  });
});

// Nextcloud's plurals: the key "_%n file_::_%n files_" holds both English forms, each translated
// form is compared with its own — the whole key had made every "1" of the singular count twice.
describe("Nextcloud's l10n JSON: plural keys, quotes of its own", () => {
  const fr = `{ "translations": {
    "Search {filter} now" : "Chercher '{filter}' maintenant",
    "_1 file and {n} folder_::_1 file and {n} folders_" : ["1 fichier et {n} dossier","1 fichier et {n} dossiers"],
    "_Delete 1 file_::_Delete {count} files_" : ["Supprimer 1 fichier","Supprimer {count} fichiers"],
    "_Delete {count} item_::_Delete {count} items_" : ["Supprimer {count} élément","Supprimer {count} éléments"],
    "Open the file" : "Ouvrir le fichier"
},"pluralForm" :"nplurals=2; plural=(n > 1);"
}
`;
  const run12 = (text: string, name = 'fr.json') => dirFindings(writeTree({ [`l10n/${name}`]: text }, 'tqc-nextcloud-12-') + '/l10n');
  it('each form against its English form; a quoted placeholder kept: no finding', () => {
    expect(run12(fr)).toEqual([]);
  });
  it('a form that loses its placeholder or changes its number is still reported, once', () => {
    const broken = fr.replace('"Supprimer {count} fichiers"', '"Supprimer les fichiers"').replace('"1 fichier et {n} dossier"', '"2 fichiers et {n} dossier"');
    expect(run12(broken)).toEqual([
      'number: “2” in the translation does not match “1” in the source',
      'placeholder: Placeholder {count} of the source is missing from the translation',
    ]);
  });
  it('Vietnamese has one form: it translates the plural', () => {
    const vi = `{ "translations": { "_Delete 1 file_::_Delete {count} files_" : ["Xóa {count} tệp"] }, "pluralForm" :"nplurals=1; plural=0;" }\n`;
    expect(run12(vi, 'vi.json')).toEqual([]);
  });
});

describe('placeholder: quotes around a placeholder are ICU syntax only in an ICU catalog', () => {
  it("no plural or select anywhere: \"'{filter}'\" keeps {filter}; with ICU plurals it is the text \"{filter}\"", () => {
    expect(run(placeholder, catalogPair({ search: 'Search {filter} now' }, { search: "Chercher '{filter}' maintenant" }))).toEqual([]);
    const icu = { search: 'Search {filter} now', n: '{count, plural, one {# file} other {# files}}' };
    expect(run(placeholder, catalogPair(icu, { search: "Chercher '{filter}' maintenant", n: '{count, plural, one {# fichier} other {# fichiers}}' }))).toEqual([
      'search: Placeholder {filter} of the source is missing from the translation',
    ]);
  });
});

describe('number: sizes and zero said as a word (Jellyfin)', () => {
  it('"320x180" is "320 x 180"; "A value of 0 disables" is "Une valeur nulle désactive"', () => {
    expect(run(number, catalogPair({ w: 'A width of 320 on a 16:9 video ends up around 320x180.' }, { w: 'Une largeur de 320 sur une vidéo 16:9 donne environ 320 x 180.' }))).toEqual([]);
    expect(run(number, catalogPair({ w: 'A width of 320 ends up around 320x180.' }, { w: 'Une largeur de 320 donne environ 320 x 240.' }))).toEqual([
      'w: “240” in the translation does not match “180” in the source',
    ]);
    expect(run(number, catalogPair({ z: 'A value of 0 disables this feature.' }, { z: 'Une valeur nulle désactive la fonctionnalité.' }))).toEqual([]);
    expect(run(number, catalogPair({ z: 'Wait 0 seconds.' }, { z: 'Attendez 5 secondes.' }))).toEqual(['z: “5” in the translation does not match “0” in the source']);
  });
  it('an address changed is said as written, without a "value" read from its dots', () => {
    expect(run(number, catalogPair({ h: 'For example 192.168.1.100:8096 or https://myserver.com' }, { h: 'Par exemple 192.168.1.1:8096 ou https://myserver.com' }))).toEqual([
      'h: “192.168.1.1” in the translation does not match “192.168.1.100” in the source',
    ]);
  });
});

describe("placeholder: react-i18next's numbered tags (Element Call)", () => {
  it('"<2>…</2>" as "<1>…</1>" is a tag lost and one added, not a changed number', () => {
    const en = { e: 'Join the call or <2>create a new one</2>.' };
    expect(run(number, catalogPair(en, { e: 'Tritt dem Anruf bei oder <1>erstelle einen neuen</1>.' }, ['en', 'de']))).toEqual([]);
    expect(run(placeholder, catalogPair(en, { e: 'Tritt dem Anruf bei oder <1>erstelle einen neuen</1>.' }, ['en', 'de']))).toEqual([
      'e: Placeholder <2> of the source is missing from the translation',
      'e: Placeholder <1> is not in the source: the app has no value for it',
    ]);
    expect(run(placeholder, catalogPair(en, { e: 'Tritt dem Anruf bei oder <2>erstelle einen neuen</2>.' }, ['en', 'de']))).toEqual([]);
  });
});

describe('consistency: short labels with no word in common sharing a translation are one concept (Jellyfin, Element)', () => {
  it('"Special Features" / "Extras", "Log In" / "Sign in": not reported; a word changed or dropped still is', () => {
    expect(run(consistency, catalogPair({ a: 'Special Features', b: 'Extras', c: 'Log In', d: 'Sign in' }, { a: 'Bonus', b: 'Bonus', c: 'Se connecter', d: 'Se connecter' }))).toEqual([]);
    expect(run(consistency, catalogPair({ a: 'Copy to clipboard', b: 'Copy source to clipboard' }, { a: 'Copier dans le presse-papiers', b: 'Copier dans le presse-papiers' }))).toHaveLength(1);
    expect(run(consistency, catalogPair({ a: 'Mute this participant?', b: 'Kick this participant?' }, { a: 'Couper le micro de ce participant ?', b: 'Couper le micro de ce participant ?' }))).toHaveLength(1);
  });
});

describe("entity: MDN's moved page in French, and a link broken by a space (Astro's French)", () => {
  const en = `# Scripts\n\nDefining a [custom element](https://developer.mozilla.org/en-US/docs/Web/Web_Components/Using_custom_elements) in a .astro component lets you write your own tags.\n\nSee [MDN’s introduction to custom elements](https://developer.mozilla.org/en-US/docs/Web/Web_Components/Using_custom_elements) for more.\n`;
  const fr = `# Scripts\n\nLa définition d'un [élément personnalisé](https://developer.mozilla.org/fr/docs/Web/API/Web_components/Using_custom_elements) dans un composant .astro vous permet d'écrire vos propres balises.\n\nVoir [l'introduction aux éléments personnalisés de MDN](https://developer.mozilla.org/fr/docs/Web/API/Web_components/Using_custom_elements) pour en savoir plus.\n`;
  it('the French page at its new place is the same link', () => {
    expect(audit(en, 'fr', fr)).toEqual([]);
  });
  it('"[élément personnalisé] (https://…)" is no link: one finding', () => {
    expect(audit(en, 'fr', fr.replace('personnalisé](', 'personnalisé] ('))).toEqual([
      'entity: the link “https://developer.mozilla.org/fr/docs/Web/API/Web_components/Using_custom_elements” is broken: a space between “]” and “(” shows its text and URL as written',
    ]);
  });
});

describe("entity: a literal of the language translated (Astro's German)", () => {
  const en = '# Variables\n\n- `import.meta.env.PROD`: `true` if your site is running in production; `false` otherwise.\n- `import.meta.env.SSR`: `true` if your site is rendered on the server.\n';
  it('"`true` … `false`" as "`wahr` … `falsch`": code that would not run, each reported', () => {
    const de = '# Variablen\n\n- `import.meta.env.PROD`: `wahr`, wenn deine Website im Produktionsmodus läuft; andernfalls `falsch`.\n- `import.meta.env.SSR`: `true`, wenn deine Website auf dem Server gerendert wird.\n';
    expect(audit(en, 'de', de)).toEqual(['entity: the code “true” of the source is “wahr” in the translation', 'entity: the code “false” of the source is “falsch” in the translation']);
  });
  it("a literal said in words beside a renamed name is no literal translated (MDN's French loops)", () => {
    const src = '# Loops\n\nIf the `condition` becomes `false`, `statement` within the loop stops executing.\n';
    expect(audit(src, 'fr', "# Boucles\n\nSi la `condition` devient fausse, l'`instruction` contenue dans la boucle cesse de s'exécuter.\n").filter((f) => f.includes('“false”'))).toEqual([]);
  });
  it('kept as written: nothing', () => {
    const de = '# Variablen\n\n- `import.meta.env.PROD`: `true`, wenn deine Website im Produktionsmodus läuft; andernfalls `false`.\n- `import.meta.env.SSR`: `true`, wenn deine Website auf dem Server gerendert wird.\n';
    expect(audit(en, 'de', de)).toEqual([]);
  });
});
