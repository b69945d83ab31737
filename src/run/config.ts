// tqc.config.json: found from the working directory up, or named with --config. Validated key by
// key so a typo says which key is wrong ("checks.numbr: unknown check") instead of being ignored.
// User errors are returned as values (textlint's config-loader habit); the CLI turns them into exit 2.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SEVERITIES, type Severity } from '../types/index.js';

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
  /** MQM penalty points per severity. */
  mqm: Record<Severity, number>;
}

export const DEFAULT_MQM: Record<Severity, number> = { minor: 1, major: 5, critical: 25 };

export function defaultConfig(): Config {
  return { checks: {}, allowlist: {}, glossary: [], mqm: { ...DEFAULT_MQM } };
}

export type ConfigResult = { ok: true; config: Config; path: string | null } | { ok: false; error: string };

const KEYS = ['$schema', 'checks', 'failOn', 'allowlist', 'glossary', 'langs', 'sourceLang', 'mqm'] as const;
const LANG_CODE = /^[a-z]{2,3}$/;

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
    raw = readFileSync(path, 'utf8');
  } catch {
    return { ok: false, error: `${path}: cannot read the configuration file` };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: `${path}: not valid JSON (${(e as Error).message.split('\n')[0]})` };
  }
  const result = validateConfig(data, knownChecks);
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
      if (lang !== '*' && !LANG_CODE.test(lang)) return `allowlist.${lang}: not a language code`;
      if (!isStringArray(terms)) return `allowlist.${lang} must be a list of strings`;
      for (const t of terms) {
        if (t.length > 2 && t.startsWith('/') && t.endsWith('/')) {
          try {
            new RegExp(t.slice(1, -1), 'u');
          } catch {
            return `allowlist.${lang}: invalid regular expression ${t}`;
          }
        }
      }
      config.allowlist[lang] = terms;
    }
  }
  if (data.glossary !== undefined) {
    if (!isStringArray(data.glossary)) return '"glossary" must be a list of strings';
    config.glossary = data.glossary;
  }
  if (data.langs !== undefined) {
    if (!isStringArray(data.langs) || !data.langs.every((l) => LANG_CODE.test(l))) return '"langs" must be a list of language codes';
    config.langs = data.langs;
  }
  if (data.sourceLang !== undefined) {
    if (typeof data.sourceLang !== 'string' || !LANG_CODE.test(data.sourceLang)) return '"sourceLang" must be a language code';
    config.sourceLang = data.sourceLang;
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
