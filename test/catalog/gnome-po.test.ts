// GNOME Calculator's gettext catalogs (GNOME/gnome-calculator, GPL: not copied — the entries below
// are written in their shape), read unseen on 2026-12-06: 15 of 23 major findings were false, and
// each cause is one case here, beside what must still be reported.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliFindings } from '../helpers/judged.js';
import { writeTree } from '../helpers/tree.js';

const po = (lang: string, entries: [string, string][]) =>
  `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ${lang}\\n"\n\n` +
  entries.map(([id, str]) => `msgid "${id}"\nmsgstr "${str}"\n`).join('\n');

describe('GNOME Calculator in French and German: symbols, key names, short names', () => {
  const fr = po('fr', [
    ['Tangent is undefined for angles that are multiples of π (180°) from π∕2 (90°)', 'La tangente est indéfinie pour les angles multiples de π (180°) à partir de π∕2 (90°)'],
    ['micrometer,micrometers,um', 'micromètre,micromètres,µm'],
    ['Croatian Kuna', 'Kuna croate'],
    ['The value of α is undefined here', 'La valeur de αβ est indéfinie ici'],
  ]);
  const de = po('de', [
    ['Square [Ctrl+2]', 'Quadrat [Strg+2]'],
    ['Cube [Ctrl+3]', 'Kubik [Strg+4]'],
  ]);
  const dir = writeTree({ 'fr.po': fr, 'de.po': de }, 'tqc-gnome-');
  const found = (file: string) => cliFindings([join(dir, file)]).filter((f) => f.check !== 'punctuation').map((f) => `${f.check} | ${f.key} | ${f.message}`);

  it('π and µ the source writes too, or a lone letter, are symbols; a Greek word the source lacks is not', () => {
    expect(found('fr.po')).toEqual(['untranslated | The value of α is undefined here | Greek “αβ” in the French text']);
  });
  it('"Strg+2" is the German keyboard\'s "Ctrl+2"; a changed key is still reported', () => {
    expect(found('de.po').sort()).toEqual(['entity | Cube [Ctrl+3] | the key chord “Ctrl+3” is “Strg+4” in the translation', 'number | Cube [Ctrl+3] | “4” in the translation does not match “3” in the source']);
  });
});
