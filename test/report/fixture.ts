// A hand-made audit of the seed article, shaped like the run's output: English source (27
// sentences), the Vietnamese translation that stops at "Tuần…" (13 source sentences with no
// counterpart, then hashtags and a "Nguồn:" line), and the French one with its title twice and
// an English web footer. Findings are placed by searching their text, so every span is exact.
import { createHash } from 'node:crypto';
import type { Audit, AuditDocument, AuditDocumentVersion, AuditTarget, Finding, MqmCategory, MultiRow, Severity, Span } from '../../src/types/index.js';
import { EN_TEXT, FR_TEXT, VI_TEXT } from './seed-texts.js';

type Version = AuditDocumentVersion;

/** Sentences of a file: one paragraph per non-blank line, split after . ! ? … » * (and after .”
 *  but not ,”: `…as we get there,” Meta CFO Susan Li said` is one sentence). Test-only. */
export function segment(text: string, withLines = true): Version['sentences'] {
  const out: Version['sentences'] = [];
  let paragraph = 0;
  let lineStart = 0;
  let line = 1;
  for (const raw of text.split('\n')) {
    if (raw.trim() !== '') {
      let from = 0;
      for (const piece of raw.split(/(?<=[.!?…»*]|[.!?]”)\s+(?=[A-Z“«À-ÝĐ#])/u)) {
        const at = raw.indexOf(piece, from);
        from = at + piece.length;
        const s = { text: piece, start: lineStart + at, end: lineStart + at + piece.length, paragraph };
        out.push(withLines ? { ...s, line, column: at + 1 } : s);
      }
      paragraph++;
    }
    lineStart += raw.length + 1;
    line++;
  }
  return out;
}

export function version(lang: string, path: string, text: string, withLines = true): Version {
  return { lang, path, encoding: 'utf-8', sentences: segment(text, withLines) };
}

/** The span of `needle` inside sentence `i` (first occurrence), or from sentence i to j whole. */
export function spanIn(v: Version, i: number, needle?: string, j = i): Span {
  const first = v.sentences[i];
  const last = v.sentences[j];
  if (!first || !last) throw new Error(`no sentence ${i}/${j} in ${v.path}`);
  if (needle === undefined) {
    const text = j === i ? first.text : `${first.text}…${last.text}`;
    return { segments: [i, j], start: 0, end: last.text.length, text };
  }
  const at = first.text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not in sentence ${i} of ${v.path}: ${first.text}`);
  return { segments: [i, i], start: at, end: at + needle.length, text: needle };
}

const DEFAULT: Record<string, [Severity, MqmCategory]> = {
  addition: ['major', 'Accuracy/Addition'],
  duplicate: ['major', 'Linguistic conventions/Duplication'],
  entity: ['major', 'Accuracy/Mistranslation'],
  number: ['major', 'Accuracy/Mistranslation'],
  omission: ['major', 'Accuracy/Omission'],
  truncation: ['critical', 'Design and markup/Truncation'],
  untranslated: ['major', 'Accuracy/Untranslated'],
  'wrong-language': ['major', 'Linguistic conventions/Wrong language'],
};

export function finding(
  check: string,
  lang: string,
  message: string,
  target: Span | null,
  source: Span | null,
  extra: Partial<Finding> = {},
): Finding {
  const [severity, category] = DEFAULT[check] ?? ['minor', 'Accuracy/Mistranslation'];
  const key = `${check}\u0000${lang}\u0000${target?.text ?? ''}\u0000${source?.text ?? ''}`;
  return {
    check,
    severity,
    category,
    lang,
    message,
    target,
    source,
    fingerprint: createHash('sha256').update(key).digest('hex').slice(0, 16),
    ...extra,
  };
}

const PENALTY: Record<Severity, number> = { minor: 1, major: 5, critical: 25 };

/** Summary the way src/run/summary.ts computes it (words = runs of letters/digits). */
export function target(
  source: Version,
  v: Version,
  beads: { source: number[]; target: number[] }[],
  findings: Finding[],
): AuditTarget {
  const words = source.sentences.reduce((n, s) => n + (s.text.match(/[\p{L}\p{M}\p{N}]+/gu)?.length ?? 0), 0);
  const byCheck: Record<string, number> = {};
  const bySeverity: Record<Severity, number> = { minor: 0, major: 0, critical: 0 };
  let penalty = 0;
  for (const f of findings) {
    byCheck[f.check] = (byCheck[f.check] ?? 0) + 1;
    bySeverity[f.severity]++;
    penalty += PENALTY[f.severity];
  }
  let covered = 0;
  for (const b of beads) if (b.target.length > 0) covered += b.source.length;
  return {
    ...v,
    beads,
    findings,
    summary: {
      lang: v.lang,
      path: v.path,
      counts: { byCheck, bySeverity, total: findings.length },
      mqmScore: Math.round((penalty * 1000 * 100) / words) / 100,
      sourceWords: words,
      coverage: Math.round((covered / source.sentences.length) * 10000) / 10000,
    },
  };
}

/** Rows from the beads of each target, the way a multi-version view lays them out: one row per
 *  source sentence, target-only sentences on their own row after the row of the sentence before. */
export function rowsOf(nSource: number, targets: { key: string; beads: { source: number[]; target: number[] }[] }[]): MultiRow[] {
  const rows: MultiRow[] = [];
  const bySource: MultiRow[] = [];
  // Target-only beads that come before source sentence k (k = nSource: at the end).
  const extraBefore = new Map<number, MultiRow[]>();
  for (const { key, beads } of targets) {
    let nextSource = 0;
    for (const b of beads) {
      if (b.source.length === 0) {
        const list = extraBefore.get(nextSource) ?? [];
        list.push({ source: [], targets: { [key]: b.target } });
        extraBefore.set(nextSource, list);
      } else {
        for (const s of b.source) {
          bySource[s] ??= { source: [s], targets: {} };
          bySource[s].targets[key] = s === b.source[0] ? b.target : [];
        }
        nextSource = b.source[b.source.length - 1] + 1;
      }
    }
  }
  const keys = targets.map((t) => t.key);
  const fill = (r: MultiRow) => {
    for (const k of keys) r.targets[k] ??= [];
    return r;
  };
  for (let k = 0; k <= nSource; k++) {
    for (const r of extraBefore.get(k) ?? []) rows.push(fill(r));
    if (k < nSource) rows.push(fill(bySource[k] ?? { source: [k], targets: {} }));
  }
  return rows;
}

/** Merge the two target-only title rows into one (the real view puts parallel additions side by side). */
function mergeLeadingTitles(rows: MultiRow[]): MultiRow[] {
  const [a, b, ...rest] = rows;
  if (a.source.length === 0 && b.source.length === 0 && a.targets.vi.length && b.targets.vi.length === 0) {
    return [{ source: [], targets: { vi: a.targets.vi, fr: b.targets.fr } }, ...rest];
  }
  return rows;
}

export interface FixtureOptions {
  /** Sentences carry line/column (the run fills them in); false = an older audit without them. */
  lines?: boolean;
  failOn?: Severity | 'none';
}

export function seedAudit(opts: FixtureOptions = {}): Audit {
  const withLines = opts.lines ?? true;
  const en = version('en', 'corpus/llama-gpu-cluster/en.txt', EN_TEXT, withLines);
  const vi = version('vi', 'corpus/llama-gpu-cluster/vi.txt', VI_TEXT, withLines);
  const fr = version('fr', 'corpus/llama-gpu-cluster/fr.txt', FR_TEXT, withLines);
  if (en.sentences.length !== 27 || vi.sentences.length !== 17 || fr.sentences.length !== 33) {
    throw new Error(`fixture segmentation changed: ${en.sentences.length}/${vi.sentences.length}/${fr.sentences.length}`);
  }

  // vi: title (0) has no source; 1..14 ↔ en 0..13 ("Tuần…" ↔ "Last week, …"); hashtags (15) and
  // "Nguồn: …" (16) have no source; en 14..26 have no Vietnamese at all.
  const viBeads = [
    { source: [], target: [0] },
    ...Array.from({ length: 14 }, (_, k) => ({ source: [k], target: [k + 1] })),
    { source: [], target: [15] },
    { source: [], target: [16] },
    ...Array.from({ length: 13 }, (_, k) => ({ source: [14 + k], target: [] as number[] })),
  ];
  // fr: title (0) and its repeat (1) have no source; 2..28 ↔ en 0..26; 29..32 are the footer.
  const frBeads = [
    { source: [], target: [0] },
    { source: [], target: [1] },
    ...Array.from({ length: 27 }, (_, k) => ({ source: [k], target: [k + 2] })),
    ...[29, 30, 31, 32].map((t) => ({ source: [] as number[], target: [t] })),
  ];

  const viFindings: Finding[] = [
    finding('untranslated', 'vi', 'English “through cash” left in the Vietnamese sentence', spanIn(vi, 9, 'through cash'), spanIn(en, 8, 'through cash')),
    finding('untranslated', 'vi', 'French “développeurs” in the Vietnamese sentence (source: “developers”)', spanIn(vi, 9, 'développeurs'), spanIn(en, 8, 'developers'), {
      actual: 'développeurs',
      expected: 'developers',
    }),
    finding('entity', 'vi', 'The name “ChatGPT” is written “Chat GPT”', spanIn(vi, 10, 'Chat GPT'), spanIn(en, 9, 'ChatGPT'), { actual: 'Chat GPT', expected: 'ChatGPT' }),
    finding('truncation', 'vi', 'The translation stops at “Tuần…”: the 27-word source sentence is cut to one word', spanIn(vi, 14), spanIn(en, 13)),
    finding('omission', 'vi', '13 source sentences (15–27) have no Vietnamese counterpart', null, spanIn(en, 14, undefined, 26)),
    finding('addition', 'vi', 'Hashtags and a source credit with no counterpart in the source', spanIn(vi, 15, undefined, 16), null, { severity: 'minor' }),
  ];
  const frFindings: Finding[] = [
    finding('duplicate', 'fr', 'The title is repeated (sentence 1)', spanIn(fr, 1), null),
    finding('number', 'fr', '“9 pour cent”: French style writes “9 %”', spanIn(fr, 8, '9 pour cent'), spanIn(en, 6, '9 percent'), {
      severity: 'minor',
      category: 'Locale convention/Number format',
      actual: '9 pour cent',
      expected: '9 %',
    }),
    finding('addition', 'fr', 'English web footer with no counterpart in the source', spanIn(fr, 29, undefined, 32), null),
    finding('wrong-language', 'fr', 'English paragraph in the French file', spanIn(fr, 30), null),
    finding('wrong-language', 'fr', 'English paragraph in the French file', spanIn(fr, 31, undefined, 32), null),
  ];

  const rows = mergeLeadingTitles(
    rowsOf(en.sentences.length, [
      { key: 'vi', beads: viBeads },
      { key: 'fr', beads: frBeads },
    ]),
  );
  const doc: AuditDocument = {
    name: 'llama-gpu-cluster',
    aligned: false,
    source: en,
    targets: [target(en, vi, viBeads, viFindings), target(en, fr, frBeads, frFindings)],
    rows,
  };
  return { schema: 'tqc-audit', version: 1, tool: { name: 'tqc', version: '0.1.0' }, failOn: opts.failOn ?? 'major', documents: [doc] };
}

/** One source and one target whose text carries markup and script payloads, each flagged. */
export const PAYLOADS = [
  '<script>window.__pwned = 1; alert(1)</script>',
  '<img src=x onerror="window.__pwned = 2; alert(2)">',
  '<a href="javascript:alert(3)">click</a>',
  '</textarea></table></mark><svg onload=alert(4)>',
  'Price: \u202Eevil\u202C 100 & co ` `` ```',
  '&lt;b&gt; not bold &amp; "quoted" \'single\' @octocat #1 https://example.com/x',
];

export function payloadAudit(): Audit {
  const mk = (lang: string, lines: string[]): Version => version(lang, `corpus/evil/${lang}.txt`, lines.join('\n'));
  const src = mk('en', PAYLOADS.map((_, i) => `Sentence ${i + 1} is harmless.`));
  const tgt = mk('fr', PAYLOADS);
  const beads = PAYLOADS.map((_, i) => ({ source: [i], target: [i] }));
  const findings = PAYLOADS.map((p, i) =>
    finding('untranslated', 'fr', `Markup in the translation: ${p}`, { segments: [i, i], start: 0, end: p.length, text: p }, spanIn(src, i, 'harmless'), {
      actual: p,
    }),
  );
  const doc: AuditDocument = {
    name: 'evil <doc> & "name"',
    aligned: false,
    source: src,
    targets: [target(src, tgt, beads, findings)],
    rows: rowsOf(src.sentences.length, [{ key: 'fr', beads }]),
  };
  return { schema: 'tqc-audit', version: 1, tool: { name: 'tqc', version: '0.1.0' }, failOn: 'major', documents: [doc] };
}
