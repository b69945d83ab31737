// Target text with no counterpart in the source (0-1 beads). Real cases: the Vietnamese seed adds a
// hashtag line "#Meta #AI #Llama #GPUCluster …" and a credit "Nguồn: https://www.wired.com/…"; the
// French seed ends in English web boilerplate "Source link", "Leave a Reply", "Your email address
// will not be published. Required fields are marked *". Debris is minor; added content is major.
// A 0-1 sentence that repeats another target sentence is left to `duplicate` (shared/repeats.ts).
import type { Check, CheckContext, FindingDraft, Range, Severity } from '../types/index.js';
import { lineColumn } from '../catalog/position.js';
import { markerLines } from '../corpus/conflicts.js';
import { leftoverCopies, movedSentences, trailingGap } from './shared/coverage.js';
import { removedSinceTranslation } from './shared/sentence-edits.js';
import { classifyLine, gluedLabel, isProgramMessage, isTranslatorsNote, type LineKind } from './shared/lines.js';
import { findRepeats } from './shared/repeats.js';
import { hasFinalPunct, isAligned, sentenceLabel, sentencesRange, wordCount } from './shared/text.js';

type Kind = LineKind | 'heading';

/** Lines shorter than this, unpunctuated, after the end of the text are page furniture. */
const FURNITURE_WORDS = 6;

const MESSAGES: Record<Kind, string> = {
  hashtags: 'a hashtag line with no counterpart in the source',
  url: 'a bare link with no counterpart in the source',
  credit: 'a source credit with no counterpart in the source',
  boilerplate: 'web page boilerplate with no counterpart in the source',
  heading: 'a heading with no counterpart in the source (the source may lack its title)',
  content: 'text with no counterpart in the source',
};

export const addition: Check = {
  id: 'addition',
  description: 'Translation text with no counterpart in the source: added content (major), or credits, hashtags, links, boilerplate (minor); a translator\'s note marked as such (NdT, N. del T., Anm. d. Übers.) is not reported; the source left word for word beside its translation; a merge conflict left in the file, code blocks included.',
  category: 'Accuracy/Addition',
  severity: 'major',
  run(ctx) {
    const { target, beads } = ctx.alignment;
    const repeats = findRepeats(ctx.alignment);
    const moved = movedSentences(ctx);
    // Translations of source text removed since the translation was made: `stale` says so (--since).
    const removed = removedSinceTranslation(ctx);
    // The source left beside its translation: the copy is the addition, the translation is not.
    const copies = leftoverCopies(ctx);
    const copyStart = new Map(copies.map((c) => [c.beads[0], c]));
    const copied = new Set(copies.flatMap((c) => c.beads));
    const translations = new Set(copies.flatMap((c) => c.translation));
    const firstAligned = beads.findIndex(isAligned);
    const isBoilerplate = (j: number) => j >= 0 && j < target.sentences.length && classifyLine(target.sentences[j].text) === 'boilerplate';
    let lastAligned = beads.length - 1;
    while (lastAligned >= 0 && !isAligned(beads[lastAligned])) lastAligned--;
    const out: FindingDraft[] = [];
    let run: number[] = [];
    let runKind: Kind | null = null;
    const flush = () => {
      if (runKind && run.length > 0) out.push(finding(ctx, run, runKind));
      run = [];
      runKind = null;
    };
    for (let k = 0; k < beads.length; k++) {
      const b = beads[k];
      if (b.source.length > 0) {
        flush();
        const copy = copyStart.get(k);
        if (copy) out.push(leftover(ctx, copy.beads, copy.translation));
        else if (!copied.has(k)) for (const f of debrisInside(ctx, b.source, b.target)) out.push(f);
        continue;
      }
      for (const j of b.target) {
        // A passage the translator moved translates source text found elsewhere (shared/coverage.ts).
        if (repeats.has(j) || moved.target.has(j) || translations.has(j) || removed.has(j)) {
          flush();
          continue;
        }
        const text = target.sentences[j].text;
        // Added on purpose and marked so by the translator ("…, NdT.)"): nothing to report. A short
        // alt text of its own ("avatar", "logo") labels a decorative image: opensource.guide's
        // French pull quotes keep alt="avatar" where the English, revised since, has alt="".
        // A program's message quoted as it prints ("TypeError: Cannot read properties of null"): the
        // French "useRef" page, which the MDX parser rejects (a merge conflict), keeps the text of its
        // <ConsoleBlock>, hidden in the English read as MDX.
        if (isTranslatorsNote(text) || noteParagraph(target, j) || shortAltText(target, j) || isProgramMessage(text)) {
          flush();
          continue;
        }
        // The words the translation stopped on: "Tôi không biết", "Voici des enfants qui sont" (talks
        // cut half-way), too short for the aligner to read as a cut (a short line may be page
        // furniture), left unpaired where the source runs on untranslated. Truncation reports it.
        if (k > lastAligned && j === target.sentences.length - 1 && cutFragment(text) && trailingGap(ctx) !== null) {
          flush();
          continue;
        }
        let kind: Kind = classifyLine(text);
        // The French and Vietnamese titles have no counterpart because the English file has no title.
        if (kind === 'content' && (firstAligned < 0 || k < firstAligned) && !hasFinalPunct(text)) kind = 'heading';
        // After the last translated sentence, a short unpunctuated line next to share-bar lines is
        // page furniture like them: "Partager cet article", "Cookie Policy", "Related Posts" is one
        // run of boilerplate, not boilerplate, content, boilerplate.
        else if (kind === 'content' && lastAligned >= 0 && k > lastAligned && furniture(text) && (isBoilerplate(j - 1) || isBoilerplate(j + 1))) kind = 'boilerplate';
        if (kind !== runKind || (run.length > 0 && j !== run[run.length - 1] + 1)) flush();
        run.push(j);
        runKind = kind;
      }
    }
    flush();
    for (const f of conflicts(ctx)) out.push(f);
    return out;
  },
};

/** A few words of prose stopping on a lower-case letter, without punctuation: the start of a
 *  sentence, not a label, credit or link. */
function cutFragment(text: string): boolean {
  const t = text.trim();
  const words = wordCount(t);
  return words >= 1 && words < FURNITURE_WORDS && CUT_END.test(t) && classifyLine(t) === 'content' && !/[:#@/]/.test(t);
}
const CUT_END = /\p{Ll}$/u;

/** Git's conflict markers left in the translation: one finding per block, from its opening marker
 *  to its closing one. Real cases: React's "Choosing the State Structure" in French and
 *  Vietnamese, in the Immer example's places.js (a code block, which no other check reads):
 *  "<<<<<<< HEAD" / title: 'Océanie' / "=======" / title: 'Oceania' / ">>>>>>> 1207ee36…"; and
 *  React's French "Queueing a Series of State Updates", in prose: the old French sentence and the
 *  new English one between the markers. In prose the block's sentences also look added, cut or
 *  untranslated to other checks; spanning them all, this finding carries them as one problem
 *  (run/findings.ts, mergeProblems), named for what it is. A source that shows such markers itself
 *  (a page about merging) is not judged. */
function conflicts(ctx: CheckContext): FindingDraft[] {
  const { source, target } = ctx.alignment;
  if (target.units || markerLines(source.file.text).length > 0) return [];
  const lines = markerLines(target.file.text);
  const out: FindingDraft[] = [];
  for (let k = 0; k < lines.length; k++) {
    const open = lines[k];
    if (open.kind !== '<') continue;
    // The block runs to its closing marker (if any, before the next opening one).
    let close = open;
    for (let x = k + 1; x < lines.length && lines[x].kind !== '<'; x++) {
      if (lines[x].kind === '>') {
        close = lines[x];
        k = x;
        break;
      }
    }
    const text = target.file.text;
    const first = text.slice(open.start, open.end).trim();
    const last = close === open ? '' : ` … “${text.slice(close.start, close.end).trim().slice(0, 20)}”`;
    // The audit places a span by its sentences, and this one lies between two: the message says
    // where it is.
    const a = lineColumn(text, open.start).line;
    const b = close === open ? a : lineColumn(text, close.start).line;
    out.push({
      check: 'addition',
      category: 'Design and markup/Markup',
      message: `a merge conflict left in the file, ${a === b ? `line ${a}` : `lines ${a}–${b}`}: “${first.slice(0, 30)}”${last}`,
      target: { start: open.start, end: close.end },
      source: null,
    });
  }
  return out;
}

/** Words at most in an alt text that labels an image rather than describing its content. */
const ALT_LABEL_WORDS = 2;

/** Is target sentence j the whole value of an alt attribute, of ALT_LABEL_WORDS words or fewer? */
function shortAltText(target: CheckContext['alignment']['target'], j: number): boolean {
  const s = target.sentences[j];
  const before = target.file.text.slice(Math.max(0, s.start - 5), s.start);
  const quote = before[before.length - 1];
  return /alt=["']$/.test(before) && target.file.text[s.end] === quote && wordCount(s.text) <= ALT_LABEL_WORDS;
}

/** The source text left in the translation beside its translation (shared/coverage.ts). */
function leftover(ctx: CheckContext, copied: readonly number[], translation: readonly number[]): FindingDraft {
  const { source, target, beads } = ctx.alignment;
  const src = copied.flatMap((k) => beads[k].source);
  const tgt = copied.flatMap((k) => beads[k].target);
  return {
    check: 'addition',
    message: `target ${sentenceLabel(tgt)}: the source text left in the translation, beside its translation (target ${sentenceLabel(translation)})`,
    target: sentencesRange(target, tgt),
    source: sentencesRange(source, src),
  };
}

/** Debris glued to a translated sentence inside one bead: "Les ventes ont augmenté de 12 % en
 *  mars. Advertisement" for "Sales rose by about 12 percent in March." — a segment of a
 *  pre-aligned file, or a paragraph the aligner kept whole. Only the bead's first and last target
 *  sentences, only debris (never content: a translation may split one sentence into two), and
 *  only when the source has no such line itself. */
function debrisInside(ctx: CheckContext, src: readonly number[], tgt: readonly number[]): FindingDraft[] {
  const { source, target } = ctx.alignment;
  const out: FindingDraft[] = [];
  // A catalog's units are strings of an interface ("Publicité Paramètres des annonces"), not pages.
  for (const j of target.units ? [] : tgt) {
    const s = target.sentences[j];
    const n = gluedLabel(s.text);
    if (n === 0) continue;
    const label = s.text.slice(0, n);
    // The source glued the same label there: nothing was added.
    if (src.some((i) => source.sentences[i].text.toLowerCase().includes(label.toLowerCase()))) continue;
    out.push({
      check: 'addition',
      severity: 'minor',
      message: `target ${sentenceLabel([j])}: web page boilerplate “${label}” glued to the sentence, with no counterpart in the source`,
      target: { start: s.start, end: s.start + n },
      source: null,
      actual: label,
    });
  }
  if (tgt.length < 2) return out;
  const kinds = new Set(src.map((i) => classifyLine(source.sentences[i].text)));
  for (const j of tgt[0] === tgt[tgt.length - 1] ? [tgt[0]] : [tgt[0], tgt[tgt.length - 1]]) {
    const kind = classifyLine(target.sentences[j].text);
    if (kind !== 'content' && !kinds.has(kind)) out.push(finding(ctx, [j], kind));
  }
  return out;
}

/** Sentence `j` is part of a paragraph that is, as a whole, a translator's note: the marker ends
 *  the note's last sentence only. React's French "useRef" page quotes a console warning in
 *  translation, three sentences in one note: "*(« Avertissement : les fonctions composants ne
 *  peuvent pas recevoir de refs. Toute tentative d'accéder à cette ref échouera. Souhaitiez-vous
 *  utiliser React.forwardRef() ? », NdT)*". */
function noteParagraph(target: CheckContext['alignment']['target'], j: number): boolean {
  let memo = notes.get(target);
  if (!memo) notes.set(target, (memo = new Map()));
  const s = target.sentences;
  const p = s[j].paragraph;
  let known = memo.get(p);
  if (known === undefined) {
    // Once per paragraph, and no further than a note's length: a paragraph of thousands of short
    // sentences ("U.S. U.S. …", the hostile-input test) stays linear.
    const para = target.paragraphs[p];
    known = false;
    if (para && para.end - para.start <= MAX_NOTE_CHARS) {
      let a = j;
      let b = j;
      while (a > 0 && s[a - 1].paragraph === p) a--;
      while (b + 1 < s.length && s[b + 1].paragraph === p) b++;
      let text = '';
      for (let k = a; k <= b; k++) text += (k > a ? ' ' : '') + s[k].text;
      known = a < b && isTranslatorsNote(text);
    }
    memo.set(p, known);
  }
  return known;
}
const notes = new WeakMap<object, Map<number, boolean>>();
/** Longer than this, a paragraph is no translator's note (isTranslatorsNote allows 600 characters;
 *  markup and spaces between them). */
const MAX_NOTE_CHARS = 1200;

/** Short and unpunctuated: "Cookie Policy", not "Oui, bien sûr." */
function furniture(text: string): boolean {
  return wordCount(text) < FURNITURE_WORDS && !hasFinalPunct(text) && !/[,;]/.test(text);
}

function finding(ctx: CheckContext, ids: number[], kind: Kind): FindingDraft {
  const { target } = ctx.alignment;
  const text = ids.map((j) => target.sentences[j].text).join(' ');
  // A two-word fragment is less of an addition than a paragraph of invented content.
  const severity: Severity = kind === 'content' && wordCount(text) >= 4 ? 'major' : 'minor';
  return {
    check: 'addition',
    severity,
    message: `target ${sentenceLabel(ids)}: ${MESSAGES[kind]}`,
    target: sentencesRange(target, ids),
    source: null,
    actual: text.length > 200 ? text.slice(0, 199) + '…' : text,
  };
}
