// What the tests that judge real translations read: every finding of an audit, run as a user runs
// it, in the few fields a verdict names. Shared by the judged sets (React, Vue, Kubernetes, the
// Excalidraw, devise-i18n and Django catalogs) so that each test file holds its verdicts only.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditDocumentSet } from '../../src/run/audit.js';
import { defaultConfig } from '../../src/run/config.js';
import { discover } from '../../src/run/discover.js';

const BIN = join(__dirname, '../../bin/tqc.js');

export interface Found { lang: string; check: string; key: string; message: string }

/** `tqc check <paths> --format json --fail-on none --quiet` through the built CLI: every finding of
 *  every translation, with its unit's key ('' outside catalogs). */
export function cliFindings(paths: readonly string[]): Found[] {
  const out = execFileSync('node', [BIN, 'check', ...paths, '--format', 'json', '--fail-on', 'none', '--quiet'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 << 20 });
  const audit = JSON.parse(out) as { documents: { targets: { lang: string; findings: { check: string; key?: string; message: string }[] }[] }[] };
  return audit.documents.flatMap((d) => d.targets.flatMap((t) => t.findings.map((f) => ({ lang: t.lang, check: f.check, key: f.key ?? '', message: f.message }))));
}

/** One documentation page's directory (the English source and its translation), audited as
 *  `tqc check <dir>` does: "check | message" for each finding. */
export function pageFindings(dir: string): string[] {
  const [set] = discover([dir], { sourceLang: 'en', aligned: false });
  return auditDocumentSet(set, defaultConfig()).targets.flatMap((t) => t.findings.map((f) => `${f.check} | ${f.message}`));
}

export type Verdict = 'true' | 'false' | 'debatable';

/** A judged finding of a set of catalog files checked one by one (the Sphinx projects' PO files):
 *  the file's name without extension, the check, the unit's key and the verdict. */
export interface JudgedUnit { file: string; check: string; key: string; verdict: Verdict; why: string }

/** Keys of documentation catalogs are msgids, often a whole paragraph: a finding is named by the
 *  first 60 characters. */
export const shortKey = (key: string): string => key.slice(0, 60);

export const unitRow = (file: string, check: string, key: string, verdict: Verdict, why: string): JudgedUnit => ({ file, check, key: shortKey(key), verdict, why });

export const unitId = (x: { file: string; check: string; key: string }): string => `${x.file} | ${x.check} | ${shortKey(x.key)}`;

/** `tqc check <root>/<file>.po` for each file, through the CLI, read once per test file. */
export function poSetFindings(root: string, files: readonly string[]): () => (Found & { file: string })[] {
  let cached: (Found & { file: string })[] | undefined;
  return () => (cached ??= files.flatMap((f) => cliFindings([join(root, `${f}.po`)]).map((x) => ({ ...x, file: f }))));
}

/** Every finding of an English page and its translation written as `en.<ext>` and `<lang>.<ext>`
 *  in a scratch directory, audited as `tqc check <dir>` does: "check: message" each. */
export function pairFindings(en: string, lang: string, text: string, ext = 'md'): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'tqc-pair-'));
  writeFileSync(join(dir, `en.${ext}`), en);
  writeFileSync(join(dir, `${lang}.${ext}`), text);
  return dirFindings(dir);
}

/** Every finding of the files or directories `paths` (a bilingual catalog, a page pair), audited as
 *  `tqc check` does: "check: message" each. */
export function dirFindings(...paths: string[]): string[] {
  const [set] = discover(paths, { sourceLang: 'en', aligned: false });
  return auditDocumentSet(set, defaultConfig()).targets.flatMap((t) => t.findings.map((f) => `${f.check}: ${f.message}`));
}

/** The findings of one check, in "check: message" form. */
export const ofCheck = (findings: readonly string[], check: string): string[] => findings.filter((f) => f.startsWith(`${check}:`));
