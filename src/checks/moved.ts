// A passage the translator placed elsewhere: a paragraph or list item translated two paragraphs
// higher. Not an omission at its old place plus an addition at its new one (a real React
// documentation page showed exactly that pair for a moved bullet): one minor finding, so the editor
// sees that the order changed and can judge whether it matters. Which passages count as moved is
// decided once, in shared/coverage.ts (movedSentences), and `omission` and `addition` skip them.
import type { Check, CheckContext, FindingDraft } from '../types/index.js';
import { movedSentences } from './shared/coverage.js';
import { sentenceLabel, sentencesRange } from './shared/text.js';

export const moved: Check = {
  id: 'moved',
  description: 'A source passage translated at another place in the document (a paragraph or list item moved higher or lower): one finding for the move, neither an omission nor an addition.',
  category: 'Design and markup/Layout',
  severity: 'minor',
  run(ctx) {
    const out: FindingDraft[] = [];
    for (const pair of movedSentences(ctx).pairs) out.push(finding(ctx, pair.source, pair.target));
    return out;
  },
};

/** "source sentences 12–13 are translated 4 sentences earlier (target sentences 8–9)": the distance
 *  from where the text around the passage would put it — after the translation of the source
 *  sentence before it — to where it is. */
function finding(ctx: CheckContext, rs: readonly number[], rt: readonly number[]): FindingDraft {
  const { source, target, beads } = ctx.alignment;
  let expected = 0; // target position the passage would start at
  for (const b of beads) {
    if (b.source.length > 0 && b.source[0] >= rs[0]) break;
    for (const j of b.target) if (!rt.includes(j) && j + 1 > expected) expected = j + 1;
  }
  const earlier = rt[0] < expected;
  const distance = earlier ? expected - (rt[rt.length - 1] + 1) : rt[0] - expected;
  const where = distance === 0 ? 'at another place' : `${distance} sentence${distance === 1 ? '' : 's'} ${earlier ? 'earlier' : 'later'}`;
  return {
    check: 'moved',
    message: `source ${sentenceLabel(rs)} ${rs.length === 1 ? 'is' : 'are'} translated ${where} (target ${sentenceLabel(rt)})`,
    target: sentencesRange(target, rt),
    source: sentencesRange(source, rs),
  };
}
