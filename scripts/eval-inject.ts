// Does tqc find one known defect put into a real translation, and only that? The held-out articles
// (test/fixtures/heldout/inject.ts) do this on five talks through an internal call; this does it on
// documentation nobody on the team wrote, through the built CLI, as a user runs it.
//
// Pages: every page pair of test/fixtures/react, vue and kubernetes whose translation has as many
// blocks as its source (blocks = runs of lines between blank lines, a fenced code block kept
// whole): there the community translators went block for block, so source block p is translated by
// target block p — ground truth that owes nothing to tqc's aligner. A block pair is prose when both
// are one line that starts with a letter and holds at least one sentence mark.
//
// One defect per copy, each at a fixed place (the candidate block nearest a fixed share of the
// page, a different share per kind), never at random:
//   number-changed      a number the source block also writes, + 1 in the target ("3" → "4")
//   number-dropped      that number removed from the target
//   english-fragment    four lower-case English words of the source block put into the middle of
//                       the target block ("… les composants the same component tree …")
//   paragraph-english   the target block replaced by its English source block
//   sentence-deleted    the second sentence of a target block of two or more removed
//   sentence-duplicated the first sentence of a target block written twice
//   code-altered        an inline `code` span both blocks hold, its last letter changed in the target
//   credit-added        a translator's credit line inserted as a new paragraph mid-page
//   code-block-deleted  a fenced code block of two code lines or more, which both versions hold at
//                       the same place, removed from the target (the nearest to mid-page)
//
// The built CLI checks the intact and the damaged copy (`tqc check <dir> --format json`). A finding
// is new when no finding of the intact audit has the same check and the same source or target text. A defect
// is FOUND when a new finding of its check (paragraph-english: wrong-language or untranslated)
// is about it (its text lies in the damaged target block or in the source block); every other new
// finding is EXTRA, listed by page, so that a reviewer can judge it.
//
//   npm run eval:inject
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { audit, blocks, pagePairs, type Finding } from './eval/pages.js';

const tmp = mkdtempSync(join(tmpdir(), 'tqc-eval-inject-'));

// A finding of the intact audit stays the same finding when the defect changed the text around it:
// same check and the same source text, or the same target text.
const keys = (f: Finding) => [`${f.check}\u0000s\u0000${f.source?.text ?? ''}`, `${f.check}\u0000t\u0000${f.target?.text ?? ''}`].filter((k) => !k.endsWith('\u0000'));

const isProse = (b: string[]) => b.length === 1 && /^[\p{L}*_“"«]/u.test(b[0]) && /[.!?。！？]/u.test(b[0]);

/** Sentences of one prose line: after . ! ? and a space (or 。！？), never inside `code`. */
function sentences(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  let code = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '`') code = !code;
    if (code) continue;
    const cjk = c === '。' || c === '！' || c === '？';
    if ((cjk || ((c === '.' || c === '!' || c === '?') && line[i + 1] === ' ' && /[\p{Lu}\d“"«*[]/u.test(line[i + 2] ?? ''))) && i + 1 < line.length) {
      out.push(line.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  const rest = line.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Plain numbers outside `code`, links and HTML tags, with their offsets. */
function numbers(line: string): { value: string; at: number }[] {
  const out: { value: string; at: number }[] = [];
  const masked = line.replace(/`[^`]*`|\]\([^)]*\)|<[^>]*>|\{[^}]*\}/g, (m) => ' '.repeat(m.length));
  for (const m of masked.matchAll(/(?<![\p{L}\p{N}.,:/#-])\d{1,4}(?![\p{L}\p{N}.,:/-]?\p{N})(?![\p{L}])/gu)) out.push({ value: m[0], at: m.index! });
  return out;
}

const CREDIT: Record<string, string> = {
  fr: 'Cette page a été traduite par les bénévoles de la communauté francophone.',
  vi: 'Trang này được dịch bởi các tình nguyện viên của cộng đồng Việt Nam.',
  es: 'Esta página fue traducida por los voluntarios de la comunidad hispanohablante.',
  ja: 'このページは日本語コミュニティのボランティアによって翻訳されました。',
  zh: '本页面由中文社区的志愿者翻译。',
};

type Kind = 'number-changed' | 'number-dropped' | 'english-fragment' | 'paragraph-english' | 'sentence-deleted' | 'sentence-duplicated' | 'code-altered' | 'credit-added' | 'code-block-deleted';
const KINDS: Kind[] = ['number-changed', 'number-dropped', 'english-fragment', 'paragraph-english', 'sentence-deleted', 'sentence-duplicated', 'code-altered', 'credit-added', 'code-block-deleted'];
const EXPECTED: Record<Kind, string[]> = {
  'number-changed': ['number'],
  'number-dropped': ['number'],
  'english-fragment': ['untranslated'],
  'paragraph-english': ['wrong-language', 'untranslated'],
  'sentence-deleted': ['omission'],
  'sentence-duplicated': ['duplicate'],
  'code-altered': ['entity'],
  'credit-added': ['addition'],
  'code-block-deleted': ['code-block'],
};

/** The target with one defect of `kind`, or null when the page has no place for it. */
interface Injected {
  blocks: string[][];
  /** The source block the defect is about, and the damaged target block (or the added one). */
  source: string;
  target: string;
}

function inject(src: string[][], tgt: string[][], lang: string, kind: Kind): Injected | null {
  const prose = src.map((_, p) => p).filter((p) => isProse(src[p]) && isProse(tgt[p]));
  const share = 0.15 + 0.1 * KINDS.indexOf(kind);
  const nearest = (ok: (p: number) => boolean) => {
    const c = prose.filter(ok);
    if (c.length === 0) return -1;
    return c.reduce((a, b) => (Math.abs(b - share * src.length) < Math.abs(a - share * src.length) ? b : a));
  };
  const out = tgt.map((b) => [...b]);
  const done = (p: number, target = out[p].join('\n')): Injected => ({ blocks: out, source: src[p].join('\n'), target });
  const cjk = lang === 'ja' || lang === 'zh';
  const shared = (p: number) => numbers(tgt[p][0]).filter((n) => numbers(src[p][0]).some((m) => m.value === n.value) && numbers(tgt[p][0]).filter((k) => k.value === n.value).length === 1);
  switch (kind) {
    case 'number-changed':
    case 'number-dropped': {
      const p = nearest((q) => shared(q).length > 0);
      if (p < 0) return null;
      const n = shared(p)[0];
      const line = tgt[p][0];
      const end = n.at + n.value.length;
      out[p][0] = kind === 'number-changed' ? line.slice(0, n.at) + String(Number(n.value) + 1) + line.slice(end) : (line.slice(0, n.at) + line.slice(end)).replace(/ {2,}/g, ' ');
      return done(p);
    }
    case 'english-fragment': {
      const words = (p: number) => {
        const plain = src[p][0].replace(/`[^`]*`|\[[^\]]*\]\([^)]*\)|<[^>]*>/g, ' | ').split(/\s+/);
        for (let i = Math.floor(plain.length / 2); i + 4 <= plain.length; i++) {
          const w = plain.slice(i, i + 4);
          if (w.every((x) => /^[a-z]{3,}$/.test(x))) return w.join(' ');
        }
        return null;
      };
      const p = nearest((q) => words(q) !== null && !cjk);
      if (p < 0) return null;
      // At the first space past the middle that is outside code, links, tags and braces.
      const line = tgt[p][0];
      const masked = line.replace(/`[^`]*`|\[[^\]]*\]\([^)]*\)|<[^>]*>|\{[^}]*\}/g, (m) => 'x'.repeat(m.length));
      const at = masked.indexOf(' ', line.length >> 1);
      if (at < 0) return null;
      out[p][0] = `${line.slice(0, at)} ${words(p)!}${line.slice(at)}`;
      return done(p);
    }
    case 'paragraph-english': {
      const p = nearest((q) => src[q][0].length >= 80);
      if (p < 0) return null;
      out[p] = [...src[p]];
      return done(p);
    }
    case 'sentence-deleted':
    case 'sentence-duplicated': {
      const p = nearest((q) => sentences(tgt[q][0]).length >= 2 && sentences(tgt[q][0])[0].length >= 30);
      if (p < 0) return null;
      const s = sentences(tgt[p][0]);
      const sep = cjk ? '' : ' ';
      out[p][0] = kind === 'sentence-deleted' ? [s[0], ...s.slice(2)].join(sep) : [s[0], s[0], ...s.slice(1)].join(sep);
      return done(p);
    }
    case 'code-altered': {
      const codes = (p: number) => {
        const inSrc = new Set([...src[p][0].matchAll(/`([A-Za-z][A-Za-z0-9]{3,})`/g)].map((m) => m[1]));
        return [...tgt[p][0].matchAll(/`([A-Za-z][A-Za-z0-9]{3,})`/g)].map((m) => m[1]).filter((c) => inSrc.has(c));
      };
      const p = nearest((q) => codes(q).length > 0);
      if (p < 0) return null;
      const c = codes(p)[0];
      const last = c[c.length - 1];
      const altered = c.slice(0, -1) + (last === 'e' ? 'a' : last === 'E' ? 'A' : 'e');
      out[p][0] = tgt[p][0].replace(`\`${c}\``, `\`${altered}\``);
      return done(p);
    }
    case 'code-block-deleted': {
      const fence = /^ {0,3}(?:`{3,}|~{3,})/;
      const isCode = (b: string[]) => b.length >= 4 && fence.test(b[0]);
      const c = src.map((_, q) => q).filter((q) => isCode(src[q]) && isCode(tgt[q]));
      if (c.length === 0) return null;
      const p = c.reduce((a, b) => (Math.abs(b - 0.5 * src.length) < Math.abs(a - 0.5 * src.length) ? b : a));
      out.splice(p, 1);
      return { blocks: out, source: src[p].join('\n'), target: '' };
    }
    case 'credit-added': {
      const p = nearest(() => true);
      if (p < 0 || !CREDIT[lang]) return null;
      out.splice(p + 1, 0, [CREDIT[lang]]);
      return done(p, CREDIT[lang]);
    }
  }
}

// EVAL_ONLY=react-learn-rendering-lists-fr:code-altered runs one case and keeps its directory.
const ONLY = process.env.EVAL_ONLY;
const tally = new Map(KINDS.map((k) => [k, { pages: 0, found: 0, clean: 0 }]));
const notes: string[] = [];
for (const { page, dir: at, srcName, tgtName } of pagePairs()) {
  const lang = tgtName.replace(/\..*$/, '');
  const src = blocks(readFileSync(join(at, srcName), 'utf8'));
  const tgt = blocks(readFileSync(join(at, tgtName), 'utf8'));
  if (src.length !== tgt.length) continue;
  const intact = new Set(audit(at).flatMap(keys));
  for (const kind of KINDS) {
    if (ONLY && ONLY !== `${page}:${kind}`) continue;
    const damaged = inject(src, tgt, lang, kind);
    if (!damaged) continue;
    // A finding is about the defect when its text lies in the damaged target block or its source
    // block (the first 30 characters suffice: reports may shorten long texts).
    const about = (f: Finding) =>
      (f.target !== null && f.target.text !== '' && (damaged.target.includes(f.target.text.slice(0, 30)) || f.target.text.includes(damaged.target.slice(0, 30)))) ||
      (f.source !== null && f.source.text !== '' && damaged.source.includes(f.source.text.slice(0, 30)));
    const dir = join(tmp, `${page}-${kind}`);
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(at, srcName), join(dir, srcName));
    writeFileSync(join(dir, tgtName), damaged.blocks.map((b) => b.join('\n')).join('\n\n') + '\n');
    const fresh = audit(dir).filter((f) => !keys(f).some((k) => intact.has(k)));
    const t = tally.get(kind)!;
    t.pages++;
    const hits = fresh.filter((f) => EXPECTED[kind].includes(f.check) && about(f));
    const others = fresh.filter((f) => !hits.includes(f));
    if (hits.length > 0) t.found++;
    else notes.push(`${kind} ${page}: MISSED`);
    if (others.length === 0) t.clean++;
    for (const f of others) notes.push(`${kind} ${page}: extra ${f.check} — ${f.message}`);
  }
}
if (ONLY) console.log(`kept: ${tmp}`);
else rmSync(tmp, { recursive: true, force: true });
let pages_ = 0;
let found = 0;
let clean = 0;
for (const kind of KINDS) {
  const t = tally.get(kind)!;
  pages_ += t.pages;
  found += t.found;
  clean += t.clean;
  console.log(`${kind.padEnd(20)}: ${String(t.pages).padStart(2)} pages; found ${t.found}; nothing else new ${t.clean}`);
}
console.log(`${'all'.padEnd(20)}: ${String(pages_).padStart(2)} pages; found ${found}; nothing else new ${clean}`);
for (const n of notes) console.log(`  ${n}`);
