// Options shared by the reporters. Every reporter is a pure function of (audit, options).
export interface ReportOptions {
  /** Markdown: the size cap in characters (default 65,000, under GitHub's comment limit). */
  maxChars?: number;
  /** Markdown: link file lines to this base (`https://github.com/o/r/blob/<sha>/`, from the
   *  GITHUB_* variables in Actions); no links without it. */
  blobBase?: string;
}
