// Godot's documentation in French (test/fixtures/godot-docs-fr, CC BY 3.0, Juan Linietsky, Ariel
// Manzur and the Godot community): a second Sphinx project's catalogs, judged unseen after the
// fixes the French Python tutorial prompted (python-docs-fr.test.ts), checked through the CLI as a
// user would (`tqc check test/fixtures/godot-docs-fr/instancing.po --format json --fail-on none`).
// Every finding was judged by reading the msgid and the msgstr: a new finding, or a lost one, fails
// the test until someone reads it and updates the table.
//
// First run (2026-12-05): 14 findings, 7 true, 2 debatable, 5 false — a "!" ending the program's
// quoted "Hello, World!" wanting a French space (3), and a link that lost its closing "_" read as
// a missing number and an omission (the link text masked as code on one side only; 2). Now the
// broken link is reported as such.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { poSetFindings, unitId as id, unitRow as row, type JudgedUnit as Judged } from '../helpers/judged.js';

const ROOT = 'test/fixtures/godot-docs-fr';
const FILES = ['scenes_and_nodes', 'instancing', 'godot_design_philosophy', 'filesystem', 'resources', 'scripting'];
const found = poSetFindings(ROOT, FILES);

// Judged 2026-12-05 by reading both strings of every finding.
const JUDGED: Judged[] = [
  row('instancing', 'omission', 'You can also adjust individual instances. Set the bounce val', 'true', 'the instruction to make the shared PhysicsMaterial unique ("Make Unique") is dropped: the French steps no longer work'),
  row('resources', 'punctuation', 'You can also ``preload`` resources. Unlike ``load``, this fu', 'true', '"un chemin variable: vous" lacks the space before the colon'),
  row('resources', 'placeholder', "If the script's language supports :ref:`script classes <doc_", 'true', 'a stray backtick before ":ref:" breaks the role: Sphinx shows the raw target'),
  row('resources', 'missing-translation', 'Anything Godot saves or loads from disk is a resource. Be it', 'true', 'fuzzy entry: the page shows the English'),
  row('resources', 'missing-translation', '**Built-in**, saved inside the ``.tscn`` or the ``.scn`` fil', 'true', 'fuzzy entry'),
  row('resources', 'missing-translation', 'The switch between built-in and external resources happens w', 'true', 'fuzzy entry'),
  row('scripting', 'punctuation', 'Select the Button node in the scene tree and then select the', 'true', 'doubled space in "puis  l\'onglet"'),
  row('godot_design_philosophy', 'placeholder', 'Please watch `Discover Godot 3, the Free game engine <https:', 'true', 'the video link lost its closing "_": the French page shows backticks and the URL as text'),
  row('filesystem', 'entity', 'To avoid this, do all your move, delete and rename operation', 'debatable', 'the dock "FileSystem" named in French ("système de fichier"), as the French editor labels it'),
  row('resources', 'entity', "Godot Engine's Inspector renders and edits Resource files ou", 'debatable', 'the same dock, "Système de Fichiers"'),
];

const FIRST_RUN_FALSE: { file: string; check: string; key: string; why: string }[] = [
  { file: 'scenes_and_nodes', check: 'punctuation', key: 'As mentioned before, making games in Godot feels like being ', why: '"Hello World!" quoted in the source\'s words: a program\'s string, not French prose (also two more entries)' },
  { file: 'godot_design_philosophy', check: 'number', key: 'Please watch `Discover Godot 3, the Free game engine <https:', why: 'the link text was masked as code in the translation only (no "_"): now read as link text, and the broken link reported' },
  { file: 'godot_design_philosophy', check: 'omission', key: 'Please watch `Discover Godot 3, the Free game engine <https:', why: 'same' },
];


describe('the French Godot documentation catalogs', () => {
  it('are the copied files, with the sizes the README states', () => {
    const sizes = FILES.map((f) => readFileSync(join(ROOT, `${f}.po`), 'utf8').length);
    expect(sizes).toEqual([24300, 11155, 20700, 11521, 25486, 27587]);
  });

  it('every finding is one judged by reading (a new one must be judged and added here)', () => {
    expect(found().map(id).sort()).toEqual(JUDGED.map(id).sort());
  });

  it("the first run's false alarms stay fixed, and every row says why", () => {
    const now = new Set(found().map(id));
    for (const f of FIRST_RUN_FALSE) expect(now.has(id(f)), id(f)).toBe(false);
    for (const j of [...JUDGED, ...FIRST_RUN_FALSE]) expect(j.why.length, id(j)).toBeGreaterThan(3);
  });
});
