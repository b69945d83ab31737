// WebExtension catalogs (_locales/<lang>/messages.json, as Chrome and Firefox read them) and
// Docusaurus's i18n/<lang>/code.json share one shape: every entry is {"message", "description",
// "placeholders"}, and only the message is shown. Through the CLI, with our own text.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Audit } from '../../src/types/index.js';
import { writeTree } from '../helpers/tree.js';

const BIN = resolve('bin/tqc.js');

const tree = (files: Record<string, string>): string => writeTree(files, 'tqc-webext-');

function check(path: string) {
  const r = spawnSync(process.execPath, [BIN, 'check', path, '--format', 'json', '--fail-on', 'none', '--quiet'], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Audit;
}
const rows = (a: Audit) => a.documents.flatMap((d) => d.targets.flatMap((t) => t.findings.map((f) => [t.lang, f.check, f.key ?? '', f.message])));

const entry = (message: string, description: string, placeholders = '') =>
  `{ "message": ${JSON.stringify(message)}, "description": ${JSON.stringify(description)}${placeholders} }`;
const COUNT = ', "placeholders": { "count": { "content": "$1", "example": "12" } }';
const messages = (e: Record<string, string>) => `{\n${Object.entries(e).map(([k, v]) => `  "${k}": ${v}`).join(',\n')}\n}\n`;

const EN = messages({
  extName: entry('Tab Keeper', 'Name of the extension, shown in the store.'),
  saveAll: entry('Save all 12 open tabs', 'Button that saves every open tab of the current window.'),
  restored: entry('Restored $COUNT$ tabs', 'Shown after the tabs were restored.', COUNT),
  closed: entry('Closed $COUNT$ duplicate tabs', 'Shown after duplicates were closed.', COUNT),
});
const FR = messages({
  extName: entry('Tab Keeper', 'Name of the extension, shown in the store.'),
  saveAll: entry('Enregistrer les 12 onglets ouverts', 'Button that saves every open tab of the current window.'),
  restored: entry('$count$ onglets restaurés', 'Shown after the tabs were restored.', COUNT),
  closed: entry('Onglets en double fermés', 'Shown after duplicates were closed.', COUNT),
});

describe('WebExtension messages.json', () => {
  const found = rows(check(join(tree({ '_locales/en/messages.json': EN, '_locales/fr/messages.json': FR }), '_locales')));

  it('descriptions for translators are no text: left in English, they are not "untranslated"', () => {
    expect(found.filter((r) => r[1] === 'untranslated')).toEqual([]);
  });

  it('a $NAME$ placeholder dropped is found, one renamed in another case is the same', () => {
    expect(found).toEqual([['fr', 'placeholder', 'closed', 'Placeholder $count$ of the source is missing from the translation']]);
  });
});

describe("Docusaurus's code.json", () => {
  it('only the messages are read', () => {
    const en = messages({ 'theme.common.editThisPage': entry('Edit this page', 'The link label to edit the current page') });
    const fr = messages({ 'theme.common.editThisPage': entry('Éditer cette page', 'The link label to edit the current page') });
    const a = check(tree({ 'en.json': en, 'fr.json': fr }));
    expect(a.documents[0].source.sentences.map((s) => s.text)).toEqual(['Edit this page']);
    expect(rows(a)).toEqual([]);
  });
});
