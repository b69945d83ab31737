// Checks handed to the helper thread (src/run/offload.ts) must see exactly the context the main
// thread has: a job is packed, copied as a thread would copy it (structured clone), unpacked and
// run, and must give the same drafts as running the checks on the original context.
import { serialize, deserialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/align/index.js';
import { CHECKS } from '../../src/checks/index.js';
import { discover } from '../../src/run/discover.js';
import { packJob, runChecks } from '../../src/run/offload.js';
import { lengthRatio } from '../../src/run/audit.js';
import type { CheckContext, Document } from '../../src/types/index.js';
import { documentFromFile } from '../../src/corpus/index.js';

const ALL = CHECKS.map((c) => c.id);

function contexts(source: Document, targets: Document[]): CheckContext[] {
  return targets.map((target, k) => {
    const beads = alignSentences(
      source.sentences.map((s) => s.text),
      target.sentences.map((s) => s.text),
      { sourceLang: source.lang, targetLang: target.lang },
    );
    return {
      alignment: { source, target, beads },
      others: targets.filter((_, j) => j !== k),
      lengthRatio: lengthRatio(source, target, beads),
      allowlist: { fr: ['open source'] },
      glossary: ['Llama', 'gargantuan'], // "gargantuan" is not kept in either translation: a glossary finding
    };
  });
}

describe('offloaded checks', () => {
  it('give the drafts of the main thread on the seed article (two targets: others travel too)', () => {
    const [set] = discover(['corpus/llama-gpu-cluster'], { sourceLang: 'en', aligned: false });
    const ctxs = contexts(set.source, set.targets);
    expect(ctxs.length).toBe(2);
    for (const ctx of ctxs) {
      const job = packJob(ctx, ALL);
      expect(job).not.toBeNull();
      const remote = runChecks(deserialize(serialize(job)));
      for (const check of CHECKS) expect(remote[check.id]).toEqual(check.run(ctx));
      // Something was found, so the comparison is not between empty lists.
      expect(Object.values(remote).flat().length).toBeGreaterThan(5);
    }
  });

  it('keeps bead costs, paragraph languages and confidences', () => {
    const [set] = discover(['corpus/llama-gpu-cluster'], { sourceLang: 'en', aligned: false });
    const [ctx] = contexts(set.source, set.targets);
    ctx.alignment.beads[0].cost = 0.25;
    delete ctx.alignment.beads[1].cost;
    const job = deserialize(serialize(packJob(ctx, []))) as NonNullable<ReturnType<typeof packJob>>;
    expect(job.costs[0]).toBe(0.25);
    expect(Number.isNaN(job.costs[1])).toBe(true);
    const t = ctx.alignment.target;
    const i = t.paragraphs.findIndex((p) => p.lang !== t.lang);
    expect(i).toBeGreaterThanOrEqual(0); // the French page's English footer
    expect(job.target.langs[job.target.paragraphs[3 * i + 2]]).toBe(t.paragraphs[i].lang);
    expect(job.target.confidence[i]).toBe(t.paragraphs[i].langConfidence);
  });

  it('refuses Markdown documents (their sentences hold masked text)', () => {
    const md = documentFromFile({ path: 'fr.md', text: 'Un [lien](https://a.fr/x) ici.\n', encoding: 'utf-8', format: 'markdown' });
    const en = documentFromFile({ path: 'en.md', text: 'A [link](https://a.fr/x) here.\n', encoding: 'utf-8', format: 'markdown' });
    const [ctx] = contexts(en, [md]);
    expect(packJob(ctx, ALL)).toBeNull();
  });
});
