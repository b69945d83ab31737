// A figure the source gives as approximate or as a bound ("more than 42 percent", "about 12
// percent", "up to 300 km"), translated as a bare number: the reader takes it as exact. The
// number matches, so the number check's value comparison says nothing; the word before it is the
// difference. Real case: the Vietnamese seed writes "tăng 42%" for "grew more than 42 percent".
// Reported only where the evidence is clear: the source's word stands right before the number,
// the same digits stand in the translation, and no approximating word of the target language
// (approximators or hints) stands near them to carry the sense.
import { langData } from '../../lang/index.js';
import type { CheckContext, FindingDraft, Lang } from '../../types/index.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const before = new Map<Lang, RegExp | null>();
const anywhere = new Map<Lang, RegExp | null>();

/** "more than" + spaces + an optional currency sign + the number's digits (linear: a literal
 *  alternation, then bounded classes). Longest phrases first, so "more than" wins over "more". */
function beforePattern(lang: Lang): RegExp | null {
  if (!before.has(lang)) {
    const words = [...(langData(lang)?.numbers.approximators ?? [])].sort((a, b) => b.length - a.length);
    before.set(lang, words.length ? new RegExp(`(?<![\\p{L}\\p{M}])(${words.map(escape).join('|')})\\s+([$€£¥₫]\\s?)?(\\d[\\d.,\\u00a0\\u202f ]*\\d|\\d)`, 'giu') : null);
  }
  return before.get(lang) ?? null;
}

/** The last word of each phrase ("than" of "more than"), end-anchored: what must stand right
 *  before a number, past spaces and a currency sign, for `beforePattern` to match there. */
const lastWords = new Map<Lang, RegExp | null>();
function lastWordPattern(lang: Lang): RegExp | null {
  if (!lastWords.has(lang)) {
    const words = [...new Set((langData(lang)?.numbers.approximators ?? []).map((w) => w.split(/\s+/).pop() ?? w))];
    lastWords.set(lang, words.length ? new RegExp(`(?:${words.map(escape).join('|')})$`, 'iu') : null);
  }
  return lastWords.get(lang) ?? null;
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;
const WHITE = /\s/;
const CURRENCY = '$€£¥₫';
/** The longest word looked at before a number (the approximators are short words). */
const WORD_BEFORE = 24;

/** A necessary condition for `beforePattern` to match in `text`: some number stands after spaces
 *  (and a currency sign) right behind a phrase's last word. Scanning every position of every
 *  sentence with the case-insensitive alternation took ~0.4 s of the 100k-entry PO benchmark;
 *  a sentence passing this test is still searched with the pattern itself, so the findings are
 *  the same. */
function mayHaveApproximator(text: string, last: RegExp): boolean {
  for (let k = 1; k < text.length; k++) {
    if (!isDigitCode(text.charCodeAt(k))) continue;
    let j = k - 1;
    let white = false;
    for (; j >= 0; j--) {
      if (WHITE.test(text[j])) white = true;
      else if (!CURRENCY.includes(text[j])) break;
    }
    if (!white || j < 0) continue;
    let w = j;
    while (w > 0 && j - w < WORD_BEFORE && !WHITE.test(text[w - 1])) w--;
    if (last.test(text.slice(w, j + 1))) return true;
  }
  return false;
}

function anywherePattern(lang: Lang): RegExp | null {
  if (!anywhere.has(lang)) {
    const n = langData(lang)?.numbers;
    const words = [...(n?.approximators ?? []), ...(n?.approximatorHints ?? [])].sort((a, b) => b.length - a.length);
    anywhere.set(lang, words.length ? new RegExp(`(?<![\\p{L}\\p{M}])(?:${words.map(escape).join('|')})(?![\\p{L}\\p{M}])`, 'iu') : null);
  }
  return anywhere.get(lang) ?? null;
}

const digitsOf = (s: string) => s.replace(/\D/g, '');
/** Characters around the translated number searched for an approximating word. */
const NEAR_BEFORE = 24;
const NEAR_AFTER = 16;

export function droppedApproximators(ctx: CheckContext): FindingDraft[] {
  const { source, target, beads } = ctx.alignment;
  const re = beforePattern(source.lang);
  const hint = anywherePattern(target.lang);
  const last = lastWordPattern(source.lang);
  if (!re || !hint || !last) return [];
  const out: FindingDraft[] = [];
  for (const b of beads) {
    if (b.source.length === 0 || b.target.length === 0) continue;
    for (const i of b.source) {
      const s = source.sentences[i];
      if (!mayHaveApproximator(s.text, last)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
        const digits = digitsOf(m[3]);
        // An approximating word near the number (three words before, two after) may carry the sense
        // — near any of its occurrences: Jellyfin's "a width of 320 … ends up around 320x180" is
        // "une largeur de 320 … environ 320 x 180", whose first 320 is the exact one.
        const all = findDigits(ctx, b.target, digits);
        const at = all[0];
        if (!at || all.some((x) => hint.test(target.file.text.slice(Math.max(x.sentenceStart, x.range.start - NEAR_BEFORE), x.range.end + NEAR_AFTER)))) continue;
        out.push({
          check: 'number',
          severity: 'minor',
          message: `“${m[0]}” in the source is approximate or a bound; the translation has “${at.text}” without “${m[1]}”: it reads as exact`,
          target: at.range,
          source: { start: s.start + m.index, end: s.start + m.index + m[0].length },
          actual: at.text,
          expected: m[0],
        });
      }
    }
  }
  return out;
}

/** The numbers of the bead's translation written with the same digits, in order. */
function findDigits(ctx: CheckContext, ids: readonly number[], digits: string): { range: { start: number; end: number }; text: string; sentenceStart: number }[] {
  const { target } = ctx.alignment;
  const out: { range: { start: number; end: number }; text: string; sentenceStart: number }[] = [];
  for (const j of ids) {
    const t = target.sentences[j];
    const num = /\d[\d.,\u00a0\u202f ]*\d|\d/g;
    for (let m = num.exec(t.text); m; m = num.exec(t.text)) {
      const raw = m[0].trimEnd();
      if (digitsOf(raw) === digits) out.push({ range: { start: t.start + m.index, end: t.start + m.index + raw.length }, text: raw, sentenceStart: t.start });
    }
  }
  return out;
}
