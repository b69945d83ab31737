// Child process of memory.test.ts: aligns two unrelated generated documents of N sentences each and
// prints one JSON line {ms, beads, maxRssKiB} on stdout. Run alone: `npx tsx test/hostile/unrelated-child.ts 100000`.
import { alignSentences } from '../../src/align/index.js';
// Deterministic pseudo-random numbers: same N, same documents.
import { rng } from '../../scripts/bench/pairs.js';

const EN = 'the company said on monday that its revenue grew faster than analysts expected while costs of chips data centres and energy kept rising across every region of the world'.split(' ');
const FR = 'la ville a ouvert samedi un nouveau marché couvert où des producteurs locaux vendent fromages pain légumes et fleurs chaque matin depuis le printemps dernier'.split(' ');

export function unrelatedDocument(n: number, words: string[], seed: number): string[] {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const len = 4 + Math.floor(r() * 30);
    const w: string[] = [];
    for (let k = 0; k < len; k++) w.push(words[Math.floor(r() * words.length)]);
    if (r() < 0.3) w.splice(Math.floor(r() * w.length), 0, String(Math.floor(r() * 100_000)));
    const s = w.join(' ');
    out.push(`${s[0].toUpperCase()}${s.slice(1)}.`);
  }
  return out;
}

const n = Number(process.argv[2] ?? 20000);
const source = unrelatedDocument(n, EN, 1);
const target = unrelatedDocument(n, FR, 2);
const t0 = performance.now();
const beads = alignSentences(source, target, { sourceLang: 'en', targetLang: 'fr' });
const ms = performance.now() - t0;
process.stdout.write(`${JSON.stringify({ ms, beads: beads.length, maxRssKiB: process.resourceUsage().maxRSS })}\n`);
