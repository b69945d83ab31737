// Home Assistant's integration catalogs (read unseen on 2026-12-06, round 7): nested JSON written by
// Python's json.dump, every non-ASCII character escaped ("d\u00e9j\u00e0"), Markdown inside values
// (ordered lists numbered "1." throughout, as Markdown allows), `{name}` placeholders. Each case is
// one tqc got wrong there; the texts are written here in the same shape.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Audit } from '../../src/types/index.js';
import { writeTree } from '../helpers/tree.js';

const BIN = resolve('bin/tqc.js');
const audit = (dir: string): Audit => {
  const r = spawnSync(process.execPath, [BIN, 'check', dir, '--format', 'json', '--fail-on', 'none', '--quiet'], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Audit;
};
const findings = (a: Audit, lang: string) => a.documents.flatMap((d) => d.targets.filter((t) => t.lang === lang).flatMap((t) => t.findings));

const EN = `{
    "config": {
        "abort": { "already_configured": "Device is already configured" },
        "error": {
            "invalid_host": "Invalid hostname or IP address",
            "resolve_error": "Can't resolve address of the device. If this error persists, please set a static IP address: https://example.org/docs/static-ip"
        },
        "step": {
            "authenticate": { "description": "Please enter the password you set in your configuration for {name}." },
            "credentials": {
                "description": "Follow the steps to create credentials:\\n1. Go to the [Credentials]({console_url}) page and click **Create Credentials**.\\n1. From the drop-down list select **OAuth client ID**.\\n1. Select **TV and Limited Input devices** for the application type.\\n\\n"
            }
        }
    }
}
`;
const FR = `{
    "config": {
        "abort": { "already_configured": "L'appareil est d\\u00e9j\\u00e0 configur\\u00e9" },
        "error": {
            "invalid_host": "Nom d'h\\u00f4te ou adresse IP invalide {host}",
            "resolve_error": "Impossible de r\\u00e9soudre l'adresse de l'appareil. Si cette erreur persiste, veuillez d\\u00e9finir une adresse IP statique: https://example.org/docs/static-ip"
        },
        "step": {
            "authenticate": { "description": "Veuillez saisir le mot de passe que vous avez d\\u00e9fini dans votre configuration pour {name}" },
            "credentials": {
                "description": "Suivez les \\u00e9tapes pour cr\\u00e9er des identifiants\\u00a0:\\n1. Rendez-vous sur la page [Identifiants]({console_url}) et cliquez sur **Cr\\u00e9er des identifiants**.\\n2. Dans la liste d\\u00e9roulante, s\\u00e9lectionnez **ID client OAuth**.\\n3. S\\u00e9lectionnez **TV et p\\u00e9riph\\u00e9riques d'entr\\u00e9e limit\\u00e9s** comme type d'application.\\n\\n"
            }
        }
    }
}
`;

describe('JSON catalogs with escaped characters and Markdown values (Home Assistant)', () => {
  const a = audit(writeTree({ 'hue/en.json': EN, 'hue/fr.json': FR }, 'tqc-escaped-'));
  const fr = findings(a, 'fr');

  it('quotes the text as the app shows it, not the file\'s escapes', () => {
    const extra = fr.find((f) => f.check === 'placeholder' && f.key === 'config.error.invalid_host');
    expect(extra?.target?.text).toBe('{host}');
    const colon = fr.find((f) => f.check === 'punctuation' && f.key === 'config.error.resolve_error');
    // The mark itself, found past the escapes before it (the whole message was quoted, raw).
    expect(colon?.target?.text).toBe(':');
    for (const f of fr) expect(`${f.target?.text ?? ''}${f.source?.text ?? ''}`).not.toMatch(/\\u00/);
  });

  it('an ordered list numbered 1., 2., 3. is the list numbered 1., 1., 1.: no changed numbers', () => {
    expect(fr.filter((f) => f.check === 'number')).toEqual([]);
  });

  it('a message ending on its placeholder is not cut on "pour" (119 % of the expected length)', () => {
    // (Nor is its end mark judged: punctuation looks no further than a closing placeholder.)
    expect(fr.filter((f) => f.key === 'config.step.authenticate.description')).toEqual([]);
  });

  it('a number really changed in a list item is still found', () => {
    const changed = audit(writeTree({ 'x/en.json': EN, 'x/fr.json': FR.replace('type d', 'type 4 d') }, 'tqc-escaped-'));
    expect(findings(changed, 'fr').filter((f) => f.check === 'number').map((f) => f.key)).toEqual(['config.step.credentials.description']);
  });
});
