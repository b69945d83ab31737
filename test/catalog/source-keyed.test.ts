// Catalogs keyed by their source text, as Laravel keeps `lang/fr.json` ({"Forgot Your Password?":
// "Mot de passe oublié ?"}) and i18next projects with natural-language keys: no English file
// beside them, the keys are the English. And Laravel's placeholders, ":attribute", ":count".
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Audit } from '../../src/types/index.js';
import { writeTree } from '../helpers/tree.js';

const BIN = resolve('bin/tqc.js');

function check(...paths: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'check', ...paths, '--format', 'json', '--fail-on', 'none', '--quiet'], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const rows = (stdout: string) =>
  (JSON.parse(stdout) as Audit).documents.flatMap((d) => d.targets.flatMap((t) => t.findings.map((f) => [t.lang, f.check, f.key ?? '', f.message])));

const FR = `{
    "A fresh verification link has been sent to your email address.": "Un nouveau lien de vérification a été envoyé à votre adresse e-mail.",
    "All rights reserved.": "Tous droits réservés.",
    "Forgot Your Password?": "Mot de passe oublié ?",
    "If you did not create an account, no further action is required.": "If you did not create an account, no further action is required.",
    "Login": "Connexion",
    "Please confirm your password before continuing.": "Veuillez confirmer votre mot de passe avant de continuer.",
    "The :attribute must be at least :min characters.": "Le champ :attribute doit contenir au moins 8 caractères.",
    "The :Attribute field is required.": "Le champ :attribute est obligatoire.",
    "This password reset link will expire in :count minutes.": "Ce lien de réinitialisation du mot de passe expirera dans :count minutes.",
    "Showing :first to :last of :total results": "Affichage de :first à :last sur :total résultats"
}
`;
const DE = `{
    "A fresh verification link has been sent to your email address.": "Ein neuer Bestätigungslink wurde an Ihre E-Mail-Adresse gesendet.",
    "All rights reserved.": "Alle Rechte vorbehalten.",
    "Forgot Your Password?": "Passwort vergessen?",
    "Login": "Anmelden",
    "Please confirm your password before continuing.": "Bitte bestätigen Sie Ihr Passwort, bevor Sie fortfahren.",
    "This password reset link will expire in :count minutes.": "Dieser Link zum Zurücksetzen des Passworts läuft in 60 Minuten ab.",
    "Showing :first to :last of :total results": "Zeige :first bis :last von :total Ergebnissen"
}
`;

describe('a JSON catalog keyed by its English (Laravel lang/fr.json)', () => {
  const dir = writeTree({ 'lang/fr.json': FR, 'lang/de.json': DE }, 'tqc-keyed-');

  it('is checked alone against its keys: a sentence left in English, a placeholder replaced by a number', () => {
    const r = check(join(dir, 'lang/fr.json'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const found = rows(r.stdout);
    expect(found).toContainEqual(['fr', 'untranslated', 'If you did not create an account, no further action is required.', expect.any(String)]);
    expect(found).toContainEqual(['fr', 'placeholder', 'The :attribute must be at least :min characters.', expect.stringContaining(':min')]);
    // ":Attribute" written ":attribute" is the same value (Laravel only changes its case), and
    // ":count" kept, ":first … :total" kept in another order, are right.
    expect(found.filter((f) => f[1] === 'placeholder')).toHaveLength(1);
    expect(found.filter((f) => ['untranslated', 'placeholder', 'number'].includes(f[1] as string)).map((f) => f[2]).sort()).toEqual([
      'If you did not create an account, no further action is required.',
      'The :attribute must be at least :min characters.',
      'The :attribute must be at least :min characters.',
    ]);
  });

  it('a directory of such catalogs: each checked against its own keys, not French against German', () => {
    const r = check(join(dir, 'lang'));
    expect(r.stderr).toBe('');
    const audit = JSON.parse(r.stdout) as Audit;
    expect(audit.documents.flatMap((d) => d.targets.map((t) => [d.source.lang, t.lang])).sort()).toEqual([
      ['en', 'de'],
      ['en', 'fr'],
    ]);
    const de = rows(r.stdout).filter((f) => f[0] === 'de');
    expect(de.map((f) => [f[1], f[2]])).toEqual([['placeholder', 'This password reset link will expire in :count minutes.'], ['number', 'This password reset link will expire in :count minutes.']]);
  });

  it('an empty en.json beside them (Laravel may keep one) changes nothing', () => {
    const d2 = writeTree({ 'lang/en.json': '{}\n', 'lang/de.json': DE }, 'tqc-keyed-');
    const r = check(join(d2, 'lang'));
    expect(r.stderr).toBe('');
    expect(rows(r.stdout).map((f) => f[1])).toEqual(['placeholder', 'number']);
  });

  it('a catalog keyed by identifiers alone still needs its source beside it', () => {
    const d3 = writeTree({ 'fr.json': '{"auth.login": "Connexion", "auth.logout": "Déconnexion", "auth.forgot": "Mot de passe oublié ?"}\n' }, 'tqc-keyed-');
    const r = check(join(d3, 'fr.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/fr\.json: a JSON catalog needs its source beside it/);
  });
});

describe("Laravel's :name placeholders are no text and no colon", () => {
  it('times, URLs, labels and emoji codes are not placeholders', async () => {
    const { readMessage } = await import('../../src/catalog/placeholders.js');
    const ids = (v: string) => readMessage(v).placeholders.map((p) => p.id);
    expect(ids('The :Attribute must be :size kilobytes.')).toEqual([':attribute', ':size']);
    expect(ids('Opens at 10:30, see https://example.com or mailto:me. Note:this')).toEqual([]);
    // A colon after the name is punctuation: Laravel's "Update :resource: :title".
    expect(ids('Update :resource: :title')).toEqual([':resource', ':title']);
    expect(ids('To do :term:`floor division` see :py:func:`len`')).toEqual([]);
  });
});

describe("choice messages (Laravel's trans_choice, Symfony): forms split by '|', counts as intervals", () => {
  const FR_CHOICE = `{
    "(and :count more errors)": "(et :count erreur en plus)|(et :count erreurs en plus)|(et :count erreurs en plus)",
    "There are :count apples": "{0} Il n'y a aucune pomme|{1} Il y a une pomme|[2,*] Il y a :count pommes",
    ":count minutes ago": "il y a :count minute|il y a :count minutes",
    ":count days left": "il reste :count jour|il reste 3 jours",
    "Showing :count results": "]1,Inf[ Affichage de :count résultats|[0,1] Affichage de :count résultat",
    "Page :page of :pages": "Page :page | :pages"
  }
`;
  it('an interval is no number and no ICU argument; a placeholder said once per form is said once', () => {
    const dir = writeTree({ 'fr.json': FR_CHOICE }, 'tqc-choice-');
    const r = check(join(dir, 'fr.json'));
    expect(r.stderr).toBe('');
    // Only the true ones: "3 jours" where the count should be, and ":page of :pages" written
    // with a bar (two forms of text, ':page' said once: no loss) — only the number.
    expect(rows(r.stdout).map((f) => [f[1], f[2]])).toEqual([['number', ':count days left']]);
  });

  it('a placeholder lost in every form is still lost; a count written in the text is still a number', async () => {
    const { readMessage } = await import('../../src/catalog/placeholders.js');
    const ids = (v: string) => readMessage(v).placeholders.map((p) => p.id);
    expect(ids('{0} Aucune pomme|[1,*] :count pommes')).toEqual([':count']);
    expect(ids('pomme|pommes')).toEqual([]);
    expect(ids('{0} files|{1} folders')).toEqual([]);
    // ICU positional arguments in a message without forms stay arguments.
    expect(ids('{0} de {1}')).toEqual(['{0}', '{1}']);
    // "||" is code, not a separator: both %s count.
    expect(ids('%s || %s')).toEqual(['%s', '%s']);
  });
});

describe("Laravel-Lang's catalogs (read unseen on 2026-12-06): what was falsely reported there", () => {
  const DE2 = `{
    "Update :resource: :title": ":Resource aktualisieren: :title",
    "(and :count more errors)": "(und :count weiterer Fehler)|(und :count weitere Fehler)|(und :count weitere Fehler)",
    "Heard Island and McDonald Islands": "Heard und McDonaldinseln",
    "Cote D'Ivoire": "Elfenbeinküste",
    "Côte d'Ivoire": "Elfenbeinküste",
    "Bolivia": "Bolivien",
    "Bolivia, Plurinational State of": "Bolivien",
    "Virgin Islands, U.S.": "Amerikanische Jungferninseln",
    "Copy to clipboard": "Kopieren",
    "Paste from clipboard": "Kopieren"
}
`;
  const FR2 = `{
    "The given :attribute has appeared in a data leak. Please choose a different :attribute.": "La valeur du champ :attribute est apparue dans une fuite de données. Veuillez choisir une valeur différente.",
    "Update :resource: :title": "Mettre à jour :resource : :title",
    "N/A": "n.c.",
    "The :attribute field must be :size.": "Le champ doit avoir la taille :size."
}
`;
  const dir = writeTree({ 'lang/de.json': DE2, 'lang/fr.json': FR2 }, 'tqc-laravel-');
  const found = rows(check(join(dir, 'lang')).stdout).map((f) => `${f[0]} ${f[1]} ${f[2]}`);

  it('a placeholder before a colon, repeated across choice forms, or said once for twice: none lost', () => {
    expect(found.filter((f) => f.includes('placeholder'))).toEqual(['fr placeholder The :attribute field must be :size.']);
  });
  it('a name opening a German compound is kept ("McDonaldinseln")', () => {
    expect(found.filter((f) => f.includes('entity'))).toEqual([]);
  });
  it('two spellings of one source sharing a translation are one source; two sources are still two', () => {
    expect(found.filter((f) => f.includes('consistency'))).toEqual(['de consistency Paste from clipboard']);
  });
  it('an abbreviation\'s full stop ("U.S.", "n.c.") is no end mark', () => {
    expect(found.filter((f) => f.includes('punctuation'))).toEqual([]);
  });
});

// Nextcloud apps ship `l10n/<lang>.json` (and the same messages as `<lang>.js`): the English text is
// the key, under "translations", beside "pluralForm", gettext's plural formula. Read as a catalog
// of the other languages, German had been the "source" of the French, and the formula's ";" a
// French colon wanting its space.
describe("Nextcloud's l10n/<lang>.json: keyed by the English under \"translations\"", () => {
  const fr = `{ "translations": {
    "Saved" : "Enregistré",
    "Failed to move \\"{file}\\"" : "Impossible de déplacer « {file} »",
    "Uploading …" : "Téléversement en cours…",
    "_%n file_::_%n files_" : ["%n fichier","%n fichiers"],
    "Delete 3 files" : "Supprimer 4 fichiers",
    "Share with {user}" : "Partager avec"
},"pluralForm" :"nplurals=2; plural=(n > 1);"
}
`;
  const de = `{ "translations": {
    "Saved" : "Gespeichert",
    "Failed to move \\"{file}\\"" : "„{file}“ konnte nicht verschoben werden",
    "Uploading …" : "Lade hoch …",
    "_%n file_::_%n files_" : ["%n Datei","%n Dateien"],
    "Delete 3 files" : "3 Dateien löschen",
    "Share with {user}" : "Mit {user} teilen"
},"pluralForm" :"nplurals=2; plural=(n != 1);"
}
`;
  it('each translation against its keys: the changed number and the lost {user} only, no finding in German', () => {
    const dir = writeTree({ 'l10n/fr.json': fr, 'l10n/de.json': de, 'l10n/fr.js': 'OC.L10N.register("files", {"Saved":"Enregistré"});\n' }, 'tqc-nextcloud-');
    const r = check(join(dir, 'l10n'));
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual([
      ['fr', 'number', 'Delete 3 files', '“4” in the translation does not match “3” in the source'],
      ['fr', 'placeholder', 'Share with {user}', 'Placeholder {user} of the source is missing from the translation'],
    ]);
  });
  it('alone, a file is bilingual too', () => {
    const dir = writeTree({ 'fr.json': fr }, 'tqc-nextcloud-');
    expect(rows(check(join(dir, 'fr.json')).stdout).map((row) => row[2])).toEqual(['Delete 3 files', 'Share with {user}']);
  });
});
