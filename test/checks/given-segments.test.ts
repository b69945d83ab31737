// When the input pairs the text — a catalog's units, the lines of --aligned files — nothing can
// have slid into the next bead, so the number and entity checks look for a value only inside its
// own unit or line. Before, "2.4" dropped from one PO entry and added to the next (or a "5" moved
// from line 1 to line 2 of a pre-aligned pair) matched across them and nothing was reported,
// where pofilter reports both entries. Inside one line, a number the translator moved to the
// line's other sentence is still matched, as in a document.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entity } from '../../src/checks/entity.js';
import { number } from '../../src/checks/number.js';
import { auditDocumentSet } from '../../src/run/audit.js';
import { defaultConfig } from '../../src/run/config.js';
import { discover } from '../../src/run/discover.js';
import { catalogPair, run } from './catalog-fixture.js';

function audit(files: Record<string, string>, aligned: boolean): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'tqc-segments-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const paths = Object.keys(files).map((n) => join(dir, n));
  const [set] = discover(aligned ? paths : [paths[0]], { sourceLang: 'en', aligned });
  return auditDocumentSet(set, defaultConfig())
    .targets.flatMap((t) => t.findings)
    .filter((f) => f.check === 'number' || f.check === 'entity')
    .map((f) => `${f.check}: ${f.message}`);
}

describe('catalog units: a number or a name is looked for in its own unit only', () => {
  it('a version number moved from one entry to the next is two findings', () => {
    const ctx = catalogPair(
      { download: 'Download version 2.4 for Windows.', notes: 'Read the release notes.' },
      { download: 'Téléchargez la version pour Windows.', notes: 'Lisez les notes de version 2.4.' },
    );
    expect(run(number, ctx)).toEqual(['download: “2.4” of the source is missing in the translation', 'notes: “2.4” in the translation is not in the source']);
  });

  it('a product name dropped from one entry is reported although the next entry has it', () => {
    const ctx = catalogPair(
      { signIn: 'Sign in with GitHub to continue.', saved: 'Your account settings are saved.' },
      { signIn: 'Connectez-vous pour continuer.', saved: 'Les paramètres de votre compte GitHub sont enregistrés.' },
    );
    expect(run(entity, ctx)).toEqual(['signIn: the name “GitHub” of the source is missing from the translation']);
  });

  it('numbers and names kept in their own entries, in another order, are quiet', () => {
    const ctx = catalogPair(
      { quota: 'You have used 5 of your 20 GB on GitHub.', plan: 'The Pro plan costs $4 per month.' },
      { quota: 'Vous avez utilisé 5 Go sur 20 sur GitHub.', plan: 'Le forfait Pro coûte 4 $ par mois.' },
    );
    expect([...run(number, ctx), ...run(entity, ctx)]).toEqual([]);
  });

  it('through the CLI path: a PO file whose entries traded a number', () => {
    const po = [
      'msgid ""',
      'msgstr ""',
      '"Content-Type: text/plain; charset=UTF-8\\n"',
      '"Language: fr\\n"',
      '',
      'msgid "You have 5 new messages in your inbox."',
      'msgstr "Vous avez de nouveaux messages dans votre boîte."',
      '',
      'msgid "Chapter 3 of the guide explains the settings."',
      'msgstr "Le chapitre 3 du guide explique les 5 réglages."',
      '',
    ].join('\n');
    expect(audit({ 'app.fr.po': po }, false)).toEqual(['number: “5” of the source is missing in the translation', 'number: “5” in the translation is not in the source']);
  });
});

describe('--aligned lines: a number is looked for in its own line, in any of its sentences', () => {
  it('a number moved to the next line is a drop and an addition', () => {
    const found = audit(
      {
        'en.txt': 'You have 5 new messages in your inbox.\nChapter 3 of the guide explains the settings.\n',
        'fr.txt': 'Vous avez de nouveaux messages dans votre boîte.\nLe chapitre 3 du guide explique les 5 réglages.\n',
      },
      true,
    );
    expect(found).toEqual(['number: “5” of the source is missing in the translation', 'number: “5” in the translation is not in the source']);
  });

  it('a number moved to the other sentence of the same line is matched', () => {
    const found = audit(
      {
        'en.txt': 'The company hired 40 engineers last year. They all work in Lyon.\nThe office opened in March.\n',
        'fr.txt': 'L’entreprise a embauché des ingénieurs l’an dernier. Ils sont 40 et travaillent tous à Lyon.\nLe bureau a ouvert en mars.\n',
      },
      true,
    );
    expect(found).toEqual([]);
  });
});
