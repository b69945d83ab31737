// Writing an audit's reports, shared by `tqc check` and `tqc merge` so that a merged audit gives the
// very files a single run gives: with --out, one file per document and format
// (`DIR/<document>.<ext>`), except SARIF — one `DIR/tqc.sarif` for the run — and, with several
// documents, one `DIR/summary.md` for the run; without --out, the one report on stdout.
import { appendFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { annotations } from '../report/github.js';
import { REPORTERS, extension, type ReportFormat, type ReportOptions } from '../report/index.js';
import { htmlChunks } from '../report/html.js';
import { jsonChunks } from '../report/json.js';
import { markdown } from '../report/markdown.js';
import type { Audit } from '../types/index.js';
import { InputError } from '../types/index.js';
import { writeStdout, type Content, type OutputGuard } from './io.js';
import { reportNames } from './report-names.js';

/** The audit of document `i` alone; a shard keeps that document's place in the whole run. */
function one(audit: Audit, i: number): Audit {
  const single: Audit = { ...audit, documents: [audit.documents[i]] };
  if (audit.shard) single.shard = { ...audit.shard, positions: [audit.shard.positions[i]] };
  return single;
}

/** The JSON audit is streamed (it outgrows V8's longest string on a million lines), and so is the
 *  HTML page (as one string, with its rows, it held ~400 MB of a 100,000-sentence document); the
 *  other formats are one string. */
function report(format: ReportFormat, audit: Audit, opts: ReportOptions = {}): Content {
  if (format === 'json') return jsonChunks(audit);
  if (format === 'html') return htmlChunks(audit);
  return REPORTERS[format](audit, opts);
}

/** Report base names under --out, settled from the audit alone (a document lives in its source's
 *  directory), so that `tqc merge` names them as the single run did. A clash is an InputError. */
export function reportNamesOf(audit: Audit): string[] {
  return reportNames(
    audit.documents.map((d) => d.name),
    audit.documents.map((d) => dirname(d.source.path)),
  );
}

export async function writeReports(
  audit: Audit,
  formats: readonly ReportFormat[],
  out: string | undefined,
  guard: OutputGuard,
  names = out ? reportNamesOf(audit) : [],
  opts: ReportOptions = {},
): Promise<void> {
  if (out) {
    const several = audit.documents.length > 1;
    if (several && formats.includes('md') && names.includes('summary')) {
      throw new InputError(out, 'a document named "summary" would overwrite the run\'s summary.md: rename its directory');
    }
    for (const format of formats) {
      // One SARIF file with one run for the whole invocation, whatever the number of documents:
      // code scanning refuses an upload of several runs sharing a tool and category.
      if (format === 'sarif') {
        await guard.write(join(out, 'tqc.sarif'), REPORTERS.sarif(audit));
        continue;
      }
      for (let i = 0; i < audit.documents.length; i++) {
        await guard.write(join(out, `${names[i]}.${extension(format)}`), report(format, one(audit, i), opts));
      }
    }
    // One Markdown for the whole run, to post as one pull-request comment (when Markdown is asked for).
    if (several && formats.includes('md')) await guard.write(join(out, 'summary.md'), markdown(audit, opts));
  } else {
    await writeStdout(report(formats[0], audit, opts));
  }
}

/** Inside GitHub Actions: the run's Markdown as the job summary, and annotation lines. They go to
 *  stderr because stdout may hold the report and nothing else; GitHub documents stdout, but its
 *  runner reads workflow commands from both streams (an annotation from stderr was observed in
 *  overengineeringstudio/effect-utils#969). */
export function githubOutputs(audit: Audit, blobBase: string | undefined): void {
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    try {
      appendFileSync(summaryFile, markdown(audit, { blobBase, maxChars: 1_000_000 - 1_000 }));
    } catch {
      throw new InputError(summaryFile, 'cannot write the GitHub job summary (GITHUB_STEP_SUMMARY)');
    }
  }
  process.stderr.write(annotations(audit));
}
