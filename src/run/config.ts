// tqc.config.json: found from the working directory up, or named with --config. Validated key by
// key so a typo says which key is wrong ("checks.numbr: unknown check") instead of being ignored.
// User errors are returned as values (textlint's config-loader habit); the CLI turns them into exit 2.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isLanguageCode } from '../corpus/lang-name.js';
import { readBytes } from '../corpus/read.js';
import { compileTerm, isRegexTerm } from '../lang/terms.js';
import { InputError, SEVERITIES, type Severity } from '../types/index.js';
import { loadTermbase, type TermEntry } from '../catalog/termbase.js';

export const CONFIG_FILE = 'tqc.config.json';

export interface CheckSetting {
  enabled: boolean;
  severity?: Severity;
}

export interface Config {
  /** Per check id: off, or on with an optional severity override. */
  checks: Record<string, CheckSetting>;
  failOn?: Severity | 'none';
  /** Terms rightly kept untranslated, per target language; "*" for all. `/…/` is a regex. */
  allowlist: Record<string, string[]>;
  /** Do-not-translate terms: when in the source, they must stand verbatim in the target. */
  glossary: string[];
  langs?: string[];
  sourceLang?: string;
  /** Term base (CSV or TBX, path relative to the config file): required translations per language. */
  termbasePath?: string;
  termbase?: TermEntry[];
  /** MQM penalty points per severity. */
  mqm: Record<Severity, number>;
  /** Catalogs: the longest translation, in characters, per key pattern (`*` any run of
   *  characters), in the config's order; the first match counts. A limit the file sets wins. */
  maxLength?: [pattern: string, max: number][];
}

export const DEFAULT_MQM: Record<Severity, number> = { minor: 1, major: 5, critical: 25 };

export function defaultConfig(): Config {
  return { checks: {}, allowlist: {}, glossary: [], mqm: { ...DEFAULT_MQM } };
}

export type ConfigResult = { ok: true; config: Config; path: string | null } | { ok: false; error: string };

const KEYS = ['$schema', 'checks', 'failOn', 'allowlist', 'glossary', 'langs', 'sourceLang', 'mqm', 'termbase', 'maxLength'] as const;

/** Walk up from `cwd` to the filesystem root looking for tqc.config.json. */
export function findConfig(cwd: string): string | null {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export function loadConfig(explicit: string | undefined, cwd: string, knownChecks: readonly string[]): ConfigResult {
  const path = explicit ?? findConfig(cwd);
  if (!path) return { ok: true, config: defaultConfig(), path: null };
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(readBytes(path, 'configuration file'));
  } catch (e) {
    // a device, a FIFO, too large, unreadable, or not UTF-8: one line naming the file
    return { ok: false, error: e instanceof InputError ? e.message : `${path}: cannot read the configuration file (not UTF-8)` };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: `${path}: not valid JSON (${(e as Error).message.split('\n')[0]})` };
  }
  const result = validateConfig(data, knownChecks);
  if (typeof result !== 'string' && result.termbasePath !== undefined) {
    const terms = loadTermbase(resolve(dirname(path), result.termbasePath), result.sourceLang);
    if (typeof terms === 'string') return { ok: false, error: terms };
    result.termbase = terms;
  }
  return typeof result === 'string' ? { ok: false, error: `${path}: ${result}` } : { ok: true, config: result, path };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isSeverity = (v: unknown): v is Severity => typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Returns the config, or a one-line message naming the bad key. */
export function validateConfig(data: unknown, knownChecks: readonly string[]): Config | string {
  if (!isObject(data)) return 'the configuration must be a JSON object';
  const config = defaultConfig();
  for (const key of Object.keys(data).sort()) {
    if (!(KEYS as readonly string[]).includes(key)) return `unknown key "${key}" (known: ${KEYS.slice(1).join(', ')})`;
  }
  if (data.checks !== undefined) {
    if (!isObject(data.checks)) return '"checks" must be an object of check ids';
    for (const [id, v] of Object.entries(data.checks)) {
      if (!knownChecks.includes(id)) return `checks.${id}: unknown check (known: ${knownChecks.join(', ')})`;
      if (typeof v === 'boolean' || v === 'off') config.checks[id] = { enabled: v === true };
      else if (isSeverity(v)) config.checks[id] = { enabled: true, severity: v };
      else if (isObject(v)) {
        for (const k of Object.keys(v)) if (k !== 'enabled' && k !== 'severity') return `checks.${id}.${k}: unknown key`;
        if (v.enabled !== undefined && typeof v.enabled !== 'boolean') return `checks.${id}.enabled must be true or false`;
        if (v.severity !== undefined && !isSeverity(v.severity)) return `checks.${id}.severity must be one of ${SEVERITIES.join(', ')}`;
        config.checks[id] = { enabled: v.enabled !== false, severity: v.severity as Severity | undefined };
      } else return `checks.${id} must be true, false, "off", a severity (${SEVERITIES.join(', ')}) or {enabled, severity}`;
    }
  }
  if (data.failOn !== undefined) {
    if (!isSeverity(data.failOn) && data.failOn !== 'none') return `failOn must be one of ${SEVERITIES.join(', ')}, none`;
    config.failOn = data.failOn;
  }
  if (data.allowlist !== undefined) {
    if (!isObject(data.allowlist)) return '"allowlist" must be an object: language code (or "*") → list of terms';
    for (const [lang, terms] of Object.entries(data.allowlist)) {
      if (lang !== '*' && !isLanguageCode(lang)) return `allowlist.${lang}: not a language code (use ISO 639-1 codes such as vi, fr, or "*")`;
      if (!isStringArray(terms)) return `allowlist.${lang} must be a list of strings`;
      for (const t of terms) {
        if (!isRegexTerm(t)) continue;
        const compiled = compileTerm(t);
        if (typeof compiled === 'string') return `allowlist.${lang}: invalid regular expression ${t}: ${compiled}`;
      }
      config.allowlist[lang] = terms;
    }
  }
  if (data.glossary !== undefined) {
    if (!isStringArray(data.glossary)) return '"glossary" must be a list of strings';
    for (const t of data.glossary) {
      const compiled = isRegexTerm(t) ? compileTerm(t) : null;
      if (typeof compiled === 'string') return `glossary: invalid regular expression ${t}: ${compiled}`;
    }
    config.glossary = data.glossary;
  }
  if (data.langs !== undefined) {
    if (!isStringArray(data.langs)) return '"langs" must be a list of language codes';
    const bad = data.langs.find((l) => !isLanguageCode(l));
    if (bad !== undefined) return `langs: unknown language code "${bad}" (use ISO 639-1 codes such as en, vi, fr)`;
    config.langs = data.langs;
  }
  if (data.sourceLang !== undefined) {
    if (typeof data.sourceLang !== 'string') return '"sourceLang" must be a language code';
    if (!isLanguageCode(data.sourceLang)) return `sourceLang: unknown language code "${data.sourceLang}" (use ISO 639-1 codes such as en, vi, fr)`;
    config.sourceLang = data.sourceLang;
  }
  if (data.termbase !== undefined) {
    if (typeof data.termbase !== 'string' || data.termbase === '') return '"termbase" must be the path of a CSV or TBX term base';
    config.termbasePath = data.termbase;
  }
  if (data.maxLength !== undefined) {
    if (!isObject(data.maxLength)) return '"maxLength" must be an object: catalog key pattern (e.g. "checkout.*") → the most characters a translation may have';
    const limits: [string, number][] = [];
    for (const [pattern, max] of Object.entries(data.maxLength)) {
      if (pattern === '') return 'maxLength: a key pattern cannot be empty';
      if (typeof max !== 'number' || !Number.isInteger(max) || max < 1) return `maxLength.${pattern} must be a whole number of characters, 1 or more`;
      limits.push([pattern, max]);
    }
    config.maxLength = limits;
  }
  if (data.mqm !== undefined) {
    if (!isObject(data.mqm)) return '"mqm" must be an object of penalty points per severity';
    for (const [k, v] of Object.entries(data.mqm)) {
      if (!isSeverity(k)) return `mqm.${k}: unknown severity`;
      if (typeof v !== 'number' || !(v >= 0)) return `mqm.${k} must be a non-negative number`;
      config.mqm[k] = v;
    }
  }
  return config;
}
