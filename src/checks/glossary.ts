// Term base (config "termbase", CSV or TBX): when a source segment uses a term, the translation
// must use one of the term's translations for its language — "cart" → "panier", not "caddie" —
// or keep the term itself when the term base gives it unchanged (a do-not-translate name).
// Word boundaries on both sides; inflection tolerated by a short ending ("carts", "paniers").
import type { Check, FindingDraft, Range, TermEntry } from '../types/index.js';

const ID = 'glossary';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "giỏ hàng" → each word may take up to 3 more letters ("paniers", "cart's" via ’s). */
function termPattern(term: string): RegExp {
  const words = term.trim().split(/\s+/).map((w) => `${escape(w)}\\p{L}{0,3}`);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?:['’]s)?(?![\\p{L}\\p{N}])`, 'iu');
}

const patterns = new Map<string, RegExp>();
const patternOf = (term: string) => {
  let re = patterns.get(term);
  if (!re) patterns.set(term, (re = termPattern(term)));
  return re;
};

export const glossary: Check = {
  id: ID,
  description: 'Term base (CSV or TBX): a source term must be translated as the term base says, or kept when it says so.',
  category: 'Terminology/Wrong term',
  severity: 'major',
  run(ctx) {
    const terms: readonly TermEntry[] = ctx.termbase ?? [];
    if (terms.length === 0) return [];
    const { source, target, beads } = ctx.alignment;
    const relevant = terms.filter((e) => e.lang === source.lang && (e.targets[target.lang]?.length ?? 0) > 0);
    const out: FindingDraft[] = [];
    for (const b of beads) {
      if (b.source.length === 0 || b.target.length === 0) continue;
      const srcText = b.source.map((i) => source.sentences[i].text).join(' ');
      const tgtText = b.target.map((j) => target.sentences[j].text).join(' ');
      const srcFirst = source.sentences[b.source[0]];
      const tgtFirst = target.sentences[b.target[0]];
      const tgtRange: Range = { start: tgtFirst.start, end: target.sentences[b.target[b.target.length - 1]].end };
      for (const e of relevant) {
        const m = patternOf(e.term).exec(srcText);
        if (!m) continue;
        const wanted = e.targets[target.lang];
        if (wanted.some((w) => patternOf(w).test(tgtText))) continue;
        const keep = wanted.length === 1 && wanted[0].toLowerCase() === e.term.toLowerCase();
        // The source span: the term where it stands, when it lies within the first sentence.
        const at = m.index < srcFirst.text.length ? { start: srcFirst.start + m.index, end: srcFirst.start + m.index + m[0].length } : { start: srcFirst.start, end: srcFirst.end };
        out.push(
          keep
            ? { check: ID, category: 'Accuracy/Do not translate', message: `“${e.term}” must stay as it is (term base), but the translation does not have it`, target: tgtRange, source: at, expected: e.term }
            : { check: ID, message: `“${e.term}” should be translated “${wanted.join('” or “')}” (term base)`, target: tgtRange, source: at, expected: wanted.join(' | ') },
        );
      }
    }
    return out;
  },
};
