// Baselines let a team adopt tqc on existing content: record today's findings by fingerprint
// (check, language, the flagged text and its source counterpart, normalised — no offsets and not
// the rest of the sentence, so edits elsewhere keep them valid; see findingKey), then report only
// what is new. A fingerprint recorded twice forgives two occurrences, not more.
import type { Audit, Finding } from '../types/index.js';
import { InputError } from '../types/index.js';
import type { Severity } from '../types/index.js';
import { tally } from './summary.js';

export interface BaselineEntry {
  fingerprint: string;
  document: string;
  check: string;
  lang: string;
  text: string;
}

export interface Baseline {
  schema: 'tqc-baseline';
  /** 2: fingerprints of the flagged text (1 hashed whole spans; its entries no longer match). */
  version: 1 | 2;
  findings: BaselineEntry[];
}

export function makeBaseline(audit: Audit): Baseline {
  const findings: BaselineEntry[] = [];
  for (const doc of audit.documents) {
    for (const t of doc.targets) {
      for (const f of t.findings) {
        findings.push({ fingerprint: f.fingerprint, document: doc.name, check: f.check, lang: f.lang, text: f.target?.text ?? f.source?.text ?? '' });
      }
    }
  }
  findings.sort((a, b) => (a.document + a.fingerprint < b.document + b.fingerprint ? -1 : a.document + a.fingerprint > b.document + b.fingerprint ? 1 : 0));
  return { schema: 'tqc-baseline', version: 2, findings };
}

export function parseBaseline(text: string, path: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new InputError(path, 'baseline is not valid JSON');
  }
  const b = data as Partial<Baseline>;
  if (!b || b.schema !== 'tqc-baseline' || !Array.isArray(b.findings) || !b.findings.every((e) => e && typeof e.fingerprint === 'string' && typeof e.document === 'string')) {
    throw new InputError(path, 'not a tqc baseline (expected {"schema": "tqc-baseline", "findings": [...]}; write one with --write-baseline)');
  }
  return b as Baseline;
}

/** The audit without the findings the baseline already knows, with summaries recounted. */
export function applyBaseline(audit: Audit, baseline: Baseline, mqm: Record<Severity, number>): Audit {
  const budget = new Map<string, number>();
  for (const e of baseline.findings) {
    const key = `${e.document}\u0000${e.fingerprint}`;
    budget.set(key, (budget.get(key) ?? 0) + 1);
  }
  const keep = (doc: string) => (f: Finding) => {
    const key = `${doc}\u0000${f.fingerprint}`;
    const left = budget.get(key) ?? 0;
    if (left > 0) {
      budget.set(key, left - 1);
      return false;
    }
    return true;
  };
  return {
    ...audit,
    documents: audit.documents.map((d) => ({
      ...d,
      targets: d.targets.map((t) => {
        const findings = t.findings.filter(keep(d.name));
        return { ...t, findings, summary: { ...t.summary, ...tally(findings, mqm, t.summary.sourceWords), baselined: t.findings.length - findings.length } };
      }),
    })),
  };
}

