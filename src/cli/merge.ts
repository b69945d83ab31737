// `tqc merge AUDIT.json...`: the JSON audits of the shards of a CI matrix (tqc check --shard K/N)
// joined into one audit, and its reports written exactly as one run over every document writes
// them. A document's audit never depends on the other documents of a run, and the JSON audit
// carries everything a report shows, so nothing is read again: only the documents' order (each
// shard records its documents' places in the whole run) and the count of unchanged documents
// (--changed-since) are put back together.
import { readFileSync } from 'node:fs';
import type { CommandModule } from 'yargs';
import { REPORT_FORMATS, terminalSummary } from '../report/index.js';
import { githubBlobBase } from '../report/github.js';
import { exceeds } from '../run/gate.js';
import type { Audit, AuditDocument } from '../types/index.js';
import { InputError } from '../types/index.js';
import { OutputGuard } from './io.js';
import { parseFailOn } from './check.js';
import { parseFormats } from './options.js';
import { githubOutputs, writeReports } from './reports.js';

interface MergeArgs {
  audits: string[];
  format?: string;
  out?: string;
  'fail-on'?: string;
  quiet: boolean;
}

function readAudit(path: string): Audit {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(path, e instanceof SyntaxError ? 'not valid JSON (expected a JSON audit written by tqc check --format json)' : 'cannot read the file');
  }
  const a = data as Partial<Audit> | null;
  if (!a || a.schema !== 'tqc-audit' || a.version !== 1 || !Array.isArray(a.documents) || !a.tool || typeof a.failOn !== 'string') {
    throw new InputError(path, 'not a tqc JSON audit (expected {"schema": "tqc-audit", "version": 1, ...})');
  }
  if (a.shard && (!Array.isArray(a.shard.positions) || a.shard.positions.length !== a.documents.length)) {
    throw new InputError(path, 'its shard record does not match its documents');
  }
  return a as Audit;
}

/** The audits as one run over all their documents; disagreements are user errors. */
export function mergeAudits(audits: readonly { path: string; audit: Audit }[]): { audit: Audit; missing: number[] } {
  const first = audits[0].audit;
  const placed: { position: number; document: AuditDocument; path: string }[] = [];
  const unchangedByShard = new Map<number, number>();
  let count: number | null = null;
  audits.forEach(({ path, audit }, k) => {
    const differs = (what: string, a: unknown, b: unknown) => {
      if (JSON.stringify(a) !== JSON.stringify(b)) throw new InputError(path, `${what} differs from ${audits[0].path} (${JSON.stringify(b)} vs ${JSON.stringify(a)}): merge the shards of one run`);
    };
    differs('the tqc version', first.tool, audit.tool);
    differs('--fail-on', first.failOn, audit.failOn);
    differs('--changed-since', first.unchanged?.since, audit.unchanged?.since);
    if (Boolean(first.shard) !== Boolean(audit.shard)) throw new InputError(path, `one of ${audits[0].path} and this audit is a shard (--shard) and the other is not`);
    if (audit.shard) {
      if (count !== null && audit.shard.count !== count) throw new InputError(path, `is shard ${audit.shard.index}/${audit.shard.count}, but another audit is of ${count} shards`);
      count = audit.shard.count;
      if (audit.unchanged) unchangedByShard.set(audit.shard.index, audit.unchanged.documents);
    } else if (audit.unchanged) unchangedByShard.set(k, audit.unchanged.documents);
    audit.documents.forEach((document, i) => {
      // Unsharded audits follow each other in the order they are named.
      placed.push({ position: audit.shard ? audit.shard.positions[i] : k * 1e9 + i, document, path });
    });
  });
  placed.sort((a, b) => a.position - b.position);
  for (let i = 1; i < placed.length; i++) {
    if (placed[i].position === placed[i - 1].position) {
      throw new InputError(placed[i].path, `document "${placed[i].document.name}" is also in ${placed[i - 1].path}: each shard's audit once`);
    }
  }
  const audit: Audit = { schema: 'tqc-audit', version: 1, tool: first.tool, failOn: first.failOn, documents: placed.map((p) => p.document) };
  if (first.unchanged) audit.unchanged = { since: first.unchanged.since, documents: [...unchangedByShard.values()].reduce((a, b) => a + b, 0) };
  const seen = new Set(audits.map((a) => a.audit.shard?.index));
  const missing = count === null ? [] : Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  return { audit, missing };
}

export function mergeCommand(done: (code: number) => void): CommandModule<object, MergeArgs> {
  return {
    command: 'merge <audits..>',
    describe: 'Join the JSON audits of several shards (tqc check --shard K/N) and write the reports of the whole run',
    builder: (y) =>
      y
        .positional('audits', { type: 'string', array: true, demandOption: true, describe: 'JSON audits written by tqc check --format json' })
        .option('format', { type: 'string', describe: `report formats, comma-separated: ${REPORT_FORMATS.join(', ')} (default json)` })
        .option('out', { type: 'string', describe: 'write one report file per document and format into this directory (otherwise the report goes to stdout)' })
        .option('fail-on', { type: 'string', describe: "exit 1 when a finding is at or above this severity: minor, major, critical or none (default: the shards' own)" })
        .option('quiet', { type: 'boolean', default: false, describe: 'no summary on stderr' }),
    handler: async (args) => {
      const formats = parseFormats(args.format ?? 'json', REPORT_FORMATS);
      if (!args.out && formats.length > 1) throw new InputError(null, `--format ${formats.join(',')} writes several reports: name a directory with --out`);
      const failOn = args['fail-on'] === undefined ? undefined : parseFailOn(args['fail-on']);
      const audits = args.audits.map((path) => {
        const audit = readAudit(path);
        // Shards run with --fail-on none so that the matrix job finishes; the merge gates. The
        // threshold changes no finding: the reports are those of a single run with it.
        return { path, audit: failOn ? { ...audit, failOn } : audit };
      });
      const { audit, missing } = mergeAudits(audits);
      const guard = new OutputGuard();
      guard.protect(args.audits);
      // The merge is the run's one report in a CI matrix: it writes the job summary and annotations.
      const inActions = process.env.GITHUB_ACTIONS === 'true';
      const blobBase = inActions ? githubBlobBase(process.env) : undefined;
      await writeReports(audit, formats, args.out, guard, undefined, { blobBase });
      if (inActions) githubOutputs(audit, blobBase);
      if (!args.quiet) {
        // Shards with no document to check write no per-document file: a warning, not an error.
        if (missing.length) process.stderr.write(`tqc merge: no audit of shard${missing.length === 1 ? '' : 's'} ${missing.join(', ')}\n`);
        process.stderr.write(terminalSummary(audit, { color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR }));
      }
      done(exceeds(audit, audit.failOn) ? 1 : 0);
    },
  };
}
