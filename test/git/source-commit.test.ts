// A bare --since reads the source at the commit the translation declares it was made from, as
// MDN's translated pages do (`l10n.sourceCommit` in the front matter of mdn/translated-content,
// naming a commit of mdn/content: another repository). Two repositories built here, MDN's layout.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredSourceCommit } from '../../src/run/source-commit.js';
import type { Audit, Finding } from '../../src/types/index.js';
import { commit, git, write } from './repo.js';

const BIN = resolve('bin/tqc.js');
const EN_PATH = 'files/en-us/web/javascript/reference/global_objects/array/includes/index.md';
const FR_PATH = 'files/fr/web/javascript/reference/global_objects/array/includes/index.md';

const EN_V1 = `---
title: Array.prototype.includes()
slug: Web/JavaScript/Reference/Global_Objects/Array/includes
page-type: javascript-instance-method
---

{{JSRef}}

The **\`includes()\`** method of {{jsxref("Array")}} instances determines whether an array includes a certain value among its entries, returning \`true\` or \`false\` as appropriate.

## Description

The \`includes()\` method compares \`searchElement\` to elements of the array using the SameValueZero algorithm. Values of zero are all considered to be equal, regardless of sign.

When used on sparse arrays, the \`includes()\` method iterates empty slots as if they have the value \`undefined\`.

## Examples

If \`fromIndex\` is greater than or equal to the length of the array, \`false\` is returned. The array will not be searched.
`;

/** Two edits since the French was made: a sentence added, a number of the example changed. */
const EN_V2 = EN_V1.replace(
  'as if they have the value `undefined`.',
  'as if they have the value `undefined`.\n\nThe `includes()` method is generic. It only expects the `this` value to have a `length` property and integer-keyed properties.',
).replace('## Examples\n', '## Examples\n\nThe array below has 3 elements.\n');
/** Other edits: a closing section gained, a sentence removed. */
const EN_V2_END = `${EN_V1.replace(' Values of zero are all considered to be equal, regardless of sign.', '')}
## Specifications

The method is specified in ECMAScript 2016. Every engine released since then implements it, and no flag is needed to use it.

## See also

Polyfills of \`Array.prototype.includes\` exist for older engines. The \`TypedArray.prototype.includes()\` method works the same way.
`;

const frWith = (front: string) => `---
title: Array.prototype.includes()
slug: Web/JavaScript/Reference/Global_Objects/Array/includes
${front}---

{{JSRef}}

La méthode **\`includes()\`** des instances de {{jsxref("Array")}} permet de déterminer si un tableau contient une valeur et renvoie \`true\` si c'est le cas, \`false\` sinon.

## Description

La méthode \`includes()\` compare \`searchElement\` aux éléments du tableau avec l'algorithme SameValueZero. Les valeurs nulles sont toutes considérées comme égales, quel que soit leur signe.

Lorsqu'elle est utilisée sur des tableaux creux, la méthode \`includes()\` parcourt les emplacements vides comme s'ils avaient la valeur \`undefined\`.

## Exemples

Si \`fromIndex\` est supérieur ou égal à la longueur du tableau, \`false\` est renvoyé. Le tableau n'est pas parcouru.
`;

function mdnRepos(declared: (v1: string) => string, v2 = EN_V2): { dir: string; v1: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tqc-mdn-'));
  const content = join(dir, 'content');
  const translated = join(dir, 'translated-content');
  for (const repo of [content, translated]) {
    write(repo, { 'README.md': 'MDN\n' });
    git(dir, ['init', '-q', '-b', 'main', repo]);
  }
  write(content, { [EN_PATH]: EN_V1 });
  const v1 = commit(content, 'Array.includes: first version', '2025-01-01T12:00:00Z');
  write(translated, { [FR_PATH]: frWith(declared(v1)) });
  commit(translated, 'fr: translate Array.includes', '2025-02-01T12:00:00Z');
  write(content, { [EN_PATH]: v2 });
  commit(content, 'Array.includes: generic, example', '2025-03-01T12:00:00Z');
  write(content, { [EN_PATH]: v2.replace('{{JSRef}}', '{{JSRef}}\n') });
  commit(content, 'Array.includes: spacing', '2025-04-01T12:00:00Z');
  return { dir, v1 };
}

function tqc(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const findings = (stdout: string): Finding[] => (JSON.parse(stdout) as Audit).documents[0].targets[0].findings;
const notation = (f: Finding) => f.diff!.map((p) => (p.op === 'equal' ? p.text : p.op === 'delete' ? `[-${p.text}-]` : `{+${p.text}+}`)).join('');
const files = [join('content', EN_PATH), join('translated-content', FR_PATH)];

describe('--since: the source commit the translation declares (MDN l10n.sourceCommit)', () => {
  const { dir, v1 } = mdnRepos((v) => `l10n:\n  sourceCommit: ${v}\n`);
  const run = tqc(['check', ...files, '--since', '--format', 'json', '--quiet', '--fail-on', 'none'], dir);

  it('compares with the English of that commit, in the other repository: exactly the two edits, sentence by sentence', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const stale = findings(run.stdout).filter((f) => f.check === 'stale');
    expect(stale.map(notation)).toEqual([
      '{+The `includes()` method is generic.+}',
      '{+It only expects the `this` value to have a `length` property and integer-keyed properties.+}',
      '{+The array below has 3 elements.+}',
    ]);
    expect(stale[0].message).toContain(`since ${v1.slice(0, 7)} (the translation's l10n.sourceCommit)`);
  });

  it('the sentences added since are stale, not also omissions', () => {
    expect(findings(run.stdout).filter((f) => f.check === 'omission')).toEqual([]);
  });

  it('the two language trees named together are paired page by page, each in its own repository', () => {
    const trees = tqc(['check', join('content', 'files', 'en-us'), join('translated-content', 'files', 'fr'), '--since', '--format', 'json', '--quiet', '--fail-on', 'none'], dir);
    expect(trees.stderr).toBe('');
    expect(findings(trees.stdout).map((f) => [f.check, f.message])).toEqual(findings(run.stdout).map((f) => [f.check, f.message]));
  });

  it('--since REV still names the revision itself', () => {
    const r = tqc(['check', ...files, `--since=${v1.slice(0, 12)}`, '--format', 'json', '--quiet', '--fail-on', 'none'], dir);
    expect(r.code).toBe(0);
    const stale = findings(r.stdout).filter((f) => f.check === 'stale');
    expect(stale).toHaveLength(3);
    expect(stale[0].message).toContain(`since ${v1.slice(0, 7)}, not translated yet`);
  });
});

describe('--since: a closing section gained, a sentence removed since the translation', () => {
  const { dir } = mdnRepos((v) => `l10n:\n  sourceCommit: ${v}\n`, EN_V2_END);
  const run = tqc(['check', ...files, '--since', '--format', 'json', '--quiet', '--fail-on', 'none'], dir);
  const all = findings(run.stdout);

  it('the gained section is stale, not a translation that stops early', () => {
    expect(run.code).toBe(0);
    expect(all.filter((f) => f.check === 'stale' && /added since/.test(f.message))).toHaveLength(6);
    expect(all.filter((f) => f.check === 'truncation' || f.check === 'omission')).toEqual([]);
  });

  it('the French sentence whose source was removed is stale, not an addition', () => {
    const removed = all.filter((f) => f.check === 'stale' && /removed/.test(f.message));
    expect(removed.map((f) => f.target?.text)).toEqual(['Les valeurs nulles sont toutes considérées comme égales, quel que soit leur signe.']);
    expect(all.filter((f) => f.check === 'addition')).toEqual([]);
  });
});

describe('--since with a declared source commit the source repository lacks', () => {
  it('one line naming the translation and the key, exit 2', () => {
    const { dir } = mdnRepos(() => 'l10n:\n  sourceCommit: 0123456789abcdef0123456789abcdef01234567\n');
    const r = tqc(['check', ...files, '--since', '--format', 'json', '--quiet'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(FR_PATH);
    expect(r.stderr).toContain('0123456789abcdef0123456789abcdef01234567 (l10n.sourceCommit)');
  });

  it('without a declaration, in another repository than the source: told to name a revision', () => {
    const { dir } = mdnRepos(() => '');
    const r = tqc(['check', ...files, '--since', '--format', 'json', '--quiet'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--since REV');
  });
});

describe('declaredSourceCommit', () => {
  const md = (front: string) => ({ format: 'markdown' as const, text: `---\ntitle: x\n${front}---\n\nText.\n` });
  const sha = 'cd22b9f18cf2450c0cc488379b8b780f0f343397';

  it('reads l10n.sourceCommit and a top-level sourceCommit', () => {
    expect(declaredSourceCommit(md(`l10n:\n  sourceCommit: ${sha}\n`))).toEqual({ commit: sha, key: 'l10n.sourceCommit' });
    expect(declaredSourceCommit(md(`sourceCommit: "${sha}"\n`))).toEqual({ commit: sha, key: 'sourceCommit' });
    expect(declaredSourceCommit({ format: 'mdx', text: `---\r\nl10n:\r\n  sourceCommit: ${sha}\r\n---\r\n` })).toEqual({ commit: sha, key: 'l10n.sourceCommit' });
  });

  it('finds none where there is none, or where the value is no commit id', () => {
    expect(declaredSourceCommit(md('translation_of: Web/JavaScript/Reference/Global_Objects/Array/includes\n'))).toBeNull();
    expect(declaredSourceCommit(md('l10n:\n  sourceCommit: main; rm -rf /\n'))).toBeNull();
    expect(declaredSourceCommit(md('l10n:\n  sourceCommit: [unclosed\n'))).toBeNull();
    expect(declaredSourceCommit(md(`l10n: ${sha}\n`))).toBeNull();
    expect(declaredSourceCommit({ format: 'markdown', text: `Text.\n\n---\nsourceCommit: ${sha}\n---\n` })).toBeNull();
    expect(declaredSourceCommit({ format: 'text', text: `---\nsourceCommit: ${sha}\n---\n` })).toBeNull();
    // A front matter that never closes is not front matter.
    expect(declaredSourceCommit({ format: 'markdown', text: `---\nsourceCommit: ${sha}\n` })).toBeNull();
  });
});
