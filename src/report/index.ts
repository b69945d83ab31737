// The reporters: one pure function per format in a literal map (textlint's formatter shape).
// Same audit in, byte-identical report out: no clock, no randomness, stable order.
import type { Audit } from '../types/index.js';
import { html } from './html.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import type { ReportOptions } from './options.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { text } from './text.js';

export type ReportFormat = 'text' | 'json' | 'md' | 'html' | 'sarif' | 'junit';
export type Reporter = (audit: Audit, opts?: ReportOptions) => string;

export const REPORTERS: Readonly<Record<ReportFormat, Reporter>> = {
  text,
  json,
  md: markdown,
  html,
  sarif,
  junit,
};

/** The formats, in the order help texts list them; option parsing checks against this list, so a
 *  parsed format indexes REPORTERS. */
export const REPORT_FORMATS = Object.keys(REPORTERS) as ReportFormat[];

const EXTENSIONS: Record<ReportFormat, string> = {
  text: 'txt',
  json: 'json',
  md: 'md',
  html: 'html',
  sarif: 'sarif',
  junit: 'junit.xml',
};

/** File-name extension for a format: `llama-gpu-cluster.junit.xml`, `….sarif`. */
export function extension(format: ReportFormat): string {
  return EXTENSIONS[format];
}

export type { ReportOptions } from './options.js';
export { terminalSummary } from './terminal.js';
export { MARKDOWN_MAX_CHARS } from './markdown.js';
