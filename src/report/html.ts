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
import { isMarkdownPath, markdownRanges } from './html-markdown.js';
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
  plainMessage,
  plainSegmentLabel,
  seenBy,
  worstFirst,
  worstRank,
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
  /** 1-based, worst first: the one critical finding is number 1, not number 12. */
  number: number;
  /** Position in text order, for the list's "text order" switch. */
  pos: number;
}

/** Checks whose false alarms an allowlist entry silences: text rightly kept in another language. */
const ALLOWLISTED = new Set(['untranslated']);

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
  const title = `${SEVERITY_ICON[f.severity]} ${capitalise(f.severity)} · ${f.check} · ${languageName(f.lang)}`;
  const snip = (version: AuditDocumentVersion, isSource: boolean, span: Finding['target']) =>
    span
      ? `<span class="snip ${isSource ? 'src' : 'tgt'}"><b>${escapeHtml(capitalise(plainSegmentLabel(span.segments, doc.aligned, version.lang, isSource)))}:</b> <q lang="${attr(version.lang)}"><bdi>${escapeHtmlText(clip(span.text, SNIPPET_CHARS))}</bdi></q></span>`
      : '';
  const placed = Boolean(f.target || f.source);
  const anchor = placed ? `<a class="go" href="#m-${attr(n.key)}">show in text ↓</a>` : '';
  const badge = `${SEVERITY_ICON[f.severity]}${n.number}`;
  const number = placed ? `<a class="fn sev-${f.severity}" href="#m-${attr(n.key)}">${badge}</a>` : `<span class="fn sev-${f.severity}">${badge}</span>`;
  const also = f.alsoSeenBy?.length ? `<div class="also">Also seen by ${seenBy(f).map((a) => `<code title="${attr(a.messages.map((m) => plainMessage(m, f.lang)).join('\n'))}">${escapeHtml(a.check)}</code>`).join(', ')}</div>` : '';
  // What the review buttons put in the files the editor downloads (see SCRIPT): a baseline entry,
  // and for text rightly kept in another language the allowlist term — read by the script from
  // the translation snippet, so no document text sits in an attribute.
  const allowable = ALLOWLISTED.has(f.check) && f.target !== null && f.target.text.length <= 80 && (f.actual === undefined || f.actual === f.target.text);
  const allow = allowable ? ' data-allow="1"' : '';
  const review =
    `<div class="review" role="group" aria-label="Review finding ${n.number}">` +
    `<button type="button" data-verdict="accept" aria-pressed="false" title="A real problem you accept for now: record it in the baseline, so it is not reported again">Accept</button>` +
    `<button type="button" data-verdict="false" aria-pressed="false" title="tqc is wrong here: ${allow ? 'add the text to the allowlist' : 'record it in the baseline'}">False alarm</button></div>`;
  return (
    `<li class="finding sev-${f.severity}" id="item-${attr(n.key)}" tabindex="-1" data-f="${attr(n.key)}" data-sev="${f.severity}" data-check="${attr(f.check)}" data-lang="${attr(f.lang)}" data-title="${attr(title)}" data-pos="${n.pos}" data-rank="${n.number}" data-fp="${attr(f.fingerprint)}" data-doc="${attr(doc.name)}"${allow}>` +
    `<div class="head">${number}<span class="sev">${capitalise(f.severity)}</span><span class="check">${escapeHtml(f.check)}</span><span class="where">${escapeHtml(languageName(f.lang))} · ${escapeHtml(f.category)}</span>${anchor}</div>` +
    `<div class="msg">${f.key !== undefined ? `<code class="key">${escapeHtmlText(f.key)}</code> ` : ''}${escapeHtmlText(plainMessage(f.message, f.lang))}</div>` +
    snip(n.target, false, f.target) +
    diffHtmlBlock(f) +
    snip(doc.source, true, f.source) +
    also +
    review +
    `</li>`
  );
}

function cell(version: AuditDocumentVersion, indices: number[], marks: MarkMap, col: string, cls: string, label: string, beside?: Map<number, string>): string {
  const markdown = isMarkdownPath(version.path);
  const body = indices
    .map((i) => {
      const s = version.sentences[i];
      if (!s) return '';
      return `<span class="s" data-i="${i}"><span class="sn" aria-hidden="true">${i + 1}</span><bdi>${renderMarked(s.text, marks.get(i) ?? [], markdown ? markdownRanges(s.text) : [])}</bdi></span>${beside?.get(i) ?? ''}`;
    })
    .join(' ');
  return `<td class="${cls}" lang="${attr(version.lang)}" data-col="${attr(col)}" data-label="${attr(label)}">${body}</td>`;
}

function* sideBySide(doc: AuditDocument, sourceMarks: MarkMap, targetMarks: MarkMap[]): Generator<string> {
  const srcCol = `source:${doc.source.lang}`;
  // A catalog's rows are its units: the key heads each row, as in the catalog file.
  const keyed = doc.source.sentences.some((s) => s.key !== undefined);
  const keyOfRow = (row: AuditDocument['rows'][number]): string => {
    const first = row.source[0] !== undefined ? doc.source.sentences[row.source[0]] : undefined;
    if (first?.key !== undefined) return first.key;
    for (const t of doc.targets) {
      const j = (row.targets[t.lang] ?? row.targets[t.path] ?? [])[0];
      const k = j !== undefined ? t.sentences[j]?.key : undefined;
      if (k !== undefined) return k;
    }
    return '';
  };
  const head =
    `<tr>${keyed ? '<th scope="col" class="key">Key</th>' : ''}<th scope="col" lang="${attr(doc.source.lang)}" data-col="${attr(srcCol)}">${escapeHtml(languageName(doc.source.lang))} — source<span class="path">${escapeHtml(doc.source.path)}</span></th>` +
    doc.targets
      .map((t) => `<th scope="col" lang="${attr(t.lang)}" data-col="${attr(t.lang)}">${escapeHtml(languageName(t.lang))}<span class="path">${escapeHtml(t.path)}</span></th>`)
      .join('') +
    '</tr>';
  const beside = doc.targets.map(diffsBeside);
  const rowHtml = (row: AuditDocument['rows'][number]): string => {
    const added = row.source.length === 0;
    let tr = `<tr class="${added ? 'added' : 'src-row'}">`;
    if (keyed) tr += `<th scope="row" class="key"><code>${escapeHtmlText(keyOfRow(row))}</code></th>`;
    tr += added
      ? `<td class="src none" lang="${attr(doc.source.lang)}" data-col="${attr(srcCol)}"><span class="gap">not in the source</span></td>`
      : cell(doc.source, row.source, sourceMarks, srcCol, 'src', `${languageName(doc.source.lang)} (source)`);
    doc.targets.forEach((t, k) => {
      const mine = row.targets[t.lang] ?? row.targets[t.path] ?? [];
      if (mine.length > 0) tr += cell(t, mine, targetMarks[k], t.lang, 'tgt', languageName(t.lang), beside[k]);
      else if (!added) tr += `<td class="missing" lang="${attr(t.lang)}" data-col="${attr(t.lang)}" data-label="${attr(languageName(t.lang))}"><span class="gap">— missing —</span></td>`;
      else tr += `<td class="blank" data-col="${attr(t.lang)}"></td>`;
    });
    return `${tr}</tr>`;
  };
  // A long table comes in parts of PART_ROWS rows, each its own table (its column headings repeated,
  // sticky while it is on screen) in a <div class="part"> that Chromium lays out only when it nears
  // the screen (content-visibility: auto; it does not apply to a table itself). One table of
  // 100,000 rows took 76 s to load in headless Chromium and ~1 s per scroll. Short tables — every
  // article — stay one table, byte for byte as before.
  const parted = doc.rows.length > PART_ROWS;
  const open = `${parted ? '<div class="part">' : ''}<table class="align"><thead>${head}</thead><tbody>`;
  const close = `</tbody></table>${parted ? '</div>' : ''}`;
  yield open;
  // Rows in pieces of ~16k characters: the table of a 100,000-sentence document is ~60 MB of
  // HTML, which as one string (and its rows array, and the page joined around it) held ~400 MB;
  // pieces small enough to die young (report/json.ts, PIECE).
  let piece = '';
  for (let r = 0; r < doc.rows.length; r++) {
    if (parted && r > 0 && r % PART_ROWS === 0) piece += `${close}\n${open}`;
    else if (r > 0) piece += '\n';
    piece += rowHtml(doc.rows[r]);
    if (piece.length >= PIECE_CHARS) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}${close}`;
}
const PART_ROWS = 500;
const PIECE_CHARS = 1 << 14;

function* documentSection(audit: Audit, doc: AuditDocument, d: number): Generator<string> {
  const inText = doc.targets.flatMap((t) => t.findings.map((finding, i) => ({ finding, target: t, pos: i })));
  inText.forEach((x, i) => (x.pos = i));
  const numbered: Numbered[] = worstFirst(inText, (x) => x.finding).map((x, i) => ({ ...x, key: `d${d}-f${i + 1}`, number: i + 1 }));
  const sourceMarks: MarkMap = new Map();
  const targetMarks: MarkMap[] = doc.targets.map(() => new Map());
  for (const n of numbered) {
    addMarks(targetMarks[doc.targets.indexOf(n.target)], n, 'target');
    addMarks(sourceMarks, n, 'source');
  }
  const checkIds = checksOf(numbered.map((n) => n.finding))
    .map((c) => c.id)
    .filter((id) => numbered.some((n) => n.finding.check === id));
  // Translations worst first too: the Vietnamese that stops at "Tuần…" before the complete French.
  const items = [...doc.targets]
    .sort((a, b) => worstRank(b) - worstRank(a) || b.summary.mqmScore - a.summary.mqmScore || doc.targets.indexOf(a) - doc.targets.indexOf(b))
    .map((t) => {
      const mine = numbered.filter((n) => n.target === t);
      const list = mine.length ? `<ol class="findings">${mine.map((n) => findingItem(doc, n)).join('\n')}</ol>` : '<p class="meta">No findings.</p>';
      return `<h3 lang="en">${escapeHtml(languageName(t.lang))} <code>${escapeHtml(t.lang)}</code> — ${mine.length} finding${mine.length === 1 ? '' : 's'}</h3>${list}`;
    })
    .join('\n');
  const failingTargets = doc.targets.filter((t) => t.findings.some((f) => failing(f, audit.failOn)));
  const verdict =
    audit.failOn === 'none'
      ? '<p class="verdict">This audit never fails (--fail-on none).</p>'
      : failingTargets.length
        ? `<p class="verdict fail">✗ Fails: the ${failingTargets.map((t) => escapeHtml(languageName(t.lang))).join(' and the ')} ha${failingTargets.length === 1 ? 's' : 've'} ${escapeHtml(audit.failOn)} problems or worse.</p>`
        : `<p class="verdict pass">✓ Passes: no ${escapeHtml(audit.failOn)} problem or worse.</p>`;
  yield (
    `<section class="doc" id="doc-${d}" aria-labelledby="doc-${d}-title">` +
    `<h2 id="doc-${d}-title">${escapeHtml(doc.name)}</h2>${verdict}` +
    `<div class="scroll">${summaryTable(doc, checkIds)}</div>` +
    `<details class="findings" open><summary>Findings (${numbered.length}), worst first</summary>${items}</details>` +
    (doc.source.sentences.some((s) => s.key !== undefined)
      ? `<h3>Side by side</h3><p class="hint">One row per key of the catalog, in the source file's order. A hatched “— missing —” cell is a key with no translation; “not in the source” marks a key only the translation has.</p>`
      : `<h3>Side by side</h3><p class="hint">One row per sentence of the source; small grey numbers are sentence numbers. A hatched “— missing —” cell is source text with no translation; “not in the source” marks text only the translation has.</p>`)
  );
  yield* sideBySide(doc, sourceMarks, targetMarks);
  yield `</section>`;
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
    `<fieldset><legend>Order</legend><label><input type="radio" name="order" value="worst" checked> worst first</label><label><input type="radio" name="order" value="text"> text order</label></fieldset>` +
    `<span class="hint"><span id="shown">${findings.length}</span> shown · <kbd>n</kbd>/<kbd>p</kbd> next/previous finding</span>` +
    `</form>`
  );
}

export function html(audit: Audit): string {
  return [...htmlChunks(audit)].join('');
}

/** The page in pieces, for writing a large audit without holding it as one string. */
export function* htmlChunks(audit: Audit): Generator<string> {
  const names = audit.documents.map((d) => d.name).join(', ');
  yield [
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
    `<h1>Translation audit</h1><p class="meta">tqc ${escapeHtml(audit.tool.version)} · ${audit.failOn === 'none' ? 'never fails (--fail-on none)' : `fails on ${escapeHtml(audit.failOn)} problems or worse`} · MQM score: penalty points per 1,000 words of the source (0 is best) · ${SEVERITIES_DESC.map((s) => `${SEVERITY_ICON[s]} ${s}`).join(', ')}</p>`,
    '',
  ].join('\n');
  for (let d = 0; d < audit.documents.length; d++) {
    yield* documentSection(audit, audit.documents[d], d);
    yield '\n';
  }
  yield [
    '</main>',
    '<div id="tip" role="tooltip" hidden></div>',
    '<div id="review" role="region" aria-label="Your review" hidden><span id="review-count"></span> <button type="button" id="dl-baseline" title="tqc-baseline.json: commit it and run tqc check --baseline tqc-baseline.json">Download baseline</button> <button type="button" id="dl-allowlist" title="tqc-allowlist.json: copy its allowlist into tqc.config.json">Download allowlist</button></div>',
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

