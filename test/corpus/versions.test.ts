// A text file holding two versions one after the other (src/corpus/versions.ts): the first seed is
// a Vietnamese translation followed by its English original. `tqc check corpus/seeds` must audit
// it as the two versions it is — exactly as the hand-split corpus/llama-gpu-cluster — and leave
// every other shape (a quotation, a footer, unrelated text, alternating lines) one document.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFromFile, readSourceFile } from '../../src/corpus/index.js';
import { versionText, versionsInFile } from '../../src/corpus/versions.js';

const BIN = resolve('bin/tqc.js');
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function tqc(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, audit: r.stdout.startsWith('{') ? (JSON.parse(r.stdout) as Json) : null };
}

const SEED = 'corpus/seeds/000_6171f854f6f90d12.txt';
const lines = (path: string) => readFileSync(path, 'utf8').replace(/\n$/, '').split('\n');
const dir = mkdtempSync(join(tmpdir(), 'tqc-versions-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const versionsOf = (path: string) => versionsInFile(documentFromFile(readSourceFile(path)));

/** What a reader of the audit sees of a finding: which check, where in the translation (offsets:
 *  the seed's Vietnamese half starts the file, as vi.txt does), which source text, what it says
 *  (a message may name the other version's file). */
const seen = (t: Json) =>
  t.findings.map((f: Json) => [f.check, f.severity, f.target?.start, f.target?.end, f.source?.text, f.message.replace(/corpus\/\S+\.txt/g, 'FILE')]);

describe('a file holding two versions', () => {
  it('tqc check corpus/seeds audits the seed as English source and Vietnamese translation, as the hand-split corpus', () => {
    const seeds = tqc(['check', 'corpus/seeds', '--format', 'json', '--fail-on', 'none']);
    const split = tqc(['check', 'corpus/llama-gpu-cluster', '--format', 'json', '--fail-on', 'none']);
    expect(seeds.code, seeds.stderr).toBe(0);
    expect(seeds.stderr).toContain(`${SEED} holds two versions, vi (lines 1–8) then en (lines 9–18): each is checked as its own version`);
    const doc = seeds.audit.documents[0];
    expect([doc.source.lang, doc.source.path]).toEqual(['en', SEED]);
    expect(doc.targets.map((t: Json) => `${t.lang}:${t.path}`)).toEqual([`vi:${SEED}`, 'fr:corpus/seeds/004_39318aab1dfaf04d.txt']);
    // Same findings, same lines: the seed's Vietnamese half is lines 1–8 of the seed as it is of vi.txt.
    const byLang = (audit: Json, lang: string) => audit.documents[0].targets.find((t: Json) => t.lang === lang);
    for (const lang of ['vi', 'fr']) {
      expect(seen(byLang(seeds.audit, lang)).length).toBeGreaterThan(0);
      expect(seen(byLang(seeds.audit, lang))).toEqual(seen(byLang(split.audit, lang)));
    }
    // The Vietnamese version's truncation ("Tuần…") and the English words left in it are there;
    // no Vietnamese sentence is reported as a source sentence without translation any more.
    const vi = byLang(seeds.audit, 'vi');
    expect(vi.findings.map((f: Json) => f.check)).toEqual(expect.arrayContaining(['truncation', 'untranslated']));
    expect(byLang(seeds.audit, 'fr').findings.some((f: Json) => f.check === 'omission')).toBe(false);
  });

  it('one file named alone is checked when it holds two versions (CRLF kept: lines and columns are the file’s)', () => {
    const en = lines('test/fixtures/react/pure/en.txt');
    const vi = lines('test/fixtures/react/pure/vi.txt');
    const path = file('pure.txt', `${[...en, ...vi].join('\r\n')}\r\n`);
    const r = tqc(['check', path, '--format', 'json', '--fail-on', 'none']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`holds two versions, en (lines 1–${en.length}) then vi (lines ${en.length + 1}–${en.length + vi.length})`);
    const doc = r.audit.documents[0];
    expect([doc.source.lang, ...doc.targets.map((t: Json) => t.lang)]).toEqual(['en', 'vi']);
    // The translation is whole and faithful: the two halves align sentence for sentence.
    expect(doc.targets[0].summary.coverage).toBe(1);
    expect(doc.targets[0].findings.filter((f: Json) => f.severity !== 'minor')).toEqual([]);
  });

  it('an English paragraph pasted inside the Vietnamese half stays in it, and is reported there', () => {
    // Nine lines in ten on the right side of the cut suffice: a translation may keep a paragraph of
    // its source. Before, any third run of languages left the file one (English) document.
    const seed = lines(SEED);
    const en = lines('corpus/llama-gpu-cluster/en.txt');
    const d = mkdtempSync(join(tmpdir(), 'tqc-versions-stray-'));
    writeFileSync(join(d, '000.txt'), `${[...seed.slice(0, 3), en[4], ...seed.slice(3)].join('\n')}\n`);
    writeFileSync(join(d, '004.txt'), readFileSync('corpus/seeds/004_39318aab1dfaf04d.txt'));
    const r = tqc(['check', d, '--format', 'json', '--fail-on', 'none']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('000.txt holds two versions, vi (lines 1–9) then en (lines 10–19)');
    const vi = r.audit.documents[0].targets.find((t: Json) => t.lang === 'vi');
    // A copy with no counterpart at that place: one finding of wrong-language, which addition also
    // saw (or the other way round, as the two spans fall). Until beads paid for opening a paragraph
    // on one side only, the aligner paired its first sentence with "The company expects …", and
    // wrong-language alone reported it.
    const pasted = vi.findings.filter((f: Json) => f.target?.text === en[4]);
    expect(pasted).toHaveLength(1);
    expect([pasted[0].check, ...(pasted[0].alsoSeenBy ?? []).map((s: Json) => s.check)].sort()).toEqual(['addition', 'wrong-language']);
    expect(vi.findings.map((f: Json) => f.check)).toEqual(expect.arrayContaining(['truncation', 'untranslated']));
  });

  it('a file named alone that holds one version is still an error naming it', () => {
    const r = tqc(['check', 'corpus/llama-gpu-cluster/en.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('tqc: corpus/llama-gpu-cluster/en.txt: needs a source and at least one translation');
  });

  it('is left whole when another file already is the version in one of its languages', () => {
    const r = tqc(['check', 'corpus/llama-gpu-cluster/vi.txt', SEED, '--format', 'json', '--fail-on', 'none']);
    expect(r.stderr).not.toContain('holds two versions');
  });

  it('versionText blanks the other version and keeps every offset and line end', () => {
    const text = 'Một câu.\r\nHai câu.\r\n\r\nOne sentence.\r\nTwo.\r\n';
    const f = { path: 'x.txt', text, encoding: 'utf-8', format: 'text' as const };
    const first = versionText(f, { lang: 'vi', firstLine: 1, lastLine: 3 });
    const second = versionText(f, { lang: 'en', firstLine: 4, lastLine: 5 });
    expect(first.length).toBe(text.length);
    expect(second.length).toBe(text.length);
    expect(first).toBe('Một câu.\r\nHai câu.\r\n\r\n             \r\n    \r\n');
    expect(second.slice(text.indexOf('One'))).toBe('One sentence.\r\nTwo.\r\n');
    expect(second.trim()).toBe('One sentence.\r\nTwo.');
  });
});

describe('what is not two versions', () => {
  const fr = lines('corpus/llama-gpu-cluster/fr.txt');
  const en = lines('corpus/llama-gpu-cluster/en.txt');
  const pure = lines('test/fixtures/react/pure/en.txt');

  it('the French seed: a French article ending in English web boilerplate', () => {
    expect(versionsOf('corpus/seeds/004_39318aab1dfaf04d.txt')).toBeNull();
  });

  it('a French article quoting one English paragraph in the middle', () => {
    expect(versionsOf(file('quote.txt', `${[...fr.slice(0, 6), en[3], ...fr.slice(6, 12)].join('\n')}\n`))).toBeNull();
  });

  it('a French article followed by an unrelated English text of the same size (no names or numbers shared)', () => {
    const path = file('unrelated.txt', `${[...fr.slice(0, 8), ...pure.slice(0, 12)].join('\n')}\n`);
    expect(versionsOf(path)).toBeNull();
    // …while the same article followed by its original is two versions: the names decide.
    expect(versionsOf(file('related.txt', `${[...fr.slice(0, 8), ...en.slice(0, 4)].join('\n')}\n`))).not.toBeNull();
  });

  it('lines alternating between two languages (a bilingual glossary, an interlinear text)', () => {
    const alt = fr.slice(0, 8).flatMap((l, k) => [l, en[k]]);
    expect(versionsOf(file('alternating.txt', `${alt.join('\n')}\n`))).toBeNull();
  });

  it('Markdown is not looked at (its blocks are not lines), nor a file of more than 5,000 lines', () => {
    const both = `${[...fr.slice(0, 8), ...en.slice(0, 4)].join('\n')}\n`;
    expect(versionsOf(file('related.md', both))).toBeNull();
    expect(versionsOf(file('long.txt', `${both}${'x\n'.repeat(5_000)}`))).toBeNull();
  });
});
