// Markdown for a pull-request comment: a summary table per target, then the findings grouped by
// document, language and severity. GitHub refuses comments over 65,536 characters, so findings are
// chosen most serious first within a budget and the rest are counted per group
// ("… and 312 more minor findings: untranslated 200, number 112").
import type { Audit, AuditDocument, AuditDocumentVersion, AuditTarget, Finding, Severity, Span } from '../types/index.js';
import { severityRank } from '../types/index.js';
import { clip, codeSpan, escapeMarkdown } from './escape.js';
import { SEVERITY_ICON, SEVERITIES_DESC, capitalise, documentsWorstFirst, failing, formatCoverage, formatScore, languageName, plainMessage, seenBy, segmentLabel, worstFirst } from './format.js';
import type { ReportOptions } from './options.js';
import { diffMarkdownLine } from './diff.js';
import { unchangedNoteMarkdown } from './scope-note.js';
import { blobLink } from './github.js';
import { placeSpan } from './positions.js';

/** GitHub's limit is 65,536; a little room is left for a bot's own header. */
export const MARKDOWN_MAX_CHARS = 65_000;
const SNIPPET_CHARS = 160;
const MESSAGE_CHARS = 600;

interface Item {
  doc: number;
  target: number;
  finding: Finding;
  /** Position in the audit: the tie-break that keeps the selection stable. */
  order: number;
  text: string;
}

function snippet(label: string, text: string): string {
  return `${label}: ${codeSpan(clip(text, SNIPPET_CHARS))}`;
}

/** "translation, sentence 3" — a link to the file's line at the commit when a blob base is known. */
function label(name: string, doc: AuditDocument, version: AuditDocumentVersion, span: Span, base: string | undefined): string {
  const text = `${name}, ${segmentLabel(span.segments, doc.aligned)}`;
  if (!base) return text;
  const line = placeSpan(version, span)?.start.line;
  const url = blobLink(base, version.path, line);
  return url ? `[${text}](${url})` : text;
}

function item(doc: AuditDocument, t: AuditTarget, f: Finding, base?: string): string {
  const key = f.key !== undefined ? ` ${codeSpan(clip(f.key, MESSAGE_CHARS))}` : '';
  const lines = [`- ${SEVERITY_ICON[f.severity]} **${escapeMarkdown(f.check)}**${key} — ${escapeMarkdown(clip(plainMessage(f.message, f.lang), MESSAGE_CHARS))}`];
  if (f.target) lines.push(`  ${snippet(label('translation', doc, t, f.target, base), f.target.text)}`);
  if (f.source) lines.push(`  ${snippet(label('source', doc, doc.source, f.source, base), f.source.text)}`);
  const change = diffMarkdownLine(f);
  if (change) lines.push(change);
  if (f.alsoSeenBy?.length) lines.push(`  also seen by ${seenBy(f).map((a) => escapeMarkdown(a.check)).join(', ')}`);
  return `${lines.join('  \n')}\n`;
}

function summaryTable(audit: Audit): string {
  const multi = audit.documents.length > 1;
  const head = `| ${multi ? 'Document | ' : ''}Language | File | ✖ Critical | ▲ Major | ● Minor | MQM score | Coverage |`;
  const rule = `|${multi ? ' --- |' : ''} --- | --- | ---: | ---: | ---: | ---: | ---: |`;
  const rows: string[] = [];
  // A run over a site: translations with no findings are one line under the table, not a row each.
  const clean: string[] = [];
  for (const doc of audit.documents) {
    for (const t of doc.targets) {
      if (multi && t.findings.length === 0) {
        clean.push(`${escapeMarkdown(doc.name)} (${escapeMarkdown(t.lang)})`);
        continue;
      }
      const s = t.summary.counts.bySeverity;
      const cells = [
        ...(multi ? [escapeMarkdown(doc.name)] : []),
        `${escapeMarkdown(languageName(t.lang))} (${escapeMarkdown(t.lang)})`,
        codeSpan(t.path).replace(/\|/g, '\\|'),
        String(s.critical),
        String(s.major),
        String(s.minor),
        formatScore(t.summary.mqmScore),
        formatCoverage(t.summary.coverage),
      ];
      rows.push(`| ${cells.join(' | ')} |`);
    }
  }
  const table = rows.length ? `${head}\n${rule}\n${rows.join('\n')}\n` : '';
  if (clean.length === 0) return table;
  const named = clean.length > CLEAN_NAMED ? `${clean.slice(0, CLEAN_NAMED).join(', ')} and ${clean.length - CLEAN_NAMED} more` : clean.join(', ');
  return `${table}${table ? '\n' : ''}✅ No findings in ${clean.length} translation${clean.length === 1 ? '' : 's'}: ${named}.\n`;
}

/** Clean translations named one by one in a run's summary before "and N more". */
const CLEAN_NAMED = 30;

function verdict(audit: Audit): string {
  if (audit.failOn === 'none') return 'This audit never fails (`--fail-on none`).';
  let failingTargets = 0;
  let total = 0;
  for (const d of audit.documents)
    for (const t of d.targets) {
      total++;
      if (t.findings.some((f) => failing(f, audit.failOn))) failingTargets++;
    }
  const bar = `${audit.failOn} and above`;
  return failingTargets === 0
    ? `✅ No finding at ${bar}.`
    : `❌ ${failingTargets} of ${total} translation${total === 1 ? '' : 's'} ha${failingTargets === 1 ? 's' : 've'} findings at ${bar}.`;
}

/** "… and 312 more minor findings: untranslated 200, number 112" */
function tail(rest: Finding[], severity: Severity): string {
  const byCheck = new Map<string, number>();
  for (const f of rest) byCheck.set(f.check, (byCheck.get(f.check) ?? 0) + 1);
  const parts = [...byCheck].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c, n]) => `${escapeMarkdown(c)} ${n}`);
  return `- … and ${rest.length} more ${severity} finding${rest.length === 1 ? '' : 's'}: ${parts.join(', ')}\n`;
}

function targetSection(doc: AuditDocument, t: AuditTarget, chosen: Set<Finding>, multi: boolean, base?: string): string {
  let out = `\n### ${multi ? `${escapeMarkdown(doc.name)} — ` : ''}${escapeMarkdown(languageName(t.lang))} (${escapeMarkdown(t.lang)}) ${codeSpan(t.path)}\n`;
  if (t.findings.length === 0) return multi ? '' : `${out}\nNo findings.\n`;
  for (const severity of SEVERITIES_DESC) {
    const all = worstFirst(t.findings.filter((f) => f.severity === severity), (f) => f);
    if (all.length === 0) continue;
    const shown = all.filter((f) => chosen.has(f));
    const rest = all.filter((f) => !chosen.has(f));
    const body = shown.map((f) => item(doc, t, f, base)).join('') + (rest.length ? tail(rest, severity) : '');
    const title = `${SEVERITY_ICON[severity]} ${capitalise(severity)} (${all.length})`;
    // Minor findings fold away: reviewers read the serious ones first.
    out += severity === 'minor' ? `\n<details><summary>${title}</summary>\n\n${body}\n</details>\n` : `\n#### ${title}\n\n${body}`;
  }
  return out;
}

export function markdown(input: Audit, opts: ReportOptions = {}): string {
  const max = opts.maxChars ?? MARKDOWN_MAX_CHARS;
  const base = opts.blobBase;
  // Several documents (a run's summary.md): the worst first, so a cut tail loses the cleanest.
  const audit: Audit = { ...input, documents: documentsWorstFirst(input.documents) };
  const multi = audit.documents.length > 1;
  let head = `## tqc translation audit\n\n${verdict(audit)}\n\n${unchangedNoteMarkdown(audit)}${summaryTable(audit)}`;
  if (head.length > max / 2) head = `## tqc translation audit\n\n${verdict(audit)}\n\n_The summary table is too long for a comment: see the JSON or HTML audit._\n`;
  const footer = `\n<sub>tqc ${escapeMarkdown(audit.tool.version)} · MQM score = penalty points per 1,000 source words (lower is better) · coverage = share of source sentences with a counterpart</sub>\n`;

  // Choose findings most serious first, then in audit order, while they fit. The sections with
  // no finding chosen bound everything but the items: a tail line only shrinks as items move out.
  const items: Item[] = [];
  let order = 0;
  audit.documents.forEach((doc, d) =>
    doc.targets.forEach((t, k) => {
      for (const f of t.findings) items.push({ doc: d, target: k, finding: f, order: order++, text: item(doc, t, f, base) });
    }),
  );
  items.sort((a, b) => severityRank(b.finding.severity) - severityRank(a.finding.severity) || a.order - b.order);
  const sections = (chosen: Set<Finding>) => {
    let body = '';
    for (const doc of audit.documents) for (const t of doc.targets) body += targetSection(doc, t, chosen, multi, base);
    return body;
  };
  const skeleton = sections(new Set());
  let budget = max - head.length - footer.length - skeleton.length;
  if (budget < 0) return `${head}\n_Too many findings to list in a comment: see the JSON or HTML audit._\n${footer}`;
  const chosen = new Set<Finding>();
  for (const it of items) {
    if (it.text.length > budget) break;
    budget -= it.text.length;
    chosen.add(it.finding);
  }
  return head + sections(chosen) + footer;
}
