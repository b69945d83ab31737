// Does a damaged real translation give exactly the finding for its damage, and nothing else?
// Issue 9's protocol, on documentation nobody on the team wrote: every page pair of
// test/fixtures/react (MDX, community translations in five languages), test/fixtures/vue (VitePress
// Markdown, French) and test/fixtures/kubernetes (Hugo Markdown) is damaged in two ways, at
// block boundaries of the translation (blocks = runs of lines between blank lines, a fenced code
// block kept whole):
//   cut — the translation keeps its first 40 %, 50 % or 60 % of blocks (a translator who stopped
//         part-way), and at 50 % once more stopping mid-sentence with "…" (as the seed's "Tuần…");
//   gap — the prose paragraph nearest the middle is removed (a lost passage).
// The built CLI checks the intact and the damaged copy (`tqc check <dir> --format json`), and a
// finding is new when no finding of the intact audit has the same check and the same source and
// target text. A cut is right when the new findings are exactly one `truncation`; a gap, exactly
// one `omission`. Anything else new (omission, addition, number, duplicate, entity, moved…) is a
// finding the damage caused that a reviewer would have to read past.
//
//   npm run eval:damage
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { audit, blocks, pagePairs, type Finding } from './eval/pages.js';

const tmp = mkdtempSync(join(tmpdir(), 'tqc-eval-damage-'));

const key = (f: Finding) => `${f.check}\u0000${f.source?.text ?? ''}\u0000${f.target?.text ?? ''}`;

const isProse = (b: string[]) => b.length === 1 && /^[\p{L}*_“"«]/u.test(b[0]) && (b[0].match(/[.!?。](\s|$)/gu) ?? []).length >= 2;

type Kind = 'cut 40 %' | 'cut 50 %' | 'cut 60 %' | 'cut 50 % …' | 'gap';
const KINDS: Kind[] = ['cut 40 %', 'cut 50 %', 'cut 60 %', 'cut 50 % …', 'gap'];

function damaged(page: string, src: string, srcName: string, tgtName: string, text: string, kind: Kind): string | null {
  const bs = blocks(text);
  let kept: string[][];
  if (kind !== 'gap') {
    kept = bs.slice(0, Math.floor((bs.length * Number(/\d+/.exec(kind)![0])) / 100));
    if (kind.endsWith('…')) {
      // The translator stopped mid-sentence: the last prose paragraph of that half keeps the first
      // half of its words, then "…", and nothing follows it.
      let at = kept.length - 1;
      while (at >= 0 && !isProse(kept[at])) at--;
      if (at < 0) return null;
      const words = kept[at][0].split(' ');
      kept = [...kept.slice(0, at), [`${words.slice(0, Math.max(1, words.length >> 1)).join(' ')}…`]];
    }
  } else {
    const mid = bs.length / 2;
    const candidates = bs.map((b, i) => [i, b] as const).filter(([, b]) => isProse(b));
    if (candidates.length === 0) return null;
    const [at] = candidates.reduce((a, b) => (Math.abs(b[0] - mid) < Math.abs(a[0] - mid) ? b : a));
    kept = bs.filter((_, i) => i !== at);
  }
  const dir = join(tmp, `${page}-${KINDS.indexOf(kind)}`);
  mkdirSync(dir, { recursive: true });
  copyFileSync(src, join(dir, srcName));
  writeFileSync(join(dir, tgtName), kept.map((b) => b.join('\n')).join('\n\n') + '\n');
  return dir;
}

const want = (kind: Kind) => (kind === 'gap' ? 'omission' : 'truncation');
const tally = new Map(KINDS.map((k) => [k, { right: 0, missed: 0, extra: 0, pages: 0 }]));
const extras: string[] = [];
// EVAL_ONLY=kubernetes-leases-vi:gap runs one case and keeps its directory (printed).
const ONLY = process.env.EVAL_ONLY;
for (const { page, dir: at, srcName, tgtName } of pagePairs()) {
  if (ONLY && !ONLY.startsWith(`${page}:`)) continue;
  const intact = new Set(audit(at).map(key));
  const text = readFileSync(join(at, tgtName), 'utf8');
  for (const kind of KINDS) {
    if (ONLY && ONLY !== `${page}:${kind}`) continue;
    const dir = damaged(page, join(at, srcName), srcName, tgtName, text, kind);
    if (!dir) continue;
    const fresh = audit(dir).filter((f) => !intact.has(key(f)));
    const t = tally.get(kind)!;
    t.pages++;
    const hits = fresh.filter((f) => f.check === want(kind));
    const others = fresh.filter((f) => f.check !== want(kind));
    if (hits.length === 1 && others.length === 0) t.right++;
    if (hits.length === 0) t.missed++;
    if (hits.length > 1 || others.length > 0) {
      t.extra++;
      for (const f of [...hits.slice(1), ...others]) extras.push(`${kind} ${page}: ${f.check} — ${f.message}`);
    }
  }
}
if (ONLY) console.log(`kept: ${tmp}`);
else rmSync(tmp, { recursive: true, force: true });
for (const kind of KINDS) {
  const t = tally.get(kind)!;
  console.log(`${kind.padEnd(10)}: ${t.pages} page pairs; exactly one ${want(kind)} and nothing else new: ${t.right}; no ${want(kind)}: ${t.missed}; other new findings: ${t.extra}`);
}
for (const e of extras) console.log(`  ${e}`);
