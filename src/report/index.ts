// The reporters: one pure function per format in a literal map (textlint's formatter shape).
// Same audit in, byte-identical report out: no clock, no randomness, stable order.
import type { Audit } from '../types/index.js';
import { html } from './html.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import type { ReportOptions } from './options.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';

export type ReportFormat = 'json' | 'md' | 'html' | 'sarif' | 'junit';
export type Reporter = (audit: Audit, opts?: ReportOptions) => string;

/** Typed by format; also indexable by a plain string (what `Object.keys(REPORTERS)` gives the CLI's
 *  option parser) — the CLI only indexes it with formats it has already checked against its keys. */
export const REPORTERS: Readonly<Record<ReportFormat, Reporter>> & Readonly<Record<string, Reporter>> = {
  json,
  md: markdown,
  html,
  sarif,
  junit,
};

/** The formats, in the order help texts list them. Pass this (not `Object.keys(REPORTERS)`, which
 *  TypeScript types as string[]) to option parsing so a parsed format indexes REPORTERS. */
export const REPORT_FORMATS = Object.keys(REPORTERS) as ReportFormat[];

const EXTENSIONS: Record<ReportFormat, string> = {
  json: 'json',
  md: 'md',
  html: 'html',
  sarif: 'sarif',
  junit: 'junit.xml',
};

/** File-name extension for a format: `llama-gpu-cluster.junit.xml`, `….sarif`. */
export function extension(format: ReportFormat | string): string {
  return (EXTENSIONS as Record<string, string>)[format] ?? format;
}

export type { ReportOptions } from './options.js';
export { terminalSummary } from './terminal.js';
export { MARKDOWN_MAX_CHARS } from './markdown.js';
