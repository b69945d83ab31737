// eval:inject for localisation catalogs: one known defect at a time put into real catalogs nobody
// on the team wrote, checked through the built CLI. Catalogs: Excalidraw's JSON (en → fr, vi),
// devise-i18n's Rails YAML (en → fr, vi), Django's PO (fr, vi) from test/fixtures. Each is read
// with the parser tqc itself uses (JSON.parse, yaml, gettext-parser) and written back the same way;
// the intact audit is made on the re-written intact copy, so formatting alone changes nothing.
//
// Defects, each in up to four units spread over the catalog (fixed places, never random):
//   number-changed       a number the source also has, + 1                        → number
//   placeholder-renamed  {{count}} → {{countx}}, {name} → {namex}, %(name)s → %(namex)s → placeholder
//   placeholder-dropped  the first placeholder removed                            → placeholder
//   source-copied        the target replaced by its English source (3+ words)     → untranslated
//   emptied              the target made ""                                        → missing-translation
//   removed              the unit deleted from the translation                     → missing-translation
//   cut                  the first half of the words, then "…"                     → truncation
//   trailing-space       a space added at the end                                  → punctuation
//   english-words        three lower-case words of the source put mid-target        → untranslated
// A defect is FOUND when a new finding of its check names the unit's key; any other new finding is
// EXTRA. New = no finding of the intact audit has the same check, key and message. (`removed` is not
// tried on PO: the entry holds its source, which goes with it.)
//
//   npm run eval:inject-catalogs
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { audit, type Finding } from './eval/pages.js';
import { po } from 'gettext-parser';
import { parseDocument } from 'yaml';

const FIX = resolve('test/fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'tqc-eval-inject-catalogs-'));

interface Unit {
  /** How the unit is addressed in the catalog (a JSON/YAML path, or the PO msgid). */
  id: string[];
  source: string;
  target: string;
}

interface Catalog {
  name: string;
  units: Unit[];
  /** Writes source and target files into `dir`, the target with `edits` applied (null = removed). */
  write(dir: string, edits: Map<Unit, string | null>): void;
  /** The key tqc gives the unit in its findings. */
  key(u: Unit): string;
  /** A bilingual file (PO) holds the source beside the target: a unit removed takes both along. */
  bilingual?: boolean;
}

function leaves(v: unknown, path: string[] = [], out: [string[], string][] = []): [string[], string][] {
  if (typeof v === 'string') out.push([path, v]);
  else if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) leaves(x, [...path, k], out);
  return out;
}

function jsonCatalog(dir: string, lang: string): Catalog {
  const src = JSON.parse(readFileSync(join(dir, 'en.json'), 'utf8'));
  const tgt = JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8'));
  const srcAt = new Map(leaves(src).map(([p, v]) => [p.join('\u0000'), v]));
  const units = leaves(tgt).flatMap(([id, target]) => {
    const source = srcAt.get(id.join('\u0000'));
    return source === undefined || target === '' ? [] : [{ id, source, target }];
  });
  return {
    name: `excalidraw-${lang}`,
    units,
    key: (u) => u.id.join('.'),
    write(out, edits) {
      const copy = structuredClone(tgt);
      for (const [u, v] of edits) {
        let o = copy;
        for (const k of u.id.slice(0, -1)) o = o[k];
        if (v === null) delete o[u.id[u.id.length - 1]];
        else o[u.id[u.id.length - 1]] = v;
      }
      writeFileSync(join(out, 'en.json'), `${JSON.stringify(src, null, 2)}\n`);
      writeFileSync(join(out, `${lang}.json`), `${JSON.stringify(copy, null, 2)}\n`);
    },
  };
}

function yamlCatalog(dir: string, lang: string): Catalog {
  const srcText = readFileSync(join(dir, 'en.yml'), 'utf8');
  const tgtText = readFileSync(join(dir, `${lang}.yml`), 'utf8');
  const srcAt = new Map(leaves(parseDocument(srcText).toJS()).map(([p, v]) => [p.slice(1).join('\u0000'), v]));
  const units = leaves(parseDocument(tgtText).toJS()).flatMap(([id, target]) => {
    const source = srcAt.get(id.slice(1).join('\u0000'));
    return source === undefined || target === '' ? [] : [{ id, source, target }];
  });
  return {
    name: `devise-${lang}`,
    units,
    key: (u) => u.id.slice(1).join('.'),
    write(out, edits) {
      const doc = parseDocument(tgtText);
      for (const [u, v] of edits) {
        if (v === null) doc.deleteIn(u.id);
        else doc.setIn(u.id, v);
      }
      writeFileSync(join(out, 'en.yml'), srcText);
      writeFileSync(join(out, `${lang}.yml`), doc.toString());
    },
  };
}

function poCatalog(path: string, lang: string): Catalog {
  const parsed = po.parse(readFileSync(path));
  const units: Unit[] = [];
  for (const [ctx, entries] of Object.entries(parsed.translations)) {
    for (const [msgid, e] of Object.entries(entries)) {
      if (!msgid || e.msgid_plural || !e.msgstr[0] || e.comments?.flag?.includes('fuzzy')) continue;
      units.push({ id: [ctx, msgid], source: msgid, target: e.msgstr[0] });
    }
  }
  return {
    name: `django-${lang}`,
    bilingual: true,
    units,
    key: (u) => (u.id[0] ? `${u.id[0]}\u0004${u.id[1]}` : u.id[1]),
    write(out, edits) {
      const copy = structuredClone(parsed);
      for (const [u, v] of edits) {
        if (v === null) delete copy.translations[u.id[0]][u.id[1]];
        else copy.translations[u.id[0]][u.id[1]].msgstr = [v];
      }
      writeFileSync(join(out, `${lang}.po`), po.compile(copy));
    },
  };
}

const PLACEHOLDER = /\{\{\s*\w+\s*\}\}|\{\w+\}|%\(\w+\)[sd]/;
const words = (s: string) => s.split(/\s+/).filter(Boolean);

type Kind = 'number-changed' | 'placeholder-renamed' | 'placeholder-dropped' | 'source-copied' | 'emptied' | 'removed' | 'cut' | 'trailing-space' | 'english-words';
const KINDS: Record<Kind, { check: string; pick: (u: Unit) => boolean; apply: (u: Unit) => string | null }> = {
  'number-changed': {
    check: 'number',
    pick: (u) => {
      const n = /(?<![\p{L}\p{N}.,{%])\d{1,4}(?![\p{N}.,]\p{N}|[\p{L}}])/u.exec(u.target);
      return n !== null && new RegExp(`(?<!\\d)${n[0]}(?!\\d)`).test(u.source);
    },
    apply: (u) => u.target.replace(/(?<![\p{L}\p{N}.,{%])\d{1,4}(?![\p{N}.,]\p{N}|[\p{L}}])/u, (d) => String(Number(d) + 1)),
  },
  'placeholder-renamed': {
    check: 'placeholder',
    pick: (u) => PLACEHOLDER.test(u.target) && u.source.includes(PLACEHOLDER.exec(u.target)![0]),
    apply: (u) => u.target.replace(PLACEHOLDER, (p) => p.replace(/(\w+)(\s*\}\}|\}|\)[sd])$/, '$1x$2')),
  },
  'placeholder-dropped': {
    check: 'placeholder',
    pick: (u) => PLACEHOLDER.test(u.target) && u.source.includes(PLACEHOLDER.exec(u.target)![0]),
    // with the space beside it, so that the message keeps its own leading or trailing space
    apply: (u) => u.target.replace(PLACEHOLDER, '').replace(/ {2,}/g, ' ').replace(/^ (?=\S)/, u.target.startsWith(' ') ? ' ' : '').replace(/(?<=\S) $/, u.target.endsWith(' ') ? ' ' : ''),
  },
  'source-copied': {
    check: 'untranslated',
    pick: (u) => u.source !== u.target && words(u.source).filter((w) => /^\p{L}{3,}$/u.test(w)).length >= 3,
    apply: (u) => u.source,
  },
  emptied: { check: 'missing-translation', pick: (u) => u.target.trim() !== '', apply: () => '' },
  removed: { check: 'missing-translation', pick: (u) => u.target.trim() !== '', apply: () => null },
  cut: {
    check: 'truncation',
    pick: (u) => words(u.source).length >= 8 && words(u.target).length >= 8 && !PLACEHOLDER.test(u.target) && !u.target.includes('<'),
    apply: (u) => `${words(u.target).slice(0, Math.floor(words(u.target).length / 2)).join(' ')}…`,
  },
  'trailing-space': { check: 'punctuation', pick: (u) => /\S$/.test(u.target), apply: (u) => `${u.target} ` },
  'english-words': {
    check: 'untranslated',
    pick: (u) => englishRun(u) !== null && words(u.target).length >= 4,
    apply: (u) => {
      const t = words(u.target);
      const at = Math.floor(t.length / 2);
      return [...t.slice(0, at), englishRun(u)!, ...t.slice(at)].join(' ');
    },
  },
};

/** Three lower-case words of the source in a row, 3+ letters each. */
function englishRun(u: Unit): string | null {
  const w = words(u.source);
  for (let i = 0; i + 3 <= w.length; i++) {
    const run = w.slice(i, i + 3);
    if (run.every((x) => /^[a-z]{3,}$/.test(x))) return run.join(' ');
  }
  return null;
}

const catalogs: Catalog[] = [
  ...['fr', 'vi'].map((l) => jsonCatalog(join(FIX, 'excalidraw'), l)),
  ...['fr', 'vi'].map((l) => yamlCatalog(join(FIX, 'devise-i18n'), l)),
  ...['fr', 'vi'].map((l) => poCatalog(join(FIX, 'django-po', `${l}.po`), l)),
];

const tally = new Map<Kind, { cases: number; found: number; clean: number }>();
const notes: string[] = [];
const keyed = (f: Finding) => `${f.check}\u0000${f.key ?? ''}\u0000${f.message}`;
for (const cat of catalogs) {
  const base = join(tmp, cat.name, 'intact');
  mkdirSync(base, { recursive: true });
  cat.write(base, new Map());
  const intact = new Set(audit(base).map(keyed));
  for (const [kind, def] of Object.entries(KINDS) as [Kind, (typeof KINDS)[Kind]][]) {
    if (kind === 'removed' && cat.bilingual) continue;
    const candidates = cat.units.filter(def.pick);
    // Up to four units, at 1/8, 3/8, 5/8 and 7/8 of the candidates.
    const picked = [...new Set([1, 3, 5, 7].map((e) => candidates[Math.floor((candidates.length * e) / 8)]).filter(Boolean))];
    for (const u of picked) {
      const dir = join(tmp, cat.name, `${kind}-${picked.indexOf(u)}`);
      mkdirSync(dir, { recursive: true });
      cat.write(dir, new Map([[u, def.apply(u)]]));
      const fresh = audit(dir).filter((f) => !intact.has(keyed(f)));
      const t = tally.get(kind) ?? { cases: 0, found: 0, clean: 0 };
      tally.set(kind, t);
      t.cases++;
      const hits = fresh.filter((f) => f.check === def.check && f.key === cat.key(u));
      const others = fresh.filter((f) => !hits.includes(f));
      if (hits.length > 0) t.found++;
      else notes.push(`${kind} ${cat.name} ${cat.key(u)}: MISSED (“${u.target}” → “${def.apply(u)}”)`);
      if (others.length === 0) t.clean++;
      for (const f of others) notes.push(`${kind} ${cat.name} ${cat.key(u)}: extra ${f.check} ${f.key ?? ''} — ${f.message}`);
    }
  }
}
rmSync(tmp, { recursive: true, force: true });
let all = { cases: 0, found: 0, clean: 0 };
for (const [kind, t] of tally) {
  all = { cases: all.cases + t.cases, found: all.found + t.found, clean: all.clean + t.clean };
  console.log(`${kind.padEnd(20)}: ${String(t.cases).padStart(2)} cases; found ${t.found}; nothing else new ${t.clean}`);
}
console.log(`${'all'.padEnd(20)}: ${String(all.cases).padStart(2)} cases; found ${all.found}; nothing else new ${all.clean}`);
for (const n of notes) console.log(`  ${n}`);
