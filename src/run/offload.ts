// Checks run by the helper thread (worker.ts) on large inputs: the job that carries a check
// context across threads, and the running of it there.
//
// Copying Documents across threads object by object (structured clone) cost ~80 ms on the main
// thread for a 50k-line pair, as much as a check; so a job carries each file's text once, with the
// sentence, paragraph and bead structure as typed arrays, and the helper rebuilds identical
// Documents from them (sentence text is `file.text.slice(start, end)` for plain text, which is
// why Markdown documents are never offloaded).
import { CHECKS } from '../checks/index.js';
import type { Alignment, Bead, CheckContext, Document, FindingDraft, Lang, SourceFile } from '../types/index.js';

interface PackedDocument {
  file: SourceFile;
  lang: Lang;
  langFrom: Document['langFrom'];
  /** start, end, paragraph of each sentence. */
  sentences: Int32Array;
  /** start, end, index into `langs` of each paragraph. */
  paragraphs: Int32Array;
  confidence: Float64Array;
  langs: Lang[];
}

export interface CheckJob {
  checks: string[];
  source: PackedDocument;
  target: PackedDocument;
  others: PackedDocument[];
  /** Per bead: source count, target count, the source indices, the target indices. */
  beads: Int32Array;
  /** Per bead: its cost, NaN for none. */
  costs: Float64Array;
  lengthRatio: number;
  allowlist: Record<string, string[]>;
  glossary: string[];
}

/** Can `doc` be rebuilt from its text and offsets? (Markdown sentences hold masked text.) */
export function packable(doc: Document): boolean {
  return doc.file.format !== 'markdown';
}

function packDocument(doc: Document): PackedDocument {
  const sentences = new Int32Array(doc.sentences.length * 3);
  doc.sentences.forEach((s, i) => {
    sentences[3 * i] = s.start;
    sentences[3 * i + 1] = s.end;
    sentences[3 * i + 2] = s.paragraph;
  });
  const langs: Lang[] = [];
  const langIndex = new Map<Lang, number>();
  const paragraphs = new Int32Array(doc.paragraphs.length * 3);
  const confidence = new Float64Array(doc.paragraphs.length);
  doc.paragraphs.forEach((p, i) => {
    let k = langIndex.get(p.lang);
    if (k === undefined) {
      langIndex.set(p.lang, (k = langs.length));
      langs.push(p.lang);
    }
    paragraphs[3 * i] = p.start;
    paragraphs[3 * i + 1] = p.end;
    paragraphs[3 * i + 2] = k;
    confidence[i] = p.langConfidence;
  });
  return { file: { ...doc.file }, lang: doc.lang, langFrom: doc.langFrom, sentences, paragraphs, confidence, langs };
}

function unpackDocument(p: PackedDocument): Document {
  const text = p.file.text;
  const sentences = [];
  for (let i = 0; 3 * i < p.sentences.length; i++) {
    const start = p.sentences[3 * i];
    const end = p.sentences[3 * i + 1];
    sentences.push({ index: i, text: text.slice(start, end), start, end, paragraph: p.sentences[3 * i + 2] });
  }
  const paragraphs = [];
  for (let i = 0; 3 * i < p.paragraphs.length; i++) {
    paragraphs.push({ index: i, start: p.paragraphs[3 * i], end: p.paragraphs[3 * i + 1], lang: p.langs[p.paragraphs[3 * i + 2]], langConfidence: p.confidence[i] });
  }
  return { file: p.file, lang: p.lang, langFrom: p.langFrom, paragraphs, sentences };
}

/** The job for `ids` of `ctx`, or null when a document cannot be packed. */
export function packJob(ctx: CheckContext, ids: string[]): CheckJob | null {
  const { source, target, beads } = ctx.alignment;
  if (![source, target, ...ctx.others].every(packable)) return null;
  let n = 0;
  for (const b of beads) n += 2 + b.source.length + b.target.length;
  const flat = new Int32Array(n);
  const costs = new Float64Array(beads.length);
  let k = 0;
  beads.forEach((b, i) => {
    flat[k++] = b.source.length;
    flat[k++] = b.target.length;
    for (const x of b.source) flat[k++] = x;
    for (const x of b.target) flat[k++] = x;
    costs[i] = b.cost === undefined ? NaN : b.cost;
  });
  return {
    checks: ids,
    source: packDocument(source),
    target: packDocument(target),
    others: ctx.others.map(packDocument),
    beads: flat,
    costs,
    lengthRatio: ctx.lengthRatio,
    allowlist: ctx.allowlist,
    glossary: ctx.glossary,
  };
}

function unpackJob(job: CheckJob): CheckContext {
  const beads: Bead[] = [];
  for (let k = 0, i = 0; k < job.beads.length; i++) {
    const ns = job.beads[k++];
    const nt = job.beads[k++];
    const bead: Bead = { source: Array.from(job.beads.subarray(k, k + ns)), target: Array.from(job.beads.subarray(k + ns, k + ns + nt)) };
    k += ns + nt;
    if (!Number.isNaN(job.costs[i])) bead.cost = job.costs[i];
    beads.push(bead);
  }
  const alignment: Alignment = { source: unpackDocument(job.source), target: unpackDocument(job.target), beads };
  return { alignment, others: job.others.map(unpackDocument), lengthRatio: job.lengthRatio, allowlist: job.allowlist, glossary: job.glossary };
}

/** In the helper thread: the drafts of each check of the job, by check id. */
export function runChecks(job: CheckJob): Record<string, FindingDraft[]> {
  const ctx = unpackJob(job);
  const out: Record<string, FindingDraft[]> = {};
  for (const check of CHECKS) if (job.checks.includes(check.id)) out[check.id] = check.run(ctx);
  return out;
}
