// Options shared by the reporters. Every reporter is a pure function of (audit, options).
export interface ReportOptions {
  /** Markdown: the size cap in characters (default 65,000, under GitHub's comment limit). */
  maxChars?: number;
}
