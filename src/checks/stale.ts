// Translations that lag behind their source. With the source as it was when the translation was
// made (--since REV: by default the translation file's last commit, as Kubernetes' lsync.sh
// compares; or --previous-source FILE), the old source is aligned to the translation — it is what
// the translation translates — and compared sentence by sentence with the new source. A target
// sentence whose source sentence changed is stale, shown with the source's word diff
// ("costs [-40-]{+45+} billion"); a source sentence added since has no translation yet; one
// removed since is still carried by the translation. Nothing is said without a previous source.
import { alignMany, documentPair } from '../align/index.js';
import type { Bead, Check, CheckContext, Document, FindingDraft, Range } from '../types/index.js';
import { editsSinceTranslation, rawSentence, type SourceEdit } from './shared/sentence-edits.js';
import { diffText, numberChange, wordDiff } from './shared/word-diff.js';
import { sentencesRange } from './shared/text.js';

const QUOTE_CHARS = 120;

const quote = (text: string): string => {
  const t = text.replace(/\s+/g, ' ').trim();
  return `“${t.length > QUOTE_CHARS ? `${t.slice(0, QUOTE_CHARS)}…` : t}”`;
};

export const stale: Check = {
  id: 'stale',
  description: 'Translation of source text that changed since the translation was made (--since): the change as a word diff, and source sentences added or removed since.',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  run(ctx) {
    const previous = ctx.previous;
    if (!previous) return [];
    const { target } = ctx.alignment;
    const old = previous.source;
    const edits = editsSinceTranslation(ctx);
    if (edits.length === 0) return [];
    const translations = translationsOf(old, target, previous.beads);
    return edits.map((edit) => finding(ctx, edit, translations, previous.label));
  },
};

/** The target sentences translating each sentence of the old source: the old source and the
 *  translation are aligned like any source and target. */
function translationsOf(old: Document, target: Document, known?: readonly Bead[]): number[][] {
  const [beads] = known ? [known] : alignMany([documentPair(old, target)]);
  const out: number[][] = old.sentences.map(() => []);
  for (const b of beads) for (const i of b.source) out[i] = b.target;
  return out;
}

/** Where the translation of a sentence added after old sentence `after` belongs: the end of the
 *  translation of the nearest old sentence before it that has one, else the start of the target. */
function insertionPoint(target: Document, translations: number[][], after: number): Range {
  for (let i = after; i >= 0; i--) {
    const t = translations[i];
    if (t && t.length > 0) {
      const end = target.sentences[t[t.length - 1]].end;
      return { start: end, end };
    }
  }
  const start = target.sentences[0]?.start ?? 0;
  return { start, end: start };
}

function finding(ctx: CheckContext, edit: SourceEdit, translations: number[][], since: string): FindingDraft {
  const { source, target } = ctx.alignment;
  const old = ctx.previous!.source;
  const oldText = edit.old.map((i) => rawSentence(old, i)).join(' ');
  const newText = edit.new.map((j) => rawSentence(source, j)).join(' ');
  const carried = [...new Set(edit.old.flatMap((i) => translations[i]))].sort((a, b) => a - b);
  const targetRange = carried.length > 0 ? sentencesRange(target, carried) : insertionPoint(target, translations, edit.after);
  const diff = wordDiff(oldText, newText, source.lang);

  if (edit.old.length === 0) {
    return {
      check: 'stale',
      category: 'Accuracy/Omission',
      message: `Source sentence added since ${since}, not translated yet: ${quote(newText)}`,
      target: insertionPoint(target, translations, edit.after),
      source: sentencesRange(source, edit.new),
      diff,
    };
  }
  if (edit.new.length === 0) {
    return {
      check: 'stale',
      category: 'Accuracy/Addition',
      message: `Source sentence removed since ${since}; the translation still carries it: ${quote(oldText)}`,
      target: targetRange,
      source: null,
      diff,
    };
  }
  const numbers = numberChange(diff);
  const draft: FindingDraft = {
    check: 'stale',
    message: numbers
      ? `A number changed in the source since ${since}: ${numbers.before} → ${numbers.after} (${diffText(diff)})`
      : `Source changed since ${since}; the translation follows the old text: ${diffText(diff)}`,
    target: targetRange,
    source: sentencesRange(source, edit.new),
    diff,
  };
  if (numbers) {
    // As the number check reports a changed number: what the translation has, what the source has.
    draft.actual = numbers.before;
    draft.expected = numbers.after;
  }
  return draft;
}
