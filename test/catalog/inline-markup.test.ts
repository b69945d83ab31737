// reStructuredText and Markdown marks inside catalog messages (src/catalog/inline-markup.ts), and
// the French typography a documentation catalog uses — each case from the French Python
// tutorial's catalogs (test/fixtures/python-docs-fr), written small. Through the CLI, on a PO file
// named as a Sphinx project names it (no language in the name, no Language header): what must
// stay quiet, and what must still be flagged beside it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineMarkupRanges, shownText } from '../../src/catalog/inline-markup.js';

const BIN = join(__dirname, '../../bin/tqc.js');

const po = (entries: [string, string][]) =>
  `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n${entries.map(([id, str]) => `msgid ${JSON.stringify(id)}\nmsgstr ${JSON.stringify(str)}\n`).join('\n')}`;

function check(entries: [string, string][]): { key: string; check: string; message: string }[] {
  const dir = mkdtempSync(join(tmpdir(), 'tqc-rst-'));
  const file = join(dir, 'controlflow.po');
  writeFileSync(file, po(entries));
  const out = execFileSync('node', [BIN, 'check', file, '--format', 'json', '--fail-on', 'none', '--quiet'], { encoding: 'utf8' });
  const audit = JSON.parse(out) as { documents: { targets: { lang: string; findings: { check: string; key: string; message: string }[] }[] }[] };
  const t = audit.documents[0].targets[0];
  expect(t.lang).toBe('fr');
  return t.findings.map((f) => ({ key: f.key, check: f.check, message: f.message }));
}

const QUIET: [string, string][] = [
  ["giving only the mandatory argument: ``ask_ok('Do you really want to quit?')``", "en ne fournissant que les arguments obligatoires : ``ask_ok('Do you really want to quit?')``"],
  [':ref:`old-string-formatting`', ':ref:`old-string-formatting`'],
  ['Unlike strings, which are :term:`immutable`, lists are a :term:`mutable` type.', 'À la différence des chaînes qui sont :term:`immuables <immutable>`, les listes sont :term:`muables <mutable>`.'],
  ["Let's try some simple Python commands.  (It shouldn't take long.)", 'Essayons quelques commandes Python simples. Ça ne devrait pas être long.'],
  ['A strange thing happens if you just print a range::', "Une chose étrange se produit lorsqu'on affiche un range ::"],
  ['Slice indices have useful defaults; an omitted first index defaults to zero. ::', 'Les indices de tranches ont des valeurs par défaut utiles ; le premier indice vaut zéro : ::'],
  ['First, the *try clause* (the statements between the keywords) is executed.', 'premièrement, la *clause try* (les instructions placées entre les mots-clés) est exécutée ;'],
  ["A program doesn't run any faster when it is read from a ``.pyc`` file than when it is read from a ``.py`` file; the only thing that's faster about ``.pyc`` files is the speed with which they are loaded.", "un programme ne s'exécute pas plus vite lorsqu'il est lu depuis un ``.pyc``, il est juste chargé plus vite ;"],
  ['You could write a Unix shell script, but shell scripts are best at moving around files.', 'Vous pouvez écrire un script Unix, mais les scripts shell sont appropriés pour déplacer des fichiers.'],
  ["https://docs.python.org:  Fast access to Python's documentation.", 'https://docs.python.org/fr/ : un accès rapide à la documentation de Python en français.'],
  ['Common archiving formats are directly supported by modules including: :mod:`zlib`, :mod:`gzip` and :mod:`tarfile`. ::', "Les formats d'archivage les plus communs sont directement gérés par les modules :mod:`zlib`, :mod:`gzip` et :mod:`tarfile` ::"],
  ['Note that since -0 is the same as 0, negative indices start from -1.', 'Notez que, comme ``-0`` égale ``0``, les indices négatifs commencent par ``-1``.'],
  ['After saving the scene and pressing run scene again, the "Hello World" demo should finally execute:', 'Après avoir sauvegardé la scène et appuyé de nouveau sur Lancer la scène, la démo "Hello, World!" devrait enfin s\'exécuter :'],
  ['For instance, we can write an initial sub-sequence of the `Fibonacci series <https://en.wikipedia.org/wiki/Fibonacci_number>`_ as follows::', 'Par exemple, on peut écrire le début de la `suite de Fibonacci <https://fr.wikipedia.org/wiki/Suite_de_Fibonacci>`_ comme ceci : ::'],
];

const FLAGGED: [string, string][] = [
  ['Do you really want to quit?', 'Voulez-vous vraiment quitter?'],
  ['With ``for w in words:``, the example would attempt to create an infinite list.', "Avec ``for w in words:``, l'exemple would attempt to create une liste infinie."],
  ['Tabs are expanded to 8 spaces, normally.', 'Les tabulations sont remplacées par 4 espaces, normalement.'],
  ['See https://www.python.org for the downloads and the news.', 'Voir https://www.example.org pour les téléchargements et les nouvelles.'],
  ['The :keyword:`try` clause is executed first.', 'La clause :keyword:`try` est exécutée en premier'],
  ['Please watch `Discover Godot 3, the Free game engine <https://youtu.be/4v3qge-3CqQ>`_ for an overview.', 'Veuillez regarder `Discover Godot 3, the Free game engine <https://youtu.be/4v3qge-3CqQ>` pour un aperçu.'],
  ['Read the `Godot manual <https://docs.godotengine.org>`_ first.', 'Lisez d\'abord le manuel de Godot.'],
  ['The demo then prints "Hello World" and stops.', 'La démo affiche alors "Bonjour le monde!" et s\'arrête.'],
];

describe('inline markup in catalog messages', () => {
  it('masks literals, roles, link targets and footnote references; keeps the block marker for the masked text', () => {
    const v = "See ``x`` and :func:`len`, `Python <https://www.python.org>`_ [#]_ then::";
    const marks = inlineMarkupRanges(v).map(([s, e]) => v.slice(s, e));
    expect(marks).toEqual(['``x``', ':func:`len`', '`', ' <https://www.python.org>`_', '[#]_']);
    expect(shownText(v)).toBe('See · and ·, ·Python· · then:');
    expect(shownText('Les arguments sont : ::')).toBe('Les arguments sont :');
    expect(shownText('un range ::')).toBe('un range');
    expect(shownText('un range ::', true)).toBe('un range:');
    expect(shownText('les arguments. ::', true)).toBe('les arguments.');
    expect(shownText('Plain text, no marks.')).toBe('Plain text, no marks.');
  });

  it('stays linear on a hostile message', () => {
    const hostile = `${'`'.repeat(50_000)}${' ::'.repeat(20_000)}${'['.repeat(20_000)}]_`;
    const t0 = process.hrtime.bigint();
    inlineMarkupRanges(hostile);
    shownText(hostile, true);
    expect(Number(process.hrtime.bigint() - t0) / 1e6).toBeLessThan(2000);
  });

  it('code, roles, French list and block habits, a localised link: no finding; prose defects beside them: found', () => {
    const rows = check([...QUIET, ...FLAGGED]);
    const quietKeys = new Set(QUIET.map(([k]) => k));
    expect(rows.filter((r) => quietKeys.has(r.key))).toEqual([]);
    const got = (k: string) => rows.filter((r) => r.key === k).map((r) => `${r.check}: ${r.message}`);
    expect(got(FLAGGED[0][0])).toEqual(['punctuation: “?” wants a (narrow) no-break space before it in French']);
    expect(got(FLAGGED[1][0])).toEqual(['untranslated: English “would attempt to create” left untranslated']);
    expect(got(FLAGGED[2][0])).toEqual(['number: “4” in the translation does not match “8” in the source']);
    expect(got(FLAGGED[3][0])).toEqual(['entity: the link “https://www.python.org” of the source is missing from the translation']);
    expect(got(FLAGGED[4][0])).toEqual(['punctuation: Source ends with a full stop, the translation with none']);
    expect(got(FLAGGED[5][0])).toEqual(['placeholder: The link to https://youtu.be/4v3qge-3CqQ lost its closing “_”: shown as plain text, not a link']);
    expect(got(FLAGGED[6][0])).toEqual(['placeholder: The link to https://docs.godotengine.org of the source is missing from the translation']);
    // A quoted string in the translation's own words is French prose: its "!" wants the space.
    expect(got(FLAGGED[7][0])).toEqual(['punctuation: “!” wants a (narrow) no-break space before it in French']);
  });

  it('a catalog naming no language and left in English is refused, not read as a translation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tqc-rst-'));
    const file = join(dir, 'stdlib.po');
    writeFileSync(file, po([['The os module provides dozens of functions.', 'The os module provides dozens of functions.'], ['Use the built-in dir() and help() functions.', 'Use the built-in dir() and help() functions.']]));
    const r = spawnSync('node', [BIN, 'check', file, '--format', 'json', '--quiet'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/stdlib\.po: cannot tell the target language/);
  });
});
