// The HTML audit for editors: one self-contained page (inline CSS and script, no network) with
// the source and every translation side by side, row by row along the audit's rows, so a
// sentence the translation lost is an empty "— missing —" cell and an added one stands alone.
// Each finding is a <mark> at its exact span, numbered, with its message on hover and on focus,
// and listed with links both ways. Document text is untrusted: it is escaped everywhere, bidi
// controls are shown, and a Content-Security-Policy lets only the page's own script run.
import { createHash } from 'node:crypto';
import type { Audit, AuditDocument, AuditDocumentVersion, AuditTarget, Finding, Severity } from '../types/index.js';
import { clip, escapeHtml, escapeHtmlText } from './escape.js';
import { CSS, SCRIPT } from './html-assets.js';
import { renderMarked, type MarkInterval } from './html-marks.js';
import { DIFF_CSS, diffHtmlBlock, diffsBeside, hasDiffs } from './diff.js';
import {
  SEVERITY_ICON,
  SEVERITIES_DESC,
  capitalise,
  checksOf,
  countByCheckAndSeverity,
  failing,
  formatCoverage,
  formatScore,
  languageName,
  segmentLabel,
} from './format.js';

const SCRIPT_HASH = createHash('sha256').update(SCRIPT, 'utf8').digest('base64');
export const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${SCRIPT_HASH}'; img-src data:; base-uri 'none'; form-action 'none'`;

const attr = escapeHtml;
/** The list shows the start of long spans; the full text is in the side-by-side table. */
const SNIPPET_CHARS = 240;

interface Numbered {
  finding: Finding;
  target: AuditTarget;
  key: string;
  number: number;
}

/** Marks per segment of one version: index → intervals. */
type MarkMap = Map<number, MarkInterval[]>;

function addMarks(map: MarkMap, n: Numbered, side: 'target' | 'source'): void {
  const span = n.finding[side];
  if (!span) return;
  const primary = side === 'target' || !n.finding.target;
  const [first, last] = span.segments;
  for (let i = first; i <= last; i++) {
    const list = map.get(i) ?? [];
    list.push({
      start: i === first ? span.start : 0,
      end: i === last ? span.end : Number.MAX_SAFE_INTEGER,
      key: n.key,
      number: n.number,
      severity: n.finding.severity,
      check: n.finding.check,
      lang: n.finding.lang,
      primary,
      opens: i === first,
      closes: i === last,
      label: `${n.finding.severity} · ${n.finding.check}`,
    });
    map.set(i, list);
  }
}

function countCells(counts: Record<Severity, number> | undefined): string {
  const parts = SEVERITIES_DESC.filter((s) => (counts?.[s] ?? 0) > 0).map(
    (s) => `<span class="count ${s}" title="${counts![s]} ${s}">${SEVERITY_ICON[s]} ${counts![s]}</span>`,
  );
  return parts.length ? `<td>${parts.join('')}</td>` : '<td class="zero">·</td>';
}

function summaryTable(doc: AuditDocument, checkIds: string[]): string {
  const head = `<tr><th scope="col">Translation</th><th scope="col">File</th>${checkIds.map((c) => `<th scope="col"><code>${escapeHtml(c)}</code></th>`).join('')}<th scope="col">All findings</th><th scope="col" title="MQM penalty points per 1,000 source words: lower is better">MQM score</th><th scope="col" title="Share of source sentences with a counterpart">Coverage</th></tr>`;
  const rows = doc.targets.map((t) => {
    const byCheck = countByCheckAndSeverity(t);
    return `<tr><th scope="row" lang="${attr(t.lang)}">${escapeHtml(languageName(t.lang))} <code>${escapeHtml(t.lang)}</code></th><td class="path"><span class="path">${escapeHtml(t.path)}</span></td>${checkIds.map((c) => countCells(byCheck.get(c))).join('')}${countCells(t.summary.counts.bySeverity)}<td>${formatScore(t.summary.mqmScore)}</td><td>${formatCoverage(t.summary.coverage)}</td></tr>`;
  });
  return `<table class="summary"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}

function findingItem(doc: AuditDocument, n: Numbered): string {
  const f = n.finding;
  const title = `${SEVERITY_ICON[f.severity]} ${capitalise(f.severity)} · ${f.check} · ${f.lang}`;
  const snip = (label: string, lang: string, span: Finding['target']) =>
    span
      ? `<span class="snip"><b>${label}, ${segmentLabel(span.segments, doc.aligned)}:</b> <q lang="${attr(lang)}"><bdi>${escapeHtmlText(clip(span.text, SNIPPET_CHARS))}</bdi></q></span>`
      : '';
  const placed = Boolean(f.target || f.source);
  const anchor = placed ? `<a class="go" href="#m-${attr(n.key)}">show in text ↓</a>` : '';
  const badge = `${SEVERITY_ICON[f.severity]}${n.number}`;
  const number = placed ? `<a class="fn sev-${f.severity}" href="#m-${attr(n.key)}">${badge}</a>` : `<span class="fn sev-${f.severity}">${badge}</span>`;
  return (
    `<li class="finding sev-${f.severity}" id="item-${attr(n.key)}" tabindex="-1" data-f="${attr(n.key)}" data-sev="${f.severity}" data-check="${attr(f.check)}" data-lang="${attr(f.lang)}" data-title="${attr(title)}">` +
    `<div class="head">${number}<span class="sev">${capitalise(f.severity)}</span><span class="check">${escapeHtml(f.check)}</span><span class="where">${escapeHtml(languageName(f.lang))} · ${escapeHtml(f.category)}</span>${anchor}</div>` +
    `<div class="msg">${f.key !== undefined ? `<code class="key">${escapeHtmlText(f.key)}</code> ` : ''}${escapeHtmlText(f.message)}</div>` +
    snip('Translation', n.target.lang, f.target) +
    diffHtmlBlock(f) +
    snip('Source', doc.source.lang, f.source) +
    `</li>`
  );
}

function cell(version: AuditDocumentVersion, indices: number[], marks: MarkMap, col: string, cls: string, beside?: Map<number, string>): string {
  const body = indices
    .map((i) => {
      const s = version.sentences[i];
      if (!s) return '';
      return `<span class="s" data-i="${i}"><span class="sn" aria-hidden="true">${i + 1}</span><bdi>${renderMarked(s.text, marks.get(i) ?? [])}</bdi></span>${beside?.get(i) ?? ''}`;
    })
    .join(' ');
  return `<td class="${cls}" lang="${attr(version.lang)}" data-col="${attr(col)}">${body}</td>`;
}

function sideBySide(doc: AuditDocument, sourceMarks: MarkMap, targetMarks: MarkMap[]): string {
  const srcCol = `source:${doc.source.lang}`;
  const head =
    `<tr><th scope="col" lang="${attr(doc.source.lang)}" data-col="${attr(srcCol)}">${escapeHtml(languageName(doc.source.lang))} — source<span class="path">${escapeHtml(doc.source.path)}</span></th>` +
    doc.targets
      .map((t) => `<th scope="col" lang="${attr(t.lang)}" data-col="${attr(t.lang)}">${escapeHtml(languageName(t.lang))}<span class="path">${escapeHtml(t.path)}</span></th>`)
      .join('') +
    '</tr>';
  const beside = doc.targets.map(diffsBeside);
  const rows = doc.rows.map((row) => {
    const added = row.source.length === 0;
    let tr = `<tr class="${added ? 'added' : 'src-row'}">`;
    tr += added
      ? `<td class="src none" lang="${attr(doc.source.lang)}" data-col="${attr(srcCol)}"><span class="gap">not in the source</span></td>`
      : cell(doc.source, row.source, sourceMarks, srcCol, 'src');
    doc.targets.forEach((t, k) => {
      const mine = row.targets[t.lang] ?? row.targets[t.path] ?? [];
      if (mine.length > 0) tr += cell(t, mine, targetMarks[k], t.lang, 'tgt', beside[k]);
      else if (!added) tr += `<td class="missing" lang="${attr(t.lang)}" data-col="${attr(t.lang)}"><span class="gap">— missing —</span></td>`;
      else tr += `<td class="blank" data-col="${attr(t.lang)}"></td>`;
    });
    return `${tr}</tr>`;
  });
  return `<table class="align"><thead>${head}</thead><tbody>${rows.join('\n')}</tbody></table>`;
}

function documentSection(audit: Audit, doc: AuditDocument, d: number): string {
  const numbered: Numbered[] = [];
  doc.targets.forEach((t) => t.findings.forEach((f) => numbered.push({ finding: f, target: t, key: `d${d}-f${numbered.length + 1}`, number: numbered.length + 1 })));
  const sourceMarks: MarkMap = new Map();
  const targetMarks: MarkMap[] = doc.targets.map(() => new Map());
  for (const n of numbered) {
    addMarks(targetMarks[doc.targets.indexOf(n.target)], n, 'target');
    addMarks(sourceMarks, n, 'source');
  }
  const checkIds = checksOf(numbered.map((n) => n.finding))
    .map((c) => c.id)
    .filter((id) => numbered.some((n) => n.finding.check === id));
  const items = doc.targets
    .map((t) => {
      const mine = numbered.filter((n) => n.target === t);
      const list = mine.length ? `<ol class="findings">${mine.map((n) => findingItem(doc, n)).join('\n')}</ol>` : '<p class="meta">No findings.</p>';
      return `<h3 lang="en">${escapeHtml(languageName(t.lang))} <code>${escapeHtml(t.lang)}</code> — ${mine.length} finding${mine.length === 1 ? '' : 's'}</h3>${list}`;
    })
    .join('\n');
  const failingTargets = doc.targets.filter((t) => t.findings.some((f) => failing(f, audit.failOn)));
  const verdict =
    audit.failOn === 'none'
      ? '<p class="verdict">No severity fails this audit (fail-on: none).</p>'
      : failingTargets.length
        ? `<p class="verdict fail">✗ Fails: ${failingTargets.map((t) => escapeHtml(languageName(t.lang))).join(', ')} ha${failingTargets.length === 1 ? 's' : 've'} findings at ${escapeHtml(audit.failOn)} or above.</p>`
        : `<p class="verdict pass">✓ No finding at ${escapeHtml(audit.failOn)} or above.</p>`;
  return (
    `<section class="doc" id="doc-${d}" aria-labelledby="doc-${d}-title">` +
    `<h2 id="doc-${d}-title">${escapeHtml(doc.name)}</h2>${verdict}` +
    summaryTable(doc, checkIds) +
    `<details class="findings" open><summary>Findings (${numbered.length})</summary>${items}</details>` +
    `<h3>Side by side</h3><p class="hint">One row per source sentence; small grey numbers are sentence numbers. A hatched “— missing —” cell is source text with no translation; “not in the source” marks text only the translation has.</p>` +
    sideBySide(doc, sourceMarks, targetMarks) +
    `</section>`
  );
}

function checkbox(filter: string, value: string, label: string, count: number): string {
  return `<label><input type="checkbox" data-filter="${filter}" value="${attr(value)}" checked> ${label} <span class="meta">(${count})</span></label>`;
}

function controls(audit: Audit): string {
  const findings = audit.documents.flatMap((d) => d.targets.flatMap((t) => t.findings));
  const count = (pred: (f: Finding) => boolean) => findings.filter(pred).length;
  const sev = SEVERITIES_DESC.map((s) => checkbox('sev', s, `${SEVERITY_ICON[s]} ${capitalise(s)}`, count((f) => f.severity === s))).join('');
  const checks = checksOf(findings)
    .filter((c) => findings.some((f) => f.check === c.id))
    .map((c) => checkbox('check', c.id, `<code title="${attr(c.description)}">${escapeHtml(c.id)}</code>`, count((f) => f.check === c.id)))
    .join('');
  const langs = [...new Set(audit.documents.flatMap((d) => d.targets.map((t) => t.lang)))]
    .map((l) => checkbox('lang', l, escapeHtml(languageName(l)), count((f) => f.lang === l)))
    .join('');
  return (
    `<form class="controls" aria-label="Filter findings">` +
    `<fieldset><legend>Severity</legend>${sev}</fieldset>` +
    `<fieldset><legend>Check</legend>${checks}</fieldset>` +
    `<fieldset><legend>Language</legend>${langs}</fieldset>` +
    `<span class="hint"><span id="shown">${findings.length}</span> shown · <kbd>n</kbd>/<kbd>p</kbd> next/previous finding</span>` +
    `</form>`
  );
}

export function html(audit: Audit): string {
  const names = audit.documents.map((d) => d.name).join(', ');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${attr(CONTENT_SECURITY_POLICY)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>Translation audit — ${escapeHtml(names)}</title>`,
    `<style>${CSS}${hasDiffs(audit.documents.flatMap((d) => d.targets.flatMap((t) => t.findings))) ? DIFF_CSS : ''}</style>`,
    '</head>',
    '<body>',
    controls(audit),
    '<main>',
    `<h1>Translation audit</h1><p class="meta">tqc ${escapeHtml(audit.tool.version)} · fails on ${escapeHtml(audit.failOn)}${audit.failOn === 'none' ? '' : ' and above'} · MQM score: penalty points per 1,000 source words (lower is better) · ${SEVERITIES_DESC.map((s) => `${SEVERITY_ICON[s]} ${s}`).join(', ')}</p>`,
    ...audit.documents.map((doc, d) => documentSection(audit, doc, d)),
    '</main>',
    '<div id="tip" role="tooltip" hidden></div>',
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

