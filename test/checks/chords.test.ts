// Key chords: GNOME Calculator's German catalog gave "Strg+R" for "Ctrl+Z" — no digit, no name, so
// no check saw it. A chord is compared as the keys it names: the keyboard's own labels in the
// reader's language ("Strg", "Maj", "Entf") are the same chord; a different key is reported.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entity } from '../../src/checks/entity.js';
import { readChords } from '../../src/checks/shared/chords.js';
import { makeAlignment, makeContext, makeDocument } from '../helpers/make.js';
import { cliFindings } from '../helpers/judged.js';
import { writeTree } from '../helpers/tree.js';

const chordMessages = (lang: string, en: string[], tgt: string[]) =>
  entity
    .run(makeContext(makeAlignment(makeDocument('en', en), makeDocument(lang, tgt))))
    .filter((f) => f.message.includes('key chord'))
    .map((f) => `${f.severity ?? 'major'} | ${f.message}`);

describe('readChords: what a sentence tells the reader to press', () => {
  const keys = (t: string) => readChords(t).map((c) => c.key);
  it('reads modifiers in any language and order, "+", a capitalised hyphen, Mac signs and masked <kbd> tags', () => {
    expect(keys('Use Ctrl + Shift + P or Cmd+Shift+P.')).toEqual(['ctrl+shift+p', 'cmd+shift+p']);
    expect(keys('Drücken Sie Umschalt+Strg+Entf.')).toEqual(['ctrl+shift+del']);
    expect(keys('Appuyez sur Ctrl-Z, puis ⌘⇧P.')).toEqual(['ctrl+z', 'cmd+shift+p']);
    expect(keys('Press      Ctrl      +     Z      to undo.')).toEqual(['ctrl+z']);
    expect(keys('Close it with Alt+F4.')).toEqual(['alt+f4']);
  });
  it('reads no chord in prose or in mouse actions', () => {
    expect(keys('The alt-right movement and shift-left testing.')).toEqual([]);
    expect(keys('A Super-8 film; Command-line tools; win-win.')).toEqual([]);
    expect(keys('Ctrl+click a file; Strg+Klick; Maj+clic.')).toEqual([]);
  });
});

describe('entity: key chords', () => {
  it('reports a chord whose key changed, in any modifier spelling', () => {
    expect(chordMessages('de', ['Undo the last step with Ctrl+Z.'], ['Machen Sie den letzten Schritt mit Strg+R rückgängig.'])).toEqual([
      'major | the key chord “Ctrl+Z” is “Strg+R” in the translation',
    ]);
    expect(chordMessages('fr', ['Press Ctrl+Shift+P to open the command palette.'], ['Appuyez sur Ctrl+Maj+K pour ouvrir la palette de commandes.'])).toEqual([
      'major | the key chord “Ctrl+Shift+P” is “Ctrl+Maj+K” in the translation',
    ]);
  });

  it('reports, as minor, a chord dropped where the translation writes the others', () => {
    expect(chordMessages('fr', ['Press Ctrl+C or Ctrl+Insert to copy.'], ['Appuyez sur Ctrl+C pour copier.'])).toEqual([
      'minor | the key chord “Ctrl+Insert” is missing from the translation, which writes other chords here',
    ]);
  });

  it('does not report the keyboard\'s own labels, another spelling of one chord, or a chord said in words', () => {
    expect(chordMessages('de', ['Press Ctrl+Z to undo.'], ['Drücken Sie Strg+Z zum Rückgängigmachen.'])).toEqual([]);
    expect(chordMessages('fr', ['Use Shift+Tab to go back.'], ['Utilisez Maj+Tab pour revenir.'])).toEqual([]);
    expect(chordMessages('es', ['Press ⌘K to search.'], ['Pulsa Cmd+K para buscar.'])).toEqual([]);
    expect(chordMessages('fr', ['Press Ctrl-Z to undo.'], ['Appuyez sur Ctrl+Z pour annuler.'])).toEqual([]);
    expect(chordMessages('fr', ['Press Ctrl+Z to undo.'], ['Appuyez sur Contrôle et Z pour annuler.'])).toEqual([]);
    expect(chordMessages('fr', ['Ctrl+click to select several files.'], ['Ctrl+clic pour sélectionner plusieurs fichiers.'])).toEqual([]);
  });

  it('does not report two chords paired one sentence off: each is its neighbour\'s', () => {
    // The aligner paired the copy sentence with the paste one and the reverse (a swap it reports as
    // moved text, not as two wrong keys).
    const en = ['Copy the selection with Ctrl+C.', 'Paste it with Ctrl+V.'];
    const fr = ['Collez-la avec Ctrl+V.', 'Copiez la sélection avec Ctrl+C.'];
    expect(chordMessages('fr', en, fr)).toEqual([]);
  });
});

describe('tqc check: a catalog whose shortcut changed', () => {
  const po = (entries: [string, string][]) =>
    `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: de\\n"\n\n` + entries.map(([id, str]) => `msgid "${id}"\nmsgstr "${str}"\n`).join('\n');
  const dir = writeTree(
    {
      'de.po': po([
        // The entry before holds the chord the wrong one names: entries are paired by the file,
        // so a neighbour's chord excuses nothing (it does when the aligner paired the sentences).
        ['Root [Ctrl+R]', 'Wurzel [Strg+R]'],
        ['Undo [Ctrl+Z]', 'Rückgängig [Strg+R]'],
        ['Redo [Ctrl+Shift+Z]', 'Wiederholen [Strg+Umschalt+Z]'],
        ['Close [Alt+F4]', 'Schließen [Alt+F4]'],
      ]),
    },
    'tqc-chords-',
  );
  it('names the entry and the two chords; the right ones are silent', () => {
    expect(cliFindings([join(dir, 'de.po')]).filter((f) => f.check === 'entity').map((f) => `${f.key} | ${f.message}`)).toEqual([
      'Undo [Ctrl+Z] | the key chord “Ctrl+Z” is “Strg+R” in the translation',
    ]);
  });
});

describe('tqc check: Markdown keys in <kbd> and inline code', () => {
  const dir = writeTree(
    {
      'en.md': '# Shortcuts\n\nPress <kbd>Ctrl</kbd>+<kbd>C</kbd> to copy the selection.\n\nThen press `Ctrl+V` to paste it.\n\nClose the window with <kbd>Alt</kbd> + <kbd>F4</kbd>.\n',
      'fr.md': '# Raccourcis\n\nAppuyez sur <kbd>Ctrl</kbd>+<kbd>X</kbd> pour copier la sélection.\n\nPuis appuyez sur `Ctrl+V` pour la coller.\n\nFermez la fenêtre avec <kbd>Alt</kbd> + <kbd>F4</kbd>.\n',
    },
    'tqc-chords-md-',
  );
  it('reads the keys the masked text hides, and quotes them without their tags', () => {
    expect(cliFindings([join(dir, 'en.md'), join(dir, 'fr.md')]).map((f) => `${f.check} | ${f.message}`)).toEqual(['entity | the key chord “Ctrl+C” is “Ctrl+X” in the translation']);
  });
});
