// Writing an audit's reports, shared by `tqc check` and `tqc merge` so that a merged audit gives the
// very files a single run gives: with --out, one file per document and format
// (`DIR/<document>.<ext>`); without, the one report on stdout.
import { dirname, join } from 'node:path';
import { REPORTERS, extension, type ReportFormat } from '../report/index.js';
import { jsonChunks } from '../report/json.js';
import type { Audit } from '../types/index.js';
import { writeStdout, type Content, type OutputGuard } from './io.js';
import { reportNames } from './report-names.js';

/** The audit of document `i` alone; a shard keeps that document's place in the whole run. */
function one(audit: Audit, i: number): Audit {
  const single: Audit = { ...audit, documents: [audit.documents[i]] };
  if (audit.shard) single.shard = { ...audit.shard, positions: [audit.shard.positions[i]] };
  return single;
}

/** The JSON audit is streamed (it outgrows V8's longest string on a million lines); the other
 *  formats are one string. */
function report(format: ReportFormat, audit: Audit): Content {
  return format === 'json' ? jsonChunks(audit) : REPORTERS[format](audit);
}

/** Report base names under --out, settled from the audit alone (a document lives in its source's
 *  directory), so that `tqc merge` names them as the single run did. A clash is an InputError. */
export function reportNamesOf(audit: Audit): string[] {
  return reportNames(
    audit.documents.map((d) => d.name),
    audit.documents.map((d) => dirname(d.source.path)),
  );
}

export async function writeReports(audit: Audit, formats: readonly ReportFormat[], out: string | undefined, guard: OutputGuard, names = out ? reportNamesOf(audit) : []): Promise<void> {
  if (out) {
    for (const format of formats) {
      for (let i = 0; i < audit.documents.length; i++) {
        await guard.write(join(out, `${names[i]}.${extension(format)}`), report(format, one(audit, i)));
      }
    }
  } else {
    await writeStdout(report(formats[0], audit));
  }
}
