// One segment's text with every finding that touches it wrapped in <mark>s. Spans may nest
// ("Leave a Reply" is both an addition and wrong-language) or cross; crossing ones are split so
// the HTML stays properly nested: the text is cut at every span boundary and, piece by piece, the
// marks covering it are kept open outermost-first (earlier start, then later end). A mark that
// has to be closed and reopened continues as a plain styled piece; only the first piece of a
// finding carries its anchor (id, tabindex) and only the last is followed by its footnote badge.
import { escapeHtml, escapeHtmlText } from './escape.js';
import { SEVERITY_ICON } from './format.js';
import type { Severity } from '../types/index.js';
import type { MdRange } from './html-markdown.js';

export interface MarkInterval {
  /** Offsets into this segment's text, clamped by the renderer. */
  start: number;
  end: number;
  /** The finding's page-wide key, e.g. "d0-f3" (document 0, finding 3). */
  key: string;
  /** 1-based number shown in the badge and the list. */
  number: number;
  severity: Severity;
  check: string;
  lang: string;
  /** The side the finding is about (target, or source when it has no target text). */
  primary: boolean;
  /** This piece holds the finding's first character (anchor) / last character (badge). */
  opens: boolean;
  closes: boolean;
  /** Short text for screen readers: "critical · truncation". */
  label: string;
}

/** Class-safe form of an id from the audit (check ids are file names, but the audit is input). */
export const cssToken = (s: string): string => s.replace(/[^A-Za-z0-9_-]/g, '_');

function openTag(m: MarkInterval, first: boolean, empty: boolean): string {
  const classes = ['f', `sev-${m.severity}`, `ck-${cssToken(m.check)}`];
  if (!m.primary) classes.push('side');
  if (!first) classes.push('cont');
  if (empty) classes.push('empty');
  let attrs = ` class="${classes.join(' ')}" data-f="${escapeHtml(m.key)}" data-sev="${m.severity}" data-check="${escapeHtml(m.check)}" data-lang="${escapeHtml(m.lang)}"`;
  if (m.primary && m.opens && first) {
    attrs += ` id="m-${escapeHtml(m.key)}" tabindex="0" aria-describedby="item-${escapeHtml(m.key)}" aria-label="finding ${m.number}: ${escapeHtml(m.label)}"`;
  }
  return `<mark${attrs}>`;
}

function badge(m: MarkInterval): string {
  return `<a class="fn sev-${m.severity}" href="#item-${escapeHtml(m.key)}" data-f="${escapeHtml(m.key)}" data-sev="${m.severity}" data-check="${escapeHtml(m.check)}" data-lang="${escapeHtml(m.lang)}" aria-label="details of finding ${m.number}">${SEVERITY_ICON[m.severity]}${m.number}</a>`;
}

/** Outermost first: earlier start, then later end, then primary before side, then number. */
function outerFirst(a: MarkInterval, b: MarkInterval): number {
  return a.start - b.start || b.end - a.end || Number(b.primary) - Number(a.primary) || a.number - b.number || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** A piece of text with the Markdown styles covering it: hidden markers stay in the page (offsets
 *  and copy-paste) but are not shown. */
function styled(piece: string, at: number, active: readonly MdRange[]): string {
  const html = escapeHtmlText(piece);
  if (active.length === 0 || piece === '') return html;
  const kinds = new Set(active.filter((r) => r.start <= at && r.end >= at + piece.length && r.end > r.start).map((r) => r.kind));
  if (kinds.size === 0) return html;
  if (kinds.has('hide')) return `<span class="mdx">${html}</span>`;
  return `<span class="${[...kinds].sort().map((k) => `md-${k}`).join(' ')}">${html}</span>`;
}

/** Past this many Markdown ranges in one segment the text is shown as written (hostile input). */
const MAX_MD_RANGES = 2000;

export function renderMarked(text: string, intervals: readonly MarkInterval[], markdown: readonly MdRange[] = []): string {
  const len = text.length;
  const md = markdown.length > MAX_MD_RANGES ? [] : [...markdown].sort((a, b) => a.start - b.start);
  let mdNext = 0;
  let active: MdRange[] = [];
  const spans = intervals
    .map((m) => {
      const start = Math.max(0, Math.min(m.start, len));
      return { ...m, start, end: Math.max(start, Math.min(m.end, len)) };
    })
    .sort(outerFirst);
  if (spans.length === 0 && md.length === 0) return escapeHtmlText(text);

  const cuts = [...new Set([0, len, ...spans.flatMap((m) => [m.start, m.end]), ...md.flatMap((r) => [Math.min(r.start, len), Math.min(r.end, len)])])].sort((a, b) => a - b);
  const opened = new Set<MarkInterval>();
  let stack: MarkInterval[] = [];
  let out = '';
  for (let c = 0; c < cuts.length; c++) {
    const at = cuts[c];
    const next = cuts[c + 1];
    const want = next === undefined ? [] : spans.filter((m) => m.start <= at && m.end >= next && m.end > m.start);
    let keep = 0;
    while (keep < stack.length && keep < want.length && stack[keep] === want[keep]) keep++;
    // Badges go after all the marks closing here, so none sits inside a finished mark.
    let badges = '';
    for (let i = stack.length - 1; i >= keep; i--) {
      out += '</mark>';
      const m = stack[i];
      if (m.end === at && m.primary && m.closes) badges = badge(m) + badges;
    }
    out += badges;
    // Insertion points: a zero-length span (text missing right here) shows as a caret.
    for (const m of spans) {
      if (m.start === at && m.end === at) {
        out += `${openTag(m, true, true)}‸</mark>`;
        if (m.primary && m.closes) out += badge(m);
      }
    }
    for (let i = keep; i < want.length; i++) {
      out += openTag(want[i], !opened.has(want[i]), false);
      opened.add(want[i]);
    }
    stack = want;
    if (next !== undefined) {
      // The Markdown ranges open here: a sweep, not a filter over all of them per piece.
      while (mdNext < md.length && md[mdNext].start <= at) active.push(md[mdNext++]);
      if (active.length) active = active.filter((r) => r.end > at);
      out += styled(text.slice(at, next), at, active);
    }
  }
  return out;
}
