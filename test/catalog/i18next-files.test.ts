// i18next catalogs as projects keep them, through the CLI: jitsi-meet's lang/main.json (English,
// no language in the name) beside main-fr.json and main-vi.json; a key written twice; nesting with
// "$t(key)". Each case is one tqc got wrong on jitsi-meet's real catalogs (test/catalog/jitsi-meet).
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Audit } from '../../src/types/index.js';
import { writeTree } from '../helpers/tree.js';

const BIN = resolve('bin/tqc.js');

const dirOf = (files: Record<string, string>): string => writeTree(files, 'tqc-i18next-');

function check(...paths: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'check', ...paths, '--format', 'json', '--fail-on', 'none', '--quiet'], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const audit = (stdout: string) => JSON.parse(stdout) as Audit;
const rows = (stdout: string) => audit(stdout).documents.flatMap((d) => d.targets.flatMap((t) => t.findings.map((f) => [t.lang, f.check, f.key ?? '', f.message])));

const EN = `{
  "appName": "MeetBox",
  "dialog": {
    "lockRoomPassword": "password",
    "addPassword": "Add a $t(lockRoomPassword)",
    "joinTitle": "Join a MeetBox meeting",
    "leaveTitle": "Leave the MeetBox meeting",
    "streamKey": "Live stream key"
  },
  "prejoin": { "calling": "Calling", "joinMeeting": "Join meeting" }
}
`;
const FR = `{
  "appName": "MeetBox",
  "dialog": {
    "lockRoomPassword": "mot de passe",
    "addPassword": "Ajouter un $t(lockRoomPassword)",
    "joinTitle": "Rejoindre une réunion $t(appName)",
    "leaveTitle": "Quitter la réunion",
    "streamKey": "Clé Live stream"
  },
  "prejoin": { "calling": "Appel", "joinMeeting": "Rejoindre la réunion", "calling": "Appel…" }
}
`;
const VI = `{
  "appName": "MeetBox",
  "dialog": {
    "lockRoomPassword": "mật khẩu",
    "addPassword": "Thêm $t(lockRoomPassword)",
    "joinTitle": "Tham gia cuộc họp $t(appName)",
    "leaveTitle": "Rời cuộc họp MeetBox",
    "streamKey": "Khóa phát trực tiếp"
  },
  "prejoin": { "calling": "Đang gọi", "joinMeeting": "Tham gia cuộc họp" }
}
`;

describe('catalogs named by a suffix on one stem (jitsi-meet: main.json, main-fr.json, main-vi.json)', () => {
  const dir = dirOf({ 'main.json': EN, 'main-fr.json': FR, 'main-vi.json': VI });

  it('a directory: the bare main.json is the source, its language read from its text', () => {
    const run = check(dir);
    expect(run.stderr).toBe('');
    const a = audit(run.stdout);
    expect(a.documents.map((d) => [d.source.lang, d.targets.map((t) => t.lang)])).toEqual([['en', ['fr', 'vi']]]);
    // Read as catalogs: every finding names its key (as text, the JSON lines were "sentences").
    expect(rows(run.stdout).every((r) => r[2] !== '')).toBe(true);
  });

  it('the same files named on the command line', () => {
    const run = check(join(dir, 'main.json'), join(dir, 'main-fr.json'), join(dir, 'main-vi.json'));
    expect(run.stderr).toBe('');
    expect(audit(run.stdout).documents.map((d) => [d.source.lang, d.targets.map((t) => t.lang)])).toEqual([['en', ['fr', 'vi']]]);
  });

  it('one translation beside the bare stem: messages.json, messages_fr.json', () => {
    const run = check(dirOf({ 'messages.json': EN, 'messages_fr.json': FR }));
    expect(run.stderr).toBe('');
    expect(audit(run.stdout).documents.map((d) => [d.source.lang, d.targets.map((t) => t.lang)])).toEqual([['en', ['fr']]]);
    expect(rows(run.stdout).every((r) => r[2] !== '')).toBe(true);
  });

  it('a glued region counts ("main-frCA.json" is French), one suffixed file alone does not', () => {
    const run = check(dirOf({ 'main.json': EN, 'main-frCA.json': FR, 'main-vi.json': VI }));
    expect(audit(run.stdout).documents[0].targets.map((t) => t.lang)).toEqual(['fr', 'vi']);
    expect(rows(run.stdout).every((r) => r[2] !== '')).toBe(true);
    // "config_it.json" beside "app.json" is no Italian catalog, and JSON is never read as prose.
    const alone = spawnSync(process.execPath, [BIN, 'check', dirOf({ 'app.json': EN, 'config_it.json': FR })], { encoding: 'utf8' });
    expect(alone.status).toBe(2);
    expect(alone.stderr).toMatch(/not a document: app\.json, config_it\.json; a catalog names its language/);
  });

  // Named for their languages, as i18next's locales/{en,fr,vi}.json: what the checks read, apart
  // from how the files are found.
  const named = dirOf({ 'en.json': EN, 'fr.json': FR, 'vi.json': VI });

  it('a name given through nesting, "$t(appName)", is there; a name dropped is not', () => {
    const found = rows(check(named).stdout).filter((r) => r[1] === 'entity');
    expect(found.map((r) => [r[0], r[2]])).toEqual([['fr', 'dialog.leaveTitle']]);
  });

  it('a French label keeping a term ("Clé Live stream") is not a sentence left in English', () => {
    expect(rows(check(named).stdout).filter((r) => r[1] === 'untranslated')).toEqual([]);
  });

  it('a key written twice: the earlier value is dead (the app reads the last), said once', () => {
    const twice = rows(check(named).stdout).filter((r) => /written again/.test(r[3]));
    expect(twice).toEqual([['fr', 'addition', 'prejoin.calling', 'Key “prejoin.calling” is written again further on (line 10): this earlier value is never shown']]);
  });
});
