// The translation stops early, or a sentence of it is cut short.
// Real case: the Vietnamese seed ends "… so với người tiền nhiệm của nó. Tuần…", then a hashtag
// line and a "Nguồn:" credit; the English goes on for 13 more sentences. That is ONE finding at
// the place where the translation stops — the cut "Tuần…" (for "Last week, Altman responded …")
// is folded into it rather than reported a second time for the same place.
import type { Check, CheckContext, FindingDraft } from '../types/index.js';
import { cutShort, trailingGap, type CutShort } from './shared/coverage.js';
import { percent, sentenceLabel, sentencesRange } from './shared/text.js';

export const truncation: Check = {
  id: 'truncation',
  description: 'The translation stops early (the end of the source has no translation), or a sentence is cut short.',
  category: 'Design and markup/Truncation',
  severity: 'critical',
  run(ctx) {
    const out: FindingDraft[] = [];
    const { source, target, beads } = ctx.alignment;
    const gap = trailingGap(ctx);
    for (let k = 0; k < beads.length; k++) {
      if (gap && k === gap.lastAligned) continue; // reported with the gap below
      const cut = cutShort(ctx, beads[k]);
      if (!cut) continue;
      const b = beads[k];
      const tgt = target.sentences[b.target[b.target.length - 1]];
      out.push({
        check: 'truncation',
        severity: 'major',
        message: `the translation of source ${sentenceLabel(b.source)} is cut short: ${reasons(cut)}`,
        target: sentencesRange(target, b.target),
        source: sentencesRange(source, b.source),
        actual: tgt.text,
      });
    }
    if (gap) out.push(stopsEarly(ctx, gap));
    return out.sort((a, b) => (a.source?.start ?? 0) - (b.source?.start ?? 0));
  },
};

function stopsEarly(ctx: CheckContext, gap: NonNullable<ReturnType<typeof trailingGap>>): FindingDraft {
  const { source, target, beads } = ctx.alignment;
  const n = source.sentences.length;
  const missing = gap.missing.length;
  const share = percent(gap.missingWords, gap.sourceWords);
  const what = `the last ${missing === 1 ? 'sentence' : `${missing} sentences`} (${share} of the source words) ${missing === 1 ? 'has' : 'have'} no translation`;
  const srcRange = sentencesRange(source, gap.missing);
  if (gap.lastAligned < 0) {
    return {
      check: 'truncation',
      message: `the translation has no counterpart for any of the ${n} source sentences`,
      target: null,
      source: srcRange,
    };
  }
  const last = beads[gap.lastAligned];
  const stopAt = last.source[last.source.length - 1] + 1;
  const cut = cutShort(ctx, last);
  const tail = cut ? `; its last sentence is itself cut short (${reasons(cut)})` : '';
  return {
    check: 'truncation',
    message: `the translation stops after source sentence ${stopAt} of ${n}: ${what}${tail}`,
    target: sentencesRange(target, [last.target[last.target.length - 1]]),
    source: srcRange,
    actual: target.sentences[last.target[last.target.length - 1]].text,
  };
}

function reasons(cut: CutShort): string {
  const r: string[] = [];
  if (cut.ellipsis) r.push('it ends in “…” where the source does not');
  if (cut.midSentence) r.push('it stops mid-sentence, without final punctuation');
  if (cut.far || r.length > 0) r.push(`it is ${percent(cut.share, 1)} of the expected length`);
  return r.join(', ');
}
