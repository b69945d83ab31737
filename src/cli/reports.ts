// Writing an audit's reports, shared by `tqc check` and `tqc merge` so that a merged audit gives the
// very files a single run gives: with --out, one file per document and format
// (`DIR/<document>.<ext>`); without, the one report on stdout.
import { join } from 'node:path';
import { REPORTERS, extension, type ReportFormat } from '../report/index.js';
import type { Audit } from '../types/index.js';
import { writeStdout, type OutputGuard } from './io.js';

/** The audit of document `i` alone; a shard keeps that document's place in the whole run. */
function one(audit: Audit, i: number): Audit {
  const single: Audit = { ...audit, documents: [audit.documents[i]] };
  if (audit.shard) single.shard = { ...audit.shard, positions: [audit.shard.positions[i]] };
  return single;
}

export async function writeReports(audit: Audit, formats: readonly ReportFormat[], out: string | undefined, guard: OutputGuard): Promise<void> {
  if (out) {
    for (const format of formats) {
      for (let i = 0; i < audit.documents.length; i++) {
        guard.write(join(out, `${audit.documents[i].name}.${extension(format)}`), REPORTERS[format](one(audit, i)));
      }
    }
  } else {
    await writeStdout(REPORTERS[formats[0]](audit));
  }
}
