// Flutter's ARB catalogs (lib/l10n/app_en.arb, app_fr.arb, …: what `flutter gen-l10n` reads), through
// the CLI. The "@key" entries describe a message for translators and "@@locale" names the file's
// language: neither is a message to check.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Audit } from '../../src/types/index.js';

const BIN = resolve('bin/tqc.js');

const EN = `{
  "@@locale": "en",
  "appTitle": "Shrine",
  "@appTitle": {
    "description": "The title of the app, shown in the task switcher."
  },
  "cartItemCount": "{count, plural, =0{No items} =1{1 item} other{{count} items}}",
  "@cartItemCount": {
    "description": "How many items are in the shopping cart.",
    "placeholders": {
      "count": { "type": "int", "example": "3" }
    }
  },
  "shippingCost": "Shipping: {price}",
  "@shippingCost": {
    "description": "Shipping cost line of the checkout page.",
    "placeholders": { "price": { "type": "String", "example": "$5.00" } }
  },
  "clearCart": "Clear cart",
  "@clearCart": { "description": "Button that removes every item from the cart." },
  "savedAddresses": "{count, plural, one{1 saved address} other{{count} saved addresses}}",
  "signInPrompt": "Sign in to see your orders and saved addresses.",
  "@signInPrompt": { "description": "Shown above the sign-in button on the account page." }
}
`;

const FR = `{
  "@@locale": "fr",
  "appTitle": "Shrine",
  "cartItemCount": "{count, plural, =0{Aucun article} =1{1 article} other{{count} articles}}",
  "shippingCost": "Frais de livraison : {price}",
  "clearCart": "Vider le panier",
  "savedAddresses": "{count, plural, one{1 adresse enregistrée} other{{count} adresses enregistrées}}",
  "signInPrompt": "Connectez-vous pour voir vos commandes et vos adresses enregistrées.",
  "@signInPrompt": { "description": "Shown above the sign-in button on the account page." }
}
`;

const VI = `{
  "@@locale": "vi",
  "appTitle": "Shrine",
  "cartItemCount": "{count, plural, other{{count} mặt hàng}}",
  "shippingCost": "Phí vận chuyển: {price}",
  "clearCart": "Xóa giỏ hàng",
  "savedAddresses": "{count, plural, other{{count} địa chỉ đã lưu}}",
  "signInPrompt": "Sign in to see your orders and saved addresses."
}
`;

function l10nDir(files: Record<string, string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'tqc-arb-')), 'lib', 'l10n');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function check(...paths: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'check', ...paths, '--format', 'json', '--fail-on', 'none', '--quiet'], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const rows = (stdout: string) =>
  (JSON.parse(stdout) as Audit).documents.flatMap((d) => d.targets.flatMap((t) => t.findings.map((f) => [t.lang, f.check, f.key])));

describe('a directory of ARB files', () => {
  const dir = l10nDir({ 'app_en.arb': EN, 'app_fr.arb': FR, 'app_vi.arb': VI });
  const run = check(dir);

  it('checks the messages only, each language against the English, by key', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const audit = JSON.parse(run.stdout) as Audit;
    expect(audit.documents.map((d) => [d.source.lang, d.targets.map((t) => t.lang)])).toEqual([['en', ['fr', 'vi']]]);
    // Six messages; "@…" descriptions are never units (they would read as English in French).
    expect(audit.documents[0].source.sentences).toHaveLength(6);
    // Vietnamese plurals have "other" alone: the "1" of "=1{1 item}" and "one{1 saved address}"
    // is the count written out, not a number the translation dropped.
    expect(rows(run.stdout)).toEqual([['vi', 'untranslated', 'signInPrompt']]);
  });

  it('a French message that lost its placeholder is reported on its key', () => {
    const broken = l10nDir({ 'app_en.arb': EN, 'app_fr.arb': FR.replace('Frais de livraison : {price}', 'Frais de livraison offerts') });
    expect(rows(check(broken).stdout)).toContainEqual(['fr', 'placeholder', 'shippingCost']);
  });
});

describe('the language of an ARB file', () => {
  it('is "@@locale" first, whatever the file is called', () => {
    const dir = l10nDir({ 'intl_en_US.arb': EN.replace('"@@locale": "en"', '"@@locale": "en_US"'), 'intl_messages_2.arb': FR });
    const run = check(join(dir, 'intl_en_US.arb'), join(dir, 'intl_messages_2.arb'));
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as Audit).documents[0].targets.map((t) => t.lang)).toEqual(['fr']);
  });

  it('else the Flutter file name: app_pt_BR.arb is Portuguese', () => {
    const pt = '{\n  "appTitle": "Shrine",\n  "clearCart": "Limpar carrinho",\n  "shippingCost": "Frete: {price}"\n}\n';
    const dir = l10nDir({ 'app_en.arb': EN, 'app_pt_BR.arb': pt });
    const run = check(dir);
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as Audit).documents[0].targets.map((t) => t.lang)).toEqual(['pt']);
  });
});

describe('a malformed ARB file', () => {
  it('one line naming the file, line and problem; exit 2', () => {
    const dir = l10nDir({ 'app_en.arb': EN, 'app_fr.arb': FR.replace('"clearCart": "Vider le panier",', '"clearCart": "Vider le panier"') });
    const run = check(dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/app_fr\.arb.*line 7, column \d+: malformed JSON/);
  });
});
